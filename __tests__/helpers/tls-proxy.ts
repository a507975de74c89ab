/**
 * An HTTPS front for the simulator with a self-signed certificate (made with openssl for the
 * test, never stored): what a client that checks certificates must refuse, and one told to skip
 * the check must reach. Requests are passed on untouched (Host included, so signatures hold).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TlsProxy {
  /** https://127.0.0.1:<port>/api/v1 */
  endpoint: string
  /** How many requests got through the TLS handshake. */
  requests(): number
  close(): Promise<void>
}

/** Whether openssl is there to make a certificate. */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** A throwaway key and certificate for 127.0.0.1 (its temporary files are removed at once). */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        // An EC key: generating an RSA 2048 one took 0.4 s to over a second of CPU, per certificate.
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem')
      ],
      { stdio: 'ignore' }
    )
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Starts the proxy in front of an http:// endpoint such as the simulator's. */
export async function startTlsProxy(target: string): Promise<TlsProxy> {
  const upstream = new URL(target)
  let count = 0
  const server = createServer(selfSignedCertificate(), (incoming, answer) => {
    count++
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers
      },
      (reply) => {
        answer.writeHead(reply.statusCode ?? 502, reply.headers)
        reply.pipe(answer)
      }
    )
    forwarded.on('error', () => answer.destroy())
    incoming.pipe(forwarded)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `https://127.0.0.1:${port}${upstream.pathname}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
