/**
 * The build's first steps against the simulator: the independent reads (credentials, OMI name,
 * runner VM, source OMI) go out at the same time, and the runner VM is read once. The simulator
 * answers each request 250 ms after it arrives without holding up the others (answerDelayMs), so
 * its call log shows whether the requests overlapped or queued behind one another.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { OapiClient } from '../../src/oapi/index.js'
import { createHostRunner } from '../../src/host/exec.js'
import type { BuildConfig } from '../../src/config/types.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import { Journal } from '../../src/pipeline/journal.js'
import { buildSteps } from '../../src/pipeline/pipeline.js'
import { runSteps, type PipelineResult } from '../../src/pipeline/runner.js'
import { captureLog } from '../helpers/log-sink.js'

const answerDelayMs = 250

describe('the first reads', () => {
  let sim: Simulator
  let sourceOmi: string
  let work: string
  const clients: OapiClient[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, answerDelayMs })
    // A registered image needs no block device: ReadImages finds it like any other.
    sourceOmi = (await sim.seedImage({ kind: 'ext4-partitioned', name: 'First-reads-base' }))
      .imageId
    work = mkdtempSync(join(tmpdir(), 'first-reads-'))
  })

  afterAll(async () => {
    for (const client of clients) await client.close()
    await sim?.stop()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  /** Runs the checks (the steps before the mount path is claimed) as a build does. */
  async function runChecks(
    config: Partial<BuildConfig>,
    secretKey = sim.credentials.secretKey
  ): Promise<{ result: PipelineResult; calls: ReturnType<Simulator['calls']> }> {
    const client = new OapiClient({
      endpoint: sim.endpoint,
      region: sim.region,
      accessKey: sim.credentials.accessKey,
      secretKey,
      retry: { baseDelayMs: 10, maxDelayMs: 50 }
    })
    clients.push(client)
    const context = {
      config: {
        dryRun: true,
        fromScratch: false,
        forceDeregister: false,
        omiName: `first-reads-${clients.length}`,
        omiDescription: '',
        sourceOmi,
        tags: {},
        snapshotTags: {},
        rootVolumeTags: {},
        provision: '',
        provisionScripts: [],
        provisionHostCommands: [],
        ...config
      } as unknown as BuildConfig,
      client,
      host: createHostRunner(),
      journal: new Journal(join(work, `journal-${clients.length}.json`), {
        buildId: 'first-reads',
        region: sim.region,
        endpoint: sim.endpoint
      }),
      signal: new AbortController().signal,
      poll: { initialMs: 10, maxMs: 10, factor: 1 },
      buildId: 'first-reads',
      startedAt: new Date().toISOString(),
      region: sim.region,
      subregion: sim.subregion,
      vmId: sim.vmId
    } as BuildContext
    const checks = buildSteps.slice(
      0,
      buildSteps.findIndex((s) => s.name === 'StepRenderTemplates') + 1
    )
    const before = sim.calls().length
    const logged = captureLog()
    try {
      const result = await runSteps(checks, context, context.signal, async () => {})
      return { result, calls: sim.calls().slice(before) }
    } finally {
      logged.restore()
    }
  }

  it('go out at the same time, the runner VM read once', async () => {
    const { result, calls } = await runChecks({})
    expect(result.error).toBeUndefined()
    expect(calls.map((c) => c.call).sort()).toEqual([
      'ReadAccounts',
      'ReadImages', // the name check, after ReadAccounts
      'ReadImages', // the source OMI
      'ReadVms'
    ])
    // ReadVms, ReadAccounts and the source's ReadImages all arrived before the first of them was
    // answered: one after another, each would have waited answerDelayMs for the one before.
    const independent = calls.slice(0, 3)
    expect(independent.map((c) => c.call).sort()).toEqual(['ReadAccounts', 'ReadImages', 'ReadVms'])
    const arrivals = independent.map((c) => c.at)
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(answerDelayMs / 2)
    // The name check's ReadImages needs the account id: it goes once ReadAccounts is answered.
    expect(calls[3]).toMatchObject({ call: 'ReadImages' })
    expect(calls[3].at - calls[0].at).toBeGreaterThanOrEqual(answerDelayMs - 5)
    expect(result.timings.map((t) => [t.name, t.status])).toEqual([
      ['StepCheckCredentials', 'done'],
      ['StepPrevalidateName', 'done'],
      ['StepVmInfo', 'done'],
      ['StepSourceOmi', 'done'],
      ['StepCheckSandbox', 'skipped'],
      ['StepRenderTemplates', 'done'],
      ['Cleanup', 'done']
    ])
  })

  it('owners: [self] waits for the account id, which the name check and the source share', async () => {
    const { result, calls } = await runChecks({
      sourceOmi: '',
      sourceOmiFilter: {
        filters: { 'image-name': ['First-reads-base'] },
        owners: ['self'],
        mostRecent: true
      }
    } as Partial<BuildConfig>)
    expect(result.error).toBeUndefined()
    expect(calls.filter((c) => c.call === 'ReadAccounts')).toHaveLength(1)
    expect(calls.filter((c) => c.call === 'ReadVms')).toHaveLength(1)
  })

  it('wrong keys: the credential check explains the 401, whichever read was refused first', async () => {
    const { result, calls } = await runChecks({}, 'not-the-secret-key')
    expect(result.outcome).toBe('failed')
    expect(result.error?.message).toMatch(
      /^StepCheckCredentials: the Outscale API refused the credentials in region/
    )
    // Every step was awaited: nothing was still in flight when the checks ended.
    expect(calls.every((c) => c.status === 401)).toBe(true)
    expect(result.timings.filter((t) => t.status === 'failed').map((t) => t.name)).toEqual([
      'StepCheckCredentials',
      'StepPrevalidateName',
      'StepVmInfo',
      'StepSourceOmi'
    ])
  })
})
