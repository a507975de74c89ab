/**
 * buildAndReport: the decisions the action and the CLI share (sweep or not, build or not, what
 * fails the run, what duration_seconds counts, which outputs are set), with the sweep, the build
 * and the manifest writer replaced by recording fakes and the clock by a manual one.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { buildAndReport, type RunParts, type RunRequest } from '../../src/build-and-report.js'
import type { BuildConfig } from '../../src/config/index.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import type { BuildRun } from '../../src/pipeline/pipeline.js'
import type { PipelineResult } from '../../src/pipeline/runner.js'
import type { Orphan, SweepReport } from '../../src/pipeline/sweep.js'

/** Only the fields the shared path and the report functions read. */
function configWith(fields: Partial<BuildConfig>): BuildConfig {
  return { omiName: 'app-1', cleanupOrphans: 0, dryRun: false, ...fields } as BuildConfig
}

function orphan(id: string): Orphan {
  return { kind: 'volume', id, buildId: 'run-1-1-dead', createdAt: '2026-01-01T00:00:00Z' }
}

function sweepReport(fields: Partial<SweepReport> = {}): SweepReport {
  return {
    dryRun: false,
    olderThanSeconds: 21600,
    orphans: [],
    skipped: [],
    products: [],
    young: 0,
    deleted: [],
    failed: [],
    ...fields
  }
}

const succeeded: PipelineResult = { outcome: 'succeeded', timings: [] }

function builtRun(config: BuildConfig, result: PipelineResult = succeeded): BuildRun {
  const context = {
    config,
    region: 'eu-west-2',
    subregion: 'eu-west-2a',
    image: { ImageId: 'ami-12345678' },
    snapshot: { SnapshotId: 'snap-12345678' },
    sourceImage: { ImageId: 'ami-87654321' },
    deviceName: '/dev/xvdf'
  } as unknown as BuildContext
  return { context, result }
}

/** Fakes that record the order of events; the clock moves only when a fake says so. */
function fakeParts(options: {
  sweep?: () => SweepReport
  build?: (config: BuildConfig) => BuildRun
  sweepMs?: number
  buildMs?: number
}) {
  let clock = 1_000
  const events: string[] = []
  const manifests: { path: string; seconds: number }[] = []
  const parts: RunParts = {
    now: () => clock,
    newBuildId: () => 'local-feedc0de',
    runSweep: async () => {
      events.push('sweep')
      clock += options.sweepMs ?? 0
      return (options.sweep ?? (() => sweepReport()))()
    },
    runBuild: async ({ config, buildId, journalPath }) => {
      events.push(`build ${buildId} ${journalPath.endsWith(`journal-${buildId}.json`)}`)
      clock += options.buildMs ?? 0
      return (options.build ?? ((c) => builtRun(c)))(config)
    },
    writeManifest: (path, _context, _result, seconds) => {
      events.push('manifest')
      manifests.push({ path, seconds })
    }
  }
  return { parts, events, manifests }
}

function request(config: BuildConfig, fields: Partial<RunRequest> = {}): RunRequest {
  return { config, signal: new AbortController().signal, ...fields }
}

let stdout: string[] = []
const logged = () => stdout.join('')

beforeEach(() => {
  // The log goes through @actions/core, as workflow commands on stdout: captured and read here.
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
})

describe('duration_seconds', () => {
  it('counts the build alone: it starts after the sweep', async () => {
    const { parts, manifests } = fakeParts({ sweepMs: 600_000, buildMs: 42_000 })
    const report = await buildAndReport(request(configWith({ cleanupOrphans: 21600 })), parts)

    expect(report.failure).toBeUndefined()
    expect(report.outputs.duration_seconds).toBe('42')
    expect(report.build?.seconds).toBe(42)
    // The manifest says the same as the output.
    expect(manifests).toEqual([{ path: report.outputs.manifest, seconds: 42 }])
  })

  it('counts a failed build too, up to the end of its cleanup', async () => {
    const failed: PipelineResult = {
      outcome: 'failed',
      error: new Error('StepMount: boom'),
      timings: []
    }
    const { parts } = fakeParts({ buildMs: 7_400, build: (c) => builtRun(c, failed) })
    const report = await buildAndReport(request(configWith({})), parts)
    expect(report.outputs.duration_seconds).toBe('7')
    expect(report.failure?.message).toBe('StepMount: boom')
  })
})

