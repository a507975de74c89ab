/**
 * A tiny scripted HTTP(S) server on 127.0.0.1 for the client's unit tests, and an independent
 * SigV4 verifier written with node:crypto (not aws4fetch), so a test can check the signature the
 * client sends without trusting the library that made it. The full simulator lives in sim/.
 */
import { createHmac, createHash } from 'node:crypto'
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'

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

// ---------------------------------------------------------------------------- SigV4, by hand

export interface SigV4Input {
  flavour: 'AWS4' | 'OSC4'
  method: string
  path: string
  /** lower-case names → values */
  headers: Record<string, string>
  signedHeaders: string[]
  body: string
  secretKey: string
  /** YYYYMMDDTHHMMSSZ */
  date: string
  region: string
  service: string
}

const sha256 = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex')
const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest()

/** oapi-facts §2.3, step by step. */
export function computeSigV4(input: SigV4Input): {
  canonicalRequestHash: string
  signature: string
  scope: string
} {
  const terminator = input.flavour === 'AWS4' ? 'aws4_request' : 'osc4_request'
  const day = input.date.slice(0, 8)
  const canonicalHeaders = [...input.signedHeaders]
    .sort()
    .map((name) => `${name}:${(input.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('')
  const canonicalRequest = [
    input.method,
    input.path,
    '',
    canonicalHeaders,
    [...input.signedHeaders].sort().join(';'),
    sha256(input.body)
  ].join('\n')
  const canonicalRequestHash = sha256(canonicalRequest)
  const scope = `${day}/${input.region}/${input.service}/${terminator}`
  const stringToSign = [
    `${input.flavour}-HMAC-SHA256`,
    input.date,
    scope,
    canonicalRequestHash
  ].join('\n')
  let key = hmac(`${input.flavour}${input.secretKey}`, day)
  for (const part of [input.region, input.service, terminator]) key = hmac(key, part)
  return { canonicalRequestHash, signature: hmac(key, stringToSign).toString('hex'), scope }
}

export interface ParsedAuthorization {
  flavour: 'AWS4' | 'OSC4'
  accessKey: string
  day: string
  region: string
  service: string
  terminator: string
  signedHeaders: string[]
  signature: string
}

/** Splits "AWS4-HMAC-SHA256 Credential=AK/day/region/service/term, SignedHeaders=a;b, Signature=hex". */
export function parseAuthorization(header: string): ParsedAuthorization {
  const match =
    /^(AWS4|OSC4)-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/([a-z0-9_]+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      header
    )
  if (!match) throw new Error(`malformed Authorization header: ${header}`)
  const [, flavour, accessKey, day, region, service, terminator, signed, signature] = match
  return {
    flavour: flavour as 'AWS4' | 'OSC4',
    accessKey,
    day,
    region,
    service,
    terminator,
    signedHeaders: signed.split(';'),
    signature
  }
}

/** Recomputes the signature of a recorded request from what its Authorization header declares. */
export function verifyRecordedRequest(request: RecordedRequest, secretKey: string): boolean {
  const auth = parseAuthorization(String(request.headers.authorization))
  const dateHeader = auth.flavour === 'AWS4' ? 'x-amz-date' : 'x-osc-date'
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) headers[name] = String(value)
  const expected = computeSigV4({
    flavour: auth.flavour,
    method: request.method,
    path: request.path,
    headers,
    signedHeaders: auth.signedHeaders,
    body: request.body,
    secretKey,
    date: headers[dateHeader],
    region: auth.region,
    service: auth.service
  })
  return expected.signature === auth.signature && headers[dateHeader]?.slice(0, 8) === auth.day
}
