/**
 * The post step cleans up whatever happened to the configuration since the main step started
 * (issue: "cleanup that cannot be talked out of cleaning"). The bundled main step is SIGKILLed
 * mid-build, as a cancelled job's can be; then a later workflow step breaks the configuration:
 * it deletes the provision script, writes garbage over the config_file, or the inputs change to
 * values the main step would reject (command_wrapper included). The bundled post step must still
 * stop what provisioning left, unmount, detach, unlink, delete the volume and release the host
 * lock, reading what it needs from the journal and the credentials leniently.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator, TEST_LATENCY, type CallLogEntry, type Simulator } from '../../sim/index.js'
import { ActionJob, hostLockOwnerPid, type Inputs, type RunningStep } from '../helpers/action.js'
import { expectNothingLeft, resourceIds } from '../helpers/leftovers.js'
import { privateNames } from '../helpers/private-names.js'
import { processesRunning } from '../helpers/processes.js'
import { waitFor } from '../helpers/sim-client.js'
import { annotations } from '../helpers/step-log.js'

const { mountPrefix, devicePath } = privateNames('e2e-post-cleanup')

/** Slow links, so that a kill "during the link" lands while the host lock is held. */
const latency = { ...TEST_LATENCY, linkAttachMs: 2000 }

/** A daemon the cleanup must stop, and a long provisioning; their durations make them ours. */
const daemonCommand = `sleep ${3_000_000 + process.pid}`
const provisioningCommand = `sleep ${4_000_000 + process.pid}`
const slowScript = [
  `busybox setsid ${daemonCommand} </dev/null >/dev/null 2>&1 &`,
  'echo provisioning-started',
  provisioningCommand
].join('\n')

type Reached = (calls: CallLogEntry[], log: string) => boolean
const provisioning: Reached = (_calls, log) => /^provisioning-started$/m.test(log)
const linking: Reached = (calls) =>
  calls.some((call) => call.call === 'LinkVolume' && call.status === 200)

