/**
 * Finding the real block device of the linked volume, and its partitions.
 *
 * The API says "attached" before the guest shows the disk, and the guest rarely shows it under
 * the requested name (docs/outscale-fidelity.md, "Devices inside the VM"). So we wait, bounded,
 * and look in this order, waking when a name appears (inotify) rather than on an interval:
 *   1. nvme_device_path, when the user gave one (then nothing else);
 *   2. /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sd<letters> (how Outscale VMs show BSU volumes);
 *   3. the requested name itself (/dev/xvdf);
 *   4. only on a host without by-id names, and under the host lock: the single whole disk that
 *      appeared since the link (/sys/block compared with a snapshot taken before LinkVolume: a
 *      new entry, or one whose size was 0) whose size is the volume's, when no other build's link
 *      of that size is still unfound (link-ledger.ts).
 * Rules 1-3 need no lock: once LinkVolume is accepted the name is the API's.
 * Whatever rule finds it, the disk must then prove it is the new volume (device-proof.ts) before
 * it is returned. Partitions are read from sysfs; when the kernel has not scanned the partition
 * table (no udev, or a kernel without the table parser), `partx -a` adds them.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, delimiter, dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { log } from '../log.js'
import { QEMU_BY_ID_PREFIX, qemuByIdName } from './device-name.js'
import { DeviceProofError, nvmeDiskPath, proveNewVolume } from './device-proof.js'
import { DeviceWatch } from './device-watch.js'
import type { HostRunner } from './exec.js'
import type { LedgerEntry } from './link-ledger.js'

export interface Partition {
  number: number
  path: string
}

export interface BlockDevice {
  /** The whole disk, by its kernel name (/dev/sdb, /dev/loop3, /dev/nvme1n1). */
  device: string
  partitions: Partition[]
  /** Which rule found it, for the log. */
  foundBy: 'nvme_device_path' | 'by-id' | 'requested name' | 'new disk of the volume size'
  /** Its "major:minor", for the journal: what later proves a mount or a use is of this disk. */
  majorMinor: string
  /** The by-id link that names it, when there is one. */
  byIdPath?: string
  /** What made the look that found it: the first look, an inotify event, or the re-scan. */
  wokenBy: 'first look' | 'event' | 'rescan'
}

const GIB = 1024 ** 3

/** Size in bytes of every whole disk the kernel shows (plain data for the journal). */
export type DiskSnapshot = Record<string, number>

function diskSizeBytes(disk: string): number | undefined {
  try {
    return Number(readFileSync(join('/sys/block', disk, 'size'), 'utf8').trim()) * 512
  } catch {
    return undefined
  }
}

/**
 * The whole disks now, with their sizes; take it before LinkVolume. Sizes matter: a loop device
 * (or an empty drive) is listed with size 0 before anything is attached to it.
 */
export function snapshotDisks(): DiskSnapshot {
  const snapshot: DiskSnapshot = {}
  let disks: string[]
  try {
    disks = readdirSync('/sys/block')
  } catch {
    return snapshot
  }
  for (const disk of disks.sort()) snapshot[disk] = diskSizeBytes(disk) ?? 0
  return snapshot
}

function blockDeviceAt(path: string): string | undefined {
  try {
    return statSync(path).isBlockDevice() ? realpathSync(path) : undefined
  } catch {
    return undefined
  }
}

/** /dev/sdf -> /dev/sdf1, /dev/loop3 -> /dev/loop3p1, /dev/nvme1n1 -> /dev/nvme1n1p1. */
export function partitionPath(disk: string, number: number): string {
  return /\d$/.test(disk) ? `${disk}p${number}` : `${disk}${number}`
}

/** The partitions the kernel knows for a whole disk (sysfs), in order. */
function kernelPartitions(disk: string): Partition[] {
  const name = basename(disk)
  const dir = join('/sys/class/block', name)
  const partitions: Partition[] = []
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return partitions
  }
  for (const entry of entries) {
    if (!entry.startsWith(name)) continue
    try {
      const number = Number(readFileSync(join(dir, entry, 'partition'), 'utf8').trim())
      partitions.push({ number, path: `/dev/${entry}` })
    } catch {
      // not a partition (holders, queue, ...)
    }
  }
  return partitions.sort((a, b) => a.number - b.number)
}

