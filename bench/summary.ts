/** The results of one run, as written to bench/results.json (and rendered into results.md). */
import { cpus, loadavg, release, totalmem } from 'node:os'
import type { PollPolicyName } from './build.js'
import type { OverheadRow } from './floor.js'
import type { BenchProfile } from './profiles.js'
import { lockWaitMs, median, type ParallelBatch, type SoloBuild } from './scenarios.js'
import type { TargetCheck } from './targets.js'

/** One policy's single builds, each figure the median of its builds (peak RSS: the worst). */
export interface PolicySummary {
  policy: PollPolicyName
  builds: number
  wallMs: number
  floorMs: number
  overheadMs: number
  overheadPercent: number
  /** The floor of the path the build takes (the unlink during the snapshot) and wall − it. */
  overlappedFloorMs?: number
  realOverheadMs?: number
  apiAnswerMs: number
  lockWaitMs: number
  totalCalls: number
  callsByName: Record<string, number>
  firstApiRequestMs: number
  peakRssBytes: number
  postMs: number
  breakdown: OverheadRow[]
}

export interface BenchResults {
  generatedAt: string
  command: string
  runtimeSeconds: number
  machine: {
    cpus: number
    cpuModel: string
    memoryGiB: number
    /** The Node that ran the bench and the action (process.execPath). */
    node: string
    kernel: string
    /** At the end of the run: 1, 5 and 15 minutes. Other work on the machine skews the figures. */
    loadAverage: number[]
  }
  profile: BenchProfile & { reasons: Record<string, string> }
  /** The simulator's profile: 'realistic' plays the real cloud's behaviours; absent in older runs. */
  simulator?: string
  provisioning: string
  policies: PolicySummary[]
  parallel: (Omit<ParallelBatch, 'runs'> & {
    runs: (Pick<SoloBuild, 'label' | 'wallMs' | 'floorMs' | 'overheadMs' | 'device'> & {
      lockWaitMs: number
      steps?: Record<string, { ms: number; overheadMs: number }>
    })[]
  })[]
  targets: TargetCheck[]
  /** Every single build in full, in the order they ran. */
  soloBuilds: SoloBuild[]
}

function medianOf(builds: SoloBuild[], figure: (build: SoloBuild) => number): number {
  return median(builds.map(figure))
}

/** The median of each step's row over the builds (steps in the order of the first build). */
function medianBreakdown(builds: SoloBuild[]): OverheadRow[] {
  return builds[0].breakdown.map(({ step }) => {
    const rows = builds.map((build) => build.breakdown.find((row) => row.step === step))
    const of = (figure: (row: OverheadRow) => number) =>
      median(rows.map((row) => (row ? figure(row) : 0)))
    return {
      step,
      ms: of((row) => row.ms),
      cloudMs: of((row) => row.cloudMs),
      overheadMs: of((row) => row.overheadMs)
    }
  })
}

export function summarisePolicy(policy: PollPolicyName, all: SoloBuild[]): PolicySummary {
  const builds = all.filter((build) => build.policy === policy)
  const callNames = [...new Set(builds.flatMap((build) => Object.keys(build.callsByName)))].sort()
  return {
    policy,
    builds: builds.length,
    wallMs: medianOf(builds, (build) => build.wallMs),
    floorMs: medianOf(builds, (build) => build.floorMs),
    overheadMs: medianOf(builds, (build) => build.overheadMs),
    overheadPercent: medianOf(builds, (build) => build.overheadPercent),
    overlappedFloorMs: medianOf(builds, (build) => build.overlappedFloorMs),
    realOverheadMs: medianOf(builds, (build) => build.realOverheadMs),
    apiAnswerMs: medianOf(builds, (build) => build.apiAnswerMs),
    lockWaitMs: medianOf(builds, (build) => build.lockWaitMs),
    totalCalls: medianOf(builds, (build) => build.totalCalls),
    callsByName: Object.fromEntries(
      callNames.map((name) => [name, medianOf(builds, (build) => build.callsByName[name] ?? 0)])
    ),
    firstApiRequestMs: medianOf(builds, (build) => build.firstApiRequestMs ?? NaN),
    peakRssBytes: Math.max(...builds.map((build) => build.mainPeakRssBytes)),
    postMs: medianOf(builds, (build) => build.postMs),
    breakdown: medianBreakdown(builds)
  }
}

export function machine(): BenchResults['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    kernel: release(),
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100)
  }
}

/** A batch without its builds' full detail (their breakdowns are in the single builds already). */
export function trimBatch(batch: ParallelBatch): BenchResults['parallel'][number] {
  return {
    ...batch,
    runs: batch.runs.map((run) => ({
      label: run.label,
      wallMs: run.wallMs,
      floorMs: run.floorMs,
      overheadMs: run.overheadMs,
      device: run.device,
      lockWaitMs: lockWaitMs(run),
      // Which steps grow when builds share the host: each step's time and overhead, in ms.
      steps: Object.fromEntries(
        run.breakdown.map((row) => [row.step, { ms: row.ms, overheadMs: row.overheadMs }])
      )
    }))
  }
}
