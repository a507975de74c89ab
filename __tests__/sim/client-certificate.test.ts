/**
 * TLS client authentication against the simulator in its mutual-TLS mode: the client presents
 * x509_cert_path/x509_key_path in the handshake; without them, or with a certificate from another
 * authority, the server ends the handshake and no call gets through.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { OapiClient } from '../../src/oapi/index.js'
import { log } from '../../src/log.js'
import { makeTestPki, type TestPki } from '../helpers/client-certificates.js'
import { hasOpenssl } from '../helpers/tls-proxy.js'

const describeWithOpenssl = hasOpenssl() ? describe : describe.skip
if (!hasOpenssl()) console.warn('client-certificate: skipped, needs openssl')

describeWithOpenssl('a client certificate on the API connection', () => {
  let dir: string
  let pki: TestPki
  let sim: Simulator
  const simLog: string[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osc-chroot-pki-'))
    pki = makeTestPki(dir)
    sim = await startSimulator({
      latency: TEST_LATENCY,
      tls: pki.server,
      log: (line) => simLog.push(line)
    })
  })

  afterAll(async () => {
    await sim?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  /** The server's certificate is the test CA's, which this process does not trust: not checked. */
  function client(clientCertificate?: { certPath: string; keyPath: string }): OapiClient {
    const quiet = log.warning
    log.warning = () => undefined // the insecure_skip_tls_verify warning
    try {
      return new OapiClient({
        endpoint: sim.endpoint,
        region: sim.region,
        accessKey: sim.credentials.accessKey,
        secretKey: sim.credentials.secretKey,
        insecureSkipTlsVerify: true,
        clientCertificate,
        retry: { maxAttempts: 1 }
      })
    } finally {
      log.warning = quiet
    }
  }

  it('is served over https', () => {
    expect(sim.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api\/v1$/)
  })

  it('gets through with the certificate the server trusts', async () => {
    const api = client({ certPath: pki.clientCertPath, keyPath: pki.clientKeyPath })
    try {
      const [account] = await api.readAccounts()
      expect(account.AccountId).toBe(sim.accountId)
    } finally {
      await api.close()
    }
    expect(simLog.join('\n')).toContain('client certificate CN=osc-chroot build accepted')
  })

  it('is refused without a certificate: the call never reaches the API', async () => {
    const before = sim.calls().length
    const api = client()
    const error = await api.readAccounts().catch((e: unknown) => e)
    await api.close()
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /wants a TLS client certificate it trusts: set x509_cert_path/
    )
    expect(sim.calls().length).toBe(before)
    expect(simLog.join('\n')).toMatch(/tls: handshake refused: .*certificate/i)
  })

  it('is refused with a certificate from another authority', async () => {
    const before = sim.calls().length
    const api = client({ certPath: pki.strangerCertPath, keyPath: pki.strangerKeyPath })
    const error = await api.readAccounts().catch((e: unknown) => e)
    await api.close()
    expect(error).toBeInstanceOf(Error)
    expect(sim.calls().length).toBe(before)
  })

  it('names an unreadable key file, never its content', () => {
    const missing = join(dir, 'missing.key')
    expect(() => client({ certPath: pki.clientCertPath, keyPath: missing })).toThrow(
      `x509_key_path "${missing}" cannot be read (ENOENT).`
    )
  })
})
