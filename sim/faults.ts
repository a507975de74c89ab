/**
 * Things going wrong on purpose: the next N calls fail with a given status and code (or with a
 * gateway's HTML page and no OAPI body at all), a resource ends in its fail state (or never
 * finishes), and rate limits answer like Outscale's limiters: 429 per account (code 24) and per
 * call (code 25), and 503 code 6 for identical requests repeated too often (the spec's
 * "Throttling" section, and docs.outscale.com "API Throttling").
 */
import { createHash } from 'node:crypto'
import { statusOfType, type ErrorCatalogue } from './error-catalogue.js'
import { ApiError, ERRORS } from './errors.js'

export interface CallFault {
  /** The call to fail, or '*' for any call. */
  call: string
  /** Default: the status of the code's Type in Outscale's catalogue (400 when unknown). */
  status?: number
  code: string
  type?: string
  details?: string
  /** How many calls fail (default 1). */
  times?: number
  /**
   * Answer as a failing HTTP gateway does: an HTML page, no OAPI code (status 502, 503 or 504
   * usually). code and type are then ignored.
   */
  html?: boolean
}

export type ResourceKind = 'volume' | 'snapshot' | 'image' | 'link'
export type ResourceOutcome = 'error' | 'failed' | 'stuck' | 'no-device'

export interface ResourceFault {
  kind: ResourceKind
  /** Which resource; default: the next one of that kind to reach its transition. */
  match?: { id?: string; deviceName?: string; name?: string }
  /**
   * volume: 'error' | 'stuck' (stays creating); snapshot: 'error' | 'stuck' (pending forever);
   * image: 'failed' | 'stuck' (pending forever); link: 'stuck' (attaching forever) | 'no-device'
   * (attached, but the block device never appears).
   */
  to: ResourceOutcome
}

const ALLOWED_OUTCOMES: Record<ResourceKind, ResourceOutcome[]> = {
  volume: ['error', 'stuck'],
  snapshot: ['error', 'stuck'],
  image: ['failed', 'stuck'],
  link: ['stuck', 'no-device']
}

/** The Type the real API pairs with a throttling code; other injected codes default to DefaultError. */
const TYPE_BY_CODE: Record<string, string> = {
  [ERRORS.throttledWholePlatform.code]: ERRORS.throttledWholePlatform.type,
  [ERRORS.throttledPerAccount.code]: ERRORS.throttledPerAccount.type,
  [ERRORS.throttledPerCall.code]: ERRORS.throttledPerCall.type
}

interface Bucket {
  tokens: number
  updatedAt: number
}

export class Faults {
  private readonly callFaults: { fault: CallFault; remaining: number }[] = []
  private readonly resourceFaults: ResourceFault[] = []
  private readonly buckets = new Map<string, Bucket>()

  private readonly identical = new Map<string, number[]>()

  constructor(
    private readonly throttle: { perSecond?: number; perCallPerSecond?: number },
    private readonly identicalRequests: { max: number; windowMs: number } | null = null,
    private readonly catalogue: ErrorCatalogue | undefined = undefined,
    private readonly quotaStatus = 400
  ) {}

  injectCallFault(fault: CallFault): void {
    this.callFaults.push({ fault, remaining: fault.times ?? 1 })
  }

  /** The error the next `call` must fail with, if a fault is armed for it. */
  takeCallFault(call: string): ApiError | undefined {
    const armed = this.callFaults.find(
      (entry) => entry.remaining > 0 && (entry.fault.call === call || entry.fault.call === '*')
    )
    if (!armed) return undefined
    armed.remaining--
    if (armed.remaining === 0) this.callFaults.splice(this.callFaults.indexOf(armed), 1)
    const { code, type, details, html } = armed.fault
    if (html) {
      const status = armed.fault.status ?? 502
      return new ApiError({ status, code: '', type: '' }, '', gatewayPage(status))
    }
    const knownType = type ?? TYPE_BY_CODE[code] ?? this.catalogue?.get(code)?.type
    // A fault given only a catalogue code gets the status its Type is answered with.
    const status = armed.fault.status ?? statusOfType(knownType ?? '', this.quotaStatus) ?? 400
    return new ApiError(
      { status, code, type: knownType ?? 'DefaultError' },
      details ?? `Injected fault on ${call}`
    )
  }

