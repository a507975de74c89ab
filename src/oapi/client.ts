/**
 * The typed OAPI client: `POST <endpoint>/<Call>` with a signed JSON body, bounded retries with
 * jittered backoff, and one error type (OapiError). Read* helpers follow NextPageToken and return
 * every page merged.
 *
 * It speaks plain OAPI over HTTP(S), so it works against Outscale, against osc-ricochet-2 and
 * against the project's simulator (sim/) alike; nothing here knows which one it talks to.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import type { Agent } from 'node:http'
import { log } from '../log.js'
import {
  OapiError,
  failureFromBadSuccess,
  failureFromNetworkError,
  failureFromReply,
  type OapiFailure
} from './errors.js'
import {
  backoffDelayMs,
  clientTokenCalls,
  defaultRetryPolicy,
  isIdempotent,
  isRetryable,
  retryBudgetSpent,
  type RetryPolicy
} from './retry.js'
import { createAgent, send } from './http.js'
import { signRequest } from './signer.js'
import { realSleep, systemClock, type Clock, type Sleep } from './time.js'
import type * as T from './types.js'

export { resolveEndpoint } from './endpoint.js'

export interface OapiClientOptions {
  /** Base URL the call name is appended to; see resolveEndpoint(). http:// works (simulator). */
  endpoint: string
  /** Signs the requests (credential scope). */
  region: string
  accessKey: string
  /** Never logged, never put in an error message. */
  secretKey: string
  /** Accept any TLS certificate. Off by default; a warning is logged when on. */
  insecureSkipTlsVerify?: boolean
  /**
   * PEM files of a TLS client certificate and its key (x509_cert_path, x509_key_path), for an
   * endpoint that authenticates clients by certificate. Read once; the key is never logged.
   */
  clientCertificate?: { certPath: string; keyPath: string }
  retry?: Partial<RetryPolicy>
  userAgent?: string
  /** Called before every HTTP request, retries included (call counting in benchmarks). */
  onRequest?: (call: string) => void
  /** Waits between retries (tests pass a fake one). */
  sleep?: Sleep
  /** The clock used to date signatures and to bound the retry time (tests pass a fake one). */
  now?: Clock
  /** Returns a number in [0, 1) for the backoff jitter. */
  random?: () => number
  /** Per request, for each of: connecting, receiving the headers, receiving the body. */
  requestTimeoutMs?: number
}

export const defaultRequestTimeoutMs = 30_000
const defaultUserAgent = 'osc-chroot'

/** The Filters a paged Read* call takes; the client adds the paging fields itself. */
type FiltersOf<N extends T.PagedCallName> = T.RequestOf<N>['Filters']

type Outcome<R> = { ok: true; response: R } | { ok: false; failure: OapiFailure }

export class OapiClient {
  readonly endpoint: string
  readonly region: string
  readonly #accessKey: string
  readonly #secretKey: string
  readonly #retry: RetryPolicy
  readonly #agent: Agent
  readonly #timeoutMs: number
  readonly #userAgent: string
  readonly #onRequest?: (call: string) => void
  readonly #sleep: Sleep
  readonly #now: Clock
  readonly #random: () => number

