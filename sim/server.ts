/**
 * The OAPI HTTP front: POST /api/v1/<Call> (also /<Call> and /api/latest/<Call>), JSON in and out.
 * Each request goes through, in order: injected faults, signature, rate limits (429 per account
 * and per call, 503 code 6 for identical requests), the access key's policy (403 code 4), JSON
 * parsing, the spec's schema, DryRun, then the call's handler. Every answer carries a RequestId and is
 * written to the call log. Paths under /_sim/ go to the admin routes (not OAPI).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { TLSSocket } from 'node:tls'
import { verifySignature } from './auth.js'
import { CALLS } from './calls/index.js'
import { recheckDetaching } from './calls/links.js'
import { ApiError, apiError, errorBody } from './errors.js'
import { newRequestId } from './ids.js'
import type { Body, SimContext } from './context.js'
import type { Account } from './state.js'
import type { SpecValidator } from './validation.js'

export interface CallLogEntry {
  call: string
  /** Epoch ms when the request arrived. */
  at: number
  /**
   * How long the simulator took to answer it, waiting for its turn included (requests and state
   * transitions run one at a time): time the real API would not spend, for benchmarks to set apart.
   */
  ms: number
  status: number
  code?: string
  requestId: string
}

export interface AdminAnswer {
  status: number
  body: unknown
}

export type AdminHandler = (method: string, path: string, body: Buffer) => Promise<AdminAnswer>

export interface ApiServerDeps {
  ctx: SimContext
  validator: SpecValidator | undefined
  callLog: CallLogEntry[]
  admin: AdminHandler
}

const CALL_PATH = /^\/(?:api\/(?:v1|latest)\/)?([A-Za-z0-9]+)$/
const MAX_BODY_BYTES = 10 * 1024 * 1024

export function createApiServer(deps: ApiServerDeps): Server {
  const listener = (request: IncomingMessage, response: ServerResponse): void => {
    void handle(deps, request, response).catch((error: unknown) => {
      deps.ctx.log(`server: ${(error as Error).stack ?? String(error)}`)
      if (!response.headersSent) sendJson(response, 500, { error: String(error) })
    })
  }
  const tls = deps.ctx.options.tls
  if (!tls) return createServer(listener)
  const requireClientCertificate = tls.clientCa !== undefined
  const server = createHttpsServer(
    {
      key: tls.key,
      cert: tls.cert,
      ...(requireClientCertificate
        ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: true }
        : {})
    },
    listener
  )
  server.on('secureConnection', (socket: TLSSocket) => {
    if (requireClientCertificate) {
      const subject = socket.getPeerCertificate().subject?.CN ?? '?'
      deps.ctx.log(`tls: client certificate CN=${subject} accepted`)
    }
  })
  server.on('tlsClientError', (error) => deps.ctx.log(`tls: handshake refused: ${error.message}`))
  return server
}

async function handle(
  deps: ApiServerDeps,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const body = await readBody(request)
  const url = request.url ?? '/'
  const path = url.split('?')[0]
  if (path.startsWith('/_sim/')) {
    const answer = await deps.admin(request.method ?? 'GET', path, body)
    sendJson(response, answer.status, answer.body)
    return
  }
  const at = Date.now()
  // The round trip of a real API: requests in flight together overlap, none waits for another.
  const { answerDelayMs } = deps.ctx.options
  if (answerDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, answerDelayMs))
  const started = performance.now()
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10
  const requestId = newRequestId()
  const call = CALL_PATH.exec(path)?.[1] ?? path
  let status = 200
  let payload: Body
  try {
    payload = await deps.ctx.scheduler.exclusive(async () => {
      await deps.ctx.scheduler.runDue()
      await recheckDetaching(deps.ctx)
      return answerCall(deps, call, request, url, body)
    })
    payload.ResponseContext = { RequestId: requestId }
    const problem = deps.ctx.options.strictResponses
      ? deps.validator?.responseProblem(call, payload)
      : undefined
    if (problem)
      throw apiError(
        'internalError',
        `Simulator bug: the ${call} response breaks the spec: ${problem}`
      )
  } catch (error) {
    const apiFailure =
      error instanceof ApiError
        ? error
        : apiError('internalError', `Simulator error: ${(error as Error).message}`)
    if (!(error instanceof ApiError)) deps.ctx.log(`${call}: ${(error as Error).stack}`)
    status = apiFailure.status
    if (apiFailure.html !== undefined) {
      deps.callLog.push({ call, at, ms: elapsed(), status, requestId })
      sendHtml(response, status, apiFailure.html)
      return
    }
    payload = errorBody(apiFailure, requestId) as unknown as Body
    deps.callLog.push({ call, at, ms: elapsed(), status, code: apiFailure.code, requestId })
    sendJson(response, status, payload)
    return
  }
  deps.callLog.push({ call, at, ms: elapsed(), status, requestId })
  sendJson(response, status, payload)
}

async function answerCall(
  deps: ApiServerDeps,
  call: string,
  request: IncomingMessage,
  url: string,
  rawBody: Buffer
): Promise<Body> {
  const { ctx, validator } = deps
  if (!CALL_PATH.test(url.split('?')[0])) {
    throw apiError('unknownCall', `The path '${url.split('?')[0]}' is not an OAPI call`)
  }
  if (request.method !== 'POST') {
    throw apiError('methodNotAllowed', `OAPI calls are POST only, not ${request.method}`)
  }
  const definition = CALLS[call]
  if (!definition) {
    if (validator?.hasCall(call)) {
      throw apiError(
        'notImplementedBySimulator',
        `${call} is an OAPI call the simulator does not implement`
      )
    }
    throw apiError('unknownCall', `The call '${call}' doesn't exist.`)
  }
  const fault = ctx.faults.takeCallFault(call)
  if (fault) throw fault

  let caller: Account = ctx.ourAccount
  if (!definition.public) {
    const accessKey = verifySignature(
      { method: request.method, url, headers: headersOf(request), body: rawBody },
      {
        secretOf: (key) => ctx.store.accountByAccessKey(key)?.secretKey,
        region: ctx.options.region,
        lenientScopeRegion: ctx.options.fidelity.lenientScopeRegion,
        now: ctx.wallClock()
      }
    )
    caller = ctx.store.accountByAccessKey(accessKey) as Account
    const throttled =
      ctx.faults.checkRate(caller.accountId, call) ??
      ctx.faults.checkIdenticalRequest(caller.accountId, call, rawBody)
    if (throttled) throw throttled
    if (caller === ctx.ourAccount && ctx.options.fidelity.deniedCalls.includes(call)) {
      throw apiError(
        'deniedByPolicy',
        `The access key is not allowed to call ${call} (its EIM policy denies it)`
      )
    }
  }

  const body = parseJson(rawBody)
  validator?.checkRequest(call, body)
  if (body.DryRun === true) return {}
  return definition.handler(ctx, body, caller)
}

function parseJson(raw: Buffer): Body {
  if (raw.length === 0) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw.toString('utf8'))
  } catch {
    throw apiError('invalidParameterValue', 'The request body is not valid JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw apiError('invalidParameterValue', 'The request body must be a JSON object')
  }
  return parsed as Body
}

/** Header values as the client sent them; a repeated header is joined with ',' as SigV4 wants. */
function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i].toLowerCase()
    const value = request.rawHeaders[i + 1]
    headers[name] = name in headers ? `${headers[name]},${value}` : value
  }
  return headers
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function sendHtml(response: ServerResponse, status: number, page: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/html',
    'Content-Length': Buffer.byteLength(page)
  })
  response.end(page)
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text)
  })
  response.end(text)
}
