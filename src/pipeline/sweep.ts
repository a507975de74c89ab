/**
 * The orphan sweep (cleanup_orphans, `osc-chroot sweep`): deletes the temporary resources of
 * builds whose runner died without running the post step, so that no journal is left to undo them.
 *
 * Every temporary resource carries osc-chroot:build-id and osc-chroot:created-at (buildTags). The
 * rules, each chosen so that a mistake keeps a resource rather than deletes one:
 * - Only resources of this account carrying the build-id tag are looked at, and volumes whose
 *   ClientToken is a build's (osc-chroot-<build id>-...): a runner that died between CreateVolume
 *   and CreateTags leaves one untagged; its age is then its CreationDate. One without a readable
 *   created-at tag is reported and kept.
 * - Only resources older than the age are swept. The age is what protects a build that is still
 *   running but looks idle (its volume waiting, unlinked, for the host lock): choose one longer
 *   than your longest build.
 * - A build is running when one of its resources is still being made (volume creating, snapshot
 *   in progress, source copy pending), or its volume is linked to another VM, or linked to this VM
 *   and mounted here (or its device cannot be found here to tell). Nothing of a running build is
 *   touched; it is reported.
 * - A snapshot that an OMI uses, or that carries the product marker (osc-chroot:product, set when
 *   a build keeps it), is a product of a build: kept, whatever its other tags.
 * - A volume linked to this VM and not mounted here is unlinked, then deleted. "Mounted here" is
 *   decided from the disk's by-id link (which carries the requested name), never by guessing
 *   that the kernel's name (discovery order) carries the requested letter.
 * - Something already gone (InvalidResource no-such-*) counts as deleted.
 * - A copied source OMI (the only images the build tags) is deleted with its snapshots, unless
 *   another OMI uses them.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { log } from '../log.js'
import type { BuildConfig } from '../config/types.js'
import { hostDeviceLayout, qemuByIdName } from '../host/device-name.js'
import { isMounted } from '../host/mountinfo.js'
import {
  OapiClient,
  OapiError,
  formatDuration,
  isNotFound,
  pollPolicyFromEnv,
  readVmIdentity,
  resolveEndpoint,
  toResourceTags,
  waitForVolumeUnlinked,
  type Image,
  type ResourceTag,
  type Snapshot,
  type Volume
} from '../oapi/index.js'
import { buildIdTag, createdAtTag } from './context.js'
import { CLIENT_TOKEN_PREFIX } from './identity.js'
import { productTag } from './products.js'
import { deleteReleasedSnapshot } from './snapshot-release.js'
import { readOwnAccountId } from './account.js'

export type OrphanKind = 'volume' | 'snapshot' | 'source-copy'

/** A resource the sweep deletes (or, in a dry run, would delete). */
export interface Orphan {
  kind: OrphanKind
  id: string
  buildId: string
  /** The created-at tag, as written by the build (ISO 8601). */
  createdAt: string
  /** A volume still linked to this VM (and not mounted here) is unlinked first. */
  unlinkFirst?: boolean
  /** A source copy's snapshots, deleted with it. */
  snapshotIds?: string[]
}

/** A tagged resource the sweep leaves alone, and why. */
export interface KeptResource {
  kind: OrphanKind
  id: string
  buildId: string
  reason: string
}

export interface SweepPlan {
  orphans: Orphan[]
  /** Old resources left alone for a reason the user should read (warnings). */
  skipped: KeptResource[]
  /** Snapshots that OMIs use: products of successful builds. */
  products: string[]
  /** Resources younger than the age. */
  young: number
}

export interface SweepReport extends SweepPlan {
  dryRun: boolean
  olderThanSeconds: number
  /** The orphans that are gone now (none in a dry run). */
  deleted: Orphan[]
  failed: { orphan: Orphan; reason: string }[]
}

/** What the sweep read: this account's tagged resources, and which snapshots OMIs use. */
export interface Inventory {
  volumes: Volume[]
  snapshots: Snapshot[]
  /** Images carrying the build-id tag: the build tags no image but its copy of the source. */
  copies: Image[]
  /** Snapshots used by an OMI other than the copies above. */
  snapshotsInUse: Set<string>
}

export interface PlanOptions {
  now: Date
  olderThanSeconds: number
  /** This runner's VM. */
  vmId: string
  /**
   * Whether the volume linked to this VM as deviceName (e.g. /dev/xvdf) is mounted here;
   * undefined when its block device cannot be found here.
   */
  mountedHere: (deviceName: string) => boolean | undefined
}

