/**
 * Sending a call again, within a deadline, while the API answers what only time changes: a
 * resource just created that the API does not list yet (eventual consistency: CreateTags on it may
 * answer no-such-*), a quota of operations in progress (too-many-concurrent-snapshots), or
 * throttling the client already retried as long as its own budget allowed. Any other failure is
 * thrown at once.
 */
import { log } from '../log.js'
import { OapiError, isNotFound } from './errors.js'
import { formatDuration, realSleep, systemClock, type Clock, type Sleep } from './time.js'

export interface PersistOptions {
  /** What is being done, for the log: "tagging OMI ami-1234". */
  what: string
  /** How long to keep trying, from the first attempt. */
  timeoutSeconds: number
  /** The `timeouts` key that sets timeoutSeconds, named when it runs out. */
  phase: string
  /** Whether this failure is one time may change; default: not found, or retryable throttling. */
  worthWaiting?: (error: OapiError) => boolean
  signal?: AbortSignal
  sleep?: Sleep
  now?: Clock
}

/** The waits between attempts: 1 s, doubling up to 15 s. */
const firstWaitMs = 1000
const maxWaitMs = 15_000

/** What a just-created resource and throttling have in common: a later attempt may succeed. */
export function isWorthWaitingFor(error: OapiError): boolean {
  return isNotFound(error) || error.retryable
}

/** Runs action until it succeeds, a failure time cannot change, or the deadline. */
export async function persist<T>(action: () => Promise<T>, options: PersistOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? systemClock
  const worthWaiting = options.worthWaiting ?? isWorthWaitingFor
  const startedAt = now()
  const deadline = startedAt + options.timeoutSeconds * 1000
  let waitMs = firstWaitMs
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted()
    try {
      return await action()
    } catch (error) {
      if (!(error instanceof OapiError) || !worthWaiting(error)) throw error
      const elapsed = now() - startedAt
      if (now() + waitMs > deadline) {
        error.message +=
          ` Tried ${attempt} time${attempt === 1 ? '' : 's'} in ${formatDuration(elapsed)} while ` +
          `${options.what}; raise "${options.phase}" in the timeouts input to wait longer.`
        throw error
      }
      log.info(
        `${options.what}: ${error.code ? `code ${error.code}, ` : ''}trying again in ` +
          `${formatDuration(waitMs)} (${formatDuration(elapsed)} so far, up to ` +
          `${formatDuration(options.timeoutSeconds * 1000)}).`
      )
      await sleep(waitMs, options.signal)
      waitMs = Math.min(waitMs * 2, maxWaitMs)
    }
  }
}
