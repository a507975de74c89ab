/**
 * Parallel builds on one host do not queue behind each other's disk: the host lock covers the
 * device choice and the claim of the name only, so a build links while another still waits for its disk.
 * The simulator attaches slowly here (1.5 s), and its link history proves it: links accepted
 * before an earlier link was attached, yet no two builds ever held one device name or one kernel
 * disk, and each build mounted the disk of its own volume. The host names disks by id (as an
 * Outscale VM does: a volume is linked beforehand, standing for the runner's own disk).
 */
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import type { LinkHistoryEntry } from '../../sim/index.js'
import { checkDeviceSharing } from '../../bench/device-check.js'
import { ActionJob, type StepResult } from '../helpers/action.js'
import { expectNothingLeft } from '../helpers/leftovers.js'
import { privateNames } from '../helpers/private-names.js'
import { oapiCaller, waitFor, type OapiCall } from '../helpers/sim-client.js'

const BUILDS = 4
const ATTACH_MS = 1500

describe('parallel builds and the host lock', () => {
  let sim: Simulator
  let oapi: OapiCall
  let base: { imageId: string }
  let runnerDisk: string | undefined
  const jobs: ActionJob[] = []

  async function volumeState(id: string) {
    const answer = await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })
    return answer.body.Volumes[0] as { State: string; LinkedVolumes: { State: string }[] }
  }

  beforeAll(async () => {
    sim = await startSimulator({
      latency: { ...TEST_LATENCY, linkAttachMs: ATTACH_MS },
      deviceNaming: 'outscale'
    })
    oapi = oapiCaller(sim)
    base = await sim.seedImage({ kind: 'ext4-partitioned', name: 'parallel-links-base' })
    // The runner's own disk, under a by-id name: the host names disks by id.
    const created = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })
    runnerDisk = created.body.Volume.VolumeId as string
    await waitFor(
      () => volumeState(runnerDisk!),
      (v) => v.State === 'available',
      'runner disk available'
    )
    await oapi('LinkVolume', {
      VolumeId: runnerDisk,
      VmId: sim.vmId,
      DeviceName: privateNames('parallel-links').devicePath
    })
    await waitFor(
      () => volumeState(runnerDisk!),
      (v) => v.LinkedVolumes[0]?.State === 'attached',
      'runner disk attached',
      20_000
    )
  })

  afterAll(async () => {
    for (const job of jobs.splice(0)) job.remove()
    await sim?.stop()
  })

  async function build(n: number): Promise<StepResult> {
    const job = new ActionJob(sim, {
      source_omi: base.imageId,
      omi_name: `parallel-links-${n}-{{timestamp}}`,
      provision: `echo ${n} > /etc/which`
    })
    jobs.push(job)
    const main = await job.main()
    const post = await job.post()
    if (main.exitCode !== 0 || post.exitCode !== 0) {
      throw new Error(`build ${n} failed:\n${main.log}\n${post.log}`)
    }
    return main
  }

  /** The volume a build linked and the kernel disk it proved and used, from its log. */
  function linkOf(log: string): { volumeId: string; device: string } {
    const linking = /Linking (vol-\w+) as (\/dev\/\w+)\.\.\./.exec(log)
    if (!linking) throw new Error(`no LinkVolume in the log:\n${log}`)
    const found = new RegExp(`${linking[2]} is (/dev/\\w+) \\(found by by-id\\)`).exec(log)
    if (!found) throw new Error(`no disk found by by-id in the log:\n${log}`)
    return { volumeId: linking[1], device: found[1] }
  }

  it(`${BUILDS} builds link while the others wait for their disks, never sharing a name or a disk`, async () => {
    const startedAt = Date.now()
    const runs = await Promise.all(Array.from({ length: BUILDS }, (_, i) => build(i + 1)))

    const links = sim
      .linkHistory()
      .filter((link) => link.linkedAt >= startedAt && link.volumeId !== runnerDisk)
    expect(links).toHaveLength(BUILDS)
    const sharing = checkDeviceSharing(links)
    expect(sharing.conflicts).toEqual([])

    // Each build proved and used the kernel disk of its own volume, and no two the same one.
    const byVolume = new Map<string, LinkHistoryEntry>(links.map((link) => [link.volumeId, link]))
    const used = runs.map((run) => linkOf(run.log))
    for (const { volumeId, device } of used) {
      expect(byVolume.get(volumeId)?.loopDevice).toBe(device)
    }
    expect(new Set(used.map((link) => link.device)).size).toBe(BUILDS)

    // The lock did not cover the disk wait: a LinkVolume was accepted while an earlier link was
    // not even attached (with the lock held until the disk showed, none could be).
    const overlapping = links.filter((later) =>
      links.some(
        (earlier) =>
          earlier !== later &&
          earlier.linkedAt <= later.linkedAt &&
          later.linkedAt < (earlier.attachedAt as number)
      )
    )
    expect(overlapping.length).toBeGreaterThan(0)

    const unlinked = await oapi('UnlinkVolume', { VolumeId: runnerDisk })
    expect(unlinked.status).toBe(200)
    await waitFor(
      () => volumeState(runnerDisk!),
      (v) => v.State === 'available',
      'runner disk unlinked',
      20_000
    )
    await oapi('DeleteVolume', { VolumeId: runnerDisk })
    runnerDisk = undefined
    expectNothingLeft(sim, {
      kept: runs.flatMap((run) => [run.outputs.omi_id, run.outputs.snapshot_id])
    })
  })
})
