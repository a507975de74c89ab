/**
 * Unmounting a mount tree, then removing the mount directory: unmountOwnTree takes the build's
 * own root mount (proven by mount-ownership.ts) and touches only it and the mounts made on it.
 *
 * The list of mounts is read from mountinfo at that moment, so mounts made by provisioning inside
 * the chroot are included; children are unmounted before their parents, in rounds: the mounts
 * with nothing on them go together, in one `umount` program (the default tree, three rounds:
 * /dev/pts, /dev/shm, /proc and /sys; then /dev; then the root). A busy mount is retried
 * with backoff (a process may be exiting); when it stays busy the error names who holds it
 * (our /proc scan, plus `fuser -vm`). There is no lazy unmount: a lazily unmounted file system
 * stays in use, and a volume still in use must never be unlinked (see mountinfo.isMounted).
 * Idempotent: with nothing mounted it only removes the directory if it is still there.
 */
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { fileOperations } from './file-operations.js'
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

/**
 * What umount said about one of the mount points it was given: its line names the target
 * ("umount: /mnt/x/dev: target is busy."); with a single target, all it said.
 */
function messageFor(stderr: string, mountPoint: string, alone: boolean): string {
  const prefix = `umount: ${mountPoint}: `
  const line = stderr.split('\n').find((text) => text.startsWith(prefix))
  return line ? line.slice(prefix.length).trim() : alone ? stderr.trim() : ''
}

interface RoundOutcome {
  unmounted: MountEntry[]
  busy: MountEntry[]
  /** Unmounted by someone else meanwhile (umount said "not mounted"). */
  vanished: MountEntry[]
  /** The tree as read after the round. */
  remaining: MountEntry[]
}

/**
 * Unmounts one round of leaves with one `umount` program (it takes several targets, each its own
 * umount2 call, and goes on after a failure). Whether each mount went is then read from a fresh
 * mountinfo, not from the exit code, which only says that one of them failed: the mount is gone
 * (unmounted), or still there and umount's line for it says why (busy: retried; anything else:
 * an error).
 */
async function unmountRound(
  runner: HostRunner,
  round: MountEntry[],
  listMounts: () => MountEntry[],
  signal: AbortSignal | undefined
): Promise<RoundOutcome> {
  const result = await runner.run(['umount', '--', ...round.map((mount) => mount.mountPoint)], {
    quiet: true,
    // 32: every unmount failed; 64: some did (util-linux, mount(8) "Return codes").
    allowedExitCodes: [0, 1, 2, 32, 64],
    signal
  })
  const still = listMounts()
  const outcome: RoundOutcome = { unmounted: [], busy: [], vanished: [], remaining: still }
  for (const mount of round) {
    const present = still.some(
      (m) =>
        m.id === mount.id && m.mountPoint === mount.mountPoint && m.majorMinor === mount.majorMinor
    )
    const message = messageFor(result.stderr, mount.mountPoint, round.length === 1)
    // umount saying "not mounted" means someone else unmounted it meanwhile.
    const notMounted = /not mounted|no mount point/i.test(message)
    if (!present) {
      if (notMounted) outcome.vanished.push(mount)
      else outcome.unmounted.push(mount)
      continue
    }
    if (/busy/i.test(message)) outcome.busy.push(mount)
    else if (notMounted) outcome.vanished.push(mount)
    else
      throw new Error(
        `Cannot unmount ${mount.mountPoint}: ${message || `umount exited with ${result.exitCode}`}`
      )
  }
  return outcome
}

/** Removes the (empty) mount directory; one that is not empty is left, with a warning. */
async function removeMountDirectory(runner: HostRunner, root: string): Promise<void> {
  if (!existsSync(root)) return
  try {
    await fileOperations(runner).removeDirectory(root)
  } catch (error) {
    log.warning(
      `Mount directory ${root} left in place: ${error instanceof Error ? error.message : error}`
    )
  }
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

  let mounts = listMounts()
  while (mounts.length > 0) {
    attempts++
    // Children before parents: only leaves go in a round. Deepest first, so the log reads naturally.
    const round = leaves(mounts).sort((a, b) => b.mountPoint.length - a.mountPoint.length)
    const outcome = await unmountRound(runner, round, listMounts, options.signal)
    for (const mount of outcome.unmounted) {
      log.info(`Unmounted ${mount.mountPoint}`)
      unmounted.push(mount.mountPoint)
    }
    mounts = outcome.remaining
    if (outcome.unmounted.length > 0 || outcome.vanished.length > 0) continue

    const busy = outcome.busy.map((mount) => mount.mountPoint)
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
    mounts = listMounts()
  }

  if (options.removeDirectory ?? true) await removeMountDirectory(runner, root)
  return { unmounted }
}