  /**
   * 503 code 6 once the same account has sent this exact request (call and body) `max` times
   * within the window; the throttled attempts themselves do not count.
   */
  checkIdenticalRequest(accountId: string, call: string, body: Buffer): ApiError | undefined {
    if (!this.identicalRequests) return undefined
    const { max, windowMs } = this.identicalRequests
    const key = createHash('sha256').update(`${accountId}\n${call}\n`).update(body).digest('hex')
    const now = Date.now()
    const recent = (this.identical.get(key) ?? []).filter((at) => now - at < windowMs)
    if (recent.length >= max) {
      this.identical.set(key, recent)
      return new ApiError(
        ERRORS.throttledWholePlatform,
        'ErrorOperationThrottledWholePlatform: too many identical requests, slow down.'
      )
    }
    recent.push(now)
    this.identical.set(key, recent)
    if (this.identical.size > 10_000) this.forgetIdenticalBefore(now - windowMs)
    return undefined
  }

  addResourceFault(fault: ResourceFault): void {
    if (!ALLOWED_OUTCOMES[fault.kind]?.includes(fault.to)) {
      throw new Error(
        `failResource: a ${fault.kind} cannot go to '${fault.to}'; use one of ${ALLOWED_OUTCOMES[fault.kind]?.join(', ')}`
      )
    }
    this.resourceFaults.push(fault)
  }

  /** Consumes the fault meant for this resource at its transition, if any. */
  takeResourceFault(
    kind: ResourceKind,
    resource: { id: string; deviceName?: string; name?: string }
  ): ResourceOutcome | undefined {
    const index = this.resourceFaults.findIndex(
      (fault) =>
        fault.kind === kind &&
        (fault.match?.id === undefined || fault.match.id === resource.id) &&
        (fault.match?.deviceName === undefined || fault.match.deviceName === resource.deviceName) &&
        (fault.match?.name === undefined || fault.match.name === resource.name)
    )
    if (index < 0) return undefined
    return this.resourceFaults.splice(index, 1)[0].to
  }

  /** 429 when the account (code 24) or the account and call (code 25) is over its rate. */
  checkRate(accountId: string, call: string): ApiError | undefined {
    const { perSecond, perCallPerSecond } = this.throttle
    if (perSecond !== undefined && !this.take(`account:${accountId}`, perSecond)) {
      return new ApiError(
        ERRORS.throttledPerAccount,
        'ErrorOperationThrottledPerAccount: Request rate exceeded.'
      )
    }
    if (
      perCallPerSecond !== undefined &&
      !this.take(`call:${accountId}:${call}`, perCallPerSecond)
    ) {
      return new ApiError(
        ERRORS.throttledPerCall,
        'ErrorOperationThrottledPerCall: Request rate exceeded.'
      )
    }
    return undefined
  }

  /** Keeps a long run's memory flat: requests older than the window no longer count. */
  private forgetIdenticalBefore(oldest: number): void {
    for (const [key, times] of this.identical) {
      if (times.every((at) => at < oldest)) this.identical.delete(key)
    }
  }

  /** A token bucket holding one second's worth of requests. */
  private take(key: string, perSecond: number): boolean {
    const now = Date.now()
    const bucket = this.buckets.get(key) ?? { tokens: perSecond, updatedAt: now }
    bucket.tokens = Math.min(
      perSecond,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond
    )
    bucket.updatedAt = now
    this.buckets.set(key, bucket)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }
}

/** What nginx-like gateways answer when the API behind them is unreachable or overloaded. */
function gatewayPage(status: number): string {
  const title = { 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Time-out' }[status]
  const heading = `${status} ${title ?? 'Error'}`
  return `<html>\r\n<head><title>${heading}</title></head>\r\n<body>\r\n<center><h1>${heading}</h1></center>\r\n</body>\r\n</html>\r\n`
}
