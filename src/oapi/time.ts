/**
 * Waiting and telling durations, shared by the client's retries and the waiters. Both take an
 * injectable sleep and clock so tests run on a fake clock instead of real time.
 */
import { setTimeout as delay } from 'node:timers/promises'

/** Resolves after ms; rejects with the signal's reason as soon as the signal aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

/** Milliseconds since the epoch. */
export type Clock = () => number

export const realSleep: Sleep = async (ms, signal) => {
  try {
    await delay(ms, undefined, { signal })
  } catch (error) {
    // timers/promises rejects with its own AbortError; give callers the reason they aborted with.
    if (signal?.aborted) throw signal.reason
    throw error
  }
}

export const systemClock: Clock = () => Date.now()

/** "850 ms", "12 s", "3m 05s", "1h 02m" */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  const totalSeconds = Math.round(ms / 1000)
  if (totalSeconds < 60) return `${totalSeconds} s`
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const two = (n: number): string => String(n).padStart(2, '0')
  return hours > 0 ? `${hours}h ${two(minutes)}m` : `${minutes}m ${two(seconds)}s`
}
