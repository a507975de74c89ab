/**
 * What went wrong with an OAPI call, decoded from the reply (or from the network error), and the
 * one error type the client throws: OapiError, whose message a person can act on.
 */
import { RequestNotSentError } from './http.js'
import { formatDuration } from './time.js'
import type { ErrorResponse } from './types.js'

/** One failed attempt, before the client decides whether to try again. */
export interface OapiFailure {
  /** undefined when no HTTP response came back (network error, timeout, TLS refusal) */
  httpStatus?: number
  /** Outscale's error code, a string of digits ("4078") */
  code?: string
  /** Outscale's error class ("InvalidParameterValue") */
  type?: string
  details?: string
  requestId?: string
  /** The failure in words: "HTTP 400 InvalidParameterValue (4078): ... [request id ...]" */
  summary: string
  /** Set when the request never got an HTTP response. */
  network?: {
    tlsRefused: boolean
    /** The connection was never established: the request provably never reached the server. */
    notSent: boolean
  }
}

/** Throttling answers: 429 (codes 24 per account, 25 per call) and 503 code 6 (whole platform). */
export function isThrottling(failure: OapiFailure): boolean {
  return failure.httpStatus === 429 || (failure.httpStatus === 503 && failure.code === '6')
}

/**
 * The InvalidResource codes (gateway_errors.yaml) that say a resource the build handles does not
 * exist: no-such-attachment, -image, -snapshot, -vm, -volume. The real API answers them with
 * HTTP 400 and a Details that may be empty, so the code decides, never the text.
 */
export const notFoundCodes: ReadonlySet<string> = new Set(['5007', '5023', '5054', '5063', '5064'])

/** Whether the API answered that the resource named in the call does not exist (any more). */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof OapiError &&
    (error.httpStatus === 404 || (error.code !== undefined && notFoundCodes.has(error.code)))
  )
}

/** ResourceConflict or InvalidState: the resource is not in a state that allows the call. */
export function isConflict(error: unknown): boolean {
  return error instanceof OapiError && error.httpStatus === 409
}

/** too-many-concurrent-snapshots: the account's limit of snapshots in progress at once. */
export const tooManyConcurrentSnapshotsCode = '10008'

/** Decodes a non-2xx reply: the JSON envelope when there is one, the raw text otherwise. */
export function failureFromReply(httpStatus: number, bodyText: string): OapiFailure {
  const envelope = parseEnvelope(bodyText)
  const errors = envelope?.Errors ?? []
  const requestId = envelope?.ResponseContext?.RequestId
  const requestIdText = requestId ? ` [request id ${requestId}]` : ''

  if (errors.length === 0) {
    const text = bodyText.trim()
    const shown = text === '' ? ' (empty response body)' : `: ${truncate(text)}`
    return { httpStatus, requestId, summary: `HTTP ${httpStatus}${shown}${requestIdText}` }
  }

  const [first] = errors
  const described = errors.map((e) => {
    const label = [e.Type, e.Code ? `(${e.Code})` : ''].filter(Boolean).join(' ')
    return e.Details ? `${label}: ${e.Details}` : label
  })
  return {
    httpStatus,
    code: first.Code,
    type: first.Type,
    details: first.Details,
    requestId,
    summary: `HTTP ${httpStatus} ${described.join('; ')}${requestIdText}`
  }
}

/** Describes a request that got no HTTP response. */
export function failureFromNetworkError(error: unknown, url: string): OapiFailure {
  const notSent = error instanceof RequestNotSentError
  const cause = rootCause(error)
  const code =
    typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined
  const codeText = typeof code === 'string' ? code : ''
  const message = cause instanceof Error ? cause.message : String(cause)
  return {
    summary: `no response from ${url}: ${message}${codeText && !message.includes(codeText) ? ` (${codeText})` : ''}`,
    network: { tlsRefused: isTlsRefusal(codeText), notSent }
  }
}

/** A 2xx reply whose body is not the JSON object every OAPI call returns. */
export function failureFromBadSuccess(httpStatus: number, bodyText: string): OapiFailure {
  const text = bodyText.trim()
  const shown =
    text === '' ? 'an empty body' : `a body that is not a JSON object: ${truncate(text)}`
  return { httpStatus, summary: `HTTP ${httpStatus} with ${shown}` }
}

export interface OapiErrorInit {
  call: string
  failure: OapiFailure
  /** Whether trying again later may succeed (throttling, or a transient error on an idempotent call). */
  retryable: boolean
  /** Why the client stopped trying when the error was retryable. */
  gaveUp?: 'attempts' | 'time'
  attempts: number
  elapsedMs: number
  /** Whether the call is safe to send twice (Read*, or a create with a ClientToken). */
  idempotent: boolean
  region: string
}

