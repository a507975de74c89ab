/**
 * Split mode's cleanup guarantee: whatever happens between prepare and finish (a failing `run`
 * step, a cancelled job) or to finish itself (SIGKILLed midway), prepare's post step leaves
 * nothing behind: volumes, snapshots, links, mounts, loop devices, the host lock, processes the
 * steps started in the chroot. And a job may hold two named open builds at once, provisioned
 * differently, both finished.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { hostLockOwnerPid, readFromDiskImage, type StepResult } from '../helpers/action.js'
import { expectNothingLeft, resourceIds } from '../helpers/leftovers.js'
import { privateNames } from '../helpers/private-names.js'
import { processesRunning } from '../helpers/processes.js'
import { waitFor } from '../helpers/sim-client.js'
import { SplitJob } from '../helpers/split-job.js'

const { mountPrefix, devicePath } = privateNames('e2e-split-cleanup')
/** The second open build's device: another private name (another "pid"). */
const secondDevicePath = privateNames('e2e-split-cleanup', process.pid + 1).devicePath

/** Slow snapshots, so that finish can be killed while it waits for one. */
const latency = { ...TEST_LATENCY, snapshotMs: 4000 }

function expectSucceeded(result: StepResult): void {
  if (result.exitCode !== 0) throw new Error(`the step failed (${result.exitCode}):\n${result.log}`)
}

describe('split mode: prepare’s post step cleans up what finish did not', () => {
  let sim: Simulator
  let seed: { imageId: string }
  const jobs: SplitJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency, deviceNaming: 'outscale' })
    seed = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Split-cleanup-base' })
  })
  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })
  afterAll(async () => {
    await sim?.stop()
  })

  async function opened(name = '', device = devicePath) {
    const job = new SplitJob(sim)
    jobs.push(job)
    const prepare = await job.prepare({
      ...job.credentials(),
      source_omi: seed.imageId,
      omi_name: `split-cleanup-${name || 'main'}-{{timestamp}}`,
      mount_path: `${mountPrefix}{{.Device}}`,
      device_path: device,
      name
    })
    expectSucceeded(prepare)
    return { job, prepare }
  }

  async function expectPostCleansEverything(post: () => Promise<StepResult>) {
    const result = await post()
    expect(result.exitCode).toBe(0)
    expect(result.log).toMatch(/Build \S+ left resources behind/)
    expect(result.log).toContain('Everything the build created has been removed.')
    return result
  }

  it('after a failing run step (finish never runs)', async () => {
    const before = resourceIds(sim)
    const { job, prepare } = await opened()
    const daemon = `sleep ${5_000_000 + process.pid}`
    const failed = await job.run(
      `osc-chroot-exec sh -c 'busybox setsid ${daemon} </dev/null >/dev/null 2>&1 & exit 3'`
    )
    expect(failed.exitCode).toBe(3)
    await expectPostCleansEverything(prepare.post)
    expect(processesRunning(daemon)).toEqual([])
    expectNothingLeft(sim, { before, mountPrefix })
  })

  it('after the job is cancelled during a run step', async () => {
    const before = resourceIds(sim)
    const { job, prepare } = await opened()
    const long = `sleep ${6_000_000 + process.pid}`
    const step = job.spawnRun(`osc-chroot-exec sh -c 'echo step-started; ${long}'`)
    await waitFor(
      async () => step.logSoFar(),
      (log) => log.includes('step-started'),
      'the run step to start',
      30_000
    )
    job.signalGroup(step, 'SIGINT')
    const cancelled = await step.done
    expect(cancelled.exitCode).not.toBe(0)
    expect(processesRunning(long)).toEqual([])
    await expectPostCleansEverything(prepare.post)
    expectNothingLeft(sim, { before, mountPrefix })
  })

  it('after finish is SIGKILLed while it waits for the snapshot', async () => {
    const before = resourceIds(sim)
    const { job, prepare } = await opened()
    expectSucceeded(await job.run(`osc-chroot-exec sh -c 'echo x > /etc/x'`))
    const callsBefore = sim.calls().length
    const finish = job.spawnAction('finish', job.credentials())
    let ended = false
    void finish.done.then(() => (ended = true))
    await waitFor(
      async () => sim.calls().slice(callsBefore),
      (calls) => ended || calls.some((c) => c.call === 'CreateSnapshot' && c.status === 200),
      'finish to create the snapshot',
      60_000
    )
    if (ended) throw new Error(`finish ended before it was killed:\n${finish.logSoFar()}`)
    finish.child.kill('SIGKILL')
    expect((await finish.done).signal).toBe('SIGKILL')
    await expectPostCleansEverything(prepare.post)
    expect(hostLockOwnerPid()).not.toBe(finish.child.pid)
    expectNothingLeft(sim, { before, mountPrefix })
  })

  it('two named open builds in one job, provisioned differently, both finished', async () => {
    const before = resourceIds(sim)
    const web = await opened('web')
    // The second prepare runs in the same job: it sees what the first exported.
    const job = web.job
    const db = await job.prepare({
      ...job.credentials(),
      source_omi: seed.imageId,
      omi_name: 'split-cleanup-db-{{timestamp}}',
      mount_path: `${mountPrefix}{{.Device}}`,
      device_path: secondDevicePath,
      name: 'db'
    })
    expectSucceeded(db)
    expect(db.outputs.mount_path).not.toBe(web.prepare.outputs.mount_path)
    expect(job.jobEnv()).toMatchObject({
      OSC_CHROOT_BUILD_WEB: expect.any(String),
      OSC_CHROOT_BUILD_DB: expect.any(String)
    })

    expectSucceeded(await job.run(`osc-chroot-exec --build web sh -c 'echo web > /etc/role'`))
    expectSucceeded(await job.run(`osc-chroot-exec --build db sh -c 'echo db > /etc/role'`))
    // Without --build there is no (unnamed) open build.
    expect((await job.run('osc-chroot-exec true')).exitCode).toBe(125)

    const finishedWeb = await job.finish({ ...job.credentials(), name: 'web' })
    expectSucceeded(finishedWeb)
    // web is closed, db still open.
    expect((await job.run('osc-chroot-exec --build web true')).exitCode).toBe(125)
    expectSucceeded(await job.run('osc-chroot-exec --build db true'))
    const finishedDb = await job.finish({ ...job.credentials(), name: 'db' })
    expectSucceeded(finishedDb)

    for (const [finished, role] of [
      [finishedWeb, 'web'],
      [finishedDb, 'db']
    ] as const) {
      const files = readFromDiskImage(sim.imageFile(finished.outputs.snapshot_id), ['/etc/role'])
      expect(files['/etc/role'].content).toBe(`${role}\n`)
    }
    for (const post of [web.prepare.post, db.post]) {
      expect((await post()).log).toContain('Nothing to clean up')
    }
    const kept = [finishedWeb, finishedDb].flatMap((f) => [f.outputs.omi_id, f.outputs.snapshot_id])
    expectNothingLeft(sim, { before, kept, mountPrefix })
  })
})
