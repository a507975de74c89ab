/** How the sweep tells what it did: a line per orphan, the summary line, the job summary's rows. */
import { formatDuration } from '../../oapi/index.js'
import { resources } from '../resources/index.js'
import type { Orphan, SweepReport } from './types.js'

export function describeOrphan(orphan: Orphan): string {
  const name = resources[orphan.kind].sweep?.label ?? orphan.kind
  const withSnapshots = orphan.snapshotIds?.length ? ` (with ${orphan.snapshotIds.join(', ')})` : ''
  return `${name} ${orphan.id}${withSnapshots} of build ${orphan.buildId}, created ${orphan.createdAt}`
}

export function sweepSummaryLine(report: SweepReport): string {
  const age = formatDuration(report.olderThanSeconds * 1000)
  const done = report.dryRun
    ? `${report.orphans.length} to delete (dry run: nothing deleted)`
    : `${report.deleted.length} deleted, ${report.failed.length} could not be deleted`
  return (
    `Orphan sweep (older than ${age}): ${done}, ${report.skipped.length} left for a reason above, ` +
    `${report.young} younger left alone, ${report.products.length} snapshots kept because OMIs use them.`
  )
}

/** The job summary's rows: one per resource deleted, to delete, left or failed. */
export function sweepSummaryRows(report: SweepReport): [string, string, string][] {
  const failed = new Map(report.failed.map(({ orphan, reason }) => [orphan.id, reason]))
  const outcome = (orphan: Orphan): string =>
    report.dryRun
      ? 'to delete (dry run)'
      : failed.has(orphan.id)
        ? `not deleted: ${failed.get(orphan.id)}`
        : 'deleted'
  return [
    ...report.orphans.map((orphan): [string, string, string] => [
      `${orphan.kind} ${orphan.id}`,
      orphan.buildId,
      outcome(orphan)
    ]),
    ...report.skipped.map((kept): [string, string, string] => [
      `${kept.kind} ${kept.id}`,
      kept.buildId,
      `left: ${kept.reason}`
    ])
  ]
}
