/** CreateVolume, ReadVolumes, DeleteVolume and the volume's own states (creating -> available). */
import { join } from 'node:path'
import { apiError } from '../errors.js'
import { isoDate } from '../ids.js'
import { copySparseFile, createSparseFile, removeFile } from '../files.js'
import {
  checkSupportedFilters,
  oneOf,
  anyOf,
  tagsMatch,
  TAG_FILTERS,
  type Filters
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

const VOLUME_FILTERS = [
  'VolumeIds',
  'VolumeStates',
  'VolumeTypes',
  'VolumeSizes',
  'SubregionNames',
  'SnapshotIds',
  'ClientTokens',
  'LinkVolumeVmIds',
  'LinkVolumeDeviceNames',
  'LinkVolumeLinkStates',
  ...TAG_FILTERS
]

export async function readVolumes(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const filters = body.Filters as Filters | undefined
  checkSupportedFilters('ReadVolumes', filters, VOLUME_FILTERS)
  const f = filters ?? {}
  const volumes = [...ctx.store.volumes.values()].filter(
    (volume) =>
      volume.accountId === caller.accountId &&
      ctx.consistency.isListed(volume.id) &&
      oneOf(f.VolumeIds, volume.id) &&
      oneOf(f.VolumeStates, volume.state) &&
      oneOf(f.VolumeTypes, volume.type) &&
      oneOf(f.VolumeSizes, volume.size) &&
      oneOf(f.SubregionNames, volume.subregion) &&
      oneOf(f.SnapshotIds, volume.snapshotId) &&
      oneOf(f.ClientTokens, volume.clientToken) &&
      anyOf(f.LinkVolumeVmIds, [volume.link?.vmId]) &&
      anyOf(f.LinkVolumeDeviceNames, [volume.link?.deviceName]) &&
      anyOf(f.LinkVolumeLinkStates, [volume.link?.state]) &&
      tagsMatch(filters, ctx.store.tagsOf(volume.id))
  )
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
