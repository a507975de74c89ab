/**
 * How a build step is written (src/pipeline/step.ts): it reads earlier results with `need`, which
 * fails naming the step, and records resources in its own journal, which names the step for it.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuildContext } from '../../src/pipeline/context.js'
import { MissingStepResultError, need } from '../../src/pipeline/context.js'
import { Journal, type JournalFile } from '../../src/pipeline/journal.js'
import { runSteps } from '../../src/pipeline/runner.js'
import { buildStep } from '../../src/pipeline/step.js'

let work: string
let journal: Journal
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'osc-chroot-step-'))
  journal = new Journal(join(work, 'journal.json'), {
    buildId: 'b-1',
    region: 'eu-west-2',
    endpoint: 'https://api.invalid'
  })
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

/** Only what these steps read: the journal, and results set by the test. */
const contextWith = (results: Partial<BuildContext> = {}) =>
  ({ journal, ...results }) as BuildContext

const onDisk = (): JournalFile => JSON.parse(readFileSync(journal.path, 'utf8')) as JournalFile

describe('need', () => {
  it('gives what an earlier step set', () => {
    expect(need({ mountPath: '/mnt/x' }, 'mountPath', 'StepX')).toBe('/mnt/x')
  })

  it('fails naming the step, what it needs and which step sets it', () => {
    expect(() => need({}, 'volume', 'StepLinkVolume')).toThrow(
      'step StepLinkVolume needs the volume from an earlier step (set by StepCreateVolume), and none has set it.'
    )
  })
})

describe('buildStep', () => {
  it("gives the step its own journal: entries carry the step's name, updates add to them", async () => {
    const step = buildStep({
      name: 'StepMakeVolume',
      title: 'Making a volume',
      async run(_context, { journal: own }) {
        const recorded = own.record({ kind: 'volume', clientToken: 'tok' })
        expect(onDisk().entries).toEqual([
          {
            id: 1,
            step: 'StepMakeVolume',
            resource: { kind: 'volume', clientToken: 'tok' },
            status: 'active'
          }
        ])
        recorded.update({ volumeId: 'vol-1' })
      }
    })
    await step.run(contextWith())
    expect(onDisk().entries[0].resource).toEqual({
      kind: 'volume',
      clientToken: 'tok',
      volumeId: 'vol-1'
    })
  })

  it('need names the running step', async () => {
    const step = buildStep({
      name: 'StepUseMount',
      title: 'Using the mount',
      async run(_context, tools) {
        tools.need('mountPath')
      }
    })
    await expect(step.run(contextWith({ mountPath: '/mnt/x' }))).resolves.toBeUndefined()
    const failure = await step.run(contextWith()).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(MissingStepResultError)
    expect((failure as Error).message).toMatch(/^step StepUseMount needs the mount path /)
  })

  it('the runner does not name the step twice in that error', async () => {
    const step = buildStep({
      name: 'StepUseMount',
      title: 'Using the mount',
      async run(_context, { need: needs }) {
        needs('snapshot')
      }
    })
    const result = await runSteps(
      [step],
      contextWith(),
      new AbortController().signal,
      async () => {}
    )
    expect(result.outcome).toBe('failed')
    expect(result.error?.message).toBe(
      'step StepUseMount needs the snapshot from an earlier step (set by StepSnapshot), and none has set it.'
    )
  })
})
