/**
 * Flushing the image's file system to its disk (`sync -f`: syncfs(2)) before the unmount has to.
 *
 * What provisioning writes stays in the page cache: the kernel writes dirty pages back once they
 * are 30 s old or too many (vm.dirty_expire_centisecs, vm.dirty_background_ratio), so after a
 * provisioning of seconds or minutes nearly all it wrote would be written by the final umount, on
 * the build's critical path (32 MB: 0.1 to 0.25 s here; hundreds of MB of packages: seconds on a
 * network disk). So the image is flushed while provisioning runs, once a second and one flush at
 * a time: the disk writes during provisioning what it would otherwise write after it, and the
 * unmount is left with the last second's writes. Only flushes: harmless on any file system, and a
 * failure is only logged (the umount flushes anyway).
 */
import { setTimeout as delay } from 'node:timers/promises'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'

/** How often the image is flushed while provisioning runs. */
export const FLUSH_INTERVAL_MS = 1000

/** Starts a flush of the file system at mountPath; settles when it is done or has failed. */
export function startFlush(
  runner: HostRunner,
  mountPath: string,
  signal?: AbortSignal
): Promise<void> {
  return runner.run(['sync', '-f', '--', mountPath], { quiet: true, signal }).then(
    () => undefined,
    (error: unknown) =>
      log.debug(`sync -f ${mountPath}: ${error instanceof Error ? error.message : error}`)
  )
}

/**
 * Runs `work`, flushing the file system at mountPath every FLUSH_INTERVAL_MS until it settles, and
 * returns its result once the flush under way (if any) has ended too.
 */
export async function flushingWhile<T>(
  runner: HostRunner,
  mountPath: string,
  work: Promise<T>,
  signal?: AbortSignal
): Promise<T> {
  const ended = new AbortController()
  const flushing = (async () => {
    for (;;) {
      try {
        await delay(FLUSH_INTERVAL_MS, undefined, { signal: ended.signal })
      } catch {
        return // the work has ended
      }
      await startFlush(runner, mountPath, signal)
    }
  })()
  try {
    return await work
  } finally {
    ended.abort()
    await flushing
  }
}
