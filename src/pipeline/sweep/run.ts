/**
 * The sweep's work on the API and the host: reads this account's tagged resources, asks the host
 * whether a linked volume is mounted here, lets plan.ts decide, then deletes the orphans (each
 * with its kind's rule, in the sweep's order) and logs every decision.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { log } from '../../log.js'
import { hostDeviceLayout, qemuByIdName } from '../../host/device-name.js'
import { isMounted } from '../../host/mountinfo.js'
import type { OapiClient } from '../../oapi/index.js'
import { buildIdTag } from '../context.js'
import { resources, sweepRules } from '../resources/index.js'
import { isBuildVolume } from '../resources/volume.js'
import { planSweep } from './plan.js'
import { describeOrphan, sweepSummaryLine } from './report.js'
import { snapshotsOf } from './tags.js'
import type { DeleteMeans, Inventory, Orphan, PlanOptions, SweepReport } from './types.js'

/**
 * Whether the volume linked to this VM as /dev/xvdf is mounted here, found by its by-id link
 * (scsi-0QEMU_QEMU_HARDDISK_sdf: the letter asked for, set from the disk's serial). The kernel's
 * own name follows discovery order (/dev/sdf may be another disk), so it proves nothing; without
 * the by-id link the answer is undefined, and the sweep keeps the volume.
 */
export function linkedDeviceMountedHere(
  deviceName: string,
  byIdDir: string = hostDeviceLayout.byIdDir
): boolean | undefined {
  const byId = qemuByIdName(deviceName)
  if (!byId) return undefined
  const path = join(byIdDir, byId)
  if (!existsSync(path)) return undefined
  return isMounted(path)
}

export async function readInventory(
  client: OapiClient,
  accountId: string,
  signal?: AbortSignal
): Promise<Inventory> {
  const withBuildTag = { TagKeys: [buildIdTag] }
  // All the account's volumes: an untagged one is a build's by its ClientToken, which the API
  // filters only by exact value.
  const [allVolumes, snapshots, copies] = await Promise.all([
    client.readVolumes({}, signal),
    client.readSnapshots({ ...withBuildTag, AccountIds: [accountId] }, signal),
    client.readImages({ ...withBuildTag, AccountIds: [accountId] }, signal)
  ])
  const volumes = allVolumes.filter(isBuildVolume)
  const snapshotIds = snapshots.map((snapshot) => snapshot.SnapshotId)
  const users =
    snapshotIds.length === 0
      ? []
      : await client.readImages({ BlockDeviceMappingSnapshotIds: snapshotIds }, signal)
  const copyIds = new Set(copies.map((copy) => copy.ImageId))
  const snapshotsInUse = new Set(
    users.filter((image) => !copyIds.has(image.ImageId)).flatMap(snapshotsOf)
  )
  return { volumes, snapshots, copies, snapshotsInUse }
}

function deleteOrphan(orphan: Orphan, means: DeleteMeans): Promise<void> {
  const rule = resources[orphan.kind].sweep
  if (!rule) throw new Error(`the sweep has no rule to delete a ${orphan.kind}`)
  return rule.delete(orphan, means)
}

export interface SweepOptions {
  client: OapiClient
  accountId: string
  vmId: string
  olderThanSeconds: number
  dryRun: boolean
  /** Deadline of an unlink, in seconds (timeouts.link). */
  linkTimeoutSeconds: number
  signal?: AbortSignal
  now?: Date
  mountedHere?: PlanOptions['mountedHere']
}

/** Finds this account's orphans and deletes them (unless dryRun); logs every decision. */
export async function sweepOrphans(options: SweepOptions): Promise<SweepReport> {
  const { client, dryRun, olderThanSeconds, signal } = options
  const inventory = await readInventory(client, options.accountId, signal)
  const plan = planSweep(inventory, {
    now: options.now ?? new Date(),
    olderThanSeconds,
    vmId: options.vmId,
    mountedHere: options.mountedHere ?? linkedDeviceMountedHere
  })
  const report: SweepReport = { ...plan, dryRun, olderThanSeconds, deleted: [], failed: [] }
  for (const skipped of plan.skipped) {
    log.warning(`Orphan sweep: leaving ${skipped.kind} ${skipped.id}: ${skipped.reason}.`)
  }
  const ordered = sweepRules().flatMap(({ kind }) => plan.orphans.filter((o) => o.kind === kind))
  for (const orphan of ordered) {
    if (dryRun) {
      log.info(`Would delete ${describeOrphan(orphan)}.`)
      continue
    }
    try {
      await deleteOrphan(orphan, { client, linkTimeoutSeconds: options.linkTimeoutSeconds, signal })
      report.deleted.push(orphan)
      log.info(`Deleted ${describeOrphan(orphan)}.`)
    } catch (error) {
      if (signal?.aborted) throw error
      const reason = error instanceof Error ? error.message : String(error)
      report.failed.push({ orphan, reason })
      log.warning(`Orphan sweep: could not delete ${describeOrphan(orphan)}: ${reason}`)
    }
  }
  log.info(sweepSummaryLine(report))
  return report
}
