/**
 * A throwaway certificate authority for mutual-TLS tests, made with openssl in the test's own
 * directory: a server certificate for 127.0.0.1 and a client certificate, both signed by it (so
 * NODE_EXTRA_CA_CERTS=<ca.pem> makes a child process trust the server), and a second client
 * certificate signed by another authority, which the server must refuse.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface TestPki {
  /** Files under the directory given (PEM). */
  caPath: string
  clientCertPath: string
  clientKeyPath: string
  /** A client certificate and key from an authority the server does not trust. */
  strangerCertPath: string
  strangerKeyPath: string
  /** For the simulator's `tls` option. */
  server: { key: string; cert: string; clientCa: string }
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: 'ignore' })
}

/** A key and a certificate for `subject`, signed by the CA (or self-signed when ca is absent). */
function issue(
  dir: string,
  name: string,
  subject: string,
  ca?: { cert: string; key: string },
  extra: string[] = []
): { cert: string; key: string } {
  const cert = join(dir, `${name}.pem`)
  const key = join(dir, `${name}.key`)
  openssl([
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
    subject,
    ...(ca ? ['-CA', ca.cert, '-CAkey', ca.key] : []),
    ...extra,
    '-keyout',
    key,
    '-out',
    cert
  ])
  return { cert, key }
}

export function makeTestPki(dir: string): TestPki {
  const ca = issue(dir, 'ca', '/CN=osc-chroot test CA', undefined, [
    '-addext',
    'basicConstraints=critical,CA:TRUE'
  ])
  const server = issue(dir, 'server', '/CN=127.0.0.1', ca, [
    '-addext',
    'subjectAltName=IP:127.0.0.1'
  ])
  const client = issue(dir, 'client', '/CN=osc-chroot build', ca)
  const otherCa = issue(dir, 'other-ca', '/CN=someone else', undefined, [
    '-addext',
    'basicConstraints=critical,CA:TRUE'
  ])
  const stranger = issue(dir, 'stranger', '/CN=stranger', otherCa)
  return {
    caPath: ca.cert,
    clientCertPath: client.cert,
    clientKeyPath: client.key,
    strangerCertPath: stranger.cert,
    strangerKeyPath: stranger.key,
    server: {
      key: readFileSync(server.key, 'utf8'),
      cert: readFileSync(server.cert, 'utf8'),
      clientCa: readFileSync(ca.cert, 'utf8')
    }
  }
}
