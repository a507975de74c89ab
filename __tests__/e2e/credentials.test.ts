/**
 * End to end, credentials as existing pipelines export them: the bundled action finds its keys,
 * region and endpoint in the deprecated OUTSCALE_* variables (warning about each, never showing a
 * value), and reaches a simulator that requires a TLS client certificate with the one named by
 * OSC_X509_CLIENT_CERT / OSC_X509_CLIENT_KEY; without it, it stops at the first call, saying why.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { ActionJob, readFromDiskImage } from '../helpers/action.js'
import { makeTestPki, type TestPki } from '../helpers/client-certificates.js'
import { expectNothingLeft } from '../helpers/leftovers.js'
import { privateNames } from '../helpers/private-names.js'
import { hasOpenssl } from '../helpers/tls-proxy.js'

// Root is the e2e tier's gate (jest.config.js); openssl, which makes the certificates, is this
// file's own, as in the sim tier's client-certificate tests.
const describeWithOpenssl = hasOpenssl() ? describe : describe.skip
if (!hasOpenssl()) console.warn('e2e/credentials: skipped, needs openssl')

const { mountPrefix, devicePath } = privateNames('e2e-creds')
const writes = /^(Create|Delete|Update|Link|Unlink)/

describeWithOpenssl('OUTSCALE_* credentials and a client certificate, end to end', () => {
  let dir: string
  let pki: TestPki
  let sim: Simulator
  let seed: { imageId: string }
  const simLog: string[] = []
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osc-chroot-e2e-pki-'))
    pki = makeTestPki(dir)
    sim = await startSimulator({
      latency: TEST_LATENCY,
      deviceNaming: 'outscale',
      tls: pki.server,
      log: (line) => simLog.push(line)
    })
    seed = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Creds-base' })
  })
  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })
  afterAll(async () => {
    await sim?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  /** A job whose only credentials are the OUTSCALE_* variables (the inputs are left empty). */
  function job(inputs: Record<string, string>, env: Record<string, string>): ActionJob {
    const created = new ActionJob(
      sim,
      { mount_path: `${mountPrefix}{{.Device}}`, device_path: devicePath, ...inputs },
      {
        INPUT_ACCESS_KEY: '',
        INPUT_SECRET_KEY: '',
        INPUT_CUSTOM_ENDPOINT_OAPI: '',
        OUTSCALE_ACCESSKEYID: sim.credentials.accessKey,
        OUTSCALE_SECRETKEYID: sim.credentials.secretKey,
        OUTSCALE_REGION: sim.region,
        OUTSCALE_OAPI_URL: sim.endpoint,
        // The simulator's server certificate is the test CA's.
        NODE_EXTRA_CA_CERTS: pki.caPath,
        ...env
      }
    )
    jobs.push(created)
    return created
  }

  it('builds with OUTSCALE_* keys over a connection authenticated by OSC_X509_CLIENT_CERT/KEY', async () => {
    const build = job(
      {
        source_omi: seed.imageId,
        omi_name: 'mtls-{{timestamp}}',
        provision: 'echo mtls > /etc/built'
      },
      { OSC_X509_CLIENT_CERT: pki.clientCertPath, OSC_X509_CLIENT_KEY: pki.clientKeyPath }
    )
    const main = await build.main()
    const post = await build.post()
    if (main.exitCode !== 0) throw new Error(`the action failed:\n${main.log}`)
    expect(main.outputs.omi_id).toMatch(/^ami-/)
    for (const [old, current] of [
      ['OUTSCALE_ACCESSKEYID', 'OSC_ACCESS_KEY'],
      ['OUTSCALE_SECRETKEYID', 'OSC_SECRET_KEY'],
      ['OUTSCALE_REGION', 'OSC_REGION'],
      ['OUTSCALE_OAPI_URL', 'OSC_ENDPOINT_API']
    ]) {
      expect(main.log).toContain(`${old}: deprecated; set ${current} instead`)
    }
    const written = build.everythingWritten([main, post])
    // Masked the moment it is read (its own ::add-mask:: line); nowhere else.
    const secret = sim.credentials.secretKey
    expect(main.log).toContain(`::add-mask::${secret}`)
    const leaks = written
      .split('\n')
      .filter((line) => line.includes(secret) && line !== `::add-mask::${secret}`)
    expect(leaks).toEqual([])
    const keyBody = readFileSync(pki.clientKeyPath, 'utf8').split('\n')[1]
    expect(written).not.toContain(keyBody)
    expect(simLog.join('\n')).toContain('client certificate CN=osc-chroot build accepted')
    const files = readFromDiskImage(sim.imageFile(main.outputs.snapshot_id), ['/etc/built'])
    expect(files['/etc/built'].content).toBe('mtls\n')
    expectNothingLeft(sim)
  })

  it('without a client certificate, stops at the first call and says which options to set', async () => {
    const before = sim.calls().length
    const build = job({ source_omi: seed.imageId, omi_name: 'no-cert-{{timestamp}}' }, {})
    const main = await build.main()
    await build.post()
    expect(main.exitCode).not.toBe(0)
    expect(main.log).toMatch(/wants a TLS client certificate it trusts: set x509_cert_path/)
    const calls = sim.calls().slice(before)
    expect(calls.filter((c) => writes.test(c.call))).toEqual([])
    expectNothingLeft(sim)
  })

  it('refuses a missing key file before any call, naming the option and the path', async () => {
    const before = sim.calls().length
    const missing = join(dir, 'nowhere.key')
    const build = job(
      {
        source_omi: seed.imageId,
        omi_name: 'bad-cert-{{timestamp}}',
        x509_cert_path: pki.clientCertPath,
        x509_key_path: missing
      },
      {}
    )
    const main = await build.main()
    expect(main.exitCode).not.toBe(0)
    expect(main.log).toContain(`x509_key_path: "${missing}" does not exist`)
    expect(sim.calls().length).toBe(before)
  })
})
