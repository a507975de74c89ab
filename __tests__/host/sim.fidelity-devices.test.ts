/**
 * The simulator's linked volumes appear as a VM shows them (../shared/oapi/REAL-BEHAVIOUR.md,
 * "Devices"): loop devices, by-id links, udev names, ReadVms lag. The other fidelity cases are in
 * sim/fidelity.test.ts. Device names stay in /dev/xvdu* so other suites on this machine are not
 * disturbed.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readlinkSync } from 'node:fs'
import { basename } from 'node:path'
import type { Simulator } from '../../sim/index.js'
import { simResources, waitFor, withSim, type OapiCall } from '../helpers/sim-client.js'

const BY_ID = '/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_'

describe('devices as a VM shows them', () => {
  async function linkAndWait(sim: Simulator, oapi: OapiCall, deviceName: string) {
    const volumeId = await simResources(sim, oapi).availableVolume()
    const linked = await oapi('LinkVolume', {
      VolumeId: volumeId,
      VmId: sim.vmId,
      DeviceName: deviceName
    })
    expect(linked.status).toBe(200)
    await waitFor(
      () => simResources(sim, oapi).read.volume(volumeId),
      (v) => v?.LinkedVolumes?.[0]?.State === 'attached',
      `${volumeId} attached`
    )
    return volumeId
  }

  it('outscale naming: the kernel name follows discovery order, by-id carries the letters asked for, no /dev/xvd name', async () => {
    await withSim({ deviceNaming: 'outscale' }, async (sim, oapi) => {
      await linkAndWait(sim, oapi, '/dev/xvduf')
      const byId = `${BY_ID}sduf`
      await waitFor(async () => existsSync(byId), Boolean, `${byId}`)
      const kernelName = basename(readlinkSync(byId))
      expect(kernelName).toMatch(/^loop\d+$/) // discovery order, not 'sduf'
      expect(existsSync('/dev/xvduf')).toBe(false)
      expect(existsSync('/dev/sduf')).toBe(false)
    })
  })

  it("osc-udev naming: an official OMI's udev rules add /dev/xvdX beside the by-id link", async () => {
    await withSim({ deviceNaming: 'osc-udev' }, async (sim, oapi) => {
      const volumeId = await linkAndWait(sim, oapi, '/dev/xvdug')
      const byId = `${BY_ID}sdug`
      await waitFor(async () => existsSync('/dev/xvdug'), Boolean, '/dev/xvdug')
      expect(basename(readlinkSync('/dev/xvdug'))).toBe(basename(readlinkSync(byId)))
      expect((await oapi('UnlinkVolume', { VolumeId: volumeId })).status).toBe(200)
      await waitFor(
        () => simResources(sim, oapi).read.volume(volumeId),
        (v) => v?.State === 'available',
        `${volumeId} detached`
      )
      expect(existsSync('/dev/xvdug')).toBe(false)
      expect(existsSync(byId)).toBe(false)
    })
  })

  it('ReadVms shows a new link late and an ended one a while longer; ReadVolumes at once', async () => {
    await withSim({ fidelity: { vmMappingsLagMs: 500 } }, async (sim, oapi) => {
      const deviceNames = async () =>
        (
          await oapi('ReadVms', { Filters: { VmIds: [sim.vmId] } })
        ).body.Vms[0].BlockDeviceMappings.map((m: { DeviceName: string }) => m.DeviceName)
      const volumeId = await simResources(sim, oapi).availableVolume()
      const linkedAt = Date.now()
      await oapi('LinkVolume', { VolumeId: volumeId, VmId: sim.vmId, DeviceName: '/dev/xvduh' })
      const byVolumes = (await oapi('ReadVolumes', { Filters: { LinkVolumeVmIds: [sim.vmId] } }))
        .body.Volumes
      expect(byVolumes.map((v: { VolumeId: string }) => v.VolumeId)).toContain(volumeId)
      expect(await deviceNames()).not.toContain('/dev/xvduh')
      await waitFor(deviceNames, (names) => names.includes('/dev/xvduh'), 'ReadVms shows the link')
      expect(Date.now() - linkedAt).toBeGreaterThanOrEqual(400)
      await waitFor(
        () => simResources(sim, oapi).read.volume(volumeId),
        (v) => v?.LinkedVolumes?.[0]?.State === 'attached',
        'attached'
      )
      await oapi('UnlinkVolume', { VolumeId: volumeId })
      await waitFor(
        () => simResources(sim, oapi).read.volume(volumeId),
        (v) => v?.State === 'available',
        'detached'
      )
      expect(await deviceNames()).toContain('/dev/xvduh')
      await waitFor(deviceNames, (names) => !names.includes('/dev/xvduh'), 'ReadVms drops the link')
    })
  })
})