describe('the sweep and the build', () => {
  it('builds without sweeping when cleanup_orphans is 0, and sets no orphans_deleted', async () => {
    const { parts, events } = fakeParts({})
    const report = await buildAndReport(request(configWith({})), parts)
    expect(events).toEqual(['build local-feedc0de true', 'manifest'])
    expect(report.sweep).toBeUndefined()
    expect(report.outputs).not.toHaveProperty('orphans_deleted')
    expect(report.outputs).toMatchObject({
      omi_id: 'ami-12345678',
      omi_name: 'app-1',
      snapshot_id: 'snap-12345678',
      source_omi_id: 'ami-87654321',
      region: 'eu-west-2',
      subregion: 'eu-west-2a',
      device: '/dev/xvdf'
    })
    expect(logged()).toContain('OMI ami-12345678 is ready.')
  })

  it('sweeps first, reports the sweep before the build starts, then builds', async () => {
    const { parts, events } = fakeParts({
      sweep: () => sweepReport({ deleted: [orphan('vol-00000001'), orphan('vol-00000002')] })
    })
    const report = await buildAndReport(
      request(configWith({ cleanupOrphans: 21600 }), {
        onSweep: async () => void events.push('onSweep'),
        onBuildStart: ({ buildId }) => void events.push(`onBuildStart ${buildId}`)
      }),
      parts
    )
    expect(events).toEqual([
      'sweep',
      'onSweep',
      'onBuildStart local-feedc0de',
      'build local-feedc0de true',
      'manifest'
    ])
    expect(report.outputs.orphans_deleted).toBe('vol-00000001 vol-00000002')
    expect(report.failure).toBeUndefined()
  })

  it('warns and builds anyway when the sweep before a build fails', async () => {
    const { parts, events } = fakeParts({
      sweep: () => {
        throw new Error('ReadVolumes: 503')
      }
    })
    const report = await buildAndReport(request(configWith({ cleanupOrphans: 21600 })), parts)
    expect(events).toEqual(['sweep', 'build local-feedc0de true', 'manifest'])
    expect(report.failure).toBeUndefined()
    expect(logged()).toContain(
      '::warning::The orphan sweep failed; building anyway. ReadVolumes: 503'
    )
  })

  it('warns and builds anyway when the sweep before a build could not delete everything', async () => {
    const { parts, events } = fakeParts({
      sweep: () => sweepReport({ failed: [{ orphan: orphan('vol-00000003'), reason: 'busy' }] })
    })
    const report = await buildAndReport(request(configWith({ cleanupOrphans: 21600 })), parts)
    expect(events).toContain('manifest')
    expect(report.failure).toBeUndefined()
    expect(logged()).toContain('::warning::the orphan sweep could not delete 1 resource(s)')
  })

  it('does not build once cancelled during the sweep', async () => {
    const controller = new AbortController()
    const { parts, events } = fakeParts({
      sweep: () => {
        controller.abort(new Error('the build was cancelled (SIGTERM)'))
        throw new Error('the build was cancelled (SIGTERM)')
      }
    })
    const report = await buildAndReport(
      { config: configWith({ cleanupOrphans: 21600 }), signal: controller.signal },
      parts
    )
    expect(events).toEqual(['sweep'])
    expect(report.failure?.message).toBe('the build was cancelled (SIGTERM)')
  })

  it('reports a build that failed before creating anything, keeping the sweep output', async () => {
    const { parts, events } = fakeParts({
      sweep: () => sweepReport({ deleted: [orphan('vol-00000004')] }),
      build: () => {
        throw new Error('region is eu-west-2 but this runner VM is in us-east-2')
      }
    })
    const report = await buildAndReport(request(configWith({ cleanupOrphans: 21600 })), parts)
    expect(events).toEqual(['sweep', 'build local-feedc0de true'])
    expect(report.build).toBeUndefined()
    expect(report.outputs).toEqual({ orphans_deleted: 'vol-00000004' })
    expect(report.failure?.message).toMatch(/^region is eu-west-2/)
  })

  it('fails with the build error, after writing the manifest and the outputs', async () => {
    const cancelled: PipelineResult = {
      outcome: 'cancelled',
      error: new Error('the build was cancelled (SIGINT) during StepProvision'),
      timings: []
    }
    const { parts, events } = fakeParts({ build: (c) => builtRun(c, cancelled) })
    const report = await buildAndReport(request(configWith({})), parts)
    expect(events).toEqual(['build local-feedc0de true', 'manifest'])
    expect(report.outputs.omi_id).toBe('ami-12345678')
    expect(report.failure).toBe(cancelled.error)
    expect(logged()).not.toContain('is ready')
  })
})

describe('when the sweep is the whole run', () => {
  const sweepOnlyConfig = configWith({ omiName: '', cleanupOrphans: 21600 })

  it('does not build when omi_name is not set, and says so', async () => {
    const { parts, events } = fakeParts({ sweep: () => sweepReport({ deleted: [orphan('v-1')] }) })
    const report = await buildAndReport(request(sweepOnlyConfig), parts)
    expect(events).toEqual(['sweep'])
    expect(report.outputs).toEqual({ orphans_deleted: 'v-1' })
    expect(report.failure).toBeUndefined()
    expect(logged()).toContain('the orphan sweep was the whole run, no OMI is built')
  })

  it('does not build when asked to only sweep, even with omi_name set (osc-chroot sweep)', async () => {
    const { parts, events } = fakeParts({})
    const report = await buildAndReport(
      request(configWith({ cleanupOrphans: 21600 }), { sweepOnly: true }),
      parts
    )
    expect(events).toEqual(['sweep'])
    expect(report.failure).toBeUndefined()
    expect(logged()).not.toContain('omi_name is not set')
  })

  it('fails when the sweep fails', async () => {
    const { parts } = fakeParts({
      sweep: () => {
        throw new Error('cleanup_orphans: no account id. Or set cleanup_orphans: 0.')
      }
    })
    const report = await buildAndReport(request(sweepOnlyConfig), parts)
    expect(report.failure?.message).toMatch(/^cleanup_orphans: no account id/)
    expect(logged()).not.toContain('::warning::')
  })

  it('fails when the sweep could not delete a resource, keeping what it did delete', async () => {
    const { parts } = fakeParts({
      sweep: () =>
        sweepReport({
          deleted: [orphan('vol-00000005')],
          failed: [{ orphan: orphan('vol-00000006'), reason: 'busy' }]
        })
    })
    const report = await buildAndReport(request(sweepOnlyConfig), parts)
    expect(report.failure?.message).toBe(
      'the orphan sweep could not delete 1 resource(s) (listed above)'
    )
    expect(report.outputs).toEqual({ orphans_deleted: 'vol-00000005' })
  })
})
