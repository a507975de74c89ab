/**
 * The simulator's real block devices (root only): a linked volume appears as
 * /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sd<letters>(-partN) like on an Outscale VM, its data
 * survives snapshot -> new volume, an unlink waits while the device is mounted, the exact naming
 * mode, link faults, the seed kinds, and a stop that leaves nothing behind.
 * Device names stay in /dev/xvdw* so suites of other people on this machine are not disturbed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, lstatSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSimulator, SEED_RESOLV_CONF, type Simulator } from '../../sim/index.js'
import { firstError, oapiCaller, waitFor, type OapiCall } from '../helpers/sim-client.js'
import { linksTo, loopDevicesUnder, mountsOf, mountTemporarily, sh } from '../helpers/sim-host.js'

const BY_ID = '/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_'
const FAR = 600_000

/** Things a test mounted: unmounted after each test even when it fails. */
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length > 0) await (cleanups.pop() as () => Promise<void>)().catch(() => undefined)
})

async function mount(
  device: string,
  options: string[] = []
): Promise<{ dir: string; unmount: () => Promise<void> }> {
  const mounted = await mountTemporarily(device, options)
  cleanups.push(mounted.unmount)
  return mounted
}

function helpers(sim: Simulator, oapi: OapiCall) {
  const volume = async (id: string) =>
    (await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })).body.Volumes[0]
  return {
    volume,
    async createVolume(extra: object = {}): Promise<string> {
      const created = await oapi('CreateVolume', {
        SubregionName: sim.subregion,
        Size: 1,
        ...extra
      })
      expect(created.status).toBe(200)
      const id = created.body.Volume.VolumeId
      await waitFor(
        () => volume(id),
        (v) => v.State === 'available',
        `volume ${id} available`
      )
      return id
    },
    async link(id: string, deviceName: string): Promise<void> {
      const answer = await oapi('LinkVolume', {
        VolumeId: id,
        VmId: sim.vmId,
        DeviceName: deviceName
      })
      expect(answer.status).toBe(200)
      await waitFor(
        () => volume(id),
        (v) => v.LinkedVolumes[0]?.State === 'attached',
        `${id} attached`
      )
    },
    async unlink(id: string): Promise<void> {
      expect((await oapi('UnlinkVolume', { VolumeId: id })).status).toBe(200)
      await waitFor(
        () => volume(id),
        (v) => v.State === 'available',
        `${id} detached`
      )
    },
    async snapshot(volumeId: string): Promise<string> {
      const id = (await oapi('CreateSnapshot', { VolumeId: volumeId })).body.Snapshot.SnapshotId
      await waitFor(
        async () =>
          (await oapi('ReadSnapshots', { Filters: { SnapshotIds: [id] } })).body.Snapshots[0].State,
        (state) => state === 'completed',
        `snapshot ${id}`
      )
      return id
    }
  }
}

async function waitForPath(path: string): Promise<void> {
  await waitFor(
    async () => existsSync(path),
    (found) => found,
    `${path} to appear`
  )
}

