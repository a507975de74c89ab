/**
 * What the benchmark runs: rounds of single builds, one build at a time, each round on its own
 * draw of the profile with both polling policies building on it (the policy that goes first
 * alternates); then batches of builds started together on this one host, all on one draw.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FidelityOptions, SimProfile, Simulator } from '../sim/index.js'
import type { Bundles } from './action-job.js'
import { answerTimeMs, callsBetween, countByName, firstCallDelayMs } from './api-calls.js'
import { runBuild, type BuildResult, type PollPolicyName } from './build.js'
import { checkDeviceSharing, type DeviceCheck } from './device-check.js'
import { quotaWaitsMs, snapshotQuota } from './quota.js'
import {
  cloudMsByStep,
  floorMs,
  overheadByStep,
  overlappedFloorMs,
  type OverheadRow
} from './floor.js'
import { jitteredProfile, scaledProfile, type BenchProfile } from './profiles.js'
import { withSimulator } from './simulator.js'

export interface BenchContext {
  profile: BenchProfile
  bundles: Bundles
  /** The simulators' data directory (the seed disk is built once in it). */
  dataDir: string
  /** The simulator's behaviours: 'realistic' (the real cloud's) or 'test' (fast and forgiving). */
  simProfile: SimProfile
  /** The measured builds' RUNNER_TOOL_CACHE, kept through the run as a runner keeps it. */
  toolCache: string
  progress: (line: string) => void
}

/**
 * A series of parallel batches: the simulator's own behaviours, or tighter limits of the cloud
 * (a per-account quota of snapshots in progress, throttling of identical requests).
 */
export interface BatchSeries {
  name: string
  /** Overrides of the simulator profile's behaviours. */
  fidelity: Partial<FidelityOptions>
}

export interface EvaluatedBuild extends BuildResult {
  /** The latencies the simulator had for this build. */
  profile: BenchProfile
  floorMs: number
  overheadMs: number
  overheadPercent: number
  /** The floor of the path the build takes: the unlink during the snapshot (floor.ts). */
  overlappedFloorMs: number
  /** wall − overlappedFloorMs: all of it is ours. */
  realOverheadMs: number
  breakdown: OverheadRow[]
}

/** A build that ran alone: its API calls and start-up delay can be told apart from others'. */
export interface SoloBuild extends EvaluatedBuild {
  callsByName: Record<string, number>
  totalCalls: number
  firstApiRequestMs: number | undefined
  /** Part of the overhead: the simulator answering the build's calls (see CallLogEntry.ms). */
  apiAnswerMs: number
  /** Part of the overhead: alone in the bench, it waited only for other builds on the machine. */
  lockWaitMs: number
}

/** How long a build waited for the host lock (its StepLock), in ms. */
export function lockWaitMs(build: BuildResult): number {
  return Math.round((build.steps.find((step) => step.name === 'StepLock')?.seconds ?? 0) * 1000)
}

export interface ParallelBatch {
  /** The series it belongs to (BatchSeries.name). */
  series: string
  builds: number
  /** Snapshots in progress at once the account was allowed (null: no limit). */
  snapshotQuota: number | null
  /** The latencies the simulator had for this batch. */
  profile: BenchProfile
  /** From the first spawn to the last main step's exit. */
  totalMs: number
  buildsPerMinute: number
  /** Per build; the median and the worst. */
  medianOverheadMs: number
  maxOverheadMs: number
  medianWallMs: number
  /** Per build, the median: its sequential floor, the quota's wait included. */
  medianFloorMs: number
  callsPerBuild: number
  devices: DeviceCheck
  runs: EvaluatedBuild[]
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function evaluate(profile: BenchProfile, build: BuildResult, quotaWaitMs = 0): EvaluatedBuild {
  const floor = Math.round(floorMs(profile, build) + quotaWaitMs)
  const overheadMs = build.wallMs - floor
  const overlapped = Math.round(overlappedFloorMs(profile, build) + quotaWaitMs)
  return {
    ...build,
    profile,
    floorMs: floor,
    overheadMs,
    overheadPercent: (100 * overheadMs) / floor,
    overlappedFloorMs: overlapped,
    realOverheadMs: build.wallMs - overlapped,
    breakdown: overheadByStep(profile, build, build.steps, build.wallMs)
  }
}

function describe(build: EvaluatedBuild): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(2)
  return (
    `${build.label}: wall ${seconds(build.wallMs)} s, floor ${seconds(build.floorMs)} s, ` +
    `overhead ${seconds(build.overheadMs)} s (${build.overheadPercent.toFixed(1)} %), ` +
    `${seconds(build.realOverheadMs)} s over the overlapped path`
  )
}