function tagValue(tags: ResourceTag[] | undefined, key: string): string | undefined {
  return tags?.find((tag) => tag.Key === key)?.Value
}

function snapshotsOf(image: Image): string[] {
  return (image.BlockDeviceMappings ?? [])
    .map((mapping) => mapping.Bsu?.SnapshotId)
    .filter((id): id is string => id !== undefined)
}

/** One tagged resource, with what the plan needs to know about it. */
interface Tagged {
  kind: OrphanKind
  id: string
  buildId: string
  /** The created-at tag as found ('' when missing). */
  createdAt: string
  /** Why this resource shows that its build is still running. */
  running?: string
  /** Already being deleted: nothing to do, nothing to say. */
  ignored?: boolean
  /** A snapshot an OMI uses. */
  product?: boolean
  unlinkFirst?: boolean
  snapshotIds?: string[]
}

function tagged(kind: OrphanKind, id: string, tags: ResourceTag[] | undefined): Tagged {
  const buildId = tagValue(tags, buildIdTag) ?? ''
  return { kind, id, buildId, createdAt: tagValue(tags, createdAtTag) ?? '' }
}

/** The build id in a build's ClientToken (osc-chroot-<build id>-<8 hex>, see identity.ts). */
export function buildIdOfClientToken(token: string | undefined): string | undefined {
  if (!token?.startsWith(CLIENT_TOKEN_PREFIX)) return undefined
  const match = /^(.+)-[0-9a-f]{8}$/.exec(token.slice(CLIENT_TOKEN_PREFIX.length))
  return match?.[1]
}

/** Whether a volume is a build's: tagged with a build id, or created with a build's ClientToken. */
function isBuildVolume(volume: Volume): boolean {
  return (
    tagValue(volume.Tags, buildIdTag) !== undefined ||
    buildIdOfClientToken(volume.ClientToken) !== undefined
  )
}

/** A volume's build: from its tags, else (never tagged) from its ClientToken and CreationDate. */
function taggedVolume(volume: Volume): Tagged {
  const resource = tagged('volume', volume.VolumeId, volume.Tags)
  if (resource.buildId !== '') return resource
  return {
    ...resource,
    buildId: buildIdOfClientToken(volume.ClientToken) ?? '',
    createdAt: volume.CreationDate ?? ''
  }
}

function describeVolume(volume: Volume, options: PlanOptions): Tagged {
  const resource = taggedVolume(volume)
  if (volume.State === 'deleting') return { ...resource, ignored: true }
  if (volume.State === 'creating') return { ...resource, running: 'its volume is being created' }
  const link = (volume.LinkedVolumes ?? []).find((linked) => linked.State !== 'detached')
  if (link === undefined) return resource
  const device = link.DeviceName ?? '?'
  if (link.VmId !== options.vmId) {
    return { ...resource, running: `its volume is linked to another VM (${link.VmId})` }
  }
  const mounted = options.mountedHere(device)
  if (mounted === undefined) {
    return {
      ...resource,
      running: `its volume is linked to this VM as ${device}, whose block device cannot be found here to check that it is not mounted`
    }
  }
  if (mounted) return { ...resource, running: `its volume is linked as ${device} and mounted here` }
  return { ...resource, unlinkFirst: true }
}

function describeSnapshot(snapshot: Snapshot, inventory: Inventory): Tagged {
  const resource = tagged('snapshot', snapshot.SnapshotId, snapshot.Tags)
  if (snapshot.State === 'deleting') return { ...resource, ignored: true }
  if (inventory.snapshotsInUse.has(snapshot.SnapshotId)) return { ...resource, product: true }
  if (tagValue(snapshot.Tags, productTag) !== undefined) return { ...resource, product: true }
  if (snapshot.State !== 'completed' && snapshot.State !== 'error') {
    const progress = snapshot.Progress === undefined ? '' : `, ${snapshot.Progress}%`
    return { ...resource, running: `its snapshot is in progress (${snapshot.State}${progress})` }
  }
  return resource
}

function describeCopy(image: Image): Tagged {
  const resource = {
    ...tagged('source-copy', image.ImageId, image.Tags),
    snapshotIds: snapshotsOf(image)
  }
  if (image.State === 'pending') return { ...resource, running: 'its source copy is pending' }
  return resource
}