/**
 * The one error the client throws for a failed call. The message reads, for example:
 *   CreateVolume failed: HTTP 400 InvalidParameterValue (4078): Size too small [request id 0475...].
 * followed by how many attempts were made and, when there is one, what to do about it.
 */
export class OapiError extends Error {
  readonly call: string
  readonly httpStatus?: number
  readonly code?: string
  readonly type?: string
  readonly details?: string
  readonly requestId?: string
  readonly retryable: boolean
  readonly attempts: number

  constructor(init: OapiErrorInit) {
    super(describe(init))
    this.name = 'OapiError'
    this.call = init.call
    this.httpStatus = init.failure.httpStatus
    this.code = init.failure.code
    this.type = init.failure.type
    this.details = init.failure.details
    this.requestId = init.failure.requestId
    this.retryable = init.retryable
    this.attempts = init.attempts
  }
}

function describe(init: OapiErrorInit): string {
  const parts = [`${init.call} failed: ${init.failure.summary}.`]
  const elapsed = formatDuration(init.elapsedMs)
  if (init.gaveUp === 'attempts') {
    parts.push(`Gave up after ${init.attempts} attempts (the maximum) in ${elapsed}.`)
  } else if (init.gaveUp === 'time') {
    parts.push(
      `Gave up after ${init.attempts} attempt${init.attempts === 1 ? '' : 's'} in ${elapsed}: ` +
        'the time allowed for retries is used up.'
    )
  } else if (init.attempts > 1) {
    parts.push(`(attempt ${init.attempts}, after ${elapsed} of retries)`)
  }
  const hint = hintFor(init)
  if (hint) parts.push(hint)
  return parts.join(' ')
}

function hintFor(init: OapiErrorInit): string | undefined {
  const { failure, call, idempotent } = init
  if (failure.httpStatus === 401 && (failure.code === '11' || failure.code === '13')) {
    return (
      'Outscale has locked this access key after repeated bad signatures; wait for the lock to ' +
      'expire (a few minutes) and check the secret key before trying again.'
    )
  }
  if (failure.httpStatus === 401 || failure.httpStatus === 403) {
    return (
      'Check the access key and secret key (inputs access_key/secret_key, or OSC_ACCESS_KEY/' +
      `OSC_SECRET_KEY), that region "${init.region}" is the account's region and matches the ` +
      "endpoint, and that this machine's clock is right (Outscale refuses requests more than " +
      '5 minutes off).'
    )
  }
  if (isThrottling(failure)) {
    return (
      'Outscale is throttling requests (HTTP 429 codes 24/25 per account, 503 code 6 for the ' +
      'whole platform). Wait a little and run the build again, or run fewer builds at once ' +
      'with this account.'
    )
  }
  // The server's alert, for a client certificate missing or from an authority it does not trust.
  if (
    failure.network &&
    /ALERT_(CERTIFICATE_REQUIRED|UNKNOWN_CA|BAD_CERTIFICATE)/.test(failure.summary)
  ) {
    return (
      'The endpoint wants a TLS client certificate it trusts: set x509_cert_path and ' +
      'x509_key_path (or OSC_X509_CLIENT_CERT and OSC_X509_CLIENT_KEY) to one it accepts.'
    )
  }
  if (failure.network?.tlsRefused) {
    return (
      "The endpoint's TLS certificate was refused. Fix the certificate (or the endpoint URL); " +
      'only for a test endpoint, set insecure_skip_tls_verify: true.'
    )
  }
  if (failure.httpStatus === 409) {
    return (
      `Outscale answered that the resource is not in a state that allows ${call} (a conflict, ` +
      'HTTP 409): the call was not sent again, since the same request gets the same answer.'
    )
  }
  const transient = failure.network !== undefined || (failure.httpStatus ?? 0) >= 500
  if (transient && !idempotent) {
    return (
      `${call} is not idempotent, so it was not retried: the request may or may not have taken ` +
      'effect. Check the account for a resource it may have created before running again.'
    )
  }
  return undefined
}

function parseEnvelope(bodyText: string): ErrorResponse | undefined {
  try {
    const parsed: unknown = JSON.parse(bodyText)
    return typeof parsed === 'object' && parsed !== null ? (parsed as ErrorResponse) : undefined
  } catch {
    return undefined
  }
}

/** fetch wraps the socket error ("fetch failed" → cause → maybe another cause). */
function rootCause(error: unknown): unknown {
  let current = error
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown } | undefined)?.cause
    if (cause === undefined || cause === null) break
    current = cause
  }
  return current
}

/** Node's certificate errors (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, ERR_TLS_CERT_...). */
function isTlsRefusal(code: string): boolean {
  return /CERT|SELF_SIGNED|^ERR_TLS_|UNABLE_TO_VERIFY/.test(code)
}

function truncate(text: string, max = 300): string {
  const oneLine = text.replace(/\s+/g, ' ')
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine
}
