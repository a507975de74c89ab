/**
 * The lock's owner record: a small JSON file inside the lock's own directory, saying who holds it
 * (for the log of a waiting build, and so that a release removes only its own lock).
 *
 * It is written as root in a shared place, so it never follows a link: the record goes to a new
 * file created with O_EXCL (which fails on anything already there, a planted symbolic link
 * included), and is then renamed over `owner` (a rename replaces a link, it does not write
 * through it). It is read with O_NOFOLLOW, and only if it is a regular file.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'

/** Who holds a lock: plain data, saved in the journal so that the post step can release it. */
export interface LockOwner {
  path: string
  ownerFile: string
  pid: number
  host: string
  /** Tells this holder from a later one: a release checks it before removing anything. */
  token: string
  acquiredAt: string
  /** What the holder is doing, e.g. the build id. */
  purpose: string
}

const OWNER_FILE = 'owner'
/** An owner record is a few hundred bytes; anything far bigger is not ours. */
const MAX_RECORD_BYTES = 64 * 1024

export function ownerFileOf(lockDirectory: string): string {
  return join(lockDirectory, OWNER_FILE)
}

/** The temporary file the record is first written to (in the same directory, for the rename). */
export function ownerTemporaryFileOf(lockDirectory: string, pid = process.pid): string {
  return join(lockDirectory, `${OWNER_FILE}.${pid}.tmp`)
}

/** Whether a file name inside a lock directory is an owner record or one being written. */
export function isOwnerRecordName(name: string): boolean {
  return name === OWNER_FILE || /^owner\.\d+\.tmp$/.test(name)
}

export function writeOwnerRecord(lockDirectory: string, owner: LockOwner): void {
  const temporary = ownerTemporaryFileOf(lockDirectory)
  let fd: number
  try {
    fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o644
    )
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(
      `Cannot write the host lock's owner record ${temporary} (${code}): ` +
        (code === 'EEXIST'
          ? 'something is already there (it is never followed nor overwritten); remove it.'
          : (error as Error).message),
      { cause: error }
    )
  }
  try {
    writeSync(fd, JSON.stringify(owner))
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(temporary, ownerFileOf(lockDirectory))
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/** The owner record, or undefined when there is none, or it is not a regular file of ours. */
export function readOwnerRecord(lockDirectory: string): LockOwner | undefined {
  let fd: number
  try {
    fd = openSync(ownerFileOf(lockDirectory), constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch {
    return undefined
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile() || stat.size > MAX_RECORD_BYTES) return undefined
    const buffer = Buffer.alloc(stat.size)
    const length = readSync(fd, buffer, 0, stat.size, 0)
    const record = JSON.parse(buffer.subarray(0, length).toString('utf8')) as LockOwner
    return typeof record?.token === 'string' ? record : undefined
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}