describe('simulator block devices (outscale naming)', () => {
  let sim: Simulator
  let oapi: OapiCall
  let h: ReturnType<typeof helpers>

  beforeAll(async () => {
    sim = await startSimulator({ strictResponses: true })
    oapi = oapiCaller(sim)
    h = helpers(sim, oapi)
  })
  afterAll(async () => {
    await sim.stop()
  })

  it('exposes a linked volume by id, mountable, and its data survives snapshot -> new volume', async () => {
    const { snapshotId } = await sim.seedImage({ kind: 'ext4-partitioned' })
    const first = await h.createVolume({ SnapshotId: snapshotId })
    await h.link(first, '/dev/xvdwa')
    await waitForPath(`${BY_ID}sdwa-part1`)
    expect(readlinkSync(`${BY_ID}sdwa`)).toMatch(/^\.\.\/\.\.\/loop\d+$/)
    expect(readlinkSync(`${BY_ID}sdwa-part1`)).toMatch(/^\.\.\/\.\.\/loop\d+p1$/)
    expect(existsSync('/dev/xvdwa')).toBe(false)
    expect(existsSync('/dev/sdwa')).toBe(false)

    const written = await mount(`${BY_ID}sdwa-part1`)
    expect(readFileSync(join(written.dir, 'etc/os-release'), 'utf8')).toContain('osc-sim')
    expect(lstatSync(join(written.dir, 'etc/resolv.conf')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(written.dir, 'run/resolvconf/resolv.conf'), 'utf8')).toBe(
      SEED_RESOLV_CONF
    )
    expect(
      (
        await sh('chroot', [written.dir, '/bin/sh', '-c', 'echo hello from $(cat /etc/hostname)'])
      ).trim()
    ).toBe('hello from osc-sim-image')
    writeFileSync(join(written.dir, 'root/proof.txt'), 'written through the by-id path\n')
    await written.unmount()
    await h.unlink(first)
    expect(existsSync(`${BY_ID}sdwa`)).toBe(false)

    const snapshot = await h.snapshot(first)
    const second = await h.createVolume({ SnapshotId: snapshot })
    await h.link(second, '/dev/xvdwb')
    await waitForPath(`${BY_ID}sdwb-part1`)
    const readBack = await mount(`${BY_ID}sdwb-part1`)
    expect(readFileSync(join(readBack.dir, 'root/proof.txt'), 'utf8')).toBe(
      'written through the by-id path\n'
    )
    await readBack.unmount()
    await h.unlink(second)
  })

  it('lists linked volumes in the VM BlockDeviceMappings', async () => {
    const id = await h.createVolume()
    await h.link(id, '/dev/xvdwc')
    const vm = (await oapi('ReadVms', { Filters: { VmIds: [sim.vmId] } })).body.Vms[0]
    expect(vm.BlockDeviceMappings.map((m: { DeviceName: string }) => m.DeviceName)).toEqual([
      '/dev/sda1',
      '/dev/xvdwc'
    ])
    expect(vm.BlockDeviceMappings[1].Bsu).toMatchObject({ VolumeId: id, State: 'attached' })
    const byVm = await oapi('ReadVolumes', {
      Filters: { LinkVolumeVmIds: [sim.vmId], LinkVolumeDeviceNames: ['/dev/xvdwc'] }
    })
    expect(byVm.body.Volumes.map((v: { VolumeId: string }) => v.VolumeId)).toEqual([id])
    await h.unlink(id)
  })

  it('keeps an unlink detaching while the device is mounted, and detaches once it is not', async () => {
    const { snapshotId } = await sim.seedImage({ kind: 'ext4-partitioned' })
    const id = await h.createVolume({ SnapshotId: snapshotId })
    await h.link(id, '/dev/xvdwd')
    await waitForPath(`${BY_ID}sdwd-part1`)
    const mounted = await mount(`${BY_ID}sdwd-part1`)
    expect((await oapi('UnlinkVolume', { VolumeId: id })).status).toBe(200)
    // Well past the detach latency and several re-checks: still there, as on a real VM.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const stuck = await h.volume(id)
    expect(stuck.State).toBe('in-use')
    expect(stuck.LinkedVolumes[0].State).toBe('detaching')
    expect(existsSync(`${BY_ID}sdwd-part1`)).toBe(true)
    await mounted.unmount()
    // Re-checked on every read: the next read already sees it detached.
    const freed = await h.volume(id)
    expect(freed.State).toBe('available')
    expect(freed.LinkedVolumes).toEqual([])
    expect(existsSync(`${BY_ID}sdwd`)).toBe(false)
    expect(await loopDevicesUnder(sim.dataDir)).toEqual([])
  })

  it('mounts the XFS seed (nouuid) and the whole-disk ext4 seed', async () => {
    const xfs = await sim.seedImage({ kind: 'xfs-partitioned' })
    const whole = await sim.seedImage({ kind: 'ext4-whole' })
    const xfsVolume = await h.createVolume({ SnapshotId: xfs.snapshotId })
    const wholeVolume = await h.createVolume({ SnapshotId: whole.snapshotId })
    await h.link(xfsVolume, '/dev/xvdwe')
    await h.link(wholeVolume, '/dev/xvdwf')
    await waitForPath(`${BY_ID}sdwe-part1`)
    await waitForPath(`${BY_ID}sdwf`)
    expect(existsSync(`${BY_ID}sdwf-part1`)).toBe(false)
    expect((await sh('blkid', ['-o', 'value', '-s', 'TYPE', `${BY_ID}sdwe-part1`])).trim()).toBe(
      'xfs'
    )
    const xfsMount = await mount(`${BY_ID}sdwe-part1`, ['-o', 'nouuid'])
    expect(readFileSync(join(xfsMount.dir, 'etc/osc-sim-seed'), 'utf8')).toBe('xfs-partitioned\n')
    expect(readlinkSync(join(xfsMount.dir, 'etc/resolv.conf'))).toBe(
      '../run/resolvconf/resolv.conf'
    )
    expect((await sh('chroot', [xfsMount.dir, '/bin/sh', '-c', 'echo ok'])).trim()).toBe('ok')
    const wholeMount = await mount(`${BY_ID}sdwf`)
    expect(readFileSync(join(wholeMount.dir, 'etc/osc-sim-seed'), 'utf8')).toBe('ext4-whole\n')
    await xfsMount.unmount()
    await wholeMount.unmount()
    await h.unlink(xfsVolume)
    await h.unlink(wholeVolume)
  })

  it('grows a volume made from a snapshot to the Size asked', async () => {
    const { snapshotId } = await sim.seedImage({ kind: 'ext4-partitioned' })
    const id = await h.createVolume({ SnapshotId: snapshotId, Size: 3 })
    await h.link(id, '/dev/xvdwg')
    await waitForPath(`${BY_ID}sdwg`)
    expect((await sh('blockdev', ['--getsize64', `${BY_ID}sdwg`])).trim()).toBe(
      String(3 * 1024 ** 3)
    )
    await h.unlink(id)
  })

  describe('link faults', () => {
    it('keeps a stuck link attaching (no device) and lets it be unlinked', async () => {
      const stuck = await h.createVolume()
      const later = await h.createVolume()
      sim.failResource({ kind: 'link', match: { deviceName: '/dev/xvdwh' }, to: 'stuck' })
      expect(
        (await oapi('LinkVolume', { VolumeId: stuck, VmId: sim.vmId, DeviceName: '/dev/xvdwh' }))
          .status
      ).toBe(200)
      // Transitions run in time order: once a later link is attached, the stuck one had its turn.
      await h.link(later, '/dev/xvdwo')
      expect((await h.volume(stuck)).LinkedVolumes[0].State).toBe('attaching')
      expect(existsSync(`${BY_ID}sdwh`)).toBe(false)
      expect(await loopDevicesUnder(sim.dataDir)).toHaveLength(1)
      await h.unlink(stuck)
      await h.unlink(later)
    })

    it('says attached but never shows the device for a no-device link', async () => {
      const id = await h.createVolume()
      sim.failResource({ kind: 'link', to: 'no-device' })
      await h.link(id, '/dev/xvdwi')
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(existsSync(`${BY_ID}sdwi`)).toBe(false)
      expect(await loopDevicesUnder(sim.dataDir)).toEqual([])
      await h.unlink(id)
    })
  })
})

