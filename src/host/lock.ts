/**
 * One lock for the whole host: the device choice and LinkVolume happen under it, so concurrent
 * builds on one runner never pick the same device name. Once LinkVolume is accepted the name is
 * the API's and the lock is released; the kernel's disk is then found by its name without it
 * (only the "new disk of the volume's size" look, for hosts without by-id names, needs it again:
 * docs/how-it-works.md, "The host lock").
 *
 * proper-lockfile does the locking: an atomic mkdir of the lock directory whose mtime the holder
 * refreshes; a lock not refreshed for `staleSeconds` (its process died, even by SIGKILL) is
 * taken over. Waiting is bounded, and the error names the lock, its holder and what to do.
 *
 * The lock directory holds its owner record (lock-owner.ts): it is written the moment the
 * directory is made (through the `fs` proper-lockfile is given), so a lock is never seen without
 * its owner for longer than that, and removed with it. The lock lives in a directory only its
 * owner can write to (lock-directory.ts), never in world-writable /var/lock.
 */
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import { dirname } from 'node:path'
import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { prepareLockDirectory } from './lock-directory.js'
import {
  isOwnerRecordName,
  ownerFileOf,
  readOwnerRecord,
  writeOwnerRecord,
  type LockOwner
} from './lock-owner.js'

export const DEFAULT_LOCK_PATH = '/run/osc-chroot/lock'
const DEFAULT_WAIT_SECONDS = 1800
const DEFAULT_STALE_SECONDS = 10

/** The lock directory: OSC_CHROOT_LOCK_PATH, or /run/osc-chroot/lock. */
export function hostLockPath(): string {
  return process.env.OSC_CHROOT_LOCK_PATH || DEFAULT_LOCK_PATH
}

/** Who holds the lock; plain data, saved in the journal so the post step can release it. */
export type HostLock = LockOwner

export interface HeldLock {
  lock: HostLock
  /** Releases the lock; safe to call more than once. */
  release(): Promise<void>
}

export interface AcquireLockOptions {
  path?: string
  purpose?: string
  /** How long to wait for another holder before failing. */
  waitSeconds?: number
  /** A lock not refreshed for this long belongs to a dead process and is taken over. */
  staleSeconds?: number
  signal?: AbortSignal
  /** Creates the default lock directory through command_wrapper when this process is not root. */
  host?: HostRunner
}

interface LockState {
  held: HeldLock
  /** Why proper-lockfile gave the lock up (it could not refresh it, or another took it over). */
  compromised?: string
  releasing: boolean
}

/**
 * The locks this process holds, by token. Releasing one of them must go through proper-lockfile,
 * which otherwise keeps refreshing a lock directory that is gone and reports the lock as lost.
 */
const heldByThisProcess = new Map<string, LockState>()

function describeOwner(owner: LockOwner | undefined): string {
  if (!owner) return 'an unknown process'
  return `pid ${owner.pid} on ${owner.host} (${owner.purpose}) since ${owner.acquiredAt}`
}

function lockedError(message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code: 'ELOCKED' })
}

/**
 * Removes a lock directory and the owner record in it (nothing else: a directory holding other
 * files is not a lock of ours, and its rmdir fails). Unlinking never follows a link.
 */
function removeLockDirectory(path: string): void {
  for (const name of fs.readdirSync(path)) {
    if (isOwnerRecordName(name)) fs.rmSync(`${path}/${name}`, { force: true })
  }
  fs.rmdirSync(path)
}

/**
 * The file system proper-lockfile works through, for one acquisition by `owner`:
 * - mkdir makes the lock directory (0755) and writes the owner record into it at once;
 * - rmdir is either our release (only while the record is still ours) or the take-over of a stale
 *   lock, which first checks, again, that it is stale and a real directory: between
 *   proper-lockfile's check and the removal, another build may have taken it over.
 */