async function soloBuild(
  context: BenchContext,
  sim: Simulator,
  sourceOmiId: string,
  profile: BenchProfile,
  label: string,
  policy: PollPolicyName
): Promise<SoloBuild> {
  const build = evaluate(
    profile,
    await runBuild(sim, {
      label,
      policy,
      sourceOmiId,
      bundles: context.bundles,
      toolCache: context.toolCache
    })
  )
  const calls = callsBetween(sim.calls(), build.startedAt, build.postEndedAt)
  const solo: SoloBuild = {
    ...build,
    callsByName: countByName(calls),
    totalCalls: calls.length,
    firstApiRequestMs: firstCallDelayMs(calls, build.startedAt),
    apiAnswerMs: answerTimeMs(callsBetween(calls, build.startedAt, build.mainEndedAt)),
    lockWaitMs: lockWaitMs(build)
  }
  context.progress(`${describe(solo)}, ${solo.totalCalls} API calls`)
  return solo
}

/**
 * One build, not measured, before the others: the simulator compiles each call's schema on first
 * use, and the bundle and the seed disk come into the page cache; the first measured build must
 * not pay for that.
 */
export async function runWarmUp(context: BenchContext): Promise<void> {
  // Its durations are the scaled profile's: the measured builds must not learn them.
  const toolCache = mkdtempSync(join(tmpdir(), 'osc-chroot-bench-warm-up-'))
  try {
    await withSimulator(scaledProfile('warm-up', 0.05), context, async (sim, sourceOmiId) => {
      await runBuild(sim, {
        label: 'warm-up',
        policy: 'adaptive',
        sourceOmiId,
        bundles: context.bundles,
        toolCache
      })
    })
  } finally {
    rmSync(toolCache, { recursive: true, force: true })
  }
}

/**
 * `rounds` rounds; in each, one build per policy on that round's draw of the profile. The first
 * adaptive build finds the tool cache empty, as a runner's first build does; the next ones learn
 * from the builds before them.
 */
export async function runSoloBuilds(
  context: BenchContext,
  policies: PollPolicyName[],
  rounds: number
): Promise<SoloBuild[]> {
  const results: SoloBuild[] = []
  for (let round = 1; round <= rounds; round++) {
    const profile = jitteredProfile(context.profile, round)
    const order = round % 2 === 1 ? policies : [...policies].reverse()
    await withSimulator(profile, context, async (sim, sourceOmiId) => {
      for (const policy of order) {
        const label = `${policy}-${round}`
        results.push(await soloBuild(context, sim, sourceOmiId, profile, label, policy))
      }
    })
  }
  return results
}

/** The draw of the profile every parallel batch runs on, so that batches compare. */
const parallelDraw = 1000

/** `count` builds started at the same moment on this host, with our polling. */
export async function runParallelBatch(
  context: BenchContext,
  count: number,
  series: BatchSeries
): Promise<ParallelBatch> {
  const profile = jitteredProfile(context.profile, parallelDraw)
  const quota = snapshotQuota(context.simProfile, series)
  const where = { ...context, fidelity: series.fidelity }
  return withSimulator(profile, where, async (sim, sourceOmiId) => {
    const startedAt = Date.now()
    const builds = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        runBuild(sim, {
          label: `${series.name}-${count}-${index + 1}`,
          policy: 'adaptive',
          sourceOmiId,
          bundles: context.bundles,
          toolCache: context.toolCache
        })
      )
    )
    const waits = quotaWaitsMs(builds, quota, (build) => cloudMsByStep(profile, build).StepSnapshot)
    const runs = builds.map((build) => evaluate(profile, build, waits.get(build)))
    const totalMs = Math.max(...runs.map((run) => run.mainEndedAt)) - startedAt
    const lastPostAt = Math.max(...runs.map((run) => run.postEndedAt))
    const batch: ParallelBatch = {
      series: series.name,
      builds: count,
      snapshotQuota: quota,
      profile,
      totalMs,
      buildsPerMinute: (count * 60_000) / totalMs,
      medianOverheadMs: median(runs.map((run) => run.overheadMs)),
      maxOverheadMs: Math.max(...runs.map((run) => run.overheadMs)),
      medianWallMs: median(runs.map((run) => run.wallMs)),
      medianFloorMs: median(runs.map((run) => run.floorMs)),
      callsPerBuild: callsBetween(sim.calls(), startedAt, lastPostAt).length / count,
      devices: checkDeviceSharing(sim.linkHistory()),
      runs
    }
    context.progress(
      `${series.name}, ${count} at once: ${(totalMs / 1000).toFixed(1)} s, overhead per build median ` +
        `${(batch.medianOverheadMs / 1000).toFixed(2)} s, max ` +
        `${(batch.maxOverheadMs / 1000).toFixed(2)} s, ${batch.devices.maxLinkedAtOnce} linked ` +
        `at once, ${batch.devices.conflicts.length} device conflicts`
    )
    return batch
  })
}
