/**
 * Growing the root file system on real loop disks: a 1 GiB partitioned source image on a 3 GiB
 * volume, as CreateVolume makes it from a 1 GiB snapshot with root_volume_size 3. The steps run as
 * the pipeline runs them (before the mount, then after it); `df` of the mounted root tells the size.
 */
import { afterEach, beforeEach, expect, it, describe } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createHostRunner } from '../../src/host/exec.js'
import { proveOwnDisk } from '../../src/host/grow-root.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import {
  stepGrowMountedFilesystem,
  stepGrowRootFilesystem
} from '../../src/pipeline/steps/grow-root-filesystem.js'
import {
  attachLoop,
  captureLog,
  sh,
  Teardown,
  tempDir,
  type LoopDisk
} from '../helpers/loop-disk.js'

const GIB = 1024 ** 3
const teardown = new Teardown()
const runner = createHostRunner()
let work: string
let logged: ReturnType<typeof captureLog>

beforeEach(() => {
  logged = captureLog()
  teardown.add(() => logged.restore())
  work = tempDir(teardown)
})
afterEach(() => teardown.run())

type Fs = 'ext4' | 'xfs' | 'vfat'

/**
 * A 1 GiB source disk (DOS table, root on partition 1 from 1 MiB; with `dataAfterRoot`, a 100 MiB
 * partition 2 after it), then grown to `volumeGiB` as a volume made from its snapshot would be.
 */
function sourceOnBiggerVolume(fs: Fs, volumeGiB: number, dataAfterRoot = false): LoopDisk {
  const file = join(work, 'volume.img')
  sh('truncate', ['-s', '1G', file])
  const table = dataAfterRoot ? 'start=2048, size=900M, type=83\n,,L\n' : 'start=2048, type=83\n'
  sh('sfdisk', ['-q', file], `label: dos\n${table}`)
  const source = attachLoop(teardown, file)
  // A partition another suite left on this loop number (partx -a keeps it) gets the table's size.
  sh('partx', ['-u', source.device])
  // Runs after the unmount, before the detach: a partition still held a moment after an unmount
  // would outlive the detach, with its grown size, for whoever gets this loop number next.
  teardown.add(() => removePartitions(source.device))
  const root = source.partitions[0]
  if (fs === 'ext4') sh('mkfs.ext4', ['-q', '-F', root])
  else if (fs === 'xfs') sh('mkfs.xfs', ['-q', '-f', root])
  else sh('busybox', ['mkdosfs', root])
  if (dataAfterRoot) sh('mkfs.ext4', ['-q', '-F', source.partitions[1]])
  // The volume is larger than the snapshot: the same bytes, more disk after them.
  sh('truncate', ['-s', `${volumeGiB}G`, file])
  sh('losetup', ['-c', source.device])
  return source
}

async function removePartitions(device: string): Promise<void> {
  const name = basename(device)
  const left = () => readdirSync(join('/sys/block', name)).filter((e) => e.startsWith(`${name}p`))
  for (let tries = 0; tries < 50 && left().length > 0; tries++) {
    spawnSync('partx', ['-d', device])
    if (left().length > 0) await sleep(100)
  }
}

function context(disk: LoopDisk, settings: Partial<BuildContext['config']> = {}): BuildContext {
  return {
    config: { growRootFilesystem: true, fromScratch: false, mountPartition: '1', ...settings },
    host: runner,
    blockDevice: disk.device,
    volume: { VolumeId: 'vol-1', Size: 3 },
    baseImage: {
      ImageId: 'ami-1',
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { VolumeSize: 1 } }]
    }
  } as unknown as BuildContext
}

/** Runs the two grow steps around a mount of partition 1, as the pipeline does; returns df's size. */
async function buildSteps(ctx: BuildContext, disk: LoopDisk, fs: Fs): Promise<number> {
  if (!stepGrowRootFilesystem.skip!(ctx)) await stepGrowRootFilesystem.run(ctx)
  const mountPath = join(work, 'root')
  mkdirSync(mountPath)
  sh('mount', [...(fs === 'xfs' ? ['-o', 'nouuid'] : []), disk.partitions[0], mountPath])
  teardown.add(() => void sh('umount', [mountPath]))
  ctx.mountPath = mountPath
  if (!stepGrowMountedFilesystem.skip!(ctx)) await stepGrowMountedFilesystem.run(ctx)
  return dfBytes(mountPath)
}

function dfBytes(mountPath: string): number {
  const lines = sh('df', ['-B1', '--output=size', mountPath]).trim().split('\n')
  return Number(lines.at(-1))
}

