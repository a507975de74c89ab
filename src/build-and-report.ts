/**
 * What a run does once its configuration is loaded, for the action (main.ts) and the CLI (cli.ts)
 * alike: the orphan sweep if cleanup_orphans asks for one, then the build, its manifest and its
 * outputs. The callers only read their inputs and report the result (the action: outputs, job
 * summary, step failure; the CLI: JSON on stdout, exit code), so both make the same decisions:
 *
 * - The sweep runs before the build. When it is all the run does (no omi_name, or the CLI's
 *   `sweep` command), its failure, or a resource it could not delete, fails the run; before a
 *   build it only warns, since the build does not depend on it.
 * - duration_seconds counts the build alone: from the moment the build starts (after the sweep)
 *   to its cleanup's end. It is the build's duration in the manifest, next to the steps' timings
 *   that add up to it; a sweep's time depends on what other, dead builds left behind, and the
 *   step's total time is already shown by the runner.
 */
import type { BuildConfig } from './config/index.js'
import { sweepsOnly } from './config/index.js'
import { log } from './log.js'
import type { BuildContext } from './pipeline/context.js'
import { journalPathFor, manifestPathFor, newBuildId } from './pipeline/identity.js'
import { runBuild, type BuildRun } from './pipeline/pipeline.js'
import { buildOutputs, writeManifest, type BuildOutputs } from './pipeline/report.js'
import type { PipelineResult } from './pipeline/runner.js'
import { runSweep, type SweepReport } from './pipeline/sweep.js'

/** The action's outputs: the build's and the sweep's. */
export type RunOutputs = Partial<BuildOutputs> & { orphans_deleted?: string }

export interface FinishedBuild {
  context: BuildContext
  result: PipelineResult
  manifestPath: string
  /** The build's duration (see above), as in the manifest and duration_seconds. */
  seconds: number
}

export interface RunReport {
  /** The sweep's report, when one ran and finished. */
  sweep?: SweepReport
  /** The build, when one ran (whatever its outcome). */
  build?: FinishedBuild
  /** What the action sets as outputs (orphans_deleted once a sweep ran; the build's once it ran). */
  outputs: RunOutputs
  /** Why the run failed; undefined when it did not. */
  failure?: Error
  /** prepare's build, open at its ready chroot (only when prepare got there). */
  opened?: BuildRun
}

export interface RunRequest {
  config: BuildConfig
  signal: AbortSignal
  /** Only sweep, even if omi_name is set (`osc-chroot sweep`). */
  sweepOnly?: boolean
  /** Called once the sweep is over (the action writes its summary then, before a long build). */
  onSweep?: (report: SweepReport) => Promise<void>
  /** Called with the build's journal before anything is created (the action saves it as state). */
  onBuildStart?: (build: { buildId: string; journalPath: string }) => void
  /**
   * Split mode's prepare: the build stops at the ready chroot and stays open; once there, the
   * report has `opened` instead of a manifest and the build's outputs.
   */
  part?: 'prepare'
}

/** What the run calls; tests replace them. */
export interface RunParts {
  runSweep: typeof runSweep
  runBuild: typeof runBuild
  writeManifest: typeof writeManifest
  newBuildId: () => string
  /** Milliseconds, for the build's duration. */
  now: () => number
}

const realParts: RunParts = {
  runSweep,
  runBuild,
  writeManifest,
  newBuildId: () => newBuildId(),
  now: () => performance.now()
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

/** Sweep (if asked), build (unless only sweeping), manifest, outputs. Never throws: see failure. */
export async function buildAndReport(
  request: RunRequest,
  parts: RunParts = realParts
): Promise<RunReport> {
  const { config, signal } = request
  const onlySweep = request.sweepOnly === true || sweepsOnly(config)
  const report: RunReport = { outputs: {} }

  if (onlySweep || config.cleanupOrphans > 0) {
    try {
      report.sweep = await log.group('Sweeping orphaned resources', () =>
        parts.runSweep(config, signal)
      )
    } catch (error) {
      if (onlySweep || signal.aborted) return { ...report, failure: asError(error) }
      log.warning(`The orphan sweep failed; building anyway. ${asError(error).message}`)
    }
  }
  if (report.sweep) {
    report.outputs.orphans_deleted = report.sweep.deleted.map((orphan) => orphan.id).join(' ')
    await request.onSweep?.(report.sweep)
    const failed = report.sweep.failed.length
    if (failed > 0) {
      const message = `the orphan sweep could not delete ${failed} resource(s) (listed above)`
      if (onlySweep) return { ...report, failure: new Error(message) }
      log.warning(message)
    }
  }
  if (onlySweep) {
    if (!request.sweepOnly) {
      log.info('omi_name is not set: the orphan sweep was the whole run, no OMI is built.')
    }
    return report
  }

  const started = parts.now()
  const buildId = parts.newBuildId()
  const journalPath = journalPathFor(buildId)
  request.onBuildStart?.({ buildId, journalPath })
  let run
  try {
    const part = request.part ? { part: request.part } : {}
    run = await parts.runBuild({ config, buildId, journalPath, signal, ...part })
  } catch (error) {
    // Thrown before anything was created (not on an Outscale VM, not root, wrong region).
    return { ...report, failure: asError(error) }
  }
  if (request.part === 'prepare' && !config.dryRun && !run.result.error) {
    log.info(`The chroot at ${run.context.mountPath} is ready; build ${buildId} stays open.`)
    return { ...report, opened: run }
  }
  return reportBuild(report, run, (parts.now() - started) / 1000, parts)
}

/**
 * A build that ran to its end (all-in-one, or split mode's finish): its manifest, its outputs,
 * and its failure if it failed. `seconds` is its duration (see the top of this file).
 */
export function reportBuild(
  report: RunReport,
  run: BuildRun,
  seconds: number,
  parts: Pick<RunParts, 'writeManifest'> = realParts
): RunReport {
  const { context, result } = run
  const manifestPath = manifestPathFor(context.buildId)
  parts.writeManifest(manifestPath, context, result, seconds)
  report.build = { context, result, manifestPath, seconds }
  Object.assign(report.outputs, buildOutputs(context, manifestPath, seconds))
  if (result.error) return { ...report, failure: result.error }
  log.info(
    context.config.dryRun
      ? 'dry_run: every check passed; nothing was created.'
      : `OMI ${context.image?.ImageId} is ready.`
  )
  return report
}
