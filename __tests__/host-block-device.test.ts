/**
 * Finding the linked volume's block device on real loop devices: through a QEMU by-id link (in a
 * temporary by-id directory), through the requested name, through the size of the one new disk;
 * a timeout lists what was looked at. Partitions the kernel has not scanned are added with partx.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { snapshotDisks, partitionPath, waitForBlockDevice } from '../src/host/block-device.js'
import { createHostRunner } from '../src/host/exec.js'
import {
  attachLoop,
  captureLog,
  createLoopDisk,
  describeRoot,
  ln,
  sh,
  Teardown,
  tempDir
} from './helpers/loop-disk.js'

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

describeRoot('waitForBlockDevice', () => {
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
      volumeSizeGiB: 1,
      disksBeforeLink: before,
      timeoutSeconds: 10,
      byIdDir
    })
    expect(found).toEqual({
      device: disk.device,
      foundBy: 'by-id',
      partitions: [
        { number: 1, path: `${disk.device}p1` },
        { number: 2, path: `${disk.device}p2` }
      ]
    })
  })

  it('takes the requested name itself when the host shows it', async () => {
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32 })
    const found = await waitForBlockDevice({
      runner,
      requestedName: disk.device,
      volumeSizeGiB: 1,
      disksBeforeLink: snapshotDisks(),
      timeoutSeconds: 10,
      byIdDir
    })
    expect(found).toEqual({ device: disk.device, foundBy: 'requested name', partitions: [] })
  })

  it('waits for the one new disk of the volume size', async () => {
    const before = snapshotDisks()
    const file = join(work, 'volume.img')
    sh('truncate', ['-s', '7G', file]) // sparse: 7 GiB on paper
    const waiting = waitForBlockDevice({
      runner,
      requestedName: '/dev/xvdw',
      volumeSizeGiB: 7,
      disksBeforeLink: before,
      timeoutSeconds: 30,
      byIdDir
    })
    const disk = attachLoop(teardown, file) // appears while we wait
    const found = await waiting
    expect(found.device).toBe(disk.device)
    expect(found.foundBy).toBe('new disk of the volume size')
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
        byIdDir
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
      volumeSizeGiB: 1,
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