describe('the post step after a killed main step, with a broken configuration', () => {
  let sim: Simulator
  let seed: { imageId: string }
  let count = 0
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency, deviceNaming: 'outscale' })
    seed = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Post-cleanup-base' })
  })
  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })
  afterAll(async () => {
    await sim?.stop()
  })

  function newJob(inputs: Inputs): ActionJob {
    count++
    const job = new ActionJob(sim, {
      source_omi: seed.imageId,
      omi_name: `post-cleanup-${count}`,
      mount_path: `${mountPrefix}{{.Device}}`,
      device_path: devicePath,
      ...inputs
    })
    jobs.push(job)
    return job
  }

  /** Starts the main step, waits until `reached`, SIGKILLs it; returns its pid. */
  async function killWhen(job: ActionJob, reached: Reached): Promise<number> {
    const callsBefore = sim.calls().length
    const main: RunningStep = job.spawnMain()
    let ended = false
    void main.done.then(() => (ended = true))
    await waitFor(
      async () => ({ calls: sim.calls().slice(callsBefore), log: main.logSoFar() }),
      ({ calls, log }) => ended || reached(calls, log),
      'the build to reach the phase to kill it in',
      60_000
    )
    if (ended) throw new Error(`the build ended before it was killed:\n${main.logSoFar()}`)
    main.child.kill('SIGKILL')
    const result = await main.done
    expect(result.signal).toBe('SIGKILL')
    return main.child.pid!
  }

  /** The journal the killed main step left: the settings are there, never the secret key. */
  function expectJournalWithoutSecret(job: ActionJob): void {
    const journal = readFileSync(job.savedState().journal, 'utf8')
    expect(JSON.parse(journal).cleanup).toMatchObject({
      accessKey: sim.credentials.accessKey,
      commandWrapper: '{{.Command}}',
      killChrootProcesses: true
    })
    expect(journal).not.toContain(sim.credentials.secretKey)
  }

  async function expectPostCleansEverything(job: ActionJob, killedPid: number, lockPath?: string) {
    const post = await job.post()
    expect(post.exitCode).toBe(0)
    expect(annotations(post.log, 'warning')).toEqual([
      expect.stringMatching(/^Build \S+ left resources behind .*: cleaning up\.$/)
    ])
    expect(post.log).toContain('Everything the build created has been removed.')
    expect(processesRunning(daemonCommand)).toEqual([])
    expect(processesRunning(provisioningCommand)).toEqual([])
    expect(hostLockOwnerPid(lockPath)).not.toBe(killedPid)
    return post
  }

  it('(a) the provision script was deleted', async () => {
    const before = resourceIds(sim)
    const job = newJob({ provision_scripts: 'provision.sh' })
    writeFileSync(join(job.workspace, 'provision.sh'), slowScript)
    const killed = await killWhen(job, provisioning)
    expectJournalWithoutSecret(job)

    rmSync(join(job.workspace, 'provision.sh'))
    const post = await expectPostCleansEverything(job, killed)
    expect(post.log).not.toMatch(/does not exist|configuration has/)
    expectNothingLeft(sim, { before, mountPrefix })
  })

  it('(b) the config_file now holds garbage (killed while linking, under the host lock)', async () => {
    const before = resourceIds(sim)
    const job = newJob({ config_file: 'build.yml' })
    // A lock of its own, as on a fresh VM: without by-id names and without the record of them
    // that earlier builds of the run left beside the default lock, the build keeps the lock
    // until its disk shows (by-id-record.ts), and is killed holding it.
    const lockDirectory = mkdtempSync(join(tmpdir(), 'osc-chroot-e2e-lock-'))
    const lockPath = join(lockDirectory, 'lock')
    job.extraEnv.OSC_CHROOT_LOCK_PATH = lockPath
    writeFileSync(
      join(job.workspace, 'build.yml'),
      `omi_description: from a config file\nprovision: |\n${slowScript.replace(/^/gm, '  ')}\n`
    )
    const killed = await killWhen(job, linking)
    try {
      expect(hostLockOwnerPid(lockPath)).toBe(killed) // the dead build still holds the lock
      expectJournalWithoutSecret(job)

      writeFileSync(join(job.workspace, 'build.yml'), '{{{ this: is [not yaml\n\0garbage')
      await expectPostCleansEverything(job, killed, lockPath)
      expectNothingLeft(sim, { before, mountPrefix })
    } finally {
      rmSync(lockDirectory, { recursive: true, force: true })
    }
  })

  it('(c) unrelated inputs, command_wrapper included, became invalid', async () => {
    const before = resourceIds(sim)
    const job = newJob({ provision: slowScript })
    const killed = await killWhen(job, provisioning)
    expectJournalWithoutSecret(job)

    Object.assign(job.inputs, {
      root_volume_type: 'banana',
      mount_partition: 'third',
      timeouts: 'volume: [never',
      command_wrapper: 'no placeholder here',
      provision_scripts: 'missing.sh',
      kill_chroot_processes: 'maybe'
    })
    const post = await expectPostCleansEverything(job, killed)
    expect(post.log).not.toContain('no placeholder here')
    expectNothingLeft(sim, { before, mountPrefix })
  })

  it('finds the build key pair in OSC_ACCESS_KEY/OSC_SECRET_KEY when the inputs lost it', async () => {
    const before = resourceIds(sim)
    const job = newJob({ provision: slowScript })
    const killed = await killWhen(job, provisioning)

    // Another pair first in precedence (wrong keys in the inputs); the build's pair in the env.
    Object.assign(job.inputs, { access_key: 'AKWRONGWRONGWRONG', secret_key: 'not-the-secret' })
    Object.assign(job.extraEnv, {
      OSC_ACCESS_KEY: sim.credentials.accessKey,
      OSC_SECRET_KEY: sim.credentials.secretKey
    })
    const post = await expectPostCleansEverything(job, killed)
    expect(post.log).toContain(`access key ${sim.credentials.accessKey} (OSC_ACCESS_KEY)`)
    expectNothingLeft(sim, { before, mountPrefix })
  })
})
