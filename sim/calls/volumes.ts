/** CreateVolume, ReadVolumes, DeleteVolume and the volume's own states (creating -> available). */
import { join } from 'node:path'
import { apiError } from '../errors.js'
import { isoDate } from '../ids.js'
import { copySparseFile, createSparseFile, removeFile } from '../files.js'
import {
  applyFilters,
  equals,
  includes,
  tagFilters,
  type Filters,
  type FilterTable
} from '../filters.js'
import { paginate } from '../pagination.js'
import type { Body, SimContext } from '../context.js'
import type { Account, VolumeRecord } from '../state.js'
import {
  checkVolumeShape,
  ownVolume,
  reportedIops,
  requireField,
  visibleSnapshot
} from './common.js'

export function subregionNames(ctx: SimContext): string[] {
  const { region, subregion } = ctx.options
  return [...new Set([`${region}a`, `${region}b`, subregion])].sort()
}

export function volumeView(ctx: SimContext, volume: VolumeRecord): Body {
  const link = volume.link
  return {
    VolumeId: volume.id,
    Size: volume.size,
    VolumeType: volume.type,
    Iops: volume.iops,
    SubregionName: volume.subregion,
    State: volume.state,
    CreationDate: isoDate(volume.createdAt),
    ...(volume.snapshotId !== undefined && { SnapshotId: volume.snapshotId }),
    ...(volume.clientToken !== undefined && { ClientToken: volume.clientToken }),
    LinkedVolumes: link
      ? [
          {
            VolumeId: volume.id,
            VmId: link.vmId,
            DeviceName: link.deviceName,
            State: link.state,
            DeleteOnVmDeletion: link.deleteOnVmDeletion
          }
        ]
      : [],
    Tags: ctx.store.tagsOf(volume.id)
  }
}

export async function createVolume(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const subregion = requireField<string>(body, 'SubregionName')
  if (!subregionNames(ctx).includes(subregion)) {
    throw apiError(
      'subregionNotFound',
      `The Subregion '${subregion}' does not exist in ${ctx.options.region}`
    )
  }
  const clientToken = body.ClientToken as string | undefined
  if (clientToken !== undefined) {
    const earlier = [...ctx.store.volumes.values()].find(
      (volume) => volume.accountId === caller.accountId && volume.clientToken === clientToken
    )
    if (earlier) return { Volume: volumeView(ctx, earlier) }
  }
  const type = (body.VolumeType as string | undefined) ?? 'standard'
  const iops = body.Iops as number | undefined
  const snapshot =
    body.SnapshotId === undefined
      ? undefined
      : visibleSnapshot(ctx, body.SnapshotId as string, caller)
  if (snapshot && snapshot.state !== 'completed') {
    throw apiError(
      'invalidState',
      `The snapshot '${snapshot.id}' is ${snapshot.state}; wait until it is completed`
    )
  }
  if (body.Size === undefined && !snapshot) {
    throw apiError('missingParameter', 'Size is required unless SnapshotId is given')
  }
  const size = (body.Size as number | undefined) ?? (snapshot as { size: number }).size
  if (snapshot && size < snapshot.size) {
    throw apiError(
      'invalidVolumeSize',
      `Size ${size} is smaller than the snapshot '${snapshot.id}' (${snapshot.size} GiB)`
    )
  }
  checkVolumeShape('', type, size, iops)

  const id = ctx.store.newId('vol')
  const file = join(ctx.volumesDir, `${id}.img`)
  if (snapshot) await copySparseFile(snapshot.file, file, size)
  else await createSparseFile(file, size)
  const volume: VolumeRecord = {
    id,
    accountId: caller.accountId,
    size,
    type,
    iops: reportedIops(type, size, iops),
    subregion,
    snapshotId: snapshot?.id,
    clientToken,
    createdAt: ctx.wallClock(),
    state: 'creating',
    file
  }
  ctx.store.volumes.set(id, volume)
  ctx.consistency.created(id)
  ctx.scheduler.after(ctx.options.latency.volumeCreateMs, `volume ${id} created`, () =>
    finishCreation(ctx, volume)
  )
  return { Volume: volumeView(ctx, volume) }
}

function finishCreation(ctx: SimContext, volume: VolumeRecord): void {
  if (volume.state !== 'creating') return
  const fault = ctx.faults.takeResourceFault('volume', { id: volume.id })
  if (fault === 'stuck') return
  volume.state = fault === 'error' ? 'error' : 'available'
  ctx.log(`volume ${volume.id} ${volume.state}`)
}

/** ReadVolumes' filters: each reads its value from the volume. */
const volumeFilters: FilterTable<VolumeRecord> = {
  VolumeIds: equals((volume) => volume.id),
  VolumeStates: equals((volume) => volume.state),
  VolumeTypes: equals((volume) => volume.type),
  VolumeSizes: equals((volume) => volume.size),
  SubregionNames: equals((volume) => volume.subregion),
  SnapshotIds: equals((volume) => volume.snapshotId),
  ClientTokens: equals((volume) => volume.clientToken),
  LinkVolumeVmIds: includes((volume) => [volume.link?.vmId]),
  LinkVolumeDeviceNames: includes((volume) => [volume.link?.deviceName]),
  LinkVolumeLinkStates: includes((volume) => [volume.link?.state]),
  ...tagFilters()
}

export async function readVolumes(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const own = [...ctx.store.volumes.values()].filter(
    (volume) => volume.accountId === caller.accountId && ctx.consistency.isListed(volume.id)
  )
  const volumes = applyFilters('ReadVolumes', volumeFilters, body.Filters as Filters, own, ctx)
  const { page, NextPageToken } = paginate(
    'ReadVolumes',
    volumes,
    body,
    ctx.options.defaultResultsPerPage
  )
  return {
    Volumes: page.map((volume) => volumeView(ctx, volume)),
    ...(NextPageToken && { NextPageToken })
  }
}

export async function deleteVolume(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const volume = ownVolume(ctx, requireField<string>(body, 'VolumeId'), caller)
  if (volume.state !== 'available' && volume.state !== 'error') {
    throw apiError(
      'invalidVolumeState',
      `The volume '${volume.id}' is ${volume.state}; only an available (unlinked) volume can be deleted`
    )
  }
  volume.state = 'deleting'
  ctx.scheduler.after(
    ctx.options.latency.volumeDeleteMs,
    `volume ${volume.id} deleted`,
    async () => {
      ctx.store.forget(volume.id)
      await removeFile(volume.file)
    }
  )
  return {}
}
