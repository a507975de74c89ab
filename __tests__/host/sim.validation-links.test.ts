/**
 * The simulator's link rules that need real devices (loop devices, so root): a device name in use,
 * a volume in use, another VM's volume, the device limit. The other request checks are in
 * sim/validation.test.ts.
 */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectRefused"] }] */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../sim/index.js'
import { expectRefused, oapiCaller, waitFor, type OapiCall } from '../helpers/sim-client.js'

describe('simulator validation: link rules on real devices', () => {
  let sim: Simulator
  let oapi: OapiCall

  beforeAll(async () => {
    sim = await startSimulator({ strictResponses: true, latency: { linkAttachMs: 10 } })
    oapi = oapiCaller(sim)
  })
  afterAll(async () => {
    await sim.stop()
  })

  async function availableVolume(): Promise<string> {
    const id = (await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })).body.Volume
      .VolumeId
    await waitFor(
      async () =>
        (await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })).body.Volumes[0].State,
      (state) => state === 'available',
      'volume available'
    )
    return id
  }

  it('rule: one volume per device name per VM, and an in-use volume cannot be linked again', async () => {
    const first = await availableVolume()
    const second = await availableVolume()
    expect(
      (await oapi('LinkVolume', { VolumeId: first, VmId: sim.vmId, DeviceName: '/dev/xvdxc' }))
        .status
    ).toBe(200)
    expectRefused(
      await oapi('LinkVolume', { VolumeId: second, VmId: sim.vmId, DeviceName: '/dev/xvdxc' }),
      'ResourceConflict',
      '/dev/xvdxc'
    )
    expectRefused(
      await oapi('LinkVolume', { VolumeId: first, VmId: sim.vmId, DeviceName: '/dev/xvdxd' }),
      'InvalidState',
      'in-use'
    )
    expectRefused(await oapi('DeleteVolume', { VolumeId: first }), 'InvalidState', 'in-use')
  })

  it('rule: a device name another simulator holds on this machine is a conflict', async () => {
    const other = await startSimulator({ latency: { linkAttachMs: 10 } })
    try {
      const otherOapi = oapiCaller(other)
      const otherVolume = (
        await otherOapi('CreateVolume', { SubregionName: other.subregion, Size: 1 })
      ).body.Volume.VolumeId
      await waitFor(
        async () =>
          (await otherOapi('ReadVolumes', { Filters: { VolumeIds: [otherVolume] } })).body
            .Volumes[0].State,
        (state) => state === 'available',
        'other volume available'
      )
      expect(
        (
          await otherOapi('LinkVolume', {
            VolumeId: otherVolume,
            VmId: other.vmId,
            DeviceName: '/dev/xvdxe'
          })
        ).status
      ).toBe(200)
      const ours = await availableVolume()
      expectRefused(
        await oapi('LinkVolume', { VolumeId: ours, VmId: sim.vmId, DeviceName: '/dev/sdxe' }),
        'ResourceConflict',
        'scsi-0QEMU_QEMU_HARDDISK_sdxe'
      )
    } finally {
      await other.stop()
    }
  })

  // Last: it fills the VM.
  it('rule: at most 40 volumes per VM, root included', async () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    const names = [...letters]
      .map((l) => `/dev/xvdq${l}`)
      .concat([...letters.slice(0, 13)].map((l) => `/dev/xvdr${l}`))
    // Devices are not the point here: links that never get a device keep the test light.
    const linked = (await oapi('ReadVms')).body.Vms[0].BlockDeviceMappings.length
    for (const deviceName of names.slice(0, 40 - linked)) {
      sim.failResource({ kind: 'link', match: { deviceName }, to: 'no-device' })
      const id = await availableVolume()
      expect(
        (await oapi('LinkVolume', { VolumeId: id, VmId: sim.vmId, DeviceName: deviceName })).status
      ).toBe(200)
    }
    const extra = await availableVolume()
    expectRefused(
      await oapi('LinkVolume', { VolumeId: extra, VmId: sim.vmId, DeviceName: '/dev/xvdrz' }),
      'TooManyResources',
      '40'
    )
  })
})