  constructor(options: OapiClientOptions) {
    this.endpoint = checkedEndpoint(options.endpoint)
    if (options.region.trim() === '') {
      throw new Error('The OAPI client needs a region: requests are signed for one region.')
    }
    this.region = options.region
    this.#accessKey = options.accessKey
    this.#secretKey = options.secretKey
    this.#retry = { ...defaultRetryPolicy, ...options.retry }
    this.#userAgent = options.userAgent ?? defaultUserAgent
    this.#onRequest = options.onRequest
    this.#sleep = options.sleep ?? realSleep
    this.#now = options.now ?? systemClock
    this.#random = options.random ?? Math.random

    const timeout = options.requestTimeoutMs ?? defaultRequestTimeoutMs
    const verifyTls = options.insecureSkipTlsVerify !== true
    if (!verifyTls) {
      log.warning(
        `insecure_skip_tls_verify is on: the TLS certificate of ${this.endpoint} is not checked, ` +
          'so the credentials and every reply can be intercepted. Use it only for a test endpoint.'
      )
    }
    // A dead or silent endpoint must fail the attempt, never hang the build.
    this.#agent = createAgent(this.endpoint, {
      rejectUnauthorized: verifyTls,
      clientCertificate: readClientCertificate(this.endpoint, options.clientCertificate)
    })
    this.#timeoutMs = timeout
  }

  /** Closes the client's connections. The client must not be used afterwards. */
  async close(): Promise<void> {
    this.#agent.destroy()
  }

  /**
   * Sends one call, retrying as retry.ts allows. CreateVolume and CreateSnapshot get a
   * ClientToken when the body has none, generated once and reused by every retry, which makes
   * them safe to send again. Throws OapiError, or the signal's reason when it aborts.
   */
  async call<N extends T.CallName>(
    name: N,
    body: T.RequestOf<N>,
    signal?: AbortSignal
  ): Promise<T.ResponseOf<N>> {
    const sentBody = withClientToken(name, body)
    const json = JSON.stringify(sentBody)
    const idempotent = isIdempotent(name, sentBody)
    const startedAt = this.#now()

    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted()
      const outcome = await this.#send<T.ResponseOf<N>>(name, json, signal)
      if (outcome.ok) return outcome.response

      const { failure } = outcome
      const retryable = isRetryable(failure, idempotent)
      const delayMs = backoffDelayMs(attempt, this.#retry, this.#random)
      const elapsedMs = this.#now() - startedAt
      const budgetSpent = retryable
        ? retryBudgetSpent(attempt, elapsedMs + delayMs, this.#retry)
        : undefined
      if (!retryable || budgetSpent) {
        throw new OapiError({
          call: name,
          failure,
          retryable,
          gaveUp: budgetSpent,
          attempts: attempt,
          elapsedMs,
          idempotent,
          region: this.region
        })
      }
      log.debug(
        `OAPI ${name}: ${failure.summary}; retrying in ${delayMs} ms (attempt ${attempt + 1})`
      )
      await this.#sleep(delayMs, signal)
    }
  }

  /** One HTTP request: sign, send, read, decode. Network errors become failures, not throws. */
  async #send<R>(name: string, json: string, signal?: AbortSignal): Promise<Outcome<R>> {
    const url = `${this.endpoint}/${name}`
    const headers = await signRequest({
      url,
      body: json,
      region: this.region,
      accessKey: this.#accessKey,
      secretKey: this.#secretKey,
      date: new Date(this.#now())
    })
    headers['user-agent'] = this.#userAgent

    this.#onRequest?.(name)
    const started = performance.now()
    let status: number
    let text: string
    try {
      const reply = await send(url, {
        method: 'POST',
        headers,
        body: json,
        agent: this.#agent,
        timeoutMs: this.#timeoutMs,
        signal
      })
      status = reply.status
      text = reply.text
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      const failure = failureFromNetworkError(error, url)
      log.debug(`OAPI ${name}: ${failure.summary} after ${elapsedSince(started)}`)
      return { ok: false, failure }
    }

    if (status < 200 || status > 299) {
      const failure = failureFromReply(status, text)
      log.debug(`OAPI ${name}: ${failure.summary} in ${elapsedSince(started)}`)
      return { ok: false, failure }
    }
    const parsed = parseObject(text)
    if (parsed === undefined) return { ok: false, failure: failureFromBadSuccess(status, text) }
    const requestId = (parsed as T.OapiResponse).ResponseContext?.RequestId ?? 'none'
    log.debug(`OAPI ${name}: HTTP ${status} in ${elapsedSince(started)} (request id ${requestId})`)
    return { ok: true, response: parsed as R }
  }

  /** Calls a Read* operation page after page, sending each NextPageToken back with the same filters. */
  async #readAllPages<N extends T.PagedCallName, Item>(
    name: N,
    filters: FiltersOf<N> | undefined,
    itemsOf: (page: T.ResponseOf<N>) => Item[] | undefined,
    signal?: AbortSignal
  ): Promise<Item[]> {
    const items: Item[] = []
    let token: string | undefined
    do {
      const body = { Filters: filters, NextPageToken: token } as T.RequestOf<N>
      const page = await this.call(name, body, signal)
      items.push(...(itemsOf(page) ?? []))
      const next = page.NextPageToken || undefined
      if (next !== undefined && next === token) {
        throw new Error(`${name} returned the same NextPageToken twice; stopping to avoid a loop.`)
      }
      token = next
    } while (token !== undefined)
    return items
  }

  // ----------------------------------------------------------------------- reads (all pages)

  readVms(filters?: T.FiltersVm, signal?: AbortSignal): Promise<T.Vm[]> {
    return this.#readAllPages('ReadVms', filters, (page) => page.Vms, signal)
  }

  readImages(filters?: T.FiltersImage, signal?: AbortSignal): Promise<T.Image[]> {
    return this.#readAllPages('ReadImages', filters, (page) => page.Images, signal)
  }

  readSnapshots(filters?: T.FiltersSnapshot, signal?: AbortSignal): Promise<T.Snapshot[]> {
    return this.#readAllPages('ReadSnapshots', filters, (page) => page.Snapshots, signal)
  }

  readVolumes(filters?: T.FiltersVolume, signal?: AbortSignal): Promise<T.Volume[]> {
    return this.#readAllPages('ReadVolumes', filters, (page) => page.Volumes, signal)
  }

  readSubregions(filters?: T.FiltersSubregion, signal?: AbortSignal): Promise<T.Subregion[]> {
    return this.#readAllPages('ReadSubregions', filters, (page) => page.Subregions, signal)
  }

  async readAccounts(signal?: AbortSignal): Promise<T.Account[]> {
    return (await this.call('ReadAccounts', {}, signal)).Accounts ?? []
  }

  async readRegions(signal?: AbortSignal): Promise<T.Region[]> {
    return (await this.call('ReadRegions', {}, signal)).Regions ?? []
  }

  // ----------------------------------------------------------------------- writes

  async createVolume(request: T.CreateVolumeRequest, signal?: AbortSignal): Promise<T.Volume> {
    return (await this.call('CreateVolume', request, signal)).Volume
  }

  async linkVolume(request: T.LinkVolumeRequest, signal?: AbortSignal): Promise<void> {
    await this.call('LinkVolume', request, signal)
  }

  async unlinkVolume(request: T.UnlinkVolumeRequest, signal?: AbortSignal): Promise<void> {
    await this.call('UnlinkVolume', request, signal)
  }

  async deleteVolume(request: T.DeleteVolumeRequest, signal?: AbortSignal): Promise<void> {
    await this.call('DeleteVolume', request, signal)
  }

  async createSnapshot(
    request: T.CreateSnapshotRequest,
    signal?: AbortSignal
  ): Promise<T.Snapshot> {
    return (await this.call('CreateSnapshot', request, signal)).Snapshot
  }

  async deleteSnapshot(request: T.DeleteSnapshotRequest, signal?: AbortSignal): Promise<void> {
    await this.call('DeleteSnapshot', request, signal)
  }

  async updateSnapshot(
    request: T.UpdateSnapshotRequest,
    signal?: AbortSignal
  ): Promise<T.Snapshot> {
    return (await this.call('UpdateSnapshot', request, signal)).Snapshot
  }

  /** Registers an OMI from a snapshot, or copies one (SourceImageId + SourceRegionName). */
  async createImage(request: T.CreateImageRequest, signal?: AbortSignal): Promise<T.Image> {
    return (await this.call('CreateImage', request, signal)).Image
  }

  async deleteImage(request: T.DeleteImageRequest, signal?: AbortSignal): Promise<void> {
    await this.call('DeleteImage', request, signal)
  }

  async updateImage(request: T.UpdateImageRequest, signal?: AbortSignal): Promise<T.Image> {
    return (await this.call('UpdateImage', request, signal)).Image
  }

  async createTags(request: T.CreateTagsRequest, signal?: AbortSignal): Promise<void> {
    await this.call('CreateTags', request, signal)
  }

  async deleteTags(request: T.DeleteTagsRequest, signal?: AbortSignal): Promise<void> {
    await this.call('DeleteTags', request, signal)
  }
}

