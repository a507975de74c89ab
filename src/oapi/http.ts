/**
 * The HTTP requests of the OAPI and metadata clients, on node:http and node:https with keep-alive
 * agents. (undici's fetch did the same job with about 35 MB more resident memory per process:
 * its HTTP parser is WebAssembly, compiled at the first request; measured with the benchmark,
 * bench/README.md.)
 */
import http from 'node:http'
import https from 'node:https'

export interface HttpAgentOptions {
  /** Check the server's TLS certificate (https only). */
  rejectUnauthorized: boolean
  /** PEM client certificate and private key presented in the TLS handshake (https only). */
  clientCertificate?: { cert: Buffer; key: Buffer }
}

/** A keep-alive agent for the URL's scheme; destroy() it when done. */
export function createAgent(url: string, options: HttpAgentOptions): http.Agent {
  if (new URL(url).protocol !== 'https:') return new http.Agent({ keepAlive: true })
  return new https.Agent({
    keepAlive: true,
    rejectUnauthorized: options.rejectUnauthorized,
    ...options.clientCertificate
  })
}

export interface HttpRequest {
  method: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  agent: http.Agent
  /** The request fails when nothing happens for this long: connecting, waiting, or reading. */
  timeoutMs: number
  signal?: AbortSignal
}

export interface HttpReply {
  status: number
  text: string
}

/** What a request that hit its timeoutMs fails with. */
export class HttpTimeoutError extends Error {
  readonly code = 'ETIMEDOUT'
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`)
    this.name = 'HttpTimeoutError'
  }
}

/**
 * What a request fails with when it provably never reached the server: the connection (and, for
 * https, the TLS handshake) was not established, so not one byte of the request was written.
 * Such a request may be sent again whatever the call (see retry.ts).
 */
export class RequestNotSentError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'RequestNotSentError'
  }
}

/** Sends one request and reads the whole reply; rejects on network errors, timeout or abort. */
export function send(url: string, request: HttpRequest): Promise<HttpReply> {
  const target = new URL(url)
  const transport = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    let connected = false
    const outgoing = transport.request(
      target,
      {
        method: request.method,
        headers: request.headers,
        agent: request.agent,
        signal: request.signal
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8')
          })
        )
      }
    )
    outgoing.setTimeout(request.timeoutMs, () =>
      outgoing.destroy(new HttpTimeoutError(request.timeoutMs))
    )
    // A keep-alive socket taken from the pool is connected already; a new one is once its
    // handshake is done. Until then the request cannot have been written.
    outgoing.on('socket', (socket) => {
      if (!socket.connecting) connected = true
      else
        socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
          connected = true
        })
    })
    outgoing.on('error', (error) => reject(connected ? error : new RequestNotSentError(error)))
    outgoing.end(request.body)
  })
}
