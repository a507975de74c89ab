/**
 * One lock for the whole host: device choice, LinkVolume and the wait for the block device happen
 * under it, so concurrent builds on one runner never pick the same device name. The pipeline
 * releases it as soon as the block device is visible.
 *
 * proper-lockfile does the locking: an atomic mkdir of the lock directory whose mtime the holder
 * refreshes; a lock not refreshed for `staleSeconds` (its process died, even by SIGKILL) is
 * taken over. Waiting is bounded, and the error names the lock, its holder and what to do.
 * The lock is taken by the Node process itself (no wrapper): /run/lock is writable by everyone.
 * A small `<lock>.owner` file beside it says who holds it, for the log and for the post step.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import lockfile from 'proper-lockfile'
import { log } from '../log.js'

export const DEFAULT_LOCK_PATH = '/var/lock/osc-chroot.lock'
const DEFAULT_WAIT_SECONDS = 1800
const DEFAULT_STALE_SECONDS = 10

/** The lock directory: OSC_CHROOT_LOCK_PATH, or /var/lock/osc-chroot.lock. */
export function hostLockPath(): string {
  return process.env.OSC_CHROOT_LOCK_PATH || DEFAULT_LOCK_PATH
}

/** Who holds the lock; plain data, saved in the journal so the post step can release it. */
export interface HostLock {
  path: string
  ownerFile: string
  pid: number
  host: string
  token: string
  acquiredAt: string
  /** What the holder is doing, e.g. the build id. */
  purpose: string
}

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
}

/**
 * The locks this process holds, by token. Releasing one of them must go through proper-lockfile,
 * which otherwise keeps refreshing a lock directory that is gone and reports the lock as lost.
 */
const heldByThisProcess = new Map<string, HeldLock>()

function ownerFileOf(path: string): string {
  return `${path}.owner`
}

function readOwner(path: string): HostLock | undefined {
  try {
    return JSON.parse(readFileSync(ownerFileOf(path), 'utf8')) as HostLock
  } catch {
    return undefined
  }
}

function describeOwner(owner: HostLock | undefined): string {
  if (!owner) return 'an unknown process'
  return `pid ${owner.pid} on ${owner.host} (${owner.purpose}) since ${owner.acquiredAt}`
}

export async function acquireHostLock(options: AcquireLockOptions = {}): Promise<HeldLock> {
  const path = options.path ?? hostLockPath()
  const waitSeconds = options.waitSeconds ?? DEFAULT_WAIT_SECONDS
  const staleMs = (options.staleSeconds ?? DEFAULT_STALE_SECONDS) * 1000
  const deadline = Date.now() + waitSeconds * 1000
  let delayMs = 100
  let announced = false

  for (;;) {
    try {
      const unlock = await lockfile.lock(path, {
        lockfilePath: path,
        realpath: false,
        stale: staleMs,
        retries: 0,
        onCompromised: (error) =>
          log.warning(
            `The host lock ${path} was lost (${error.message}): another build may choose a device at the same time.`
          )
      })
      return holdLock(path, options.purpose ?? 'osc-chroot build', unlock)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ELOCKED') {
        throw new Error(
          `Cannot take the host lock ${path}: ${(error as Error).message}. Its directory must exist ` +
            `and be writable by the runner user; set OSC_CHROOT_LOCK_PATH to move it.`,
          { cause: error }
        )
      }
    }
    const owner = readOwner(path)
    if (!announced) {
      log.info(`Waiting for the host lock ${path}, held by ${describeOwner(owner)}`)
      announced = true
    }
    const remaining = deadline - Date.now()
    if (remaining <= 0) {
      throw new Error(
        `Timed out after ${waitSeconds} s waiting for the host lock ${path}, held by ` +
          `${describeOwner(owner)}. Another osc-chroot build on this machine is linking a volume; ` +
          `if none is running, remove ${path} and ${ownerFileOf(path)}.`
      )
    }
    // Jittered backoff, so waiting builds do not all retry at the same moment.
    await sleep(Math.min(delayMs * (0.5 + Math.random() / 2), remaining), undefined, {
      signal: options.signal
    })
    delayMs = Math.min(delayMs * 2, 2000)
  }
}

function holdLock(path: string, purpose: string, unlock: () => Promise<void>): HeldLock {
  const lock: HostLock = {
    path,
    ownerFile: ownerFileOf(path),
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    acquiredAt: new Date().toISOString(),
    purpose
  }
  writeFileSync(lock.ownerFile, JSON.stringify(lock))
  log.info(`Host lock ${path} taken`)
  let released = false
  const held: HeldLock = {
    lock,
    async release() {
      if (released) return
      released = true
      heldByThisProcess.delete(lock.token)
      if (readOwner(path)?.token === lock.token) rmSync(lock.ownerFile, { force: true })
      try {
        await unlock()
      } catch {
        // already released, or lost (onCompromised said so)
      }
      log.info(`Host lock ${path} released`)
    }
  }
  heldByThisProcess.set(lock.token, held)
  return held
}

/**
 * Releases the lock the journal describes: through its handle when this process holds it (the
 * main step), else as releaseLockIfOurs does (the post step, after the main step was killed).
 */
export async function releaseHostLock(lock: HostLock): Promise<boolean> {
  const held = heldByThisProcess.get(lock.token)
  if (!held) return releaseLockIfOurs(lock)
  await held.release()
  return true
}

/**
 * Releases a lock from another process (the post step), only if it is still the one described:
 * a lock taken over since by another build is left alone. Returns whether it was released.
 */
export function releaseLockIfOurs(lock: HostLock): boolean {
  if (readOwner(lock.path)?.token !== lock.token) return false
  rmSync(lock.ownerFile, { force: true })
  try {
    rmdirSync(lock.path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  log.info(`Host lock ${lock.path} released`)
  return true
}