/** Decides, from what was read, what to delete and what to leave. Reads nothing itself. */
export function planSweep(inventory: Inventory, options: PlanOptions): SweepPlan {
  const resources = [
    ...inventory.volumes.map((volume) => describeVolume(volume, options)),
    ...inventory.copies.map(describeCopy),
    ...inventory.snapshots.map((snapshot) => describeSnapshot(snapshot, inventory))
  ]
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

async function readInventory(
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

interface DeleteMeans {
  client: OapiClient
  linkTimeoutSeconds: number
  signal?: AbortSignal
}

/** Deleting what is already gone is done: the API says so by code (no-such-*), Details may be empty. */
async function ignoringGone(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
}

async function deleteOrphan(orphan: Orphan, means: DeleteMeans): Promise<void> {
  await ignoringGone(() => deleteOrphanOnce(orphan, means))
}

async function deleteOrphanOnce(
  orphan: Orphan,
  { client, linkTimeoutSeconds, signal }: DeleteMeans
): Promise<void> {
  switch (orphan.kind) {
    case 'volume':
      if (orphan.unlinkFirst) {
        await client.unlinkVolume({ VolumeId: orphan.id }, signal)
        await waitForVolumeUnlinked(client, orphan.id, {
          timeoutSeconds: linkTimeoutSeconds,
          policy: pollPolicyFromEnv(),
          signal
        })
      }
      return client.deleteVolume({ VolumeId: orphan.id }, signal)
    case 'snapshot':
      return client.deleteSnapshot({ SnapshotId: orphan.id }, signal)
    case 'source-copy': {
      const snapshotIds = orphan.snapshotIds ?? []
      // Tagged first: should the sweep stop once the image is gone (or the API still list it as
      // using them below), the next sweep finds them as tagged snapshots no OMI uses.
      if (snapshotIds.length > 0) {
        const tags = { [buildIdTag]: orphan.buildId, [createdAtTag]: orphan.createdAt }
        await client.createTags({ ResourceIds: snapshotIds, Tags: toResourceTags(tags) }, signal)
      }
      await ignoringGone(() => client.deleteImage({ ImageId: orphan.id }, signal))
      for (const snapshotId of snapshotIds) {
        const users = await client.readImages(
          { BlockDeviceMappingSnapshotIds: [snapshotId] },
          signal
        )
        if (users.length === 0) {
          await deleteReleasedSnapshot(client, snapshotId, linkTimeoutSeconds, signal)
        }
      }
      return
    }
  }
}

/** Volumes first (a copy's snapshot may back one), then copies, then loose snapshots. */
const deletionOrder: OrphanKind[] = ['volume', 'source-copy', 'snapshot']

function describeOrphan(orphan: Orphan): string {
  const name = orphan.kind === 'source-copy' ? 'source OMI copy' : orphan.kind
  const withSnapshots = orphan.snapshotIds?.length ? ` (with ${orphan.snapshotIds.join(', ')})` : ''
  return `${name} ${orphan.id}${withSnapshots} of build ${orphan.buildId}, created ${orphan.createdAt}`
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
  const ordered = deletionOrder.flatMap((kind) => plan.orphans.filter((o) => o.kind === kind))
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

/**
 * The sweep as the action and the CLI run it: on this runner VM (the metadata service says
 * which), with the configuration's credentials and endpoint, for resources older than
 * cleanup_orphans; dry_run only tells.
 */
export async function runSweep(config: BuildConfig, signal?: AbortSignal): Promise<SweepReport> {
  const identity = await readVmIdentity({ signal })
  const region = config.region || identity.region
  const client = new OapiClient({
    endpoint: resolveEndpoint(region, config.customEndpointOapi),
    region,
    accessKey: config.credentials.accessKey,
    secretKey: config.credentials.secretKey,
    insecureSkipTlsVerify: config.insecureSkipTlsVerify,
    clientCertificate: config.clientCertificate
  })
  try {
    const accountId = await readOwnAccountId(client, identity.vmId, signal).catch(
      (error: unknown) => {
        if (error instanceof OapiError || !(error instanceof Error)) throw error
        // The sweep looks only at this account's resources; without its id, say how to go on.
        throw new Error(`cleanup_orphans: ${error.message} Or set cleanup_orphans: 0.`, {
          cause: error
        })
      }
    )
    return await sweepOrphans({
      client,
      accountId,
      vmId: identity.vmId,
      olderThanSeconds: config.cleanupOrphans,
      dryRun: config.dryRun,
      linkTimeoutSeconds: config.timeouts.link,
      signal
    })
  } finally {
    await client.close()
  }
}
