/**
 * The sweep's decisions, from what was read: which tagged resources are orphans to delete, which
 * are left alone and why. Pure: it reads nothing and deletes nothing (run.ts does), so every rule
 * is unit-tested on plain data. Each resource kind says how it becomes a candidate (its module's
 * sweep.recognise); the rules that span kinds are here:
 * - a product (a snapshot an OMI uses, or marked so) is kept, whatever its other tags;
 * - a resource without a readable created-at tag is reported and kept;
 * - a resource younger than the age is left alone;
 * - nothing of a build that one of its resources shows to be running is touched;
 * - a source copy's snapshots go with it, never a second time on their own.
 */
import { createdAtTag } from '../context.js'
import { sweepRules } from '../resources/index.js'
import type { Candidate, Inventory, PlanOptions, SweepPlan } from './types.js'

/** Every tagged resource of what was read, kind by kind in the sweep's order. */
export function candidates(inventory: Inventory, options: PlanOptions): Candidate[] {
  return sweepRules().flatMap(({ rule }) => rule.recognise(inventory, options))
}

/** Decides, from what was read, what to delete and what to leave. Reads nothing itself. */
export function planSweep(inventory: Inventory, options: PlanOptions): SweepPlan {
  const resources = candidates(inventory, options)
  const runningBuilds = new Map<string, string>()
  for (const { buildId, running, id } of resources) {
    if (running && !runningBuilds.has(buildId)) runningBuilds.set(buildId, `${running} (${id})`)
  }

  const plan: SweepPlan = { orphans: [], skipped: [], products: [], young: 0 }
  const oldest = options.now.getTime() - options.olderThanSeconds * 1000
  for (const resource of resources) {
    const { kind, id, buildId, createdAt } = resource
    const created = Date.parse(createdAt)
    if (resource.ignored) continue
    if (resource.product) {
      plan.products.push(id)
    } else if (Number.isNaN(created)) {
      const reason = `its ${createdAtTag} tag is ${createdAt ? `"${createdAt}", not a date` : 'missing'}: delete it by hand if it is an orphan`
      plan.skipped.push({ kind, id, buildId, reason })
    } else if (created > oldest) {
      plan.young++
    } else if (runningBuilds.has(buildId)) {
      const reason = `build ${buildId} looks still running: ${runningBuilds.get(buildId)}`
      plan.skipped.push({ kind, id, buildId, reason })
    } else {
      plan.orphans.push({
        kind,
        id,
        buildId,
        createdAt,
        ...(resource.unlinkFirst ? { unlinkFirst: true } : {}),
        ...(resource.snapshotIds ? { snapshotIds: resource.snapshotIds } : {})
      })
    }
  }
  // A copy's snapshots go with it; they are not deleted a second time on their own.
  const withCopies = new Set(plan.orphans.flatMap((orphan) => orphan.snapshotIds ?? []))
  plan.orphans = plan.orphans.filter(
    (orphan) => orphan.kind !== 'snapshot' || !withCopies.has(orphan.id)
  )
  return plan
}
