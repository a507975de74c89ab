import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Journal } from '../../src/pipeline/journal.js'
import { buildSteps } from '../../src/pipeline/pipeline.js'
import {
  CancelledError,
  runSteps,
  together,
  type Outcome,
  type Step
} from '../../src/pipeline/runner.js'

type Trace = string[]

function step(name: string, run: (trace: Trace) => Promise<void> | void): Step<Trace> {
  return { name, title: name, run: async (trace) => run(trace) }
}

describe('runSteps', () => {
  it('runs the steps in order, then the cleanup with the outcome', async () => {
    const trace: Trace = []
    let cleanedUp: Outcome | undefined
    const result = await runSteps(
      [step('a', (t) => void t.push('a')), step('b', (t) => void t.push('b'))],
      trace,
      new AbortController().signal,
      async (outcome) => {
        cleanedUp = outcome
      }
    )
    expect(trace).toEqual(['a', 'b'])
    expect(result.outcome).toBe('succeeded')
    expect(cleanedUp).toBe('succeeded')
    expect(result.timings.map((t) => [t.name, t.status])).toEqual([
      ['a', 'done'],
      ['b', 'done'],
      ['Cleanup', 'done']
    ])
  })

  it('stops at the first failing step, names it in the error, and still cleans up', async () => {
    const trace: Trace = []
    let cleanedUp: Outcome | undefined
    const result = await runSteps(
      [
        step('StepA', (t) => void t.push('a')),
        step('StepB', () => {
          throw new Error('boom')
        }),
        step('StepC', (t) => void t.push('c'))
      ],
      trace,
      new AbortController().signal,
      async (outcome) => {
        cleanedUp = outcome
      }
    )
    expect(trace).toEqual(['a'])
    expect(result.outcome).toBe('failed')
    expect(result.error?.message).toBe('StepB: boom')
    expect(cleanedUp).toBe('failed')
  })

  it('skips steps that do not apply', async () => {
    const trace: Trace = []
    const skipped: Step<Trace> = { ...step('s', (t) => void t.push('s')), skip: () => true }
    const result = await runSteps([skipped], trace, new AbortController().signal, async () => {})
    expect(trace).toEqual([])
    expect(result.timings[0].status).toBe('skipped')
  })

  it('a cancellation stops the build before the next step and reports it as cancelled', async () => {
    const controller = new AbortController()
    const trace: Trace = []
    let cleanedUp: Outcome | undefined
    const result = await runSteps(
      [step('a', () => controller.abort()), step('b', (t) => void t.push('b'))],
      trace,
      controller.signal,
      async (outcome) => {
        cleanedUp = outcome
      }
    )
    expect(trace).toEqual([])
    expect(result.outcome).toBe('cancelled')
    expect(result.error).toBeInstanceOf(CancelledError)
    expect(cleanedUp).toBe('cancelled')
  })

  it('a cleanup failure after a success fails the build; after a failure it is added to the error', async () => {
    const failingCleanup = async () => {
      throw new Error('volume still linked')
    }
    const ok = await runSteps(
      [step('a', () => {})],
      [],
      new AbortController().signal,
      failingCleanup
    )
    expect(ok.outcome).toBe('failed')
    expect(ok.error?.message).toMatch(/Cleanup: volume still linked/)

    const bad = await runSteps(
      [
        step('a', () => {
          throw new Error('boom')
        })
      ],
      [],
      new AbortController().signal,
      failingCleanup
    )
    expect(bad.error?.message).toMatch(/a: boom\nCleanup also failed: volume still linked/)
  })
})

