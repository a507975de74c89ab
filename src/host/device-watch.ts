/**
 * Wakes the wait for a linked volume's disk the moment a name for it appears, instead of polling
 * on an interval: inotify (fs.watch) on the directories where its names are created. A directory
 * that does not exist yet (udev makes /dev/disk/by-id with the first link) is not watched; its
 * nearest existing parent is, and the watch moves down once it appears. /sys/block is watched
 * too, though sysfs rarely reports new disks: the caller keeps a slow re-scan for what no event
 * announces (a disk whose size changes, a missed event).
 */
import { existsSync, watch, type FSWatcher } from 'node:fs'
import { dirname } from 'node:path'

/** The directory itself when it exists, else its nearest existing parent. */
function nearestExisting(directory: string): string {
  let current = directory
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current)
  return current
}

export class DeviceWatch {
  private readonly watchers = new Map<string, FSWatcher>()
  private changed = false
  private wake?: () => void
  private closed = false

  /** Watches each directory (or its nearest existing parent) for entries made or removed. */
  constructor(private readonly directories: string[]) {
    this.arm()
  }

  /** (Re)places watchers on the deepest existing directory of each one asked for. */
  private arm(): void {
    if (this.closed) return
    const wanted = new Set(this.directories.map(nearestExisting))
    for (const [directory, watcher] of this.watchers) {
      if (wanted.has(directory)) continue
      watcher.close()
      this.watchers.delete(directory)
    }
    for (const directory of wanted) {
      if (this.watchers.has(directory)) continue
      try {
        const watcher = watch(directory, { persistent: false }, () => this.notify())
        // A watched directory removed (the last by-id link gone) closes its watcher: re-arm.
        watcher.on('error', () => {
          watcher.close()
          this.watchers.delete(directory)
          this.notify()
        })
        this.watchers.set(directory, watcher)
      } catch {
        // Gone between the check and the watch, or not watchable: the re-scan covers it.
      }
    }
  }

  private notify(): void {
    this.changed = true
    this.arm()
    this.wake?.()
  }

  /** The directories watched now. */
  watched(): string[] {
    return [...this.watchers.keys()]
  }

  /**
   * Resolves with 'event' at the first change since the last call (at once if one came in
   * meanwhile), or 'rescan' after `ms`; rejects when the signal aborts.
   */
  async next(ms: number, signal?: AbortSignal): Promise<'event' | 'rescan'> {
    if (this.changed) {
      this.changed = false
      return 'event'
    }
    signal?.throwIfAborted()
    return new Promise((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        this.wake = undefined
        this.changed = false
      }
      const onAbort = (): void => {
        finish()
        reject(signal?.reason ?? new Error('aborted'))
      }
      const timer = setTimeout(() => {
        finish()
        resolve('rescan')
      }, ms)
      this.wake = () => {
        finish()
        resolve('event')
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  close(): void {
    this.closed = true
    for (const watcher of this.watchers.values()) watcher.close()
    this.watchers.clear()
    this.wake = undefined
  }
}
