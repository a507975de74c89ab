/**
 * When the client sends a failed call again, and how long it waits in between: one table.
 *
 * What the real API means by each answer is in docs/outscale-fidelity.md, "Errors" (with the
 * evidence, from Outscale's own clients) and docs.outscale.com "API Throttling":
 * - throttling (429 codes 24/25, 503 code 6) refuses a request before it runs: try again;
 * - 409 (ResourceConflict, InvalidState) is an answer about the resource's state, not a fault:
 *   sending the same call again changes nothing, so a caller that expects the state to change
 *   reads the resource (a waiter) instead;
 * - a 503 with an OAPI code other than 6 is the API refusing to serve: not retried;
 * - any other 5xx (a gateway page without an OAPI body, an internal error) or a connection lost
 *   after the request was written leaves a write in doubt: only calls safe to send twice are resent
 *   (Read*, and creates carrying a ClientToken: the server answers a token it has seen with the
 *   first result); CreateImage, LinkVolume, CreateTags... are not;
 * - a request that provably never reached the server (connection refused, name not resolved,
 *   unreachable network) is resent for every call.
 * Every retry is bounded by a number of attempts and a total time, and the waits grow
 * exponentially with full jitter so many runners throttled at the same moment do not come back
 * in step.
 */
import type { OapiFailure } from './errors.js'
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

/** Who may send a failed call again: every call, only calls safe to send twice, or none. */
export type Resend = 'any call' | 'idempotent calls' | 'never'

export interface RetryRule {
  /** The answer, in words (for the table's readers and for debug logs). */
  answer: string
  matches: (failure: OapiFailure) => boolean
  resend: Resend
  why: string
}

const hasOapiCode = (failure: OapiFailure) => failure.code !== undefined && failure.code !== ''
const isServerError = (failure: OapiFailure) => (failure.httpStatus ?? 0) >= 500

/** The retry policy. The first rule that matches decides; no rule matching means never. */
export const retryRules: readonly RetryRule[] = [
  {
    answer: '429 (codes 24, 25: too many requests)',
    matches: (f) => f.httpStatus === 429,
    resend: 'any call',
    why: 'throttling refuses the request before it runs'
  },
  {
    answer: '503 code 6 (RequestLimitExceeded)',
    matches: (f) => f.httpStatus === 503 && f.code === '6',
    resend: 'any call',
    why: 'throttling of the whole platform refuses the request before it runs'
  },
  {
    answer: '409 (ResourceConflict, InvalidState)',
    matches: (f) => f.httpStatus === 409,
    resend: 'never',
    why: 'an answer about the state of a resource: waiting reads the resource instead'
  },
  {
    answer: '503 with an OAPI error code other than 6',
    matches: (f) => f.httpStatus === 503 && hasOapiCode(f),
    resend: 'never',
    why: 'the API itself says it will not serve this request now (not throttling)'
  },
  {
    answer: '5xx otherwise (a gateway page, an empty body, an internal error)',
    matches: isServerError,
    resend: 'idempotent calls',
    why: 'the request may have been passed on: a write may have taken effect'
  },
  {
    answer: 'TLS certificate refused',
    matches: (f) => f.network?.tlsRefused === true,
    resend: 'never',
    why: 'the certificate will not change between attempts'
  },
  {
    answer: 'no connection (refused, name not resolved, network unreachable)',
    matches: (f) => f.network?.notSent === true,
    resend: 'any call',
    why: 'the request provably never reached the server'
  },
  {
    answer: 'connection lost or timed out after the request may have been sent',
    matches: (f) => f.network !== undefined,
    resend: 'idempotent calls',
    why: 'a write may have taken effect'
  },
  {
    answer: 'any other answer (4xx: a bad request, missing resource, quota, credentials)',
    matches: () => true,
    resend: 'never',
    why: 'the same request gets the same answer'
  }
]

/** The rule that decides for this failure. */
export function retryRuleFor(failure: OapiFailure): RetryRule {
  return retryRules.find((rule) => rule.matches(failure))!
}

/** Whether another attempt may succeed and is safe to make. */
export function isRetryable(failure: OapiFailure, idempotent: boolean): boolean {
  const { resend } = retryRuleFor(failure)
  return resend === 'any call' || (resend === 'idempotent calls' && idempotent)
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
