import * as core from '@actions/core'
import { actionConfigSources, loadAndShowConfig, saveJournalPath } from './action-config.js'
import { buildAndReport, type FinishedBuild } from './build-and-report.js'
import { abortOnSignals } from './cancel-on-signals.js'
import { ConfigError } from './config/index.js'
import { summaryFacts } from './pipeline/report.js'
import { sweepSummaryLine, sweepSummaryRows, type SweepReport } from './pipeline/sweep.js'

export async function writeSweepSummary(report: SweepReport): Promise<void> {
  const rows = sweepSummaryRows(report)
  core.summary.addHeading('Orphan sweep', 3).addRaw(sweepSummaryLine(report), true)
  if (rows.length > 0) {
    core.summary.addTable([
      ['Resource', 'Build', 'Result'].map((data) => ({ data, header: true })),
      ...rows
    ])
  }
  await core.summary.write()
}

export async function writeBuildSummary({
  context,
  result,
  seconds
}: FinishedBuild): Promise<void> {
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

export function fail(error: unknown): void {
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

/** The main step: inputs in; outputs, job summary and the step's failure out (only here). */
export async function run(): Promise<void> {
  const signal = abortOnSignals()
  try {
    const config = await loadAndShowConfig(actionConfigSources())
    const report = await buildAndReport({
      config,
      signal,
      onSweep: writeSweepSummary,
      onBuildStart: ({ journalPath }) => saveJournalPath(journalPath)
    })
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value)
    if (report.build) await writeBuildSummary(report.build)
    if (report.failure) fail(report.failure)
  } catch (error) {
    fail(error)
  }
}
