/**
 * When the client tries a failed call again, and how long it waits in between.
 *
 * Outscale's retry guide and SDKs retry throttling (429 codes 24/25, 503 code 6), 409 and 5xx
 * (oapi-facts §5.4). A 5xx or a lost connection leaves a write in doubt, so those are retried
 * only for calls that are safe to send twice: Read* calls, and creates that carry a ClientToken
 * (the server returns the first result for a token it has seen). CreateImage has no ClientToken
 * in the spec, so it is never retried on a 5xx. Everything is bounded by a number of attempts and
 * a total time, and the waits grow exponentially with full jitter so many runners throttled at
 * the same moment do not come back in step.
 */
import type { OapiFailure } from './errors.js'
import { isThrottling } from './errors.js'
import type { CallName } from './types.js'

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number
  /** No retry starts once this much time has passed since the first attempt. */
  maxTotalMs: number
  /** The cap of the first wait; it doubles after each attempt... */
  baseDelayMs: number
  /** ...up to this cap. The actual wait is a random value below the cap (full jitter). */
  maxDelayMs: number
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 8,
  maxTotalMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 10_000
}

/** Calls that accept a ClientToken (per the spec) and are made idempotent with one. */
export const clientTokenCalls: ReadonlySet<CallName> = new Set<CallName>([
  'CreateVolume',
  'CreateSnapshot'
])

/** Whether sending the request twice cannot create or change anything twice. */
export function isIdempotent(call: CallName, body: object): boolean {
  if (call.startsWith('Read')) return true
  const token = (body as { ClientToken?: unknown }).ClientToken
  return clientTokenCalls.has(call) && typeof token === 'string' && token !== ''
}

/** Whether another attempt may succeed. */
export function isRetryable(failure: OapiFailure, idempotent: boolean): boolean {
  if (isThrottling(failure) || failure.httpStatus === 409) return true
  if (failure.network) return idempotent && !failure.network.tlsRefused
  const status = failure.httpStatus ?? 0
  return idempotent && (status === 500 || status === 502 || status === 504)
}

/**
 * The wait before retry number `retry` (1 for the wait after the first attempt): a random value
 * between 0 and min(maxDelayMs, baseDelayMs * 2^(retry - 1)).
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1))
  return Math.floor(random() * cap)
}

/**
 * Whether the retry budget is spent after `attempts` attempts, if the next one would start
 * `elapsedAtNextMs` after the first: which bound was hit, or undefined to go on.
 */
export function retryBudgetSpent(
  attempts: number,
  elapsedAtNextMs: number,
  policy: RetryPolicy
): 'attempts' | 'time' | undefined {
  if (attempts >= policy.maxAttempts) return 'attempts'
  if (elapsedAtNextMs > policy.maxTotalMs) return 'time'
  return undefined
}
