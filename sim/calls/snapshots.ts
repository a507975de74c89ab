/**
 * CreateSnapshot, ReadSnapshots, DeleteSnapshot, UpdateSnapshot. A snapshot waits in-queue, then
 * is pending with Progress growing to 100 (longer for volumes with more data written), then
 * completed. Its data is the volume's file as it was when CreateSnapshot was called.
 */
import { join } from 'node:path'
import { apiError, quotaError } from '../errors.js'
import { isoDate } from '../ids.js'
import { copySparseFile, GIB, removeFile, writtenBytes } from '../files.js'
import {
  applyFilters,
  equals,
  matches,
  tagFilters,
  type Filters,
  type FilterTable
} from '../filters.js'
import { paginate } from '../pagination.js'
import type { Body, SimContext } from '../context.js'
import type { Account, SnapshotRecord } from '../state.js'
import { isVisibleTo } from '../state.js'
import {
  applyPermissionChanges,
  ownSnapshot,
  ownVolume,
  permissionsView,
  requireField,
  visibleSnapshot
} from './common.js'

export function snapshotProgress(snapshot: SnapshotRecord): number {
  if (snapshot.state === 'completed' || snapshot.state === 'deleting') return 100
  if (snapshot.state !== 'pending') return 0
  const span = Math.max(1, snapshot.completesAt - snapshot.pendingFrom)
  const done = Math.floor((100 * (Date.now() - snapshot.pendingFrom)) / span)
  return Math.min(99, Math.max(0, done))
}

export function snapshotView(ctx: SimContext, snapshot: SnapshotRecord): Body {
  const alias = ctx.store.accounts.get(snapshot.accountId)?.alias
  return {
    SnapshotId: snapshot.id,
    AccountId: snapshot.accountId,
    ...(alias !== undefined && { AccountAlias: alias }),
    ...(snapshot.volumeId !== undefined && { VolumeId: snapshot.volumeId }),
    VolumeSize: snapshot.size,
    State: snapshot.state,
    Progress: snapshotProgress(snapshot),
    Description: snapshot.description,
    CreationDate: isoDate(snapshot.createdAt),
    ...(snapshot.clientToken !== undefined && { ClientToken: snapshot.clientToken }),
    PermissionsToCreateVolume: permissionsView(snapshot.permissions),
    Tags: ctx.store.tagsOf(snapshot.id)
  }
}

export async function createSnapshot(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const sources = ['VolumeId', 'SourceSnapshotId', 'FileLocation'].filter(
    (key) => body[key] !== undefined
  )
  if (sources.length === 0) {
    throw apiError(
      'missingParameter',
      'Give VolumeId (snapshot a volume) or SourceSnapshotId (copy a snapshot)'
    )
  }
  if (sources.length > 1) {
    throw apiError('invalidParameterValue', `Give only one of ${sources.join(', ')}`)
  }
  if (body.FileLocation !== undefined) {
    throw apiError(
      'notImplementedBySimulator',
      'The simulator cannot import snapshots from a FileLocation'
    )
  }
  const clientToken = body.ClientToken as string | undefined
  if (clientToken !== undefined) {
    const earlier = [...ctx.store.snapshots.values()].find(
      (snapshot) => snapshot.accountId === caller.accountId && snapshot.clientToken === clientToken
    )
    if (earlier) return { Snapshot: snapshotView(ctx, earlier) }
  }
  const from =
    body.VolumeId !== undefined ? volumeSource(ctx, body, caller) : copySource(ctx, body, caller)
  checkConcurrentSnapshots(ctx, caller)
  const id = ctx.store.newId('snap')
  const file = join(ctx.snapshotsDir, `${id}.img`)
  await copySparseFile(from.file, file)
  const { latency } = ctx.options
  const pendingFrom = Date.now() + latency.snapshotQueueMs
  const writtenGiB = (await writtenBytes(file)) / GIB
  const snapshot: SnapshotRecord = {
    id,
    accountId: caller.accountId,
    volumeId: from.volumeId,
    size: from.size,
    description: (body.Description as string | undefined) ?? '',
    state: 'in-queue',
    createdAt: ctx.wallClock(),
    clientToken,
    pendingFrom,
    completesAt: pendingFrom + latency.snapshotMs + latency.snapshotMsPerGiBWritten * writtenGiB,
    permissions: { accountIds: [], global: false },
    file
  }
  ctx.store.snapshots.set(id, snapshot)
  ctx.consistency.created(id)
  scheduleSnapshotStates(ctx, snapshot)
  return { Snapshot: snapshotView(ctx, snapshot) }
}

/**
 * Outscale limits the snapshots an account has in progress at once and answers
 * too-many-concurrent-snapshots (10008, catalogue) beyond that; the limit is not published
 * (options.fidelity.maxConcurrentSnapshots).
 */
function checkConcurrentSnapshots(ctx: SimContext, caller: Account): void {
  const { maxConcurrentSnapshots, quotaStatus } = ctx.options.fidelity
  if (maxConcurrentSnapshots === null) return
  const inProgress = [...ctx.store.snapshots.values()].filter(
    (snapshot) =>
      snapshot.accountId === caller.accountId &&
      (snapshot.state === 'in-queue' || snapshot.state === 'pending')
  ).length
  if (inProgress >= maxConcurrentSnapshots) {
    throw quotaError(
      'tooManyConcurrentSnapshots',
      quotaStatus,
      `The account already has ${inProgress} snapshots in progress (at most ${maxConcurrentSnapshots} at once)`
    )
  }
}

