import * as core from '@actions/core'
import { homedir } from 'node:os'
import {
  ConfigError,
  describeConfig,
  loadConfig,
  sweepsOnly,
  type BuildConfig
} from './config/index.js'
import { JOURNAL_STATE, journalPathFor, manifestPathFor, newBuildId } from './pipeline/identity.js'
import { runBuild } from './pipeline/pipeline.js'
import { buildOutputs, summaryFacts, writeManifest } from './pipeline/report.js'
import { CancelledError, type PipelineResult } from './pipeline/runner.js'
import type { BuildContext } from './pipeline/context.js'
import { runSweep, sweepSummaryLine, sweepSummaryRows } from './pipeline/sweep.js'

/** GitHub sends SIGINT, then SIGTERM, to a cancelled step: stop at the next safe point, clean up. */
function abortOnSignals(): AbortController {
  const controller = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) return
      core.warning(`${signal} received: stopping the build and cleaning up.`)
      controller.abort(new CancelledError(`the build was cancelled (${signal})`))
    })
  }
  return controller
}

async function writeSummary(
  context: BuildContext,
  result: PipelineResult,
  seconds: number
): Promise<void> {
  const title =
    result.outcome === 'succeeded'
      ? `OMI ${context.image?.ImageId} built`
      : `OMI build ${result.outcome}`
  await core.summary
    .addHeading(title, 2)
    .addTable(
      summaryFacts(context, result, seconds).map(([label, value]) => [
        { data: label, header: true },
        value
      ])
    )
    .addHeading('Steps', 3)
    .addTable([
      [
        { data: 'Step', header: true },
        { data: 'Status', header: true },
        { data: 'Seconds', header: true }
      ],
      ...result.timings.map((t) => [t.title, t.status, t.seconds.toFixed(1)])
    ])
    .write()
}

/**
 * cleanup_orphans: the sweep, before the build. When it is all the run does, its failure fails the
 * step; before a build it only warns, since the build does not depend on it.
 */
async function sweepOrphans(config: BuildConfig, signal: AbortSignal): Promise<void> {
  const sweepOnly = sweepsOnly(config)
  let report
  try {
    report = await core.group('Sweeping orphaned resources', () => runSweep(config, signal))
  } catch (error) {
    if (sweepOnly || signal.aborted) throw error
    core.warning(`The orphan sweep failed; building anyway. ${(error as Error).message}`)
    return
  }
  core.setOutput('orphans_deleted', report.deleted.map((orphan) => orphan.id).join(' '))
  const rows = sweepSummaryRows(report)
  core.summary.addHeading('Orphan sweep', 3).addRaw(sweepSummaryLine(report), true)
  if (rows.length > 0) {
    core.summary.addTable([
      ['Resource', 'Build', 'Result'].map((data) => ({ data, header: true })),
      ...rows
    ])
  }
  await core.summary.write()
  if (report.failed.length > 0) {
    const message = `the orphan sweep could not delete ${report.failed.length} resource(s) (listed above)`
    if (sweepOnly) throw new Error(message)
    core.warning(message)
  }
}

/** The main step. The only place (with post.ts) that fails the step. */
export async function run(): Promise<void> {
  const controller = abortOnSignals()
  const started = performance.now()
  try {
    const { config, warnings } = loadConfig({
      getInput: (name) => core.getInput(name),
      env: process.env,
      homeDir: homedir(),
      workspace: process.env.GITHUB_WORKSPACE || process.cwd()
    })
    for (const warning of warnings) core.warning(warning)
    core.startGroup('Configuration')
    core.info(describeConfig(config))
    core.endGroup()

    if (config.cleanupOrphans > 0) await sweepOrphans(config, controller.signal)
    if (sweepsOnly(config)) {
      core.info('omi_name is not set: the orphan sweep was the whole run, no OMI is built.')
      return
    }

    const buildId = newBuildId()
    const journalPath = journalPathFor(buildId)
    // Saved before anything exists, so a killed main step still leads the post step to it.
    core.saveState(JOURNAL_STATE, journalPath)
    const { context, result } = await runBuild({
      config,
      buildId,
      journalPath,
      signal: controller.signal
    })

    const seconds = (performance.now() - started) / 1000
    const manifestPath = manifestPathFor(buildId)
    writeManifest(manifestPath, context, result, seconds)
    for (const [name, value] of Object.entries(buildOutputs(context, manifestPath, seconds)))
      core.setOutput(name, value)
    await writeSummary(context, result, seconds)
    if (result.error) throw result.error
    core.info(
      config.dryRun
        ? 'dry_run: every check passed; nothing was created.'
        : `OMI ${context.image?.ImageId} is ready.`
    )
  } catch (error) {
    if (error instanceof ConfigError) {
      // One annotation per problem, so each shows on its own in the run's summary.
      for (const problem of error.problems) core.error(problem)
      const count = error.problems.length
      core.setFailed(
        `The configuration has ${count} problem${count === 1 ? '' : 's'} (listed above).`
      )
    } else {
      core.setFailed(error instanceof Error ? error.message : String(error))
    }
  }
}
