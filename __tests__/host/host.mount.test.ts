/**
 * Mounting images on real loop devices: partitioned and whole-disk ext4, XFS clones mounted side
 * by side (nouuid), mount_partition auto, mount_options, the chroot mounts, and unmountAll.
 */
import { beforeAll, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mountChrootMounts } from '../../src/host/chroot-mounts.js'
import { createHostRunner } from '../../src/host/exec.js'
import { mountRoot } from '../../src/host/mount.js'
import { isMounted, mountsOf, mountsUnder } from '../../src/host/mountinfo.js'
import { unmountAll } from '../helpers/unmount-all.js'
import { attachLoop, createLoopDisk, makeDataFs, sh } from '../helpers/loop-disk.js'
import { hostSuite } from '../helpers/host-suite.js'

const suite = hostSuite()
const { teardown } = suite
const runner = createHostRunner()
let datafs: string

beforeAll(() => {
  datafs = makeDataFs(join(suite.dir, 'datafs'))
})

const defaultChrootMounts = [
  { fstype: 'proc', source: 'proc', target: '/proc' },
  { fstype: 'sysfs', source: 'sysfs', target: '/sys' },
  { fstype: 'bind', source: '/dev', target: '/dev' },
  { fstype: 'devpts', source: 'devpts', target: '/dev/pts' },
  { fstype: 'binfmt_misc', source: 'binfmt_misc', target: '/proc/sys/fs/binfmt_misc' }
]

describe('mountRoot', () => {
  it('mounts partition 1 of a partitioned ext4 disk at mount_path, and unmounts it all', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 64,
      partitions: [{ fs: 'ext4', content: suite.rootfs }]
    })
    const mounted = await mountRoot({
      runner,
      disk: disk.device,
      mountPath: join(suite.work, 'mnt/{{.Device}}'),
      mountPartition: '1',
      mountOptions: ['noatime']
    })
    const expectedPath = join(suite.work, 'mnt', disk.device.replace('/dev/', ''))
    expect(mounted).toEqual({
      mountPath: expectedPath,
      device: `${disk.device}p1`,
      disk: disk.device,
      partition: 1,
      fsType: 'ext4',
      options: ['noatime', 'nodev'],
      createdDirectory: true,
      majorMinor: sh('cat', [`/sys/class/block/${disk.device.replace('/dev/', '')}p1/dev`]).trim(),
      mountId: mountsOf(disk.device)[0].id
    })
    expect(readFileSync(join(expectedPath, 'etc/os-release'), 'utf8')).toContain('ID=busybox')
    expect(sh('findmnt', ['-n', '-o', 'OPTIONS', expectedPath])).toMatch(/noatime/)
    expect(isMounted(disk.device)).toBe(true)

    await unmountAll(runner, mounted.mountPath, { removeDirectory: mounted.createdDirectory })
    expect(isMounted(disk.device)).toBe(false)
    expect(existsSync(expectedPath)).toBe(false)
    // idempotent: nothing left to do
    await expect(unmountAll(runner, mounted.mountPath)).resolves.toEqual({ unmounted: [] })
  })

  it('mounts a whole-disk ext4 file system with mount_partition 0', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 32,
      whole: { fs: 'ext4', content: suite.rootfs }
    })
    const mounted = await mountRoot({
      runner,
      disk: disk.device,
      mountPath: join(suite.work, 'mnt'),
      mountPartition: '0',
      mountOptions: []
    })
    expect(mounted.device).toBe(disk.device)
    expect(existsSync(join(mounted.mountPath, 'bin/busybox'))).toBe(true)
    await unmountAll(runner, mounted.mountPath)
    expect(isMounted(disk.device)).toBe(false)
  })

  it('mounts an XFS image and its clone at the same time (nouuid added automatically)', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 400,
      partitions: [{ fs: 'xfs', content: suite.rootfs }]
    })
    const cloneFile = join(suite.work, 'clone.img')
    sh('cp', ['--sparse=always', disk.file, cloneFile])
    const clone = attachLoop(teardown, cloneFile)
    const options = {
      runner,
      mountPath: join(suite.work, 'mnt-{{.Device}}'),
      mountPartition: '1',
      mountOptions: []
    }

    const first = await mountRoot({ ...options, disk: disk.device })
    const second = await mountRoot({ ...options, disk: clone.device })
    expect(first.options).toEqual(['nouuid', 'nodev'])
    expect(second.fsType).toBe('xfs')
    expect(existsSync(join(second.mountPath, 'etc/os-release'))).toBe(true)
    expect(isMounted(disk.device) && isMounted(clone.device)).toBe(true)

    await unmountAll(runner, first.mountPath)
    await unmountAll(runner, second.mountPath)
    expect(mountsOf(disk.device).concat(mountsOf(clone.device))).toEqual([])
  })

  it('finds the root partition with mount_partition auto', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 64,
      partitions: [
        { fs: 'ext4', content: datafs, sizeMiB: 16 },
        { fs: 'ext4', content: suite.rootfs }
      ]
    })
    const mounted = await mountRoot({
      runner,
      disk: disk.device,
      mountPath: join(suite.work, 'mnt'),
      mountPartition: 'auto',
      mountOptions: []
    })
    expect(mounted.partition).toBe(2)
    expect(mounted.device).toBe(`${disk.device}p2`)
    expect(mountsUnder(mounted.mountPath)).toHaveLength(1) // the probes left nothing behind
    expect(suite.logged.text()).toContain(
      `mount_partition auto: partition 2 (${disk.device}p2) holds the root file system`
    )
    await unmountAll(runner, mounted.mountPath)
  })

  it('explains why auto found no root partition, and leaves nothing mounted', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 64,
      partitions: [{ fs: 'ext4', content: datafs, sizeMiB: 16 }, { fs: 'none' }]
    })
    const mountPath = join(suite.work, 'mnt')
    await expect(
      mountRoot({ runner, disk: disk.device, mountPath, mountPartition: 'auto', mountOptions: [] })
    ).rejects.toThrow(
      new RegExp(
        `mount_partition auto: no partition holds a root file system on ${disk.device}: ` +
          `1 \\(${disk.device}p1, ext4: none of /etc/os-release, /bin/sh, /sbin/init\\); ` +
          `2 \\(${disk.device}p2: no file system\\)\\. Set mount_partition`
      )
    )
    expect(isMounted(disk.device)).toBe(false)
    expect(existsSync(mountPath)).toBe(false)
  })

  it('names the partitions that exist when mount_partition names a missing one', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 64,
      partitions: [{ fs: 'ext4', sizeMiB: 16 }, { fs: 'ext4' }]
    })
    await expect(
      mountRoot({
        runner,
        disk: disk.device,
        mountPath: join(suite.work, 'mnt'),
        mountPartition: '3',
        mountOptions: []
      })
    ).rejects.toThrow(
      `mount_partition 3: ${disk.device} has no partition 3 (partitions of ${disk.device}: 1 (${disk.device}p1), 2 (${disk.device}p2))`
    )
  })

  it('refuses a mount_path that is already a mount point', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 32,
      whole: { fs: 'ext4', content: suite.rootfs }
    })
    const options = {
      runner,
      disk: disk.device,
      mountPath: join(suite.work, 'mnt'),
      mountPartition: '0',
      mountOptions: []
    }
    const mounted = await mountRoot(options)
    await expect(mountRoot(options)).rejects.toThrow(
      /^mount_path .*\/mnt is a mount point \(\/dev\/loop\d+, ext4\): another build, an earlier one, or the runner uses it/
    )
    await unmountAll(runner, mounted.mountPath)
  })
})

