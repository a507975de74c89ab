/**
 * The per-boot record that this host names linked volumes by id: written beside the host lock
 * when a build proved its disk through the by-id link of the name it linked it as
 * (/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sdf for /dev/xvdf), read before the next links.
 *
 * Why: a fresh Outscale VM (a virtio root disk, without a serial) shows no by-id name until a
 * first volume is linked, so "the host has by-id names" cannot be read from /dev/disk/by-id then,
 * and a build holds the host lock through its disk wait (link-volume.ts): the other builds of a
 * batch queue behind it. Once one disk was proven through its by-id link, this boot names linked
 * volumes by id, and the lock ends once the device name is claimed.
 *
 * The record only decides how long the lock is held; it never decides which disk a build takes.
 * Whatever the record says, the disk must prove it is the build's volume (device-proof.ts: its
 * by-id link, or new since the link and of the volume's size, unmounted, not the root disk), and
 * the "new disk of the volume's size" look refuses a disk when another build's link of that size
 * is still unproven or when two such disks appeared (block-device.ts). A forged record on a host
 * without by-id names can only make same-size builds wait for each other, up to their device
 * timeout: a slower or failed build, never a wrong disk. It is kept where the lock lives (a
 * directory only root, or the runner user the lock belongs to, can write to: lock-directory.ts),
 * and it is ignored unless it is a regular file of such an owner, not writable by others, written
 * during this boot.
 */
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { log } from '../log.js'
import { directoryProblem } from './checked-directory.js'
import { hostLockPath } from './lock.js'

export const BY_ID_RECORD_NAME = 'names-by-id.json'

export interface ByIdRecord {
  /** The kernel's boot id: a record of an earlier boot says nothing of this one. */
  bootId: string
  /** The by-id link that proved a disk, its device name and kernel disk (for a person reading it). */
  byIdPath: string
  deviceName: string
  device: string
  provenAt: string
}

/** The record's path: beside the lock (OSC_CHROOT_LOCK_PATH, default /run/osc-chroot/lock). */
export function byIdRecordPath(lockPath = hostLockPath()): string {
  return join(dirname(lockPath), BY_ID_RECORD_NAME)
}

const BOOT_ID_PATH = '/proc/sys/kernel/random/boot_id'

function currentBootId(): string | undefined {
  try {
    return readFileSync(BOOT_ID_PATH, 'utf8').trim() || undefined
  } catch {
    return undefined
  }
}

function owners(): number[] {
  return [0, process.getuid?.() ?? 0]
}

/** Why the record cannot be trusted, or undefined when it says this boot names volumes by id. */
export function byIdRecordProblem(path = byIdRecordPath()): string | undefined {
  const directory = directoryProblem(dirname(path), owners())
  if (directory) return `its directory ${dirname(path)} is unsafe or missing (${directory.kind})`
  const stat = lstatSync(path, { throwIfNoEntry: false })
  if (!stat) return 'there is none'
  if (!stat.isFile()) return 'it is not a regular file'
  if ((stat.mode & 0o022) !== 0) return 'it is writable by group or others'
  if (!owners().includes(stat.uid)) return `it belongs to uid ${stat.uid}`
  let record: Partial<ByIdRecord>
  try {
    record = JSON.parse(readFileSync(path, 'utf8')) as Partial<ByIdRecord>
  } catch {
    return 'it is not readable JSON'
  }
  const bootId = currentBootId()
  if (!bootId || record.bootId !== bootId) return 'it was written during another boot'
  return undefined
}

/** Whether a build of this boot proved its disk through its by-id link (see byIdRecordProblem). */
export function hostNamesLinkedVolumesById(path = byIdRecordPath()): boolean {
  const problem = byIdRecordProblem(path)
  if (problem)
    log.debug(`No record that this host names linked volumes by id (${path}: ${problem})`)
  return problem === undefined
}

/**
 * Writes the record (temporary file, then rename: a reader never sees half of it, and a link
 * planted at the path is replaced, never followed). Only into a safe directory; a failure is
 * logged and changes nothing but the speed of the next builds.
 */
export function recordByIdNaming(
  proof: Omit<ByIdRecord, 'bootId' | 'provenAt'>,
  path = byIdRecordPath()
): void {
  if (byIdRecordProblem(path) === undefined) return // already recorded this boot
  const bootId = currentBootId()
  const directory = directoryProblem(dirname(path), owners())
  if (!bootId || directory) return
  const record: ByIdRecord = { bootId, ...proof, provenAt: new Date().toISOString() }
  const temporary = `${path}.${process.pid}.tmp`
  try {
    rmSync(temporary, { force: true })
    // 'wx': a file or link planted at the temporary path makes this fail, not followed.
    writeFileSync(temporary, `${JSON.stringify(record)}\n`, { mode: 0o644, flag: 'wx' })
    renameSync(temporary, path)
    log.debug(`Recorded in ${path} that this host names linked volumes by id (${proof.byIdPath})`)
  } catch (error) {
    rmSync(temporary, { force: true })
    log.debug(`Could not record that this host names volumes by id in ${path}: ${String(error)}`)
  }
}
