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
        latency: { ...TEST_LATENCY, snapshotMs: 2000 },
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

    const at = (run: Build, call: string, status = 200) =>
      run.calls.find((c) => c.call === call && c.status === status)?.at ?? NaN

    it('builds an image holding what provisioning wrote, and leaves nothing', async () => {
      const run = await build()
      if (run.main.exitCode !== 0) throw new Error(`the build failed:\n${run.main.log}`)
      expect(annotations(run.main.log, 'warning')).toEqual([])
      const { omi_id, snapshot_id } = run.main.outputs
      const files = readFromDiskImage(sim.imageFile(snapshot_id), ['/etc/overlap-marker'])
      expect(files['/etc/overlap-marker'].content).toBe(`written before the unmount ${count}\n`)
      expect(run.post.log).toContain('Nothing to clean up')
      expectNothingLeft(sim, { before: run.before, kept: [omi_id, snapshot_id], mountPrefix })

      const refusals = run.calls.filter((c) => c.status === 409).map((c) => c.call)
      const snapshotLines = run.main.log.match(snapshotFallback) ?? []
      const unlinkLines = run.main.log.match(unlinkFallback) ?? []
      if (answer === 'allowed') {
        // Requested while linked; the unlink went out before the snapshot completed.
        expect(refusals).toEqual([])
        expect(at(run, 'CreateSnapshot')).toBeLessThan(at(run, 'UnlinkVolume'))
        expect(snapshotLines).toEqual([])
        expect(unlinkLines).toEqual([])
      } else if (answer === 'snapshot-refused') {
        // Refused once, then the order without overlap: unlink, then snapshot.
        expect(refusals).toEqual(['CreateSnapshot'])
        expect(at(run, 'CreateSnapshot', 409)).toBeLessThan(at(run, 'UnlinkVolume'))
        expect(at(run, 'UnlinkVolume')).toBeLessThan(at(run, 'CreateSnapshot'))
        expect(snapshotLines).toHaveLength(1)
      } else {
        // Snapshot accepted while linked, unlink refused once, then unlinked after the snapshot.
        expect(refusals).toEqual(['UnlinkVolume'])
        expect(at(run, 'CreateSnapshot')).toBeLessThan(at(run, 'UnlinkVolume', 409))
        expect(unlinkLines).toHaveLength(1)
      }
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