describe('the mount path is checked at run time, before anything is mounted', () => {
  const mountOptions = (mountPath: string, device: string) => ({
    runner,
    disk: device,
    mountPath,
    mountPartition: '0',
    mountOptions: []
  })

  it('refuses a mount path that holds a mount point, and leaves that mount alone', async () => {
    const disk = createLoopDisk(teardown, suite.work, { sizeMiB: 32, whole: { fs: 'ext4' } })
    const inner = join(suite.work, 'mnt/inner')
    sh('mkdir', ['-p', inner])
    sh('mount', ['-t', 'tmpfs', 'canary', inner])
    await expect(mountRoot(mountOptions(join(suite.work, 'mnt'), disk.device))).rejects.toThrow(
      `mount_path ${join(suite.work, 'mnt')} holds the mount point ${inner} (canary, tmpfs)`
    )
    expect(mountsUnder(inner).map((m) => m.source)).toEqual(['canary'])
    expect(isMounted(disk.device)).toBe(false)
  })

  it('refuses a mount path that leads through a symlink to a system directory', async () => {
    const disk = createLoopDisk(teardown, suite.work, { sizeMiB: 32, whole: { fs: 'ext4' } })
    sh('ln', ['-s', '/usr/share', join(suite.work, 'link')])
    await expect(mountRoot(mountOptions(join(suite.work, 'link'), disk.device))).rejects.toThrow(
      `mount_path ${join(suite.work, 'link')} leads to /usr/share, which is inside the system directory /usr`
    )
    expect(isMounted(disk.device)).toBe(false)
  })
})

describe('chroot mounts', () => {
  it('mounts the defaults in order inside the image and unmounts them deepest first', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 64,
      partitions: [{ fs: 'ext4', content: suite.rootfs }]
    })
    const mounted = await mountRoot({
      runner,
      disk: disk.device,
      mountPath: join(suite.work, 'mnt'),
      mountPartition: '1',
      mountOptions: []
    })
    const records = await mountChrootMounts(runner, mounted.mountPath, defaultChrootMounts)
    expect(records.map((r) => r.hostTarget)).toEqual(
      ['/proc', '/sys', '/dev', '/dev/pts', '/proc/sys/fs/binfmt_misc'].map((t) =>
        join(mounted.mountPath, t)
      )
    )
    const inChroot = sh('chroot', [
      mounted.mountPath,
      '/bin/sh',
      '-c',
      'test -e /proc/self/status && test -d /sys/block && test -c /dev/null && echo ok'
    ])
    expect(inChroot.trim()).toBe('ok')

    const { unmounted } = await unmountAll(runner, mounted.mountPath)
    const at = (target: string): number => unmounted.indexOf(join(mounted.mountPath, target))
    expect(at('/proc/sys/fs/binfmt_misc')).toBeLessThan(at('/proc'))
    expect(at('/dev/pts')).toBeLessThan(at('/dev'))
    expect(unmounted[unmounted.length - 1]).toBe(mounted.mountPath)
    expect(isMounted(disk.device)).toBe(false)
  })
})
