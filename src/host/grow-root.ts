/**
 * Growing the image's root partition and file system to a volume larger than the source
 * (root_volume_size), so that provisioning has the room the user asked for.
 *
 * The tools are the ones cloud images use at first boot: growpart (cloud-guest-utils) moves the
 * end of the partition to the end of the disk, then resize2fs (ext2/3/4) or xfs_growfs (XFS)
 * fills it. No partition arithmetic here: growpart computes the new table, and it only grows the
 * last partition (into the free space after it).
 *
 * When each part runs (checked with these tools on loop devices):
 * - the partition grows before the mount: growpart rewrites the table with sfdisk and tells the
 *   kernel the new size (BLKPG); `partx -u` follows, since a kernel that does not scan partition
 *   tables itself only learns the new size that way;
 * - ext2/3/4 grows before the mount, offline (`e2fsck -f -p`, then `resize2fs`): growing a
 *   mounted ext4 needs CAP_SYS_RESOURCE (ext4_resize_begin in
 *   https://github.com/torvalds/linux/blob/master/fs/ext4/resize.c), which root in a container
 *   often lacks, while the offline resize needs nothing but the device;
 * - XFS only grows mounted (xfs_growfs takes the mount point): right after the mount.
 * With mount_partition auto, the root partition is only known once mounted: then everything
 * grows after the mount, online.
 *
 * Nothing is grown on a disk that is not proven to be the volume this build linked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { log } from '../log.js'
import { partitionPath } from './block-device.js'
import { rootDiskNumbers } from './device-proof.js'
import { CommandError, type HostRunner } from './exec.js'
import { detectFsType } from './filesystem.js'
import { blockDeviceNumber, mountsOf } from './mountinfo.js'

const GIB = 1024 ** 3

/** File system types resize2fs grows. */
const extTypes = ['ext2', 'ext3', 'ext4']

/** What growing needs to prove about the disk. */
export interface OwnDisk {
  /** The whole disk the build linked and proved (context.blockDevice). */
  disk: string
  /** The volume's size: the disk must be exactly that big. */
  volumeSizeGiB: number
  /** The build's own mount point, once mounted: the only place the disk may be mounted. */
  mountPath?: string
}

/**
 * Refuses to touch a disk that is not the build's volume: it must be a whole disk of the
 * volume's size, not the disk holding `/`, and mounted nowhere but at the build's own mount
 * point. The link step proved more (device-proof.ts); these are the facts that must still hold.
 */
export function proveOwnDisk({ disk, volumeSizeGiB, mountPath }: OwnDisk): void {
  const refuse = (why: string): Error =>
    new Error(`Not growing ${disk}: ${why}. Nothing was changed on it.`)
  const majorMinor = blockDeviceNumber(disk)
  if (!majorMinor) throw refuse('it is not a block device')
  const name = basename(disk)
  if (!existsSync(join('/sys/block', name))) throw refuse('it is not a whole disk')
  if (rootDiskNumbers().includes(majorMinor)) throw refuse('it is the disk holding /')
  const bytes = Number(readFileSync(join('/sys/block', name, 'size'), 'utf8').trim()) * 512
  if (bytes !== volumeSizeGiB * GIB) {
    throw refuse(
      `its size is ${(bytes / GIB).toFixed(2)} GiB, the build's volume is ${volumeSizeGiB} GiB`
    )
  }
  const elsewhere = [disk, ...partitionsOf(disk)]
    .flatMap((device) => mountsOf(device))
    .filter((mount) => mount.mountPoint !== mountPath)
  if (elsewhere.length > 0) {
    throw refuse(`it is mounted at ${elsewhere.map((m) => m.mountPoint).join(', ')}`)
  }
}

/** Partition device paths the kernel shows for a whole disk (sysfs). */
function partitionsOf(disk: string): string[] {
  const name = basename(disk)
  let entries: string[]
  try {
    entries = readdirSync(join('/sys/block', name))
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.startsWith(name))
    .filter((entry) => existsSync(join('/sys/block', name, entry, 'partition')))
    .map((entry) => `/dev/${entry}`)
}

/** The partition number of a partition device (sysfs), or 0 for a whole disk. */
export function partitionNumberOf(device: string): number {
  const majorMinor = blockDeviceNumber(device)
  if (!majorMinor) return 0
  try {
    return Number(readFileSync(join('/sys/dev/block', majorMinor, 'partition'), 'utf8').trim())
  } catch {
    return 0
  }
}

interface TableEntry {
  number: number
  start: number
  sectors: number
}

/** The disk's partition table as partx reads it from the disk itself. */
async function readTable(runner: HostRunner, disk: string): Promise<TableEntry[]> {
  const result = await runner.run(['partx', '-g', '-o', 'NR,START,SECTORS', disk], {
    quiet: true,
    allowedExitCodes: [0, 1]
  })
  return result.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((fields) => fields.length === 3 && fields.every(Number.isInteger))
    .map(([number, start, sectors]) => ({ number, start, sectors }))
}

export type PartitionGrowth = 'grown' | 'already full' | 'not last'

/**
 * Grows partition `number` of the disk to the end of the disk when it is the last one, and
 * makes the kernel see its new size. A partition followed by another cannot grow without moving
 * that one: it is left as it is, with a warning.
 */
