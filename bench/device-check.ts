/**
 * The proof that parallel builds never shared a device: from the simulator's link history, no two
 * links held the same device name (from LinkVolume until the detach was over) or the same kernel
 * device (from attached until detached) at the same time. It also says how many volumes were
 * linked at once, which shows the builds really overlapped.
 */
import type { LinkHistoryEntry } from '../sim/index.js'

export interface DeviceCheck {
  links: number
  /** The most links held at the same moment. */
  maxLinkedAtOnce: number
  deviceNames: string[]
  /** One line per pair of links that overlapped on a name or a kernel device; empty when none. */
  conflicts: string[]
}

interface Interval {
  entry: LinkHistoryEntry
  start: number
  end: number
}

function overlap(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end
}

/** Pairs of intervals sharing a key (device name, loop device) that overlap in time. */
function conflictsOn(intervals: Interval[], key: (entry: LinkHistoryEntry) => string | undefined) {
  const conflicts: string[] = []
  intervals.forEach((a, i) => {
    for (const b of intervals.slice(i + 1)) {
      const shared = key(a.entry)
      if (shared === undefined || shared !== key(b.entry) || !overlap(a, b)) continue
      conflicts.push(`${a.entry.volumeId} and ${b.entry.volumeId} both held ${shared}`)
    }
  })
  return conflicts
}

function maxAtOnce(intervals: Interval[]): number {
  const events = intervals.flatMap((i) => [
    { at: i.start, delta: 1 },
    { at: i.end, delta: -1 }
  ])
  // At equal times, a release comes before a take: back-to-back links do not overlap.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta)
  let current = 0
  let max = 0
  for (const event of events) {
    current += event.delta
    max = Math.max(max, current)
  }
  return max
}

/** Checks the links of the history; a link still held counts as held until `now`. */
export function checkDeviceSharing(history: LinkHistoryEntry[], now = Date.now()): DeviceCheck {
  const names = history.map((entry) => ({
    entry,
    start: entry.linkedAt,
    end: entry.releasedAt ?? now
  }))
  const kernelDevices = history
    .filter((entry) => entry.attachedAt !== undefined)
    .map((entry) => ({ entry, start: entry.attachedAt as number, end: entry.releasedAt ?? now }))
  return {
    links: history.length,
    maxLinkedAtOnce: maxAtOnce(names),
    deviceNames: [...new Set(history.map((entry) => entry.deviceName))].sort(),
    conflicts: [
      ...conflictsOn(names, (entry) => `${entry.vmId} ${entry.deviceName}`),
      ...conflictsOn(kernelDevices, (entry) => entry.loopDevice)
    ]
  }
}
