/**
 * Secrets and trust, through the bundled action (main, then post) against the simulator.
 *
 * The secret key never appears in anything the action writes - the log (but for the runner's
 * own ::add-mask:: command, which is how it gets masked), the outputs, the job summary, the saved
 * state, the journal and the manifest - whether the build succeeds, fails while provisioning, is
 * refused by the API, or reads the key from a config file. TLS certificates are checked unless
 * insecure_skip_tls_verify says otherwise. (Choosing a source by filters without owners is
 * refused: see e2e-bad-input.)
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { ActionJob, type Inputs, type StepResult } from '../helpers/action.js'
import { hasOpenssl, startTlsProxy, type TlsProxy } from '../helpers/tls-proxy.js'

const canMakeCertificates = hasOpenssl()
if (!canMakeCertificates) console.warn('e2e-secrets: TLS cases skipped, openssl is not installed')
const describeTls = canMakeCertificates ? describe : describe.skip

/** Every line that holds the secret, but for the ::add-mask:: command that masks it. */
function leaks(written: string, secret: string): string[] {
  return written
    .split('\n')
    .filter((line) => line.includes(secret) && line !== `::add-mask::${secret}`)
}

describe('secrets and trust, through the bundled action', () => {
  let sim: Simulator
  let baseImage: string
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    baseImage = (await sim.seedImage({ kind: 'ext4-partitioned', name: 'Secrets-base' })).imageId
  })

  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })

  afterAll(async () => {
    await sim?.stop()
  })

  /** main then post, as a runner runs them; both results and everything the job wrote. */
  async function run(
    inputs: Inputs,
    env: Record<string, string> = {},
    files: Record<string, string> = {}
  ): Promise<{ main: StepResult; post: StepResult; written: string; job: ActionJob }> {
    const job = new ActionJob(sim, inputs, env)
    jobs.push(job)
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(job.workspace, name), content)
    }
    const main = await job.main()
    const post = await job.post()
    return { main, post, written: job.everythingWritten([main, post]), job }
  }

  const build = (extra: Inputs = {}): Inputs => ({
    source_omi: baseImage,
    omi_name: 'secrets-{{timestamp}}',
    ...extra
  })

  it('a successful build writes the secret key nowhere', async () => {
    const { main, written, job } = await run(build({ provision: 'echo ok > /etc/ok' }))
    expect(main.exitCode).toBe(0)
    // The search covers the files it should: outputs, state, summary, journal and manifest.
    expect(written).toContain(main.outputs.omi_id)
    expect(job.savedState().journal).toMatch(/journal-.*\.json$/)
    expect(written).toContain('"buildId"')
    expect(written).toContain('"builder_type": "osc-chroot"')
    expect(main.log).toContain(`::add-mask::${sim.credentials.secretKey}`)
    expect(leaks(written, sim.credentials.secretKey)).toEqual([])
  })

  it('a build that fails while provisioning, and its post step, write it nowhere', async () => {
    const { main, post, written } = await run(
      build({ provision: 'echo about to fail\nexit 1', kill_chroot_processes: 'true' })
    )
    expect(main.exitCode).not.toBe(0)
    expect(main.log).toMatch(/::error::.*provision/)
    expect(post.exitCode).toBe(0)
    expect(leaks(written, sim.credentials.secretKey)).toEqual([])
  })

  it('a secret key the API refuses is not shown in the error', async () => {
    const wrong = 'WRONG-secret-key-0123456789abcdefghijklmn'
    const { main, written } = await run(build({ secret_key: wrong }))
    expect(main.exitCode).not.toBe(0)
    expect(main.log).toMatch(/::error::.*(401|403|AccessDenied|AuthFailure|signature)/i)
    expect(leaks(written, wrong)).toEqual([])
  })

  it('a secret key from config_file or from OSC_SECRET_KEY is masked and written nowhere', async () => {
    const fromFile = await run(
      build({ access_key: '', secret_key: '', config_file: 'build.yml' }),
      {},
      {
        'build.yml': `access_key: ${sim.credentials.accessKey}\nsecret_key: ${sim.credentials.secretKey}\n`
      }
    )
    expect(fromFile.main.exitCode).toBe(0)
    expect(fromFile.main.log).toContain(`::add-mask::${sim.credentials.secretKey}`)
    expect(leaks(fromFile.written, sim.credentials.secretKey)).toEqual([])

    const fromEnv = await run(build({ access_key: '', secret_key: '', dry_run: 'true' }), {
      OSC_ACCESS_KEY: sim.credentials.accessKey,
      OSC_SECRET_KEY: sim.credentials.secretKey
    })
    expect(fromEnv.main.exitCode).toBe(0)
    expect(fromEnv.main.log).toContain(`::add-mask::${sim.credentials.secretKey}`)
    expect(leaks(fromEnv.written, sim.credentials.secretKey)).toEqual([])
  })

  describeTls('TLS', () => {
    let proxy: TlsProxy

    beforeAll(async () => {
      proxy = await startTlsProxy(sim.endpoint)
    })
    afterAll(async () => {
      await proxy?.close()
    })

    it('refuses an endpoint whose certificate it cannot verify', async () => {
      const before = proxy.requests()
      const { main } = await run(build({ custom_endpoint_oapi: proxy.endpoint, dry_run: 'true' }))
      expect(main.exitCode).not.toBe(0)
      expect(main.log).toMatch(/::error::.*(certificate|self.signed|TLS)/i)
      expect(proxy.requests() - before).toBe(0)
    })

    it('reaches it with insecure_skip_tls_verify, and warns', async () => {
      const before = proxy.requests()
      const { main } = await run(
        build({
          custom_endpoint_oapi: proxy.endpoint,
          insecure_skip_tls_verify: 'true',
          dry_run: 'true'
        })
      )
      if (main.exitCode !== 0) throw new Error(`the dry run failed:\n${main.log}`)
      expect(main.log).toMatch(/::warning::insecure_skip_tls_verify is on/)
      expect(proxy.requests() - before).toBeGreaterThan(0)
    })
  })
})
