/**
 * The bundled action (main, then post) against the simulator in its realistic profile: what the
 * real cloud does and the spec does not say (docs/outscale-fidelity.md) must not break a build, and
 * the real answers to what does break one must be explained. State latencies stay small (as in the
 * other suites); the realistic delays (a resource missing from Read* for a second, ReadVms mappings
 * lagging) are the profile's own.
 */
import { oapiCaller } from '../helpers/sim-client.js'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { ActionJob, type Inputs, type StepResult } from '../helpers/action.js'
import { privateNames } from '../helpers/private-names.js'
import { expectNothingLeft, resourceIds, type ResourceIds } from '../helpers/leftovers.js'
import { annotations, failureMessage } from '../helpers/step-log.js'

const { mountPrefix, devicePath } = privateNames('e2e-fidelity')

/** Device names of this run for builds at once: the suite's own, then those of pid+1, pid+2... */
function devicePaths(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => privateNames('e2e-fidelity', process.pid + i).devicePath
  )
}

interface Build {
  main: StepResult
  post: StepResult
  before: ResourceIds
  calls: ReturnType<Simulator['calls']>
}

/** One build, main then post, of our own source OMI; `arrange` runs just before main starts. */
async function build(
  sim: Simulator,
  inputs: Inputs,
  arrange?: () => void,
  before: ResourceIds = resourceIds(sim)
): Promise<Build> {
  const job = new ActionJob(sim, {
    mount_path: `${mountPrefix}{{.Device}}`,
    device_path: devicePath,
    ...inputs
  })
  try {
    const callsBefore = sim.calls().length
    arrange?.()
    const main = await job.main()
    const post = await job.post()
    return { main, post, before, calls: sim.calls().slice(callsBefore) }
  } finally {
    job.remove()
  }
}

function expectSucceeded(sim: Simulator, run: Build): void {
  if (run.main.exitCode !== 0) throw new Error(`the build failed:\n${run.main.log}`)
  expect(annotations(run.main.log, 'warning')).toEqual([])
  expect(run.post.log).toContain('Nothing to clean up')
  const { omi_id, snapshot_id } = run.main.outputs
  expect(omi_id).toMatch(/^ami-/)
  expectNothingLeft(sim, { before: run.before, kept: [omi_id, snapshot_id], mountPrefix })
}