describe('simulator block devices (exact naming, delays, stop)', () => {
  it('exposes the requested name itself in exact mode', async () => {
    const sim = await startSimulator({ deviceNaming: 'exact' })
    try {
      const oapi = oapiCaller(sim)
      const h = helpers(sim, oapi)
      const { snapshotId } = await sim.seedImage({ kind: 'ext4-partitioned' })
      const id = await h.createVolume({ SnapshotId: snapshotId })
      await h.link(id, '/dev/xvdwj')
      await waitForPath('/dev/xvdwj1')
      expect(readlinkSync('/dev/xvdwj')).toMatch(/^loop\d+$/)
      expect(existsSync(`${BY_ID}sdwj`)).toBe(false)
      const mounted = await mount('/dev/xvdwj1')
      expect(readFileSync(join(mounted.dir, 'etc/hostname'), 'utf8')).toBe('osc-sim-image\n')
      await mounted.unmount()
      await h.unlink(id)
      expect(existsSync('/dev/xvdwj')).toBe(false)
      expect(existsSync('/dev/xvdwj1')).toBe(false)
    } finally {
      await sim.stop()
    }
  })

  it('shows the device only deviceAppearDelayMs after the link is attached', async () => {
    const sim = await startSimulator({ deviceAppearDelayMs: FAR })
    try {
      const oapi = oapiCaller(sim)
      const h = helpers(sim, oapi)
      const id = await h.createVolume()
      await h.link(id, '/dev/xvdwk')
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect((await h.volume(id)).LinkedVolumes[0].State).toBe('attached')
      expect(existsSync(`${BY_ID}sdwk`)).toBe(false)
      expect(await loopDevicesUnder(sim.dataDir)).toHaveLength(1)
    } finally {
      await sim.stop()
    }
  })

  it('leaves no loop device, link, mount, claim or file behind on stop, even with a device still mounted', async () => {
    const sim = await startSimulator()
    const oapi = oapiCaller(sim)
    const h = helpers(sim, oapi)
    const { snapshotId } = await sim.seedImage({ kind: 'ext4-partitioned' })
    const mountedVolume = await h.createVolume({ SnapshotId: snapshotId })
    const idleVolume = await h.createVolume({ SnapshotId: snapshotId })
    await h.link(mountedVolume, '/dev/xvdwl')
    await h.link(idleVolume, '/dev/xvdwm')
    await waitForPath(`${BY_ID}sdwl-part1`)
    await waitForPath(`${BY_ID}sdwm-part1`)
    const loops = await loopDevicesUnder(sim.dataDir)
    expect(loops).toHaveLength(2)
    const mounted = await mountTemporarily(`${BY_ID}sdwl-part1`)
    try {
      await sim.stop()
      await sim.stop()
      expect(await loopDevicesUnder(sim.dataDir)).toEqual([])
      for (const loop of loops) expect(linksTo(loop)).toEqual([])
      expect(mountsOf(loops)).toEqual([])
      expect(existsSync(`${BY_ID}sdwl`)).toBe(false)
      expect(existsSync('/run/osc-sim/claims/scsi-0QEMU_QEMU_HARDDISK_sdwl')).toBe(false)
      expect(existsSync(sim.dataDir)).toBe(false)
    } finally {
      await mounted.unmount().catch(() => undefined)
    }
  })

  it('refuses to link when the by-id name already exists on the machine', async () => {
    const sim = await startSimulator()
    const squatter = `${BY_ID}sdwn`
    try {
      const oapi = oapiCaller(sim)
      const h = helpers(sim, oapi)
      const { mkdirSync, symlinkSync, rmSync, rmdirSync } = await import('node:fs')
      const hadByIdDir = existsSync('/dev/disk/by-id')
      const hadDiskDir = existsSync('/dev/disk')
      mkdirSync('/dev/disk/by-id', { recursive: true })
      symlinkSync('../../null', squatter)
      cleanups.push(async () => {
        rmSync(squatter, { force: true })
        if (!hadByIdDir) rmdirSync('/dev/disk/by-id')
        if (!hadDiskDir) rmdirSync('/dev/disk')
      })
      const id = await h.createVolume()
      const answer = await oapi('LinkVolume', {
        VolumeId: id,
        VmId: sim.vmId,
        DeviceName: '/dev/xvdwn'
      })
      expect(answer.status).toBe(409)
      expect(firstError(answer)).toMatchObject({
        Type: 'ResourceConflict',
        Details: expect.stringContaining(squatter)
      })
    } finally {
      await sim.stop()
    }
  })
})
