/**
 * Cancellation, end to end (issue 6): the bundled main step is signalled in each phase of a build
 * (creation, link, provisioning, snapshot, registration), as GitHub does to a cancelled job:
 *   - SIGINT or SIGTERM: the main step stops at once, cleans up, and fails saying it was
 *     cancelled, in which step and by which signal; the post step then has nothing to do;
 *   - SIGKILL: the main step dies where it stands; the post step (a new process, as GitHub runs
 *     it after a cancelled job) undoes everything from the journal: stops what provisioning left
 *     in the chroot, unmounts, unlinks, deletes.
 * The phase is detected from the simulator's call log or the step's own log, never by sleeping.
 * After each case: nothing of the build is left, in the simulator or on the machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { startSimulator, TEST_LATENCY, type CallLogEntry, type Simulator } from '../../sim/index.js'
import { ActionJob, type Inputs, type RunningStep, type StepResult } from '../helpers/action.js'
import { processesRunning } from '../helpers/processes.js'
import { privateNames } from '../helpers/private-names.js'
import { expectNothingLeft, resourceIds, type ResourceIds } from '../helpers/leftovers.js'
import { oapiCaller, waitFor } from '../helpers/sim-client.js'
import { annotations, failureMessage } from '../helpers/step-log.js'

/** This run's own mount root and device name (see private-names.ts). */
const { mountPrefix, devicePath } = privateNames('e2e-cancel')

/**
 * Slow enough transitions that a signal sent when a phase starts lands inside it; the chroot's
 * own phase is made long by the provisioning script.
 */
const latency = {
  ...TEST_LATENCY,
  volumeCreateMs: 1500,
  linkAttachMs: 1500,
  snapshotMs: 1500,
  imageCreateMs: 1500
}

/**
 * Provisioning leaves a daemon behind in every case (the cleanup must stop it); in the
 * provisioning phase it then takes its time. The sleeps' durations (from the process id) tell
 * them from other suites' and other runs' processes.
 */
const daemonCommand = `sleep ${1_000_000 + process.pid}`
const provisioningCommand = `sleep ${2_000_000 + process.pid}`
const startDaemon = `busybox setsid ${daemonCommand} </dev/null >/dev/null 2>&1 &`
const slowProvisioning = [startDaemon, 'echo provisioning-started', provisioningCommand].join('\n')

interface Phase {
  phase: string
  /** The step the signal lands in. */
  step: string
  provision?: string
  /** Whether the build has entered the phase, from the calls it made and its log so far. */
  reached: (calls: CallLogEntry[], log: string) => boolean
}

const answered = (call: string) => (calls: CallLogEntry[]) =>
  calls.some((c) => c.call === call && c.status === 200)

const phases: Phase[] = [
  { phase: 'creation', step: 'StepCreateVolume', reached: answered('CreateVolume') },
  { phase: 'link', step: 'StepLinkVolume', reached: answered('LinkVolume') },
  {
    phase: 'provisioning',
    step: 'StepProvision',
    provision: slowProvisioning,
    // The script's own output line (the configuration dump shows the script, indented).
    reached: (_calls, log) => /^provisioning-started$/m.test(log)
  },
  { phase: 'snapshot', step: 'StepSnapshot', reached: answered('CreateSnapshot') },
  // The source OMI is ours, so the only CreateImage is the registration.
  { phase: 'registration', step: 'StepRegisterOmi', reached: answered('CreateImage') }
]

