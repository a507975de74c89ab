/** Look-ups and checks several call families share. */
import { apiError, type ApiError, type ErrorName } from '../errors.js'
import { ID_PATTERNS } from '../ids.js'
import type { Body, SimContext } from '../context.js'
import type {
  Account,
  ImageRecord,
  Permissions,
  SnapshotRecord,
  VmRecord,
  VolumeRecord
} from '../state.js'
import { isVisibleTo } from '../state.js'

/** Required fields are checked by the spec's schema too; this keeps the simulator safe without it. */
export function requireField<T>(body: Body, field: string): T {
  const value = body[field]
  if (value === undefined || value === null || value === '') {
    throw apiError('missingParameter', `The parameter '${field}' is required`)
  }
  return value as T
}

function checkIdFormat(id: string, pattern: RegExp, field: string): void {
  if (!pattern.test(id)) {
    throw apiError(
      'invalidId',
      `The ${field} '${id}' is not a valid id (expected ${pattern.source})`
    )
  }
}

/**
 * The not-found error, its Details worded as options.fidelity.notFoundDetails says: the real API
 * writes "The ImageId 'ami-…' doesn't exist." (cluster-api-provider-outscale PR #474) or nothing
 * at all (terraform-provider-outscale issue #157).
 */
export function notFoundError(
  ctx: SimContext,
  name: ErrorName,
  field: string,
  what: string,
  id: string
): ApiError {
  switch (ctx.options.fidelity.notFoundDetails) {
    case 'real':
      return apiError(name, `The ${field} '${id}' doesn't exist.`)
    case 'empty':
      return apiError(name, '')
    default:
      return apiError(name, `The ${what} '${id}' does not exist`)
  }
}

function notFound(
  ctx: SimContext,
  name: ErrorName,
  field: string,
  what: string,
  id: string
): never {
  throw notFoundError(ctx, name, field, what, id)
}

/** A volume of the caller's account (other accounts' volumes do not exist for it). */
export function ownVolume(ctx: SimContext, id: string, caller: Account): VolumeRecord {
  checkIdFormat(id, ID_PATTERNS.volume, 'VolumeId')
  const volume = ctx.store.volumes.get(id)
  if (!volume || volume.accountId !== caller.accountId)
    notFound(ctx, 'volumeNotFound', 'VolumeId', 'volume', id)
  return volume
}

export function ownVm(ctx: SimContext, id: string, caller: Account): VmRecord {
  checkIdFormat(id, ID_PATTERNS.vm, 'VmId')
  const vm = ctx.store.vms.get(id)
  if (!vm || vm.accountId !== caller.accountId) notFound(ctx, 'vmNotFound', 'VmId', 'VM', id)
  return vm
}

/** A snapshot the caller owns or may create volumes from. */
export function visibleSnapshot(ctx: SimContext, id: string, caller: Account): SnapshotRecord {
  checkIdFormat(id, ID_PATTERNS.snapshot, 'SnapshotId')
  const snapshot = ctx.store.snapshots.get(id)
  if (!snapshot || !isVisibleTo(caller.accountId, snapshot.accountId, snapshot.permissions)) {
    notFound(ctx, 'snapshotNotFound', 'SnapshotId', 'snapshot', id)
  }
  return snapshot
}

export function ownSnapshot(ctx: SimContext, id: string, caller: Account): SnapshotRecord {
  const snapshot = visibleSnapshot(ctx, id, caller)
  if (snapshot.accountId !== caller.accountId) {
    throw apiError('operationNotSupported', `The snapshot '${id}' belongs to another account`)
  }
  return snapshot
}

/** An image the caller owns or may launch. */
export function visibleImage(ctx: SimContext, id: string, caller: Account): ImageRecord {
  checkIdFormat(id, ID_PATTERNS.image, 'ImageId')
  const image = ctx.store.images.get(id)
  if (!image || !isVisibleTo(caller.accountId, image.accountId, image.permissions)) {
    notFound(ctx, 'imageNotFound', 'ImageId', 'image', id)
  }
  return image
}

export function ownImage(ctx: SimContext, id: string, caller: Account): ImageRecord {
  const image = visibleImage(ctx, id, caller)
  if (image.accountId !== caller.accountId) {
    throw apiError('operationNotSupported', `The image '${id}' belongs to another account`)
  }
  return image
}