function lockFileSystem(owner: LockOwner, staleMs: number, state: () => LockState | undefined) {
  const rmdirNow = (path: string): void => {
    if (state()?.releasing) {
      if (!fs.existsSync(path)) return // removed already (the post step's way, in tests)
      const current = readOwnerRecord(path)
      if (current?.token !== owner.token) {
        log.warning(
          `The host lock ${path} now belongs to ${describeOwner(current)}: leaving it to that build.`
        )
        return
      }
      removeLockDirectory(path)
      return
    }
    const stat = fs.lstatSync(path)
    if (stat.isSymbolicLink() || !stat.isDirectory()) {
      throw new Error(`${path} is not a lock directory (a link or a file): refusing to remove it`)
    }
    if (stat.mtimeMs >= Date.now() - staleMs) {
      throw lockedError(`the lock ${path} was taken again meanwhile`)
    }
    log.info(`Taking over the stale host lock ${path} of ${describeOwner(readOwnerRecord(path))}`)
    removeLockDirectory(path)
  }
  return {
    ...fs,
    mkdir(path: string, callback: (error: Error | null) => void) {
      fs.mkdir(path, { mode: 0o755 }, (error) => {
        if (error) return callback(error)
        try {
          writeOwnerRecord(path, owner)
        } catch (writeError) {
          // Whatever blocked the record stays (it is not ours), and so does the directory then.
          fs.rmdir(path, () => callback(writeError as Error))
          return
        }
        callback(null)
      })
    },
    rmdir(path: string, callback: (error: Error | null) => void) {
      try {
        rmdirNow(path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return callback(error as Error)
      }
      callback(null)
    },
    /** proper-lockfile's exit handler. */
    rmdirSync(path: string) {
      if (state()) state()!.releasing = true
      rmdirNow(path)
    }
  }
}

/** The lock path itself, when something is there, must be a real directory (never a link). */
function checkLockPath(path: string): void {
  const stat = fs.lstatSync(path, { throwIfNoEntry: false })
  if (stat && (stat.isSymbolicLink() || !stat.isDirectory())) {
    throw new Error(
      `The host lock ${path} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}: ` +
        'refusing to use it. Nothing of osc-chroot makes it so: find out who did, then remove it.'
    )
  }
}

async function prepareLock(path: string, options: AcquireLockOptions): Promise<void> {
  try {
    await prepareLockDirectory(dirname(path), {
      create: path === DEFAULT_LOCK_PATH,
      host: options.host
    })
  } catch (error) {
    throw new Error(`Cannot take the host lock ${path}: ${(error as Error).message}`, {
      cause: error
    })
  }
}

/** One attempt at the lock: the held lock, or undefined when another process holds it. */
async function attemptLock(
  path: string,
  options: AcquireLockOptions
): Promise<HeldLock | undefined> {
  const staleMs = (options.staleSeconds ?? DEFAULT_STALE_SECONDS) * 1000
  checkLockPath(path)
  const owner: LockOwner = {
    path,
    ownerFile: ownerFileOf(path),
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    acquiredAt: new Date().toISOString(),
    purpose: options.purpose ?? 'osc-chroot build'
  }
  let state: LockState | undefined
  // Loaded on first use: proper-lockfile with graceful-fs and signal-exit costs every process a
  // few milliseconds before its first API request, and only a build that links a volume needs it.
  const { default: lockfile } = await import('proper-lockfile')
  try {
    const unlock = await lockfile.lock(path, {
      lockfilePath: path,
      realpath: false,
      stale: staleMs,
      retries: 0,
      fs: lockFileSystem(owner, staleMs, () => state),
      onCompromised: (error) => {
        if (!state || state.releasing) return
        state.compromised = error.message
        log.warning(
          `The host lock ${path} was lost (${error.message}): another build may choose a device at the same time.`
        )
      }
    })
    state = holdLock(owner, unlock)
    return state.held
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM') {
      const uid = process.getuid?.()
      throw new Error(
        `Cannot take the host lock ${path}: this process (uid ${uid}) may not write to ` +
          `${dirname(path)}. Run the action as root, or give that directory to the runner user ` +
          `(\`sudo chown ${uid} ${dirname(path)}\`, mode 0755), or set OSC_CHROOT_LOCK_PATH to ` +
          'a lock path in a directory the runner user owns and only it can write to.',
        { cause: error }
      )
    }
    if (code !== 'ELOCKED') {
      throw new Error(
        `Cannot take the host lock ${path}: ${(error as Error).message}. Its directory must exist ` +
          `and be writable by the runner user; set OSC_CHROOT_LOCK_PATH to move it.`,
        { cause: error }
      )
    }
    return undefined
  }
}

/** The longest wait between two attempts while another build holds the lock. */
const MAX_RETRY_DELAY_MS = 500

/**
 * Resolves after `ms`, or earlier when an entry of the lock's directory changes (inotify through
 * fs.watch): a released lock is taken at once rather than at the next backoff.
 */
async function untilLockChanges(path: string, ms: number, signal?: AbortSignal): Promise<void> {
  const done = new AbortController()
  const stop = (): void => done.abort()
  signal?.addEventListener('abort', stop, { once: true })
  let watcher: fs.FSWatcher | undefined
  try {
    watcher = fs.watch(dirname(path), { persistent: false }, stop)
    watcher.on('error', () => undefined)
  } catch {
    // No inotify here (or the directory went): the backoff alone then.
  }
  try {
    await sleep(ms, undefined, { signal: done.signal }).catch(() => undefined)
  } finally {
    watcher?.close()
    signal?.removeEventListener('abort', stop)
  }
  signal?.throwIfAborted()
}