/** Turns a { key: value } map (how the config holds tags) into OAPI's [{ Key, Value }]. */
export function toResourceTags(tags: Record<string, string>): T.ResourceTag[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
}

function withClientToken(name: T.CallName, body: object): object {
  const token = (body as { ClientToken?: unknown }).ClientToken
  if (!clientTokenCalls.has(name) || (typeof token === 'string' && token !== '')) return body
  return { ...body, ClientToken: randomUUID() }
}

function checkedEndpoint(endpoint: string): string {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new Error(
      `The OAPI endpoint "${endpoint}" is not a URL; build it with resolveEndpoint().`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`The OAPI endpoint "${endpoint}" must use http:// or https://.`)
  }
  return endpoint.replace(/\/+$/, '')
}

function parseObject(text: string): object | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? parsed
      : undefined
  } catch {
    return undefined
  }
}

function elapsedSince(startedMs: number): string {
  return `${Math.round(performance.now() - startedMs)} ms`
}

/**
 * The client certificate's files, read for the TLS agent. An error names the file, never its
 * content; a certificate given for a plain-HTTP endpoint is pointless, and said so.
 */
function readClientCertificate(
  endpoint: string,
  files: OapiClientOptions['clientCertificate']
): { cert: Buffer; key: Buffer } | undefined {
  if (files === undefined) return undefined
  if (new URL(endpoint).protocol !== 'https:') {
    log.warning(
      `x509_cert_path is set but ${endpoint} is not https: the client certificate is not used.`
    )
    return undefined
  }
  const read = (option: string, path: string): Buffer => {
    try {
      return readFileSync(path)
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable'
      throw new Error(`${option} ${JSON.stringify(path)} cannot be read (${reason}).`, {
        cause: error
      })
    }
  }
  return {
    cert: read('x509_cert_path', files.certPath),
    key: read('x509_key_path', files.keyPath)
  }
}
