/**
 * What a quota of snapshots in progress per account costs a batch of builds, whatever the action
 * does: the part of their wait that belongs in the floor.
 */
import { REALISTIC_FIDELITY, TEST_FIDELITY, type SimProfile } from '../sim/options.js'
import type { BuildResult } from './build.js'
import type { BatchSeries } from './scenarios.js'

/** The snapshots the account may have in progress at once in a series (null: no limit). */
export function snapshotQuota(
  simProfile: SimProfile,
  series: Pick<BatchSeries, 'fidelity'>
): number | null {
  const defaults = simProfile === 'realistic' ? REALISTIC_FIDELITY : TEST_FIDELITY
  const quota = series.fidelity.maxConcurrentSnapshots
  return quota === undefined ? defaults.maxConcurrentSnapshots : quota
}

/**
 * The wait the snapshot quota imposes on each build of a batch, however fast everything else:
 * with a quota of q, builds that reach their snapshot together go through it q at a time, so the
 * build that ends k-th (from 0) waits floor(k / q) snapshots before its own starts.
 */
export function quotaWaitsMs<T extends Pick<BuildResult, 'mainEndedAt'>>(
  builds: T[],
  quota: number | null,
  snapshotMs: (build: T) => number
): Map<T, number> {
  const byEnd = [...builds].sort((a, b) => a.mainEndedAt - b.mainEndedAt)
  return new Map(
    byEnd.map((build, k) => [build, quota === null ? 0 : Math.floor(k / quota) * snapshotMs(build)])
  )
}