describe('the action against the realistic simulator', () => {
  describe('discovery-order naming (the default), every realistic behaviour on', () => {
    let sim: Simulator
    let sourceOmi: string

    beforeAll(async () => {
      sim = await startSimulator({
        profile: 'realistic',
        latency: TEST_LATENCY,
        deviceNaming: 'outscale',
        strictResponses: true
      })
      sourceOmi = (await sim.seedImage({ kind: 'ext4-partitioned', name: 'Fidelity-base' })).imageId
    })

    afterAll(async () => {
      await sim?.stop()
    })

    it('builds: a new volume missing from Read* for a moment is waited out, and tagged once listed', async () => {
      const run = await build(sim, { source_omi: sourceOmi, omi_name: 'fidelity-lag' })
      expectSucceeded(sim, run)
      // Tags go out once a read of the wait lists the new volume (src/pipeline/tag-while-waiting.ts),
      // after a read at least; one sent sooner (2 s in at most, for the sweep's sake) and refused
      // for the lag (not found) is sent again.
      const firstTag = run.calls.findIndex((c) => c.call === 'CreateTags')
      expect(run.calls.slice(0, firstTag).some((c) => c.call === 'ReadVolumes')).toBe(true)
      const tags = run.calls.filter((c) => c.call === 'CreateTags')
      expect(tags.filter((c) => c.status !== 200).every((c) => c.code === '5064')).toBe(true)
      expect(tags.some((c) => c.status === 200)).toBe(true)
      // The discovery-order device was found by its by-id link, not by the name asked for.
      expect(run.main.log).toMatch(/is \/dev\/loop\d+ \(found by/)
    })

    it('a 409 on LinkVolume is sent once and fails the build with the conflict explained, leaving nothing', async () => {
      const run = await build(sim, { source_omi: sourceOmi, omi_name: 'fidelity-409' }, () =>
        sim.injectFault({
          call: 'LinkVolume',
          status: 409,
          code: '9004',
          type: 'ResourceConflict',
          details: 'The device name is already in use.'
        })
      )
      expect(run.calls.filter((c) => c.call === 'LinkVolume')).toHaveLength(1)
      expect(run.main.exitCode).toBe(1)
      const failure = failureMessage(run.main.log)
      expect(failure).toMatch(/^StepLinkVolume: LinkVolume failed: HTTP 409/)
      expect(failure).toContain('(a conflict, HTTP 409): the call was not sent again')
      expect(failure).not.toMatch(/Cleanup also failed/)
      expect(run.post.log).toContain('Nothing to clean up')
      expectNothingLeft(sim, { before: run.before, mountPrefix })
    })

    it("a gateway's HTML page on ReadImages is retried and the build succeeds", async () => {
      const run = await build(sim, { source_omi: sourceOmi, omi_name: 'fidelity-html' }, () =>
        sim.injectFault({ call: 'ReadImages', status: 502, code: '', html: true, times: 2 })
      )
      expectSucceeded(sim, run)
      const reads = run.calls.filter((c) => c.call === 'ReadImages')
      expect(reads.slice(0, 3).map((c) => c.status)).toEqual([502, 502, 200])
    })

    it('force_deregister with force_delete_snapshot waits until the deleted OMI lets its snapshot go', async () => {
      const first = await build(sim, { source_omi: sourceOmi, omi_name: 'fidelity-replaced' })
      expectSucceeded(sim, first)
      const { omi_id: oldOmi, snapshot_id: oldSnapshot } = first.main.outputs
      const second = await build(sim, {
        source_omi: sourceOmi,
        omi_name: 'fidelity-replaced',
        force_deregister: 'true',
        force_delete_snapshot: 'true'
      })
      expectSucceeded(sim, second)
      const deletes = second.calls.filter((c) => c.call === 'DeleteSnapshot')
      // Just after DeleteImage the snapshot is still held (409 busy); the delete was tried again.
      expect(deletes[0]).toMatchObject({ status: 409, code: '9002' })
      expect(deletes.at(-1)).toMatchObject({ status: 200 })
      const left = sim.resources()
      expect(left.images.some((image) => image.ImageId === oldOmi)).toBe(false)
      expect(
        left.snapshots.some((s) => s.SnapshotId === oldSnapshot && s.State !== 'deleting')
      ).toBe(false)
    })

    it('DeleteVolume answered 400/5064 with empty Details at cleanup counts as gone', async () => {
      const run = await build(sim, { source_omi: sourceOmi, omi_name: 'fidelity-5064' }, () =>
        sim.injectFault({
          call: 'DeleteVolume',
          status: 400,
          code: '5064',
          type: 'InvalidResource',
          details: ''
        })
      )
      if (run.main.exitCode !== 0) throw new Error(`the build failed:\n${run.main.log}`)
      expect(annotations(run.main.log, 'warning')).toEqual([])
      expect(run.post.log).toContain('Nothing to clean up')
      const deletes = run.calls.filter((c) => c.call === 'DeleteVolume')
      expect(deletes).toEqual([expect.objectContaining({ status: 400, code: '5064' })])
      // The fault answered instead of the simulator, so the volume is still there: remove it
      // here, then nothing else of the build may be left.
      const volumeIds = sim
        .resources()
        .volumes.map((v) => String(v.VolumeId))
        .filter((id) => !run.before.volumes.includes(id))
      expect(volumeIds).toHaveLength(1)
      const oapi = oapiCaller(sim)
      expect((await oapi('DeleteVolume', { VolumeId: volumeIds[0] })).status).toBe(200)
      const { omi_id, snapshot_id } = run.main.outputs
      expectNothingLeft(sim, { before: run.before, kept: [omi_id, snapshot_id], mountPrefix })
    })
  })

  describe('a limit of two snapshots in progress per account', () => {
    let sim: Simulator
    let sourceOmi: string

    beforeAll(async () => {
      sim = await startSimulator({
        profile: 'realistic',
        fidelity: { maxConcurrentSnapshots: 2 },
        // Snapshots last long enough that builds linking one after the other (the host lock)
        // still snapshot at the same time.
        latency: { ...TEST_LATENCY, snapshotMs: 6000 },
        deviceNaming: 'outscale',
        strictResponses: true
      })
      sourceOmi = (await sim.seedImage({ kind: 'ext4-partitioned', name: 'Fidelity-quota' }))
        .imageId
    })

    afterAll(async () => {
      await sim?.stop()
    })

    it('four builds at once with two snapshots allowed in progress all succeed, waiting out the quota', async () => {
      const before = resourceIds(sim)
      const runs = await Promise.all(
        devicePaths(4).map((device, i) =>
          build(
            sim,
            { source_omi: sourceOmi, omi_name: `fidelity-quota-${i}`, device_path: device },
            undefined,
            before
          )
        )
      )
      for (const run of runs) {
        if (run.main.exitCode !== 0) throw new Error(`a build failed:\n${run.main.log}`)
        expect(run.post.log).toContain('Nothing to clean up')
      }
      const kept = runs.flatMap((run) => [run.main.outputs.omi_id, run.main.outputs.snapshot_id])
      expectNothingLeft(sim, { before, kept, mountPrefix })
      const quota = sim.calls().filter((c) => c.call === 'CreateSnapshot' && c.code === '10008')
      expect(quota.length).toBeGreaterThan(0)
      const waited = runs.filter((run) =>
        /too many snapshots in progress: code 10008, trying again/.test(run.main.log)
      )
      expect(waited.length).toBeGreaterThan(0)
    })
  })

  describe("an official OMI's udev naming, with an access key denied ReadAccounts", () => {
    let sim: Simulator
    let sourceOmi: string

    beforeAll(async () => {
      sim = await startSimulator({
        profile: 'realistic',
        fidelity: { deniedCalls: ['ReadAccounts'] },
        latency: TEST_LATENCY,
        deviceNaming: 'osc-udev',
        strictResponses: true
      })
      sourceOmi = (await sim.seedImage({ kind: 'ext4-partitioned', name: 'Fidelity-udev' })).imageId
    })

    afterAll(async () => {
      await sim?.stop()
    })

    it('builds, taking the account id from the runner VM and finding the /dev/xvd device', async () => {
      const run = await build(sim, { source_omi: sourceOmi, omi_name: 'fidelity-udev' })
      expectSucceeded(sim, run)
      expect(run.calls.find((c) => c.call === 'ReadAccounts')).toMatchObject({ status: 403 })
      expect(run.main.log).toContain(
        `account ${sim.accountId} is taken from the network interface of the runner VM ${sim.vmId}`
      )
      // Our own source OMI was recognised as ours: no copy was made.
      expect(run.calls.filter((c) => c.call === 'CreateImage')).toHaveLength(1)
      expect(run.main.log).toMatch(/is \/dev\/(xvd\w+|loop\d+) \(found by/)
    })
  })
})
