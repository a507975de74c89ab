/**
 * Finding the linked volume's block device on real loop devices: through a QEMU by-id link (in a
 * temporary by-id directory), through the requested name, through the size of the one new disk;
 * a timeout lists what was looked at. Partitions the kernel has not scanned are added with partx.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { snapshotDisks, partitionPath, waitForBlockDevice } from '../../src/host/block-device.js'
import { nvmeDiskPath } from '../../src/host/device-proof.js'
import { createHostRunner } from '../../src/host/exec.js'
import { isMounted, majorMinorOf } from '../../src/host/mountinfo.js'
import {
  attachLoop,
  captureLog,
  createLoopDisk,
  ln,
  sh,
  Teardown,
  tempDir
} from '../helpers/loop-disk.js'

const teardown = new Teardown()
const runner = createHostRunner()
let work: string
let byIdDir: string

beforeEach(() => {
  const logged = captureLog()
  teardown.add(() => logged.restore())
  work = tempDir(teardown)
  byIdDir = join(work, 'by-id')
  mkdirSync(byIdDir)
})
afterEach(() => teardown.run())

it('names partitions the way the kernel does', () => {
  expect(partitionPath('/dev/sdf', 1)).toBe('/dev/sdf1')
  expect(partitionPath('/dev/loop3', 2)).toBe('/dev/loop3p2')
  expect(partitionPath('/dev/nvme1n1', 1)).toBe('/dev/nvme1n1p1')
})

describe('waitForBlockDevice', () => {
  it('follows the QEMU by-id link of the requested name and shows the partitions', async () => {
    const before = snapshotDisks()
    const disk = createLoopDisk(teardown, work, {
      sizeMiB: 64,
      partitions: [{ fs: 'none', sizeMiB: 16 }, { fs: 'none' }]
    })
    spawnSync('partx', ['-d', disk.device]) // as after LinkVolume on a kernel that does not scan tables
    ln(disk.device, join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdq'))

    const found = await waitForBlockDevice({
      runner,
      requestedName: '/dev/xvdq',
      volumeSizeGiB: 64 / 1024,
      disksBeforeLink: before,
      timeoutSeconds: 10,
      byIdDir
    })
    expect(found).toEqual({
      device: disk.device,
      foundBy: 'by-id',
      majorMinor: sh('cat', [`/sys/block/${disk.device.replace('/dev/', '')}/dev`]).trim(),
      byIdPath: join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdq'),
      wokenBy: 'first look',
      partitions: [
        { number: 1, path: `${disk.device}p1` },
        { number: 2, path: `${disk.device}p2` }
      ]
    })
  })

  it('takes the requested name itself when the host shows it', async () => {
    const before = snapshotDisks()
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32 })
    const found = await waitForBlockDevice({
      runner,
      requestedName: disk.device,
      volumeSizeGiB: 32 / 1024,
      disksBeforeLink: before,
      timeoutSeconds: 10,
      byIdDir
    })
    expect(found).toEqual({
      device: disk.device,
      foundBy: 'requested name',
      partitions: [],
      majorMinor: expect.stringMatching(/^7:\d+$/),
      byIdPath: undefined,
      wokenBy: 'first look'
    })
  })

  it('waits for the one new disk of the volume size', async () => {
    const before = snapshotDisks()
    const file = join(work, 'volume.img')
    sh('truncate', ['-s', '9G', file]) // sparse: 9 GiB on paper (host.device-watch's new disks, in another worker, are 7)
    const waiting = waitForBlockDevice({
      runner,
      requestedName: '/dev/xvdw',
      volumeSizeGiB: 9,
      disksBeforeLink: before,
      timeoutSeconds: 30,
      byIdDir,
      exclusively: async (look) => look()
    })
    const disk = attachLoop(teardown, file) // appears while we wait
    const found = await waiting
    expect(found.device).toBe(disk.device)
    expect(found.foundBy).toBe('new disk of the volume size')
  })

  it('refuses two new disks of the volume size rather than guess, even with no other build in the ledger', async () => {
    const before = snapshotDisks()
    const files = ['a', 'b'].map((name) => join(work, `same-size-${name}.img`))
    for (const file of files) sh('truncate', ['-s', '6G', file]) // sparse: 6 GiB on paper
    const waiting = waitForBlockDevice({
      runner,
      requestedName: '/dev/xvdu',
      volumeSizeGiB: 6,
      disksBeforeLink: before,
      timeoutSeconds: 2,
      byIdDir,
      exclusively: async (look) => look(),
      otherLinks: () => []
    })
    const disks = files.map((file) => attachLoop(teardown, file)) // both appear while we wait
    await expect(waiting).rejects.toThrow(
      new RegExp(
        `new disks since the link: .*${basename(disks[0].device)} \\(6\\.00 GiB\\).*` +
          `\\(\\d+ of 6 GiB: ambiguous\\)`
      )
    )
  })

  it('takes the disk its by-id link names when two new disks have the volume size', async () => {
    const before = snapshotDisks()
    const files = ['a', 'b'].map((name) => join(work, `same-size-${name}.img`))
    for (const file of files) sh('truncate', ['-s', '6G', file])
    const disks = files.map((file) => attachLoop(teardown, file))
    ln(disks[1].device, join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdu'))
    const found = await waitForBlockDevice({
      runner,
      requestedName: '/dev/xvdu',
      volumeSizeGiB: 6,
      disksBeforeLink: before,
      timeoutSeconds: 2,
      byIdDir,
      exclusively: async (look) => look()
    })
    expect(found).toMatchObject({ device: disks[1].device, foundBy: 'by-id' })
  })

  it('fails after the device timeout, listing what it looked at', async () => {
    const before = snapshotDisks()
    const disk = createLoopDisk(teardown, work, { sizeMiB: 48 }) // new, but not 5 GiB
    await expect(
      waitForBlockDevice({
        runner,
        requestedName: '/dev/xvdv',
        volumeSizeGiB: 5,
        disksBeforeLink: before,
        timeoutSeconds: 1,
        byIdDir,
        exclusively: async (look) => look()
      })
    ).rejects.toThrow(
      new RegExp(
        `did not appear as a block device within 1 s \\(timeouts.device\\)\\. Looked for: ` +
          `${byIdDir}/scsi-0QEMU_QEMU_HARDDISK_sdv: missing; /dev/xvdv: missing; ` +
          `new disks since the link: .*${disk.device.replace('/dev/', '')} \\(0\\.05 GiB\\)`
      )
    )
  })

  it('waits only for nvme_device_path when it is set', async () => {
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32 })
    const found = await waitForBlockDevice({
      runner,
      requestedName: '/dev/xvdf',
      nvmeDevicePath: disk.device,
      volumeSizeGiB: 32 / 1024,
      disksBeforeLink: {},
      timeoutSeconds: 10,
      byIdDir
    })
    expect(found.foundBy).toBe('nvme_device_path')
    await expect(
      waitForBlockDevice({
        runner,
        requestedName: disk.device,
        nvmeDevicePath: '/dev/nvme9n9',
        volumeSizeGiB: 1,
        disksBeforeLink: {},
        timeoutSeconds: 1,
        byIdDir
      })
    ).rejects.toThrow(/nvme_device_path \/dev\/nvme9n9: not a block device yet/)
  })
})

it("reads Packer's nvme_device_path partition prefix as the disk", () => {
  expect(nvmeDiskPath('/dev/nvme1n1p')).toEqual({ disk: '/dev/nvme1n1', rewritten: true })
  expect(nvmeDiskPath('/dev/nvme1n1')).toEqual({ disk: '/dev/nvme1n1', rewritten: false })
})

/** The whole disk holding / on this machine, or undefined (e.g. / on overlayfs in a container). */
function rootDisk(): string | undefined {
  try {
    let dir = realpathSync(`/sys/dev/block/${majorMinorOf(statSync('/').dev)}`)
    if (existsSync(join(dir, 'partition'))) dir = realpathSync(join(dir, '..'))
    return existsSync(`/dev/${basename(dir)}`) ? `/dev/${basename(dir)}` : undefined
  } catch {
    return undefined
  }
}