/** Partition numbers in the disk's partition table (none when it has no table). */
async function partitionTable(runner: HostRunner, disk: string): Promise<number[]> {
  const result = await runner.run(['partx', '-g', '-o', 'NR', disk], {
    quiet: true,
    allowedExitCodes: [0, 1]
  })
  return result.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
}

/**
 * Makes the disk's partitions visible (partx -a for those in the table that the kernel lacks,
 * e.g. after pre_mount_commands partitioned a blank volume) and returns them.
 */
export async function refreshPartitions(runner: HostRunner, disk: string): Promise<Partition[]> {
  const table = await partitionTable(runner, disk)
  const isVisible = (n: number): boolean =>
    kernelPartitions(disk).some((p) => p.number === n && existsSync(p.path))
  if (table.some((n) => !isVisible(n))) {
    // Exit code 1 when some partitions were already known: the others are still added.
    await runner.run(['partx', '-a', disk], { quiet: true, allowedExitCodes: [0, 1] })
    for (let waited = 0; waited < 5000 && table.some((n) => !isVisible(n)); waited += 100) {
      await sleep(100) // device nodes appear right after the kernel adds the partition
    }
  }
  const partitions = kernelPartitions(disk)
  if (partitions.length > 0)
    log.debug(`Partitions of ${disk}: ${partitions.map((p) => p.path).join(', ')}`)
  return partitions
}

export interface WaitForBlockDeviceOptions {
  runner: HostRunner
  /** The name given to LinkVolume, e.g. /dev/xvdf. */
  requestedName: string
  /** nvme_device_path: when set, only this path is waited for (Packer's /dev/nvme1n1p = /dev/nvme1n1). */
  nvmeDevicePath?: string
  volumeSizeGiB: number
  /** snapshotDisks() taken before LinkVolume. */
  disksBeforeLink: DiskSnapshot
  /** The `device` timeout. */
  timeoutSeconds: number
  /**
   * When given, the timeout counts from when this settles (the API says the link is attached)
   * rather than from the call: the disk is looked for meanwhile, and the link's own wait bounds it.
   */
  timeoutStarts?: Promise<unknown>
  /** Tests point this at a temporary directory. */
  byIdDir?: string
  /**
   * Runs the "new disk of the volume's size" look while no other build links or looks (under the
   * host lock), or resolves undefined when the lock cannot be had at once (looked again later).
   * Without it that look is not made.
   */
  exclusively?: <T>(look: () => T) => Promise<T | undefined>
  /** Other live builds' links on this host (link-ledger.ts), read during that look. */
  otherLinks?: () => LedgerEntry[]
  /** The safety re-scan for what no event announces (ms); events wake the wait before it. */
  rescanMs?: number
  /** Where a running udev shows itself; `udevadm settle` runs only when it exists. */
  udevControlPath?: string
  signal?: AbortSignal
}

interface Look {
  found?: { device: string; foundBy: BlockDevice['foundBy'] }
  /** What was checked, for the timeout error. */
  seen: string[]
}

/** The rules that find the disk by a name the API's device name gives it: no lock needed. */
function lookByName(options: WaitForBlockDeviceOptions, byIdDir: string): Look {
  const seen: string[] = []
  if (options.nvmeDevicePath) {
    const device = blockDeviceAt(nvmeDiskPath(options.nvmeDevicePath).disk)
    if (device) return { found: { device, foundBy: 'nvme_device_path' }, seen }
    return { seen: [`nvme_device_path ${options.nvmeDevicePath}: not a block device yet`] }
  }

  const byIdName = qemuByIdName(options.requestedName)
  if (byIdName) {
    const link = join(byIdDir, byIdName)
    const device = blockDeviceAt(link)
    if (device) return { found: { device, foundBy: 'by-id' }, seen }
    seen.push(`${link}: missing`)
  }

  const named = blockDeviceAt(options.requestedName)
  if (named) return { found: { device: named, foundBy: 'requested name' }, seen }
  seen.push(`${options.requestedName}: missing`)
  return { seen }
}

