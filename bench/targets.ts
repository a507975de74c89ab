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

export function checkTargets(solo: SoloBuild[], batches: ParallelBatch[]): TargetCheck[] {
  const ours = solo.filter((build) => build.policy === 'adaptive')
  const packer = solo.filter((build) => build.policy === 'packer')
  const overhead = median(ours.map((build) => build.overheadMs))
  const percent = median(ours.map((build) => build.overheadPercent))
  const calls = median(ours.map((build) => build.totalCalls))
  const packerCalls = median(packer.map((build) => build.totalCalls))
  const packerOverhead = median(packer.map((build) => build.overheadMs))
  const firstRequest = median(ours.map((build) => build.firstApiRequestMs ?? Infinity))
  const everyRun = [...solo, ...batches.flatMap((batch) => batch.runs)]
  const peakRss = Math.max(...everyRun.map((build) => build.mainPeakRssBytes))
  const checks: TargetCheck[] = [
    {
      target: 'Overhead under 2 s per build (median)',
      measured: seconds(overhead),
      met: overhead < 2000
    },
    {
      target: 'Overhead under 3 % of the floor (median)',
      measured: `${percent.toFixed(1)} %`,
      met: percent < 3
    },
    {
      target: "Fewer API calls than Packer's policy, at a lower overhead",
      measured:
        `${calls} calls vs ${packerCalls}; overhead ${seconds(overhead)} vs ` +
        seconds(packerOverhead),
      met: calls < packerCalls && overhead < packerOverhead
    }
  ]
  const one = batches.find((batch) => batch.builds === 1)
  const eight = batches.find((batch) => batch.builds === 8)
  if (one && eight) {
    const ratio = eight.totalMs / one.totalMs
    checks.push({
      target: '8 parallel builds within 1.3 × the time of one',
      measured: `${ratio.toFixed(2)} × (${seconds(eight.totalMs)} vs ${seconds(one.totalMs)})`,
      met: ratio <= 1.3
    })
  }
  checks.push(
    {
      target: 'Process start to first API request under 300 ms (median)',
      measured: `${Math.round(firstRequest)} ms`,
      met: firstRequest < 300
    },
    {
      target: 'Peak RSS under 100 MB (worst build)',
      measured: megabytes(peakRss),
      met: peakRss < 100e6
    }
  )
  return checks
}