describe('together', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const never = new AbortController().signal

  it('runs its steps at the same time, each with its own timing, then goes on', async () => {
    const trace: Trace = []
    const result = await runSteps(
      [
        together(
          'Both',
          step('StepSlow', async (t) => {
            t.push('slow started')
            await sleep(200)
            t.push('slow done')
          }),
          step('StepFast', async (t) => {
            t.push('fast started')
            await sleep(50)
            t.push('fast done')
          }),
          { ...step('StepSkipped', (t) => void t.push('skipped ran')), skip: () => true }
        ),
        step('StepAfter', (t) => void t.push('after'))
      ],
      trace,
      never,
      async () => {}
    )
    expect(result.outcome).toBe('succeeded')
    // at the same time: the fast one started and ended while the slow one ran
    expect(trace).toEqual(['slow started', 'fast started', 'fast done', 'slow done', 'after'])
    const timings = result.timings.map((t) => [t.name, t.status])
    expect(timings).toEqual([
      ['StepSlow', 'done'],
      ['StepFast', 'done'],
      ['StepSkipped', 'skipped'],
      ['StepAfter', 'done'],
      ['Cleanup', 'done']
    ])
    const seconds = Object.fromEntries(result.timings.map((t) => [t.name, t.seconds]))
    expect(seconds.StepSlow).toBeGreaterThanOrEqual(0.19)
    expect(seconds.StepFast).toBeLessThan(seconds.StepSlow)
  })

  it("awaits every step after one fails and reports the first step's error, in the order given", async () => {
    const trace: Trace = []
    let cleanedUp: Outcome | undefined
    const result = await runSteps(
      [
        together(
          'Three',
          step('StepFirst', async () => {
            await sleep(80)
            throw new Error('refused the credentials')
          }),
          step('StepSecond', () => {
            throw new Error('401')
          }),
          step('StepThird', async (t) => {
            await sleep(150)
            t.push('third finished')
          })
        ),
        step('StepNever', (t) => void t.push('never'))
      ],
      trace,
      never,
      async (outcome) => {
        cleanedUp = outcome
        trace.push('cleanup')
      }
    )
    expect(result.outcome).toBe('failed')
    expect(result.error?.message).toBe('StepFirst: refused the credentials')
    // the slow sibling finished before the cleanup ran: nothing runs behind it
    expect(trace).toEqual(['third finished', 'cleanup'])
    expect(cleanedUp).toBe('failed')
    expect(result.timings.map((t) => [t.name, t.status])).toEqual([
      ['StepFirst', 'failed'],
      ['StepSecond', 'failed'],
      ['StepThird', 'done'],
      ['Cleanup', 'done']
    ])
  })

  it('a cancellation during the group is reported as cancelled, at the step it stopped', async () => {
    const controller = new AbortController()
    const result = await runSteps(
      [
        together(
          'Cancelled',
          step('StepWaits', async () => {
            await sleep(30)
            if (controller.signal.aborted) throw new Error('aborted wait')
          }),
          step('StepCancels', () => controller.abort())
        ),
        step('StepNever', () => {
          throw new Error('ran after the cancellation')
        })
      ],
      [],
      controller.signal,
      async () => {}
    )
    expect(result.outcome).toBe('cancelled')
    expect(result.error).toBeInstanceOf(CancelledError)
    expect(result.error?.message).toMatch(/^StepWaits: .* during this step\.$/)
    expect(result.timings.map((t) => [t.name, t.status])).toEqual([
      ['StepWaits', 'cancelled'],
      ['StepCancels', 'done'],
      ['Cleanup', 'done']
    ])
  })

  it('run directly, it also awaits every step and throws the first one’s error', async () => {
    const trace: Trace = []
    const group = together(
      'Direct',
      step('StepA', () => {
        throw new Error('a failed')
      }),
      step('StepB', async (t) => {
        await sleep(30)
        t.push('b finished')
      })
    )
    await expect(group.run(trace)).rejects.toThrow('a failed')
    expect(trace).toEqual(['b finished'])
  })
})

describe('Journal', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'osc-chroot-journal-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('is on disk after every change and reopens with the active entries newest first', () => {
    const path = join(dir, 'sub', 'journal.json')
    const journal = new Journal(path, { buildId: 'b1', region: 'eu-west-2', endpoint: 'http://x' })
    const volume = journal.record('StepCreateVolume', { kind: 'volume', volumeId: 'vol-1' })
    journal.record('StepSnapshot', { kind: 'snapshot', snapshotId: 'snap-1' })
    journal.mark(volume, 'undone')
    expect(JSON.parse(readFileSync(path, 'utf8')).entries).toHaveLength(2)

    const reopened = Journal.open(path)!
    expect(reopened.buildId).toBe('b1')
    expect(reopened.active().map((e) => e.resource)).toEqual([
      { kind: 'snapshot', snapshotId: 'snap-1' }
    ])
  })

  it('lists active entries newest first, filtered by kind', () => {
    const journal = new Journal(join(dir, 'j.json'), { buildId: 'b', region: 'r', endpoint: 'e' })
    journal.record('s1', { kind: 'volume', volumeId: 'vol-1' })
    journal.record('s2', { kind: 'link', volumeId: 'vol-1', vmId: 'i-1', device: '/dev/xvdf' })
    journal.record('s3', { kind: 'mount', mountPath: '/mnt/x', removeDirectory: true })
    expect(journal.active().map((e) => e.step)).toEqual(['s3', 's2', 's1'])
    expect(journal.active('link').map((e) => e.step)).toEqual(['s2'])
  })

  it('answers undefined for a journal that does not exist', () => {
    expect(Journal.open(join(dir, 'none.json'))).toBeUndefined()
  })
})

describe('buildSteps', () => {
  it('places the files into the image before the chroot mounts, and provisions after them', () => {
    const names = buildSteps.map((step) => step.name)
    const from = names.indexOf('StepMount')
    expect(names[from - 1]).toBe('StepGrowRootFilesystem')
    expect(names.slice(from, names.indexOf('StepUnmount') + 1)).toEqual([
      'StepMount',
      // The root is as large as it will be before anything runs in the image.
      'StepGrowMountedFilesystem',
      'StepPostMountCommands',
      'StepCopyFiles',
      'StepPreventServiceStart',
      'StepProvisionFiles',
      'StepChrootMounts',
      'StepProvision',
      'StepUnmount'
    ])
  })
})