/**
 * The by-id link of the requested name when it leads to `device` (a whole disk found by another
 * rule: its link may show a moment after the kernel's disk), else undefined.
 */
export function byIdLinkTo(
  requestedName: string,
  device: string,
  byIdDir: string
): string | undefined {
  const byIdName = qemuByIdName(requestedName)
  if (!byIdName) return undefined
  const link = join(byIdDir, byIdName)
  return blockDeviceAt(link) === device ? link : undefined
}

/** Whether this host names disks by id as an Outscale VM does (then only names are trusted). */
export function hostHasByIdNames(byIdDir: string): boolean {
  try {
    return readdirSync(byIdDir).some((name) => name.startsWith(QEMU_BY_ID_PREFIX))
  } catch {
    return false
  }
}

function majorMinorOfDisk(disk: string): string | undefined {
  try {
    return readFileSync(join('/sys/block', disk, 'dev'), 'utf8').trim()
  } catch {
    return undefined
  }
}

/**
 * The single whole disk that appeared since the link with the volume's size. Made under the host
 * lock: it chooses only when no other build's link of that size is still unproven (its disk
 * could be the one seen), and never a disk another build has proven.
 */
function lookForNewDisk(options: WaitForBlockDeviceOptions): Look {
  const others = options.otherLinks?.() ?? []
  const size = options.volumeSizeGiB
  const unproven = others.filter((entry) => entry.sizeGiB === size && !entry.majorMinor)
  if (unproven.length > 0) {
    return {
      seen: [
        `new disks since the link: not chosen while ${unproven.map((e) => e.volumeId).join(', ')} ` +
          `(other builds' volumes of ${size} GiB) are not found yet`
      ]
    }
  }
  const proven = new Set(others.map((entry) => entry.majorMinor))
  const expectedBytes = size * GIB
  const before = options.disksBeforeLink
  const sized = Object.entries(snapshotDisks())
    .filter(([disk, bytes]) => !(disk in before) || (before[disk] === 0 && bytes > 0))
    .filter(([disk]) => !proven.has(majorMinorOfDisk(disk)))
    .map(([disk, bytes]) => ({ disk, bytes }))
  const matching = sized.filter((d) => d.bytes === expectedBytes && blockDeviceAt(`/dev/${d.disk}`))
  if (matching.length === 1) {
    return {
      found: { device: `/dev/${matching[0].disk}`, foundBy: 'new disk of the volume size' },
      seen: []
    }
  }
  const described = sized.map((d) => `${d.disk} (${(d.bytes / GIB).toFixed(2)} GiB)`)
  return {
    seen: [
      `new disks since the link: ${described.length > 0 ? described.join(', ') : 'none'}` +
        (matching.length > 1 ? ` (${matching.length} of ${size} GiB: ambiguous)` : '')
    ]
  }
}

/**
 * By name first; the new-disk look only where the host has no by-id names (there, a disk that
 * shows without its name yet is another build's as likely as ours) and only under the lock.
 */
async function lookOnce(options: WaitForBlockDeviceOptions, byIdDir: string): Promise<Look> {
  const byName = lookByName(options, byIdDir)
  if (byName.found || options.nvmeDevicePath) return byName
  if (hostHasByIdNames(byIdDir)) {
    const why = `this host names disks in ${byIdDir}: waiting for ours`
    return { seen: [...byName.seen, `new disks since the link: not looked at (${why})`] }
  }
  if (!options.exclusively) return byName
  const fallback = await options.exclusively(() => lookForNewDisk(options))
  if (!fallback) {
    return { seen: [...byName.seen, 'new disks since the link: not looked at (host lock busy)'] }
  }
  return { found: fallback.found, seen: [...byName.seen, ...fallback.seen] }
}

/** Directories where the disk's names appear: watched, so a new name wakes the wait. */
function watchedDirectories(options: WaitForBlockDeviceOptions, byIdDir: string): string[] {
  const named = options.nvmeDevicePath
    ? [nvmeDiskPath(options.nvmeDevicePath).disk]
    : [options.requestedName]
  return [...new Set([...named.map(dirname), byIdDir, '/sys/block'])]
}