describe('growing the root file system', () => {
  it.each(['ext4', 'xfs'] as const)(
    'a 1 GiB %s root on a 3 GiB volume fills it before provisioning',
    async (fs) => {
      const disk = sourceOnBiggerVolume(fs, 3)
      const size = await buildSteps(context(disk), disk, fs)
      expect(size).toBeGreaterThan(2.8 * GIB)
      expect(size).toBeLessThanOrEqual(3 * GIB)
    }
  )

  it('with mount_partition auto, an XFS root grows once mounted (partition and file system)', async () => {
    const disk = sourceOnBiggerVolume('xfs', 3)
    const ctx = context(disk, { mountPartition: 'auto' })
    const size = await buildSteps(ctx, disk, 'xfs')
    expect(size).toBeGreaterThan(2.8 * GIB)
    expect(logged.text()).toMatch(/mount_partition auto/)
  })

  it('with mount_partition auto, an ext4 root grows online, or says how to grow it offline', async () => {
    const disk = sourceOnBiggerVolume('ext4', 3)
    const ctx = context(disk, { mountPartition: 'auto' })
    // Growing a mounted ext4 needs CAP_SYS_RESOURCE (bit 24), which a container may not grant.
    const capabilities = /^CapEff:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    const canResizeOnline = (BigInt(`0x${capabilities?.[1] ?? '0'}`) >> 24n) & 1n
    const outcome = await buildSteps(ctx, disk, 'ext4').then(
      (size) => (size > 2.8 * GIB ? 'grown' : `not grown (${size} bytes)`),
      (error: Error) => error.message
    )
    expect(outcome).toMatch(
      canResizeOnline
        ? /^grown$/
        : /Growing a mounted ext4 needs CAP_SYS_RESOURCE.*set mount_partition to the root partition number/
    )
  })

  it('grow_root_filesystem false leaves the file system at the source size', async () => {
    const disk = sourceOnBiggerVolume('ext4', 3)
    const ctx = context(disk, { growRootFilesystem: false })
    expect(stepGrowRootFilesystem.skip!(ctx)).toBe(true)
    const size = await buildSteps(ctx, disk, 'ext4')
    expect(size).toBeLessThan(1.05 * GIB)
  })

  it('a volume no larger than the source grows nothing', async () => {
    const disk = sourceOnBiggerVolume('ext4', 3)
    const ctx = context(disk)
    ctx.volume!.Size = 1
    expect(stepGrowRootFilesystem.skip!(ctx)).toBe(true)
  })

  it('a root partition followed by another is not grown, with a warning naming both', async () => {
    const disk = sourceOnBiggerVolume('ext4', 3, true)
    const size = await buildSteps(context(disk), disk, 'ext4')
    expect(size).toBeLessThan(1 * GIB)
    expect(logged.text()).toMatch(
      /warning: .*partition 1 of \/dev\/loop\d+ .* not the last one \(partition 2 follows it\)/
    )
    // The table is untouched: partition 2 still starts where it did.
    const table = sh('partx', ['-g', '-o', 'NR,SECTORS', disk.device])
    expect(table).toMatch(/^\s*1\s+1843200$/m)
  })

  it('a file system other than ext2/3/4 and XFS is left as it is, with a warning naming its type', async () => {
    const disk = sourceOnBiggerVolume('vfat', 3)
    await stepGrowRootFilesystem.run(context(disk))
    expect(logged.text()).toMatch(
      /warning: grow_root_filesystem: the root file system on \S+ is vfat/
    )
  })

  it('refuses a disk that is not of the volume size, and one mounted elsewhere', async () => {
    const disk = sourceOnBiggerVolume('ext4', 3)
    expect(() => proveOwnDisk({ disk: disk.device, volumeSizeGiB: 2 })).toThrow(
      /Not growing .*: its size is 3.00 GiB, the build's volume is 2 GiB/
    )
    const elsewhere = join(work, 'elsewhere')
    mkdirSync(elsewhere)
    sh('mount', [disk.partitions[0], elsewhere])
    teardown.add(() => void sh('umount', [elsewhere]))
    await expect(stepGrowRootFilesystem.run(context(disk))).rejects.toThrow(
      /Not growing .*: it is mounted at .*elsewhere/
    )
    // Refused before anything ran: the partition keeps its 1 GiB size.
    expect(sh('partx', ['-g', '-o', 'SECTORS', '--nr', '1', disk.device]).trim()).toBe('2095104')
  })

  it('never grows the disk holding /', () => {
    const root = sh('findmnt', ['-n', '-o', 'SOURCE', '/']).trim()
    expect(() => proveOwnDisk({ disk: root, volumeSizeGiB: 3 })).toThrow(/Not growing/)
  })
})
