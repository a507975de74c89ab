/**
 * Unmounting a mount tree, then removing the mount directory: unmountOwnTree takes the build's
 * own root mount (proven by mount-ownership.ts) and touches only it and the mounts made on it.
 *
 * The list of mounts is read from mountinfo at that moment, so mounts made by provisioning inside
 * the chroot are included; children are unmounted before their parents. A busy mount is retried
 * with backoff (a process may be exiting); when it stays busy the error names who holds it
 * (our /proc scan, plus `fuser -vm`). There is no lazy unmount: a lazily unmounted file system
 * stays in use, and a volume still in use must never be unlinked (see mountinfo.isMounted).
 * Idempotent: with nothing mounted it only removes the directory if it is still there.
 */
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { type MountEntry, mountTree } from './mountinfo.js'
import { describeProcess, findMountUsers } from './processes.js'

export interface UnmountOptions {
  /** How long a busy mount is retried before failing. */
  busyTimeoutSeconds?: number
  /**
   * Remove the (empty) mount directory afterwards; default true. Pass MountedRoot.createdDirectory
   * so a directory the user made (mount_path: /mnt) stays.
   */
  removeDirectory?: boolean
  signal?: AbortSignal
}

export interface UnmountResult {
  /** Mount points unmounted, in order. */
  unmounted: string[]
}

const DEFAULT_BUSY_TIMEOUT_SECONDS = 30

/** Mounts with nothing mounted on them: they can go first. */
function leaves(mounts: MountEntry[]): MountEntry[] {
  return mounts.filter((m) => !mounts.some((other) => other.parentId === m.id))
}

/**
 * Who keeps the mount busy: our /proc scan (by path, so a bind of /dev does not list every process
 * that has /dev/null open). When it finds nobody (a memory-mapped file, a kernel user), fuser -vm
 * has the last word.
 */
async function describeBlockers(
  runner: HostRunner,
  mountPath: string,
  busy: string[]
): Promise<string> {
  const users = await findMountUsers(runner, mountPath)
  if (users.length > 0) return users.map((user) => `  ${describeProcess(user)}`).join('\n')
  const lines: string[] = []
  for (const mountPoint of busy) {
    try {
      const fuser = await runner.run(['fuser', '-vm', mountPoint], {
        quiet: true,
        allowedExitCodes: [0, 1]
      })
      // The table is on stderr; drop the noise about processes fuser may not inspect.
      const table = fuser.stderr
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('Cannot stat'))
      lines.push(`  fuser -vm ${mountPoint}:`, ...table.map((line) => `    ${line}`))
    } catch {
      lines.push(`  (fuser, from the psmisc package, is not installed)`)
    }
  }
  return lines.join('\n')
}

/**
 * The build's own root mount and the mounts made on it (chroot mounts, what provisioning
 * mounted), found by mount id: a mount of someone else whose path happens to lie below the mount
 * path is not in the tree and is never touched.
 */
export async function unmountOwnTree(
  runner: HostRunner,
  rootMount: MountEntry,
  options: UnmountOptions = {}
): Promise<UnmountResult> {
  return unmountEach(runner, rootMount.mountPoint, () => mountTree(rootMount), options)
}

async function unmountEach(
  runner: HostRunner,
  root: string,
  listMounts: () => MountEntry[],
  options: UnmountOptions
): Promise<UnmountResult> {
  const busyTimeoutMs = (options.busyTimeoutSeconds ?? DEFAULT_BUSY_TIMEOUT_SECONDS) * 1000
  const started = Date.now()
  const unmounted: string[] = []
  let delayMs = 250
  let attempts = 0

  for (;;) {
    const mounts = listMounts()
    if (mounts.length === 0) break
    attempts++
    const busy: string[] = []
    let progressed = false
    // Deepest first within one round, so the log reads naturally.
    const round = leaves(mounts).sort((a, b) => b.mountPoint.length - a.mountPoint.length)
    for (const mount of round) {
      const result = await runner.run(['umount', mount.mountPoint], {
        quiet: true,
        allowedExitCodes: [0, 1, 2, 32],
        signal: options.signal
      })
      if (result.exitCode === 0) {
        log.info(`Unmounted ${mount.mountPoint}`)
        unmounted.push(mount.mountPoint)
        progressed = true
      } else if (/not mounted|no mount point/i.test(result.stderr)) {
        progressed = true // gone meanwhile
      } else if (/busy/i.test(result.stderr)) {
        busy.push(mount.mountPoint)
      } else {
        throw new Error(
          `Cannot unmount ${mount.mountPoint}: ${result.stderr.trim() || `exit code ${result.exitCode}`}`
        )
      }
    }
    if (progressed || busy.length === 0) continue

    const elapsedMs = Date.now() - started
    if (elapsedMs >= busyTimeoutMs) {
      const blockers = await describeBlockers(runner, root, busy)
      throw new Error(
        `Cannot unmount ${busy.join(', ')}: target is busy (${attempts} attempts over ` +
          `${Math.round(elapsedMs / 1000)} s). Processes using ${root}:\n${blockers}\n` +
          `Stop them and run the unmount again; the volume stays linked until ${root} is unmounted.`
      )
    }
    log.info(`${busy.join(', ')} busy; retrying in ${(delayMs / 1000).toFixed(1)} s`)
    await sleep(Math.min(delayMs, busyTimeoutMs - elapsedMs), undefined, { signal: options.signal })
    delayMs = Math.min(delayMs * 2, 2000)
  }

  if ((options.removeDirectory ?? true) && existsSync(root)) {
    const removed = await runner.run(['rmdir', '--', root], {
      quiet: true,
      allowedExitCodes: [0, 1]
    })
    if (removed.exitCode !== 0)
      log.warning(`Mount directory ${root} left in place: ${removed.stderr.trim()}`)
  }
  return { unmounted }
}