/** Settles udev's queue where udev runs, so its links exist when looked for; never elsewhere. */
async function settleUdev(options: WaitForBlockDeviceOptions): Promise<void> {
  if (!existsSync(options.udevControlPath ?? '/run/udev/control')) return
  const udevadm = findExecutable('udevadm')
  if (!udevadm) return
  await options.runner.run([udevadm, 'settle', '--timeout=5'], {
    quiet: true,
    allowedExitCodes: [0, 1],
    signal: options.signal
  })
}

function findExecutable(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '')
    .split(delimiter)
    .concat(['/usr/sbin', '/sbin', '/usr/bin', '/bin'])
  return dirs.map((dir) => join(dir, name)).find((path) => existsSync(path))
}

const lookedOn = {
  'first look': 'on the first look',
  event: 'woken by an inotify event',
  rescan: 'on the safety re-scan'
} as const

/** How soon to look again at a disk seen but not yet of its size (no event says when it is). */
const SETTLING_MS = 100

/**
 * Waits (bounded) for the linked volume's block device and makes its partitions visible. The
 * wait wakes on inotify events in the directories where its names appear (device-watch.ts),
 * with a slow re-scan for what no event announces.
 */
export async function waitForBlockDevice(options: WaitForBlockDeviceOptions): Promise<BlockDevice> {
  if (options.nvmeDevicePath && nvmeDiskPath(options.nvmeDevicePath).rewritten) {
    log.warning(
      `nvme_device_path ${options.nvmeDevicePath} is Packer's partition prefix; using the disk ` +
        `${nvmeDiskPath(options.nvmeDevicePath).disk}. Set nvme_device_path to the disk itself.`
    )
  }
  const byIdDir = options.byIdDir ?? '/dev/disk/by-id'
  const rescanMs = options.rescanMs ?? 1000
  const started = Date.now()
  const timeoutMs = options.timeoutSeconds * 1000
  let deadline = options.timeoutStarts ? Infinity : started + timeoutMs
  options.timeoutStarts?.then(
    () => (deadline = Date.now() + timeoutMs),
    () => undefined // the link failed: its own error ends the build
  )
  // Watching starts before the first look: a name made between the look and the wait wakes it.
  const watch = new DeviceWatch(watchedDirectories(options, byIdDir))
  let wokenBy: 'first look' | 'event' | 'rescan' = 'first look'
  try {
    for (;;) {
      await settleUdev(options)
      const look = await lookOnce(options, byIdDir)
      let unproven: DeviceProofError | undefined
      if (look.found) {
        const { device, foundBy } = look.found
        try {
          const proven = proveNewVolume({
            device,
            option:
              foundBy === 'nvme_device_path' ? 'nvme_device_path' : `block device (${foundBy})`,
            requestedName: options.requestedName,
            volumeSizeGiB: options.volumeSizeGiB,
            disksBeforeLink: options.disksBeforeLink,
            byIdDir
          })
          const elapsed = ((Date.now() - started) / 1000).toFixed(2)
          log.info(
            `Block device of ${options.requestedName}: ${device} (found by ${foundBy} after ` +
              `${elapsed} s, ${lookedOn[wokenBy]})`
          )
          const partitions = await refreshPartitions(options.runner, device)
          return {
            device,
            partitions,
            foundBy,
            majorMinor: proven.majorMinor,
            byIdPath: proven.byIdPath,
            wokenBy
          }
        } catch (error) {
          if (!(error instanceof DeviceProofError && error.wait)) throw error
          unproven = error // its size is not known yet: wait
        }
      }
      const remaining = deadline - Date.now()
      if (remaining <= 0) {
        if (unproven) throw unproven
        throw new Error(
          `The volume linked as ${options.requestedName} did not appear as a block device within ` +
            `${options.timeoutSeconds} s (timeouts.device). Looked for: ${look.seen.join('; ')}. ` +
            `Raise timeouts.device, or set nvme_device_path to the device this VM shows.`
        )
      }
      const waitMs = Math.min(unproven ? SETTLING_MS : rescanMs, remaining)
      wokenBy = await watch.next(waitMs, options.signal)
    }
  } finally {
    watch.close()
  }
}
