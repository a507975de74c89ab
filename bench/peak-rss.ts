/**
 * Peak resident memory of a running process: the kernel keeps the high-water mark (VmHWM in
 * /proc/<pid>/status), so reading it now and then until the process exits loses nothing but the
 * growth of its last few milliseconds.
 */
import { readFileSync } from 'node:fs'

const POLL_MS = 20

function highWaterMarkBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1]
    return kib === undefined ? undefined : Number(kib) * 1024
  } catch {
    return undefined // exited
  }
}

export interface PeakRssWatch {
  /** Stops watching; the highest VmHWM seen, in bytes (0 if the process was never seen). */
  stop(): number
}

export function watchPeakRss(pid: number): PeakRssWatch {
  let peak = 0
  const read = () => {
    peak = Math.max(peak, highWaterMarkBytes(pid) ?? 0)
  }
  read()
  const timer = setInterval(read, POLL_MS)
  return {
    stop() {
      clearInterval(timer)
      return peak
    }
  }
}
