/**
 * A busybox image on a partitioned ext4 loop disk, mounted with src/host's own mountRoot and
 * chroot mounts, for the tests of what happens inside the chroot. Unmounted and detached at
 * teardown whatever the test left running.
 */
import { mountChrootMounts } from '../../src/host/chroot-mounts.js'
import type { HostRunner } from '../../src/host/exec.js'
import { type MountedRoot, mountRoot } from '../../src/host/mount.js'
import { join } from 'node:path'
import { createLoopDisk, type LoopDisk, Teardown, unmountEverythingUnder } from './loop-disk.js'

export const testChrootMounts = [
  { fstype: 'proc', source: 'proc', target: '/proc' },
  { fstype: 'sysfs', source: 'sysfs', target: '/sys' },
  { fstype: 'bind', source: '/dev', target: '/dev' },
  { fstype: 'devpts', source: 'devpts', target: '/dev/pts' }
]

export async function mountTestImage(
  teardown: Teardown,
  runner: HostRunner,
  work: string,
  rootfs: string,
  options: { chrootMounts?: boolean } = {}
): Promise<{ disk: LoopDisk; mounted: MountedRoot }> {
  const disk = createLoopDisk(teardown, work, {
    sizeMiB: 64,
    partitions: [{ fs: 'ext4', content: rootfs }]
  })
  const mounted = await mountRoot({
    runner,
    disk: disk.device,
    mountPath: join(work, 'mnt'),
    mountPartition: '1',
    mountOptions: []
  })
  teardown.add(() => unmountEverythingUnder(mounted.mountPath))
  if (options.chrootMounts ?? true)
    await mountChrootMounts(runner, mounted.mountPath, testChrootMounts)
  return { disk, mounted }
}
