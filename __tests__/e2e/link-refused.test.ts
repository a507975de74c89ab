/**
 * A device name taken between the build's read of the names in use and its LinkVolume, by
 * something that is not an osc-chroot build (no claim in the host's link ledger): the simulator
 * refuses it as the API does (409 ResourceConflict 9004, docs in ../shared/oapi/REAL-BEHAVIOUR.md),
 * and the build reads the names again, chooses another, logs it, and builds. The race is made
 * real: the test holds the host lock while the build waits for it (its names already read), and
 * links a volume of its own under the name the build is about to choose.
 */
import { acquireHostLock } from '../../src/host/lock.js'
import { chooseDeviceName } from '../../src/host/device-name.js'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { checkDeviceSharing } from '../../bench/device-check.js'
import { ActionJob } from '../helpers/action.js'
import { expectNothingLeft } from '../helpers/leftovers.js'
import { oapiCaller, waitFor, type OapiCall } from '../helpers/sim-client.js'

describe('a device name taken by something else meanwhile', () => {
  let sim: Simulator
  let oapi: OapiCall
  let base: { imageId: string }
  let outsider: string | undefined
  const jobs: ActionJob[] = []

  async function volumeState(id: string) {
    const answer = await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })
    return answer.body.Volumes[0] as { State: string; LinkedVolumes: { State: string }[] }
  }

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    oapi = oapiCaller(sim)
    base = await sim.seedImage({ kind: 'ext4-partitioned', name: 'link-refused-base' })
    const created = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })
    outsider = created.body.Volume.VolumeId as string
    await waitFor(
      () => volumeState(outsider!),
      (v) => v.State === 'available',
      'outsider volume available'
    )
  })

  afterAll(async () => {
    for (const job of jobs.splice(0)) job.remove()
    await sim?.stop()
  })

  it('is refused by LinkVolume, and the build chooses another name and builds', async () => {
    const lock = await acquireHostLock({ purpose: 'link-refused test' })
    let released = false
    const release = async () => {
      if (!released) await lock.release()
      released = true
    }
    const job = new ActionJob(sim, {
      source_omi: base.imageId,
      omi_name: 'link-refused-{{timestamp}}',
      provision: 'echo ok > /etc/which'
    })
    jobs.push(job)
    const startedAt = Date.now()
    const main = job.spawnMain()
    let taken: string
    try {
      // The build read the names in use and now waits for the lock.
      await waitFor(
        async () => main.logSoFar(),
        (log) => /Waiting for the host lock/.test(log),
        'the build waiting for the host lock',
        60_000
      )
      // The name it will choose, taken by a link that is not an osc-chroot build's.
      taken = chooseDeviceName({ usedByVm: [] })
      const linked = await oapi('LinkVolume', {
        VolumeId: outsider,
        VmId: sim.vmId,
        DeviceName: taken
      })
      expect(linked.status).toBe(200)
    } finally {
      await release()
    }
    const result = await main.done
    const post = await job.post()
    if (result.exitCode !== 0 || post.exitCode !== 0) {
      throw new Error(`the build failed:\n${result.log}\n${post.log}`)
    }
    expect(result.log).toMatch(
      new RegExp(
        `LinkVolume refused ${taken!} as in use .*choosing another \\(choice 2 of at most 3\\)`
      )
    )
    const refused = sim
      .calls()
      .filter((call) => call.call === 'LinkVolume' && call.at >= startedAt && call.status === 409)
    expect(refused.map((call) => call.code)).toEqual(['9004'])
    const links = sim.linkHistory().filter((link) => link.linkedAt >= startedAt)
    expect(links.map((link) => link.volumeId)).toContain(outsider)
    const own = links.filter((link) => link.volumeId !== outsider)
    expect(own).toHaveLength(1)
    expect(own[0].deviceName).not.toBe(taken!)
    expect(checkDeviceSharing(links).conflicts).toEqual([])

    await oapi('UnlinkVolume', { VolumeId: outsider })
    await waitFor(
      () => volumeState(outsider!),
      (v) => v.State === 'available',
      'outsider unlinked',
      20_000
    )
    await oapi('DeleteVolume', { VolumeId: outsider })
    outsider = undefined
    expectNothingLeft(sim, { kept: [result.outputs.omi_id, result.outputs.snapshot_id] })
  })
})