export async function acquireHostLock(options: AcquireLockOptions = {}): Promise<HeldLock> {
  const path = options.path ?? hostLockPath()
  const waitSeconds = options.waitSeconds ?? DEFAULT_WAIT_SECONDS
  const deadline = Date.now() + waitSeconds * 1000
  let delayMs = 100
  let announced = false
  await prepareLock(path, options)

  for (;;) {
    const held = await attemptLock(path, options)
    if (held) return held
    const holder = readOwnerRecord(path)
    if (!announced) {
      log.info(`Waiting for the host lock ${path}, held by ${describeOwner(holder)}`)
      announced = true
    }
    const remaining = deadline - Date.now()
    if (remaining <= 0) {
      throw new Error(
        `Timed out after ${waitSeconds} s waiting for the host lock ${path}, held by ` +
          `${describeOwner(holder)}. Another osc-chroot build on this machine is linking a volume; ` +
          `if none is running, remove the directory ${path}.`
      )
    }
    // Woken when the lock directory goes (the holder released it), else after a jittered
    // backoff, so waiting builds do not all retry at the same moment. The lock is held for tens
    // of milliseconds (a device choice), so the backoff stays short.
    const jitteredMs = delayMs * (0.5 + Math.random() / 2)
    await untilLockChanges(path, Math.min(jitteredMs, remaining), options.signal)
    delayMs = Math.min(delayMs * 2, MAX_RETRY_DELAY_MS)
  }
}

/**
 * The lock if it is free at this moment, else undefined at once: for a short look that can be
 * tried again later, and that must not wait behind a build that holds the lock while it waits.
 */
export async function tryHostLock(options: AcquireLockOptions = {}): Promise<HeldLock | undefined> {
  const path = options.path ?? hostLockPath()
  await prepareLock(path, options)
  return attemptLock(path, options)
}

/**
 * Runs `look` under the host lock if the lock is free at this moment, and releases it before
 * returning, also when `look` throws; resolves undefined, without running it, when the lock is
 * held (by another build, or by this one). For a short synchronous look that can be retried.
 */
export async function whileHostLockFree<T>(
  look: () => T,
  options: AcquireLockOptions = {}
): Promise<{ value: T } | undefined> {
  const held = await tryHostLock(options)
  if (!held) return undefined
  try {
    return { value: look() }
  } finally {
    await held.release()
  }
}

function holdLock(lock: LockOwner, unlock: () => Promise<void>): LockState {
  log.info(`Host lock ${lock.path} taken`)
  const state: LockState = {
    releasing: false,
    held: {
      lock,
      async release() {
        if (state.releasing) return
        state.releasing = true
        heldByThisProcess.delete(lock.token)
        try {
          await unlock()
        } catch {
          // Lost (onCompromised said so): proper-lockfile no longer removes it. It is removed
          // here only if its owner record is still ours; another build's lock is left alone.
          try {
            releaseLockIfOurs(lock)
          } catch (error) {
            log.warning(
              `The host lock ${lock.path} could not be removed: ${(error as Error).message}`
            )
          }
        }
        log.info(`Host lock ${lock.path} released`)
      }
    }
  }
  heldByThisProcess.set(lock.token, state)
  return state
}

/**
 * Whether this process still holds the lock: undefined if so, else why not (proper-lockfile gave
 * it up, or the owner record in the lock directory is no longer ours).
 */
export function hostLockProblem(lock: HostLock): string | undefined {
  const state = heldByThisProcess.get(lock.token)
  if (!state) return 'this process does not hold it (it was released)'
  if (state.compromised) return state.compromised
  const owner = readOwnerRecord(lock.path)
  if (owner?.token !== lock.token) {
    return `its owner record now names ${describeOwner(owner)}`
  }
  return undefined
}

/**
 * Releases the lock the journal describes: through its handle when this process holds it (the
 * main step), else as releaseLockIfOurs does (the post step, after the main step was killed).
 */
export async function releaseHostLock(lock: HostLock): Promise<boolean> {
  const state = heldByThisProcess.get(lock.token)
  if (!state) return releaseLockIfOurs(lock)
  await state.held.release()
  return true
}

/**
 * Releases a lock from another process (the post step), only if it is still the one described:
 * a lock taken over since by another build is left alone. Returns whether it was released.
 */
export function releaseLockIfOurs(lock: HostLock): boolean {
  checkLockPath(lock.path)
  if (readOwnerRecord(lock.path)?.token !== lock.token) return false
  try {
    removeLockDirectory(lock.path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  log.info(`Host lock ${lock.path} released`)
  return true
}