describe('the block device must prove it is the new volume', () => {
  const wait = (options: Partial<Parameters<typeof waitForBlockDevice>[0]>) =>
    waitForBlockDevice({
      runner,
      requestedName: '/dev/xvdp',
      volumeSizeGiB: 32 / 1024,
      disksBeforeLink: {},
      timeoutSeconds: 2,
      byIdDir,
      ...options
    })

  it('refuses nvme_device_path of a mounted disk, and leaves it mounted', async () => {
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32, whole: { fs: 'ext4' } })
    const mountPoint = join(work, 'mounted')
    mkdirSync(mountPoint)
    sh('mount', [disk.device, mountPoint])
    await expect(wait({ nvmeDevicePath: disk.device })).rejects.toThrow(
      new RegExp(
        `^nvme_device_path ${disk.device} is not the volume this build linked as /dev/xvdp: ` +
          `it holds mounted file systems \\(${mountPoint}\\)\\. Nothing was written to it\\. ` +
          'Set nvme_device_path to the disk the new volume appears as'
      )
    )
    expect(isMounted(disk.device)).toBe(true)
  })

  it("refuses nvme_device_path of the runner's root disk", async () => {
    const root = rootDisk()
    if (!root) {
      console.warn('no block device holds / here (overlay?): root disk case not exercised')
      return
    }
    await expect(wait({ nvmeDevicePath: root })).rejects.toThrow(
      new RegExp(`^nvme_device_path ${root} is not the volume .*: it is the disk holding /`)
    )
  })

  it('refuses a partition given as nvme_device_path', async () => {
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32, partitions: [{ fs: 'none' }] })
    await expect(wait({ nvmeDevicePath: disk.partitions[0] })).rejects.toThrow(
      /is a partition, not a whole disk/
    )
  })

  it('refuses a disk that was on the runner before the link, even under the requested name', async () => {
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32 })
    await expect(
      wait({ requestedName: disk.device, disksBeforeLink: snapshotDisks() })
    ).rejects.toThrow(
      new RegExp(
        `^block device \\(requested name\\) ${disk.device} is not the volume .*: it was already on ` +
          'this runner before LinkVolume \\(0\\.03 GiB\\), and no by-id link names it'
      )
    )
  })

  it('refuses a by-id disk of another size than the volume', async () => {
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32 })
    ln(disk.device, join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdp'))
    await expect(wait({ volumeSizeGiB: 1 })).rejects.toThrow(
      /its size is 0\.03 GiB, the volume's is 1 GiB/
    )
  })
})
