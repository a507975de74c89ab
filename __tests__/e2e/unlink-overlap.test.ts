/**
 * The unlink taken off the critical path, end to end: after the unmount the snapshot is requested
 * while the volume is still linked, and UnlinkVolume goes out alongside it. The simulator plays
 * the three answers the real API might give (fidelity.linkedVolumeSnapshot): both accepted, the
 * snapshot of a linked volume refused (409), the unlink refused while the snapshot is in progress
 * (409). Each time: the image holds what provisioning wrote, the fallback is logged once, and
 * nothing is left; then failures at each point of the overlap leave nothing either.
 */
import { startSimulator, TEST_LATENCY, type CallFault, type Simulator } from '../../sim/index.js'
import { ActionJob, readFromDiskImage, type StepResult } from '../helpers/action.js'
import { privateNames } from '../helpers/private-names.js'
import { expectNothingLeft, resourceIds, type ResourceIds } from '../helpers/leftovers.js'
import { annotations, failureMessage } from '../helpers/step-log.js'

const { mountPrefix, devicePath } = privateNames('e2e-unlink-overlap')

type Answer = 'allowed' | 'snapshot-refused' | 'unlink-refused'

interface Build {
  main: StepResult
  post: StepResult
  before: ResourceIds
  calls: ReturnType<Simulator['calls']>
}

const snapshotMs = 2000

/** The requests of the overlap, in order, and the fallback's log line, for each answer. */
const expected: Record<
  Answer,
  { sequence: string[]; snapshotFallbackLines: number; unlinkFallbackLines: number }
> = {
  // Requested while linked, and the unlink alongside.
  allowed: {
    sequence: ['CreateSnapshot 200', 'UnlinkVolume 200'],
    snapshotFallbackLines: 0,
    unlinkFallbackLines: 0
  },
  // Refused once, then the order without overlap: unlink, then snapshot.
  'snapshot-refused': {
    sequence: ['CreateSnapshot 409', 'UnlinkVolume 200', 'CreateSnapshot 200'],
    snapshotFallbackLines: 1,
    unlinkFallbackLines: 0
  },
  // Snapshot accepted while linked; the unlink refused once, then done once the snapshot ended.
  'unlink-refused': {
    sequence: ['CreateSnapshot 200', 'UnlinkVolume 409', 'UnlinkVolume 200'],
    snapshotFallbackLines: 0,
    unlinkFallbackLines: 1
  }
}

const snapshotFallback = /CreateSnapshot of vol-\w+ while it is linked was refused/g
const unlinkFallback = /UnlinkVolume of vol-\w+ was refused while snapshot snap-\w+ is in progress/g

describe.each<Answer>(['allowed', 'snapshot-refused', 'unlink-refused'])(
  'the API answers snapshot-while-linked: %s',
  (answer) => {
    let sim: Simulator
    let sourceOmi: string
    let count = 0
    const jobs: ActionJob[] = []

    beforeAll(async () => {
      sim = await startSimulator({
        // A snapshot that takes a while, so that the unlink runs during it even on a busy machine.
        latency: { ...TEST_LATENCY, snapshotMs },
        fidelity: { linkedVolumeSnapshot: answer },
        deviceNaming: 'outscale'
      })
      sourceOmi = (await sim.seedImage({ kind: 'ext4-partitioned', name: `Overlap-${answer}` }))
        .imageId
    })

    afterEach(() => {
      for (const job of jobs.splice(0)) job.remove()
    })

    afterAll(async () => {
      await sim?.stop()
    })

    async function build(arrange?: () => void): Promise<Build> {
      count++
      const job = new ActionJob(sim, {
        source_omi: sourceOmi,
        omi_name: `overlap-${answer}-${count}`,
        mount_path: `${mountPrefix}{{.Device}}`,
        device_path: devicePath,
        provision: `echo "written before the unmount ${count}" > /etc/overlap-marker`
      })
      jobs.push(job)
      const before = resourceIds(sim)
      const callsBefore = sim.calls().length
      arrange?.()
      const main = await job.main()
      const post = await job.post()
      return { main, post, before, calls: sim.calls().slice(callsBefore) }
    }

    it('builds an image holding what provisioning wrote, and leaves nothing', async () => {
      const run = await build()
      if (run.main.exitCode !== 0) throw new Error(`the build failed:\n${run.main.log}`)
      expect(annotations(run.main.log, 'warning')).toEqual([])
      const { omi_id, snapshot_id } = run.main.outputs
      const files = readFromDiskImage(sim.imageFile(snapshot_id), ['/etc/overlap-marker'])
      expect(files['/etc/overlap-marker'].content).toBe(`written before the unmount ${count}\n`)
      expect(run.post.log).toContain('Nothing to clean up')
      expectNothingLeft(sim, { before: run.before, kept: [omi_id, snapshot_id], mountPrefix })

      const overlap = run.calls.filter((c) => ['CreateSnapshot', 'UnlinkVolume'].includes(c.call))
      expect({
        sequence: overlap.map((c) => `${c.call} ${c.status}`),
        snapshotFallbackLines: (run.main.log.match(snapshotFallback) ?? []).length,
        unlinkFallbackLines: (run.main.log.match(unlinkFallback) ?? []).length
      }).toEqual(expected[answer])
      // The unlink went out while the snapshot was in progress (it takes snapshotMs).
      expect(overlap[1].at - overlap[0].at).toBeLessThan(snapshotMs)
      expect(run.calls.filter((c) => c.call === 'ReadVms').length).toBeLessThanOrEqual(2)
    })

    const failures: { name: string; fault: CallFault; step: RegExp }[] = [
      {
        name: 'CreateSnapshot fails',
        fault: { call: 'CreateSnapshot', status: 400, code: '4047' },
        step: /^StepSnapshot: /
      },
      {
        name: 'UnlinkVolume fails',
        fault: { call: 'UnlinkVolume', status: 400, code: '4047' },
        step: /^StepUnlinkVolume: /
      }
    ]

    it.each(failures)(
      '$name: the build fails there and leaves nothing',
      async ({ fault, step }) => {
        const run = await build(() => sim.injectFault(fault))
        expect(run.main.exitCode).toBe(1)
        expect(failureMessage(run.main.log)).toMatch(step)
        expect(failureMessage(run.main.log)).not.toMatch(/Cleanup also failed/)
        expect(run.post.log).toContain('Nothing to clean up')
        expectNothingLeft(sim, { before: run.before, mountPrefix })
      }
    )

    it('the snapshot goes to error: the build fails and leaves nothing', async () => {
      const run = await build(() => sim.failResource({ kind: 'snapshot', to: 'error' }))
      expect(run.main.exitCode).toBe(1)
      expect(failureMessage(run.main.log)).toMatch(/^StepSnapshot: /)
      expect(failureMessage(run.main.log)).not.toMatch(/Cleanup also failed/)
      expect(run.post.log).toContain('Nothing to clean up')
      expectNothingLeft(sim, { before: run.before, mountPrefix })
    })
  }
)
