/**
 * The simulator's link history (root only: links set up loop devices) and the answer time in its
 * call log, which the benchmark uses to prove parallel builds never shared a device and to set
 * the simulator's own time apart. Device names stay in /dev/xvdy* so other suites are not disturbed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { oapiCaller, waitFor, type OapiCall } from '../helpers/sim-client.js'

describe('simulator link history', () => {
  let sim: Simulator
  let oapi: OapiCall

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY })
    oapi = oapiCaller(sim)
  })
  afterAll(async () => {
    await sim?.stop()
  })

  async function volumeState(id: string) {
    const answer = await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })
    return answer.body.Volumes[0] as { State: string; LinkedVolumes: { State: string }[] }
  }

  async function newVolume(): Promise<string> {
    const answer = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })
    const id = answer.body.Volume.VolumeId as string
    await waitFor(
      () => volumeState(id),
      (v) => v.State === 'available',
      `${id} available`
    )
    return id
  }

  async function linkThenUnlink(id: string, deviceName: string): Promise<void> {
    const linked = await oapi('LinkVolume', {
      VolumeId: id,
      VmId: sim.vmId,
      DeviceName: deviceName
    })
    expect(linked.status).toBe(200)
    await waitFor(
      () => volumeState(id),
      (v) => v.LinkedVolumes[0]?.State === 'attached',
      `${id} attached`
    )
    expect((await oapi('UnlinkVolume', { VolumeId: id })).status).toBe(200)
    await waitFor(
      () => volumeState(id),
      (v) => v.State === 'available',
      `${id} detached`
    )
  }

  it('keeps every link with when its name was taken, attached and released', async () => {
    const first = await newVolume()
    const second = await newVolume()
    const before = Date.now()
    await linkThenUnlink(first, '/dev/xvdya')
    await linkThenUnlink(second, '/dev/xvdya')

    const history = sim.linkHistory().filter((link) => link.linkedAt >= before)
    expect(history.map((link) => [link.volumeId, link.deviceName, link.vmId])).toEqual([
      [first, '/dev/xvdya', sim.vmId],
      [second, '/dev/xvdya', sim.vmId]
    ])
    for (const link of history) {
      expect(link.loopDevice).toMatch(/^\/dev\/loop\d+$/)
      expect(link.attachedAt).toBeGreaterThanOrEqual(link.linkedAt)
      expect(link.releasedAt).toBeGreaterThanOrEqual(link.attachedAt as number)
    }
    // The same name twice, one after the other: the second was taken after the first was free.
    expect(history[1].linkedAt).toBeGreaterThanOrEqual(history[0].releasedAt as number)
  })

  it('logs how long each call took to answer', async () => {
    const before = sim.calls().length
    await oapi('ReadVms', {})
    const [entry] = sim.calls().slice(before)
    expect(entry.call).toBe('ReadVms')
    expect(entry.ms).toBeGreaterThanOrEqual(0)
    expect(entry.ms).toBeLessThan(60_000)
  })
})
