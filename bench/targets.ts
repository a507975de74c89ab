/**
 * The benchmark's targets (bench/README.md), checked against one run's figures (reported, never
 * asserted).
 */
import type { ParallelBatch, SoloBuild } from './scenarios.js'
import { median } from './scenarios.js'

export interface TargetCheck {
  target: string
  measured: string
  met: boolean
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`

/** The series whose batches the parallel targets read: the simulator profile's own limits. */
export const hostSeries = 'parallel'

export function checkTargets(solo: SoloBuild[], batches: ParallelBatch[]): TargetCheck[] {
  const ours = solo.filter((build) => build.policy === 'adaptive')
  const packer = solo.filter((build) => build.policy === 'packer')
  const overhead = median(ours.map((build) => build.overheadMs))
  const percent = median(ours.map((build) => build.overheadPercent))
  const wall = median(ours.map((build) => build.wallMs))
  const floor = median(ours.map((build) => build.floorMs))
  // The first adaptive build of the run starts with an empty tool cache, as a runner's first
  // build; the others have learned from the builds before them, as on a runner that has built.
  const learned = ours.length > 1 ? ours.slice(1) : ours
  const calls = median(learned.map((build) => build.totalCalls))
  const firstCalls = ours[0]?.totalCalls
  const packerCalls = median(packer.map((build) => build.totalCalls))
  const firstRequest = median(ours.map((build) => build.firstApiRequestMs ?? Infinity))
  const everyRun = [...solo, ...batches.flatMap((batch) => batch.runs)]
  const peakRss = Math.max(...everyRun.map((build) => build.mainPeakRssBytes))
  const checks: TargetCheck[] = [
    {
      target: 'Overhead at most 1.5 s per build (median)',
      measured: seconds(overhead),
      met: overhead <= 1500
    },
    {
      target: 'Overhead at most 4 % of the floor (median)',
      measured: `${percent.toFixed(1)} %`,
      met: percent <= 4
    },
    {
      target: 'Wall time below the sequential floor (unlink alongside the snapshot; median)',
      measured: `${seconds(wall)} vs ${seconds(floor)}`,
      met: wall < floor
    },
    {
      target: "At most 30 API calls per build (Packer's policy: about 41)",
      measured:
        `${calls} calls, median of the builds after the first ` +
        `(the first, with nothing learned yet: ${firstCalls}; Packer's policy here: ${packerCalls})`,
      met: calls <= 30
    }
  ]
  const series = batches.filter((batch) => batch.series === hostSeries)
  const one = series.find((batch) => batch.builds === 1)
  const eight = series.find((batch) => batch.builds === 8)
  if (one && eight) {
    const ratio = eight.totalMs / one.totalMs
    checks.push(
      {
        target: '8 builds at once within 1.25 × the time of one',
        measured: `${ratio.toFixed(2)} × (${seconds(eight.totalMs)} vs ${seconds(one.totalMs)})`,
        met: ratio <= 1.25
      },
      {
        target: '8 builds at once: overhead per build at most 3 s (median)',
        measured: seconds(eight.medianOverheadMs),
        met: eight.medianOverheadMs <= 3000
      }
    )
  }
  checks.push(
    {
      target: 'Process start to first API request at most 250 ms (median)',
      measured: `${Math.round(firstRequest)} ms`,
      met: firstRequest <= 250
    },
    {
      target: 'Peak RSS at most 80 MB (worst build)',
      measured: megabytes(peakRss),
      met: peakRss <= 80e6
    }
  )
  return checks
}