describe('cancelling a build, end to end', () => {
  let sim: Simulator
  let seed: { imageId: string; snapshotId: string }
  let buildCount = 0
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency, deviceNaming: 'outscale' })
    seed = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Cancel-base' })
  })

  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })

  afterAll(async () => {
    await sim?.stop()
  })

  function newJob(inputs: Inputs): ActionJob {
    buildCount++
    const job = new ActionJob(sim, {
      source_omi: seed.imageId,
      omi_name: `cancel-case-${buildCount}`,
      mount_path: `${mountPrefix}{{.Device}}`,
      device_path: devicePath,
      ...inputs
    })
    jobs.push(job)
    return job
  }

  /**
   * Starts the main step and waits until it is in `phase`. If it never gets there, it is stopped
   * (SIGTERM: it cleans up after itself) before the test fails, so nothing outlives the test.
   */
  async function startAndReach(job: ActionJob, phase: Phase): Promise<RunningStep> {
    const callsBefore = sim.calls().length
    const main = job.spawnMain()
    let ended = false
    void main.done.then(() => (ended = true))
    try {
      await waitFor(
        async () => ({ calls: sim.calls().slice(callsBefore), log: main.logSoFar() }),
        ({ calls, log }) => ended || phase.reached(calls, log),
        `the build to reach its ${phase.phase} phase`,
        60_000
      )
    } catch (error) {
      main.child.kill('SIGTERM')
      await main.done
      throw error
    }
    if (ended)
      throw new Error(`the build ended before its ${phase.phase} phase:\n${main.logSoFar()}`)
    return main
  }

  function expectCleanAfter(before: ResourceIds): void {
    expectNothingLeft(sim, { before, mountPrefix })
    expect(processesRunning(daemonCommand)).toEqual([])
    expect(processesRunning(provisioningCommand)).toEqual([])
  }

  describe.each(phases)('during $phase', (phase) => {
    it.each(['SIGINT', 'SIGTERM'] as const)(
      '%s: the main step cleans up and fails saying it was cancelled; the post step has nothing to do',
      async (signal) => {
        const before = resourceIds(sim)
        const job = newJob({ provision: phase.provision ?? startDaemon })
        const running = await startAndReach(job, phase)
        running.child.kill(signal)
        const main = await running.done
        const post = await job.post()

        expect({ exitCode: main.exitCode, signal: main.signal }).toEqual({
          exitCode: 1,
          signal: null
        })
        expect(annotations(main.log, 'warning')).toEqual([
          `${signal} received: stopping the build and cleaning up.`
        ])
        const message = failureMessage(main.log)
        expect(message).toMatch(
          new RegExp(`^${phase.step}: the build was cancelled \\(${signal}\\)`)
        )
        expect(message).not.toMatch(/Cleanup also failed/)
        expect(post.log).toContain('Nothing to clean up')
        expectCleanAfter(before)
      }
    )

    it('SIGKILL: the post step cleans everything up', async () => {
      const before = resourceIds(sim)
      const job = newJob({ provision: phase.provision ?? startDaemon })
      const running = await startAndReach(job, phase)
      running.child.kill('SIGKILL')
      const main: StepResult = await running.done
      const post = await job.post()

      expect(main.signal).toBe('SIGKILL')
      expect(post.exitCode).toBe(0)
      expect(annotations(post.log, 'warning')).toEqual([
        expect.stringMatching(/^Build \S+ left resources behind .*: cleaning up\.$/)
      ])
      expect(post.log).toContain('Everything the build created has been removed.')
      expectCleanAfter(before)
    })
  })

  describe('a SIGKILL between a create call and its answer', () => {
    /**
     * The window is too short to hit with a signal, so the journal is written as the main step
     * leaves it when killed there: each entry written before its call was sent, holding what
     * finds the resource (ClientToken, OMI name and snapshot) but not the id the answer carried;
     * and a link entry whose LinkVolume was never sent.
     */
    it('the post step finds each resource without its id, and skips the link never made', async () => {
      const before = resourceIds(sim)
      const call = oapiCaller(sim)
      const job = newJob({})
      const token = (what: string) => `osc-chroot-killed-${what}-${buildCount}`
      const volume = await call('CreateVolume', {
        SubregionName: sim.subregion,
        Size: 1,
        VolumeType: 'standard',
        ClientToken: token('volume')
      })
      const snapshot = await call('CreateSnapshot', {
        SourceSnapshotId: seed.snapshotId,
        SourceRegionName: sim.region,
        ClientToken: token('snapshot')
      })
      const imageName = `killed-while-registering-${buildCount}`
      const image = await call('CreateImage', {
        ImageName: imageName,
        RootDeviceName: '/dev/sda1',
        BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: seed.snapshotId } }]
      })
      expect([volume.status, snapshot.status, image.status]).toEqual([200, 200, 200])
      const volumeId: string = volume.body.Volume.VolumeId

      const journalPath = join(job.dir, 'runner-temp', 'osc-chroot', 'journal-killed.json')
      const resources = [
        { kind: 'volume', clientToken: token('volume') },
        { kind: 'link', volumeId, vmId: sim.vmId, device: '/dev/xvdz' },
        { kind: 'snapshot', clientToken: token('snapshot') },
        { kind: 'image', imageName, snapshotId: seed.snapshotId }
      ]
      mkdirSync(dirname(journalPath), { recursive: true })
      writeFileSync(
        journalPath,
        JSON.stringify({
          buildId: 'killed',
          region: sim.region,
          endpoint: sim.endpoint,
          entries: resources.map((resource, index) => ({
            id: index + 1,
            step: 'killed',
            resource,
            status: 'active'
          }))
        })
      )
      writeFileSync(job.stateFile, `journal<<EOF\n${journalPath}\nEOF\n`)
      const callsBefore = sim.calls().length
      const post = await job.post()

      expect(post.log).toContain('Everything the build created has been removed.')
      const postCalls = sim.calls().slice(callsBefore)
      expect(postCalls.filter((c) => c.call === 'UnlinkVolume')).toEqual([])
      expectCleanAfter(before)
      // What the build did not create (the seed OMI and its snapshot) is untouched.
      const { images, snapshots } = sim.resources()
      expect(images.find((i) => i.ImageId === seed.imageId)?.State).toBe('available')
      expect(snapshots.find((s) => s.SnapshotId === seed.snapshotId)?.State).toBe('completed')
    })
  })
})
