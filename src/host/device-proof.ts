/**
 * Proof that a block device is the volume this build just linked, before anything writes to it
 * (pre_mount_commands may run mkfs on it). A device name alone is no proof: a typo in
 * nvme_device_path (/dev/vda, /dev/nvme0n1) or a udev link left by an earlier disk would send
 * the build to the runner's own disk. The device must be:
 *   - a whole disk (not a partition);
 *   - shown under the requested name's by-id link (how an Outscale VM names a BSU volume), or a
 *     disk that appeared after LinkVolume (absent from the list taken before, or of size 0 then);
 *   - of the volume's size;
 *   - holding no mounted file system and used by no device-mapper/md device;
 *   - neither the disk holding `/` nor its parent.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { qemuByIdName } from './device-name.js'
import { blockDeviceNumber, majorMinorOf, mountsOf } from './mountinfo.js'

const GIB = 1024 ** 3

export interface DeviceProofInput {
  /** The whole disk found for the link (its kernel name under /dev). */
  device: string
  /** The option the user named the device with, for the errors ("nvme_device_path", ...). */
  option: string
  /** The name given to LinkVolume, e.g. /dev/xvdf. */
  requestedName: string
  volumeSizeGiB: number
  /** Whole disks and their sizes in bytes before LinkVolume (snapshotDisks). */
  disksBeforeLink: Record<string, number>
  byIdDir: string
}

export interface ProvenDevice {
  device: string
  majorMinor: string
  /** The by-id link that names it, when there is one. */
  byIdPath?: string
}

/** A failed proof: `wait` when the disk may still be settling (its size not yet known). */
export class DeviceProofError extends Error {
  constructor(
    message: string,
    readonly wait = false
  ) {
    super(message)
  }
}

function readSys(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim()
  } catch {
    return undefined
  }
}

function resolvesTo(link: string, device: string): boolean {
  try {
    return realpathSync(link) === device
  } catch {
    return false
  }
}

/** The sysfs directory of a block device by number (a partition's parent is its disk). */
function sysDir(majorMinor: string): string | undefined {
  try {
    return realpathSync(join('/sys/dev/block', majorMinor))
  } catch {
    return undefined
  }
}

/**
 * "major:minor" of the devices `/` lives on: its own device, the disk holding it when that is a
 * partition, and the disks under it when it is a device-mapper or md device (LVM, RAID).
 */
export function rootDiskNumbers(): string[] {
  const numbers = new Set<string>()
  const add = (majorMinor: string | undefined): void => {
    if (!majorMinor || numbers.has(majorMinor)) return
    numbers.add(majorMinor)
    const dir = sysDir(majorMinor)
    if (!dir) return
    if (existsSync(join(dir, 'partition'))) add(readSys(join(dir, '..', 'dev')))
    let slaves: string[] = []
    try {
      slaves = readdirSync(join(dir, 'slaves'))
    } catch {
      // not a stacked device
    }
    for (const slave of slaves) add(readSys(join(dir, 'slaves', slave, 'dev')))
  }
  add(majorMinorOf(statSync('/').dev))
  return [...numbers]
}

/** Devices stacked on the disk or its partitions (LVM, md, dm-crypt): a disk in use. */
function holders(disk: string): string[] {
  const dir = join('/sys/block', disk)
  const found: string[] = []
  const list = (path: string): void => {
    try {
      found.push(...readdirSync(join(path, 'holders')))
    } catch {
      // no holders directory
    }
  }
  list(dir)
  try {
    for (const entry of readdirSync(dir)) if (entry.startsWith(disk)) list(join(dir, entry))
  } catch {
    // not in sysfs
  }
  return found
}

export function proveNewVolume(input: DeviceProofInput): ProvenDevice {
  const { device, option } = input
  const name = basename(device)
  const fail = (why: string, wait = false): DeviceProofError =>
    new DeviceProofError(
      `${option} ${device} is not the volume this build linked as ${input.requestedName}: ${why}. ` +
        'Nothing was written to it. ' +
        (option === 'nvme_device_path'
          ? 'Set nvme_device_path to the disk the new volume appears as (see `lsblk`), or leave it empty to let the build find it.'
          : 'Check the runner for leftover volumes or udev links, or set nvme_device_path.'),
      wait
    )

  const majorMinor = blockDeviceNumber(device)
  if (!majorMinor) throw fail('it is not a block device')
  if (!existsSync(join('/sys/block', name))) {
    throw fail('it is a partition, not a whole disk')
  }
  if (rootDiskNumbers().includes(majorMinor)) {
    throw fail("it is the disk holding / (the runner's own system)")
  }
  const mounted = mountsOf(device)
  if (mounted.length > 0) {
    throw fail(`it holds mounted file systems (${mounted.map((m) => m.mountPoint).join(', ')})`)
  }
  const stacked = holders(name)
  if (stacked.length > 0) throw fail(`it is in use by ${stacked.join(', ')}`)

  const byIdName = qemuByIdName(input.requestedName)
  const byIdPath = byIdName ? join(input.byIdDir, byIdName) : undefined
  const namedByLink = byIdPath !== undefined && resolvesTo(byIdPath, device)
  const before = input.disksBeforeLink[name]
  const bytes = Number(readSys(join('/sys/block', name, 'size')) ?? 0) * 512
  const appeared = before === undefined || (before === 0 && bytes > 0)
  if (!namedByLink && before === 0 && bytes === 0) {
    // Listed, empty, before the link and still: a drive whose disk is not attached yet.
    throw fail('its size is still 0, as before LinkVolume (not attached yet)', true)
  }
  if (!namedByLink && !appeared) {
    throw fail(
      `it was already on this runner before LinkVolume (${(before / GIB).toFixed(2)} GiB), and ` +
        (byIdPath ? `${byIdPath} does not lead to it` : 'no by-id link names it')
    )
  }
  const expected = input.volumeSizeGiB * GIB
  if (bytes !== expected) {
    throw fail(
      `its size is ${(bytes / GIB).toFixed(2)} GiB, the volume's is ${input.volumeSizeGiB} GiB`,
      bytes === 0
    )
  }
  return { device, majorMinor, byIdPath: namedByLink ? byIdPath : undefined }
}

/**
 * Packer documents nvme_device_path as a partition prefix (/dev/nvme1n1p, to which it appends the
 * partition number); the build wants the disk. Returns the disk path and whether it changed.
 */
export function nvmeDiskPath(nvmeDevicePath: string): { disk: string; rewritten: boolean } {
  const prefix = /^(\/dev\/nvme\d+n\d+)p$/.exec(nvmeDevicePath)
  return prefix ? { disk: prefix[1], rewritten: true } : { disk: nvmeDevicePath, rewritten: false }
}
