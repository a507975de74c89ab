/**
 * The links of the builds on this host, beside the host lock: one file per linked volume, written
 * under the lock before LinkVolume and given the kernel disk's major:minor once it is proven.
 *
 * The entry is the build's claim of its device name: a build chooses its name under the lock
 * among the names the API shows in use and those claimed here by other live builds, writes its
 * claim, and releases the lock before LinkVolume (link-volume.ts). So no two live builds ever
 * choose one name, and the API's answer is awaited outside the lock. Several builds may then wait
 * for their disks at once. Builds that find their disk by its name (by-id link, requested name)
 * need nothing more.
 * The "new disk of the volume's size" look cannot tell two new disks of one size apart: it reads
 * this ledger (under the lock) and chooses only when no other live build's link of the same size
 * is still unproven, and never a disk another build has proven. An entry whose process is gone
 * no longer counts (the build was killed; its post step unlinks the volume).
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { hostLockPath } from './lock.js'
import { processStartTicks } from './process-start.js'

export interface LedgerEntry {
  volumeId: string
  pid: number
  sizeGiB: number
  /** The kernel disk's "major:minor", once this build proved it is its volume. */
  majorMinor?: string
  /** The device name this build chose for LinkVolume: no other build may choose it meanwhile. */
  deviceName?: string
  /**
   * The process's start time (clock ticks since boot, /proc/<pid>/stat): a pid given to a new
   * process after the build died must not keep the dead build's claim alive.
   */
  startTicks?: number
}

/** The ledger's directory: `links` beside the lock (a directory only its owner can write to). */
export function linkLedgerDirectory(lockPath = hostLockPath()): string {
  return join(dirname(lockPath), 'links')
}

const VOLUME_ID = /^vol-[0-9a-z]+$/

function entryPath(directory: string, volumeId: string): string {
  if (!VOLUME_ID.test(volumeId)) throw new Error(`not a volume id: ${JSON.stringify(volumeId)}`)
  return join(directory, `${volumeId}.json`)
}

/** This process's start ticks, for its own entries. */
const ownStartTicks = processStartTicks(process.pid)

/** Whether the entry's build still runs: its pid exists and, when recorded, started when it did. */
function entryIsLive(entry: LedgerEntry): boolean {
  try {
    process.kill(entry.pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  if (entry.startTicks === undefined) return true
  const ticks = processStartTicks(entry.pid)
  return ticks === undefined || ticks === entry.startTicks
}

/**
 * Writes the entry whole (temporary file, then rename): a reader never sees half of it. An entry
 * of this process gets its start ticks.
 */
export function recordLink(given: LedgerEntry, directory = linkLedgerDirectory()): void {
  const entry =
    given.pid === process.pid && given.startTicks === undefined && ownStartTicks !== undefined
      ? { ...given, startTicks: ownStartTicks }
      : given
  const path = entryPath(directory, entry.volumeId)
  const temporary = `${path}.${process.pid}.tmp`
  // Another build may remove the directory, empty, between our mkdir and write: once more then.
  for (let attempt = 0; ; attempt++) {
    mkdirSync(directory, { recursive: true, mode: 0o755 })
    try {
      writeFileSync(temporary, JSON.stringify(entry), { mode: 0o644 })
      renameSync(temporary, path)
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 3) throw error
    }
  }
}

/** Removes the entry, and the directory once empty: a host without builds keeps nothing. */
export function forgetLink(volumeId: string, directory = linkLedgerDirectory()): void {
  rmSync(entryPath(directory, volumeId), { force: true })
  try {
    rmdirSync(directory)
  } catch {
    // not empty (another build's link), or gone already
  }
}

function readEntry(path: string): LedgerEntry | undefined {
  try {
    const entry = JSON.parse(readFileSync(path, 'utf8')) as LedgerEntry
    return typeof entry.pid === 'number' && typeof entry.sizeGiB === 'number' ? entry : undefined
  } catch {
    return undefined
  }
}

/** The entries of live processes other than the given volume's. */
export function otherLinks(volumeId: string, directory = linkLedgerDirectory()): LedgerEntry[] {
  let names: string[]
  try {
    names = readdirSync(directory)
  } catch {
    return []
  }
  return names
    .filter((name) => name.endsWith('.json') && name !== `${volumeId}.json`)
    .map((name) => readEntry(join(directory, name)))
    .filter((entry): entry is LedgerEntry => entry !== undefined && entryIsLive(entry))
}

/** The device names other live builds on this host claimed (chosen, linking or linked). */
export function namesClaimedByOtherBuilds(
  volumeId: string,
  directory = linkLedgerDirectory()
): string[] {
  return otherLinks(volumeId, directory)
    .map((entry) => entry.deviceName)
    .filter((name): name is string => typeof name === 'string')
}