function volumeSource(
  ctx: SimContext,
  body: Body,
  caller: Account
): { file: string; size: number; volumeId: string } {
  const volume = ownVolume(ctx, body.VolumeId as string, caller)
  if (volume.state !== 'available' && volume.state !== 'in-use') {
    throw apiError(
      'invalidVolumeState',
      `The volume '${volume.id}' is ${volume.state}; it cannot be snapshotted now`
    )
  }
  // A guess (options.fidelity.linkedVolumeSnapshot): the real API is documented to accept it.
  if (volume.link && ctx.options.fidelity.linkedVolumeSnapshot === 'snapshot-refused') {
    throw apiError(
      'invalidVolumeState',
      `The volume '${volume.id}' is linked to '${volume.link.vmId}'; unlink it before snapshotting it`
    )
  }
  return { file: volume.file, size: volume.size, volumeId: volume.id }
}

function copySource(
  ctx: SimContext,
  body: Body,
  caller: Account
): { file: string; size: number; volumeId?: string } {
  const region = requireField<string>(body, 'SourceRegionName')
  if (region !== ctx.options.region) {
    throw apiError(
      'invalidParameterValue',
      `SourceRegionName must be your own Region (${ctx.options.region}), not '${region}'`
    )
  }
  const source = visibleSnapshot(ctx, body.SourceSnapshotId as string, caller)
  if (source.state !== 'completed') {
    throw apiError(
      'invalidState',
      `The snapshot '${source.id}' is ${source.state}; only a completed snapshot can be copied`
    )
  }
  return { file: source.file, size: source.size, volumeId: source.volumeId }
}

/** in-queue -> pending -> completed (or the fault's outcome). */
export function scheduleSnapshotStates(ctx: SimContext, snapshot: SnapshotRecord): void {
  ctx.scheduler.at(snapshot.pendingFrom, `snapshot ${snapshot.id} pending`, () => {
    if (snapshot.state === 'in-queue') snapshot.state = 'pending'
  })
  ctx.scheduler.at(snapshot.completesAt, `snapshot ${snapshot.id} completed`, () => {
    if (snapshot.state !== 'pending' && snapshot.state !== 'in-queue') return
    const fault = ctx.faults.takeResourceFault('snapshot', { id: snapshot.id })
    if (fault === 'stuck') {
      snapshot.state = 'pending'
      return
    }
    snapshot.state = fault === 'error' ? 'error' : 'completed'
    ctx.log(`snapshot ${snapshot.id} ${snapshot.state}`)
  })
}

/** ReadSnapshots' filters: each reads its value from the snapshot. */
const snapshotFilters: FilterTable<SnapshotRecord> = {
  SnapshotIds: equals((snapshot) => snapshot.id),
  States: equals((snapshot) => snapshot.state),
  VolumeIds: equals((snapshot) => snapshot.volumeId),
  VolumeSizes: equals((snapshot) => snapshot.size),
  AccountIds: equals((snapshot) => snapshot.accountId),
  AccountAliases: equals((snapshot, ctx) => ctx.store.accounts.get(snapshot.accountId)?.alias),
  Descriptions: matches((snapshot) => snapshot.description),
  ClientTokens: equals((snapshot) => snapshot.clientToken),
  PermissionsToCreateVolumeAccountIds: (wanted, snapshot) =>
    (wanted as string[]).some((id) => snapshot.permissions.accountIds.includes(id)),
  PermissionsToCreateVolumeGlobalPermission: equals((snapshot) => snapshot.permissions.global),
  ...tagFilters()
}

export async function readSnapshots(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const visible = [...ctx.store.snapshots.values()].filter(
    (snapshot) =>
      isVisibleTo(caller.accountId, snapshot.accountId, snapshot.permissions) &&
      ctx.consistency.isListed(snapshot.id)
  )
  const filters = body.Filters as Filters
  const snapshots = applyFilters('ReadSnapshots', snapshotFilters, filters, visible, ctx)
  const { page, NextPageToken } = paginate(
    'ReadSnapshots',
    snapshots,
    body,
    ctx.options.defaultResultsPerPage
  )
  return {
    Snapshots: page.map((snapshot) => snapshotView(ctx, snapshot)),
    ...(NextPageToken && { NextPageToken })
  }
}

export async function deleteSnapshot(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const snapshot = ownSnapshot(ctx, requireField<string>(body, 'SnapshotId'), caller)
  const users = ctx.store.imagesUsingSnapshot(snapshot.id)
  if (users.length > 0) {
    throw apiError(
      'resourceBusy',
      `The snapshot '${snapshot.id}' is used by the image(s) ${users.map((image) => image.id).join(', ')}; delete them first`
    )
  }
  if (ctx.consistency.snapshotHeld(snapshot.id)) {
    throw apiError(
      'resourceBusy',
      `The snapshot '${snapshot.id}' is still used by an image being deleted; try again in a moment`
    )
  }
  if (snapshot.state === 'deleting') return {}
  snapshot.state = 'deleting'
  ctx.scheduler.after(
    ctx.options.latency.snapshotDeleteMs,
    `snapshot ${snapshot.id} deleted`,
    async () => {
      ctx.store.forget(snapshot.id)
      await removeFile(snapshot.file)
    }
  )
  return {}
}

export async function updateSnapshot(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const snapshot = ownSnapshot(ctx, requireField<string>(body, 'SnapshotId'), caller)
  applyPermissionChanges(
    snapshot.permissions,
    requireField(body, 'PermissionsToCreateVolume'),
    'PermissionsToCreateVolume'
  )
  return { Snapshot: snapshotView(ctx, snapshot) }
}
