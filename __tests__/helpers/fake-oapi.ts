/**
 * A tiny scripted HTTP(S) server on 127.0.0.1 for the client's unit tests, and a check of the
 * signatures it received with the simulator's SigV4 verifier (written with node:crypto, not
 * aws4fetch), so a test can check the signature the client sends without trusting the library
 * that made it. The full simulator lives in sim/.
 */
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { verifySignature } from '../../sim/auth.js'

export interface RecordedRequest {
  method: string
  /** e.g. /api/v1/ReadVolumes */
  path: string
  /** the last path segment, e.g. ReadVolumes */
  call: string
  headers: IncomingHttpHeaders
  body: string
}

export interface FakeReply {
  status?: number
  /** Sent as JSON. */
  json?: unknown
  /** Sent as is (wins over json). */
  text?: string
  /** Destroy the socket without answering (a network error for the client). */
  dropConnection?: boolean
  /** Never answer (a dead endpoint); close() ends the socket. */
  hang?: boolean
}

export type Handler = (request: RecordedRequest) => FakeReply | Promise<FakeReply>

export interface FakeServer {
  /** http(s)://127.0.0.1:<port> */
  url: string
  /** url + /api/v1 */
  endpoint: string
  requests: RecordedRequest[]
  /** The requests made to one call, in order. */
  requestsTo(call: string): RecordedRequest[]
  close(): Promise<void>
}

export async function startFakeServer(
  handler: Handler,
  tls?: { key: string; cert: string }
): Promise<FakeServer> {
  const requests: RecordedRequest[] = []
  const server: Server = tls ? createHttpsServer(tls) : createHttpServer()
  server.on('request', (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = req.url ?? '/'
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path,
        call: path.split('/').pop() ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8')
      }
      requests.push(recorded)
      Promise.resolve(handler(recorded))
        .then((reply) => {
          if (reply.hang) return
          if (reply.dropConnection) {
            req.socket.destroy()
            return
          }
          const text = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json))
          res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' })
          res.end(text)
        })
        .catch((error: unknown) => {
          res.writeHead(599)
          res.end(String(error))
        })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`
  return {
    url,
    endpoint: `${url}/api/v1`,
    requests,
    requestsTo: (call) => requests.filter((r) => r.call === call),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

let requestCounter = 0

/** A 200 reply with the ResponseContext every OAPI answer carries. */
export function ok(body: Record<string, unknown> = {}): FakeReply {
  requestCounter++
  const RequestId = `0475ca1e-0001-0002-0003-${requestCounter.toString(16).padStart(8, '0')}`
  return { status: 200, json: { ...body, ResponseContext: { RequestId } } }
}

/** An error reply in Outscale's envelope. */
export function oapiError(
  status: number,
  code: string,
  type: string,
  details = '',
  requestId = 'req-err-1'
): FakeReply {
  return {
    status,
    json: {
      Errors: [{ Code: code, Type: type, Details: details }],
      ResponseContext: { RequestId: requestId }
    }
  }
}

export const throttledPerAccount = (): FakeReply => oapiError(429, '24', 'AccessDenied')
export const throttledPlatform = (): FakeReply => oapiError(503, '6', 'AccessDenied')

/**
 * A handler that answers each call from its own queue of replies, in order, then with the
 * fallback (default: an empty success).
 */
export function scripted(
  queues: Record<string, FakeReply[]>,
  fallback: Handler = () => ok()
): Handler {
  return (request) => queues[request.call]?.shift() ?? fallback(request)
}

// ------------------------------------------------------------------ signatures

/**
 * Whether a recorded request carries a valid signature for this secret key, as the simulator's
 * verifier (sim/auth.ts, node:crypto only, independent of the signing library the client uses)
 * judges it, at the time the request says it was signed.
 */
export function verifyRecordedRequest(request: RecordedRequest, secretKey: string): boolean {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) headers[name] = String(value)
  const date = headers['x-amz-date'] ?? headers['x-osc-date'] ?? ''
  const signedAt = Date.parse(
    date.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z')
  )
  try {
    verifySignature(
      { method: request.method, url: request.path, headers, body: Buffer.from(request.body) },
      { secretOf: () => secretKey, region: 'eu-west-2', lenientScopeRegion: true, now: signedAt }
    )
    return true
  } catch {
    return false
  }
}