export async function growPartition(
  runner: HostRunner,
  disk: string,
  number: number
): Promise<PartitionGrowth> {
  const table = await readTable(runner, disk)
  const own = table.find((entry) => entry.number === number)
  if (!own) throw new Error(`${disk} has no partition ${number} in its partition table.`)
  const after = table.filter((entry) => entry.start > own.start)
  if (after.length > 0) {
    log.warning(
      `grow_root_filesystem: partition ${number} of ${disk} (the root file system) is not the last ` +
        `one (partition ${after.map((entry) => entry.number).join(', ')} follows it), so it cannot ` +
        'grow into the new space and the root file system keeps its size. The space is left ' +
        'unallocated at the end of the disk; move the data partitions in the source image, or ' +
        'set grow_root_filesystem: false to silence this.'
    )
    return 'not last'
  }
  // Exit 1 is growpart's NOCHANGE: the partition already reaches the end of the disk.
  const grown = await runner
    .run(['growpart', disk, String(number)], { allowedExitCodes: [0, 1] })
    .catch((error: unknown) => {
      throw withInstallAdvice(error)
    })
  if (grown.exitCode === 1) return 'already full'
  const device = partitionPath(disk, number)
  const wanted = (await readTable(runner, disk)).find((entry) => entry.number === number)
  // growpart already told the kernel; partx -u again when it did not take (no BLKPG support).
  if (kernelSectors(device) !== wanted?.sectors) {
    await runner.run(['partx', '-u', '--nr', String(number), disk], { quiet: true })
  }
  if (kernelSectors(device) !== wanted?.sectors) {
    throw new Error(
      `growpart grew partition ${number} of ${disk} to ${wanted?.sectors} sectors, but the kernel ` +
        `still shows ${kernelSectors(device)}: the file system cannot grow until it sees the new size.`
    )
  }
  return 'grown'
}

/** A growpart that is not installed: say which package has it. */
function withInstallAdvice(error: unknown): unknown {
  const missing =
    error instanceof CommandError &&
    (error.exitCode === 127 || /ENOENT|not found/i.test(`${error.message} ${error.stderr}`))
  if (!missing) return error
  return new Error(
    'grow_root_filesystem: growpart is not installed on this runner. Install it (Debian and ' +
      'Ubuntu: apt-get install cloud-guest-utils; RHEL: dnf install cloud-utils-growpart), or ' +
      'set grow_root_filesystem: false to keep the source size.'
  )
}

/** The size the kernel has for a partition, in 512-byte sectors (sysfs). */
function kernelSectors(device: string): number | undefined {
  const majorMinor = blockDeviceNumber(device)
  if (!majorMinor) return undefined
  try {
    return Number(readFileSync(join('/sys/dev/block', majorMinor, 'size'), 'utf8').trim())
  } catch {
    return undefined
  }
}

/** What was done with a file system: grown, left for after the mount, or not growable here. */
export type FileSystemGrowth = 'grown' | 'after mount' | 'unsupported'

/**
 * Grows the file system on `device` to fill it. Unmounted (no mountPath): ext2/3/4 is checked
 * and grown offline; XFS can only grow mounted, so it is left 'after mount'. Mounted: XFS and
 * ext2/3/4 grow online. Any other type is not grown, with a warning naming it.
 */
export async function growFileSystem(
  runner: HostRunner,
  device: string,
  fsType: string | undefined,
  mountPath?: string
): Promise<FileSystemGrowth> {
  if (fsType === 'xfs') {
    if (mountPath === undefined) return 'after mount'
    await runner.run(['xfs_growfs', '-d', mountPath])
    return 'grown'
  }
  if (fsType !== undefined && extTypes.includes(fsType)) {
    if (mountPath === undefined) {
      // resize2fs refuses a file system not checked since it was last mounted; -p fixes only
      // what is safe to fix unattended. Exit 1: errors corrected; 2: corrected, reboot advised.
      await runner.run(['e2fsck', '-f', '-p', device], { allowedExitCodes: [0, 1, 2] })
    }
    const resized = await runner.run(['resize2fs', device], { allowedExitCodes: [0, 1] })
    if (resized.exitCode !== 0) {
      const online =
        mountPath === undefined
          ? ''
          : ' Growing a mounted ext4 needs CAP_SYS_RESOURCE, which this runner lacks (a ' +
            'container?): set mount_partition to the root partition number (e.g. 1) so that it ' +
            'grows before the mount, offline.'
      throw new Error(
        `resize2fs could not grow ${device}: ${resized.stderr.trim().split('\n').at(-1)}.${online}`
      )
    }
    return 'grown'
  }
  log.warning(
    `grow_root_filesystem: the root file system on ${device} is ${fsType ?? 'of an unknown type'}; ` +
      'only ext2, ext3, ext4 and xfs are grown. It keeps its size: grow it in post_mount_commands ' +
      '(e.g. btrfs filesystem resize max {{.MountPath}}), or set grow_root_filesystem: false.'
  )
  return 'unsupported'
}

/** Where the root file system is: its device, partition number (0: whole disk) and type. */
export interface RootLocation {
  device: string
  partition: number
  fsType?: string
}

/** The root of a numbered mount_partition on the disk (0 = the whole disk). */
export async function rootLocation(
  runner: HostRunner,
  disk: string,
  partition: number
): Promise<RootLocation> {
  const device = partition === 0 ? disk : partitionPath(disk, partition)
  return { device, partition, fsType: await detectFsType(runner, device) }
}

/**
 * Grows the root partition (when there is one and it is last) and then its file system; returns
 * what happened to the file system ('after mount' for XFS found unmounted). A partition that
 * cannot grow leaves the file system as it is.
 */
export async function growRoot(
  runner: HostRunner,
  own: OwnDisk,
  root: RootLocation
): Promise<FileSystemGrowth | 'not grown'> {
  proveOwnDisk(own)
  if (root.partition > 0) {
    const partition = await growPartition(runner, own.disk, root.partition)
    if (partition === 'not last') return 'not grown'
  }
  return growFileSystem(runner, root.device, root.fsType, own.mountPath)
}