export const VOLUME_TYPES = ['standard', 'gp2', 'io1']
export const MAX_VOLUME_SIZE_GIB = 14901

/**
 * Size and IOPS rules shared by CreateVolume and image mappings
 * (https://docs.outscale.com/en/userguide/About-Volumes.html): 1-14901 GiB; IOPS required for
 * io1, 100-13000 and at most 300 per GiB. Iops given for gp2 or standard is
 * accepted and ignored, as the real API does (the terraform provider sends it for every type).
 */
export function checkVolumeShape(
  where: string,
  type: string,
  size: number,
  iops: number | undefined
): void {
  if (!VOLUME_TYPES.includes(type)) {
    throw apiError(
      'invalidParameterValue',
      `${where}VolumeType '${type}' is not one of ${VOLUME_TYPES.join(', ')}`
    )
  }
  if (!Number.isInteger(size) || size < 1 || size > MAX_VOLUME_SIZE_GIB) {
    throw apiError(
      'invalidVolumeSize',
      `${where}Size ${size} is outside 1-${MAX_VOLUME_SIZE_GIB} GiB`
    )
  }
  if (type !== 'io1') return
  if (iops === undefined)
    throw apiError('missingParameter', `${where}Iops is required for io1 volumes`)
  if (iops < 100 || iops > 13000) {
    throw apiError('invalidIops', `${where}Iops ${iops} is outside 100-13000`)
  }
  if (iops > 300 * size) {
    throw apiError(
      'invalidIops',
      `${where}Iops ${iops} is more than 300 per GiB (${300 * size} for ${size} GiB)`
    )
  }
}

/** The IOPS the API reports for a volume (gp2: the 3 IOPS/GiB baseline, at least 100). */
export function reportedIops(type: string, size: number, iops: number | undefined): number {
  if (type === 'io1') return iops as number
  if (type === 'gp2') return Math.min(16000, Math.max(100, 3 * size))
  return 150
}

/** Applies PermissionsToLaunch / PermissionsToCreateVolume { Additions?, Removals? }. */
export function applyPermissionChanges(
  current: Permissions,
  changes: unknown,
  field: string
): void {
  const { Additions, Removals } = (changes ?? {}) as {
    Additions?: { AccountIds?: string[]; GlobalPermission?: boolean }
    Removals?: { AccountIds?: string[]; GlobalPermission?: boolean }
  }
  const hasContent = (part?: { AccountIds?: string[]; GlobalPermission?: boolean }): boolean =>
    part !== undefined &&
    ((part.AccountIds?.length ?? 0) > 0 || part.GlobalPermission !== undefined)
  if (!hasContent(Additions) && !hasContent(Removals)) {
    throw apiError(
      'missingParameter',
      `${field} needs Additions or Removals with AccountIds or GlobalPermission`
    )
  }
  for (const id of [...(Additions?.AccountIds ?? []), ...(Removals?.AccountIds ?? [])]) {
    if (!ID_PATTERNS.account.test(id)) {
      throw apiError('invalidParameterValue', `${field}: '${id}' is not an account id (12 digits)`)
    }
  }
  for (const id of Additions?.AccountIds ?? []) {
    if (!current.accountIds.includes(id)) current.accountIds.push(id)
  }
  current.accountIds = current.accountIds.filter((id) => !(Removals?.AccountIds ?? []).includes(id))
  if (Additions?.GlobalPermission === true) current.global = true
  if (Removals?.GlobalPermission === true) current.global = false
}

export function permissionsView(permissions: Permissions): {
  AccountIds: string[]
  GlobalPermission: boolean
} {
  return { AccountIds: [...permissions.accountIds], GlobalPermission: permissions.global }
}

/** Outscale image names (CreateImage's ImageName): 3-128 of letters, digits, space and _ ( ) / . - */
export function checkImageName(name: string): void {
  if (!/^[A-Za-z0-9_ ()/.-]{3,128}$/.test(name)) {
    throw apiError(
      'invalidImageName',
      `ImageName '${name}' must be 3-128 characters of letters, digits, spaces and _ ( ) / . -`
    )
  }
}

export function checkImageNameFree(ctx: SimContext, name: string, accountId: string): void {
  const taken = [...ctx.store.images.values()].some(
    (image) => image.accountId === accountId && image.name === name
  )
  if (taken)
    throw apiError('duplicateName', `An image named '${name}' already exists in your account`)
}
