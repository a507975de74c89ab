/**
 * CreateImage (register from snapshots, or copy an image you may launch into your own account),
 * ReadImages, DeleteImage, UpdateImage. Images are pending, then available (or failed).
 */
import { join } from 'node:path'
import { apiError } from '../errors.js'
import { isoDate } from '../ids.js'
import { copySparseFile } from '../files.js'
import {
  applyFilters,
  equals,
  includes,
  matches,
  tagFilters,
  type Filters,
  type FilterTable
} from '../filters.js'
import { paginate } from '../pagination.js'
import type { Body, SimContext } from '../context.js'
import type { Account, ImageMapping, ImageRecord, SnapshotRecord } from '../state.js'
import { isVisibleTo } from '../state.js'
import {
  applyPermissionChanges,
  checkImageName,
  checkImageNameFree,
  checkVolumeShape,
  ownImage,
  permissionsView,
  requireField,
  visibleImage,
  visibleSnapshot
} from './common.js'

const ARCHITECTURES = ['x86_64', 'i386']

export function imageView(ctx: SimContext, image: ImageRecord): Body {
  const alias = ctx.store.accounts.get(image.accountId)?.alias
  return {
    ImageId: image.id,
    ImageName: image.name,
    Description: image.description,
    AccountId: image.accountId,
    ...(alias !== undefined && { AccountAlias: alias }),
    Architecture: image.architecture,
    BlockDeviceMappings: image.mappings.map((mapping) => ({
      DeviceName: mapping.deviceName,
      Bsu: {
        ...(mapping.snapshotId !== undefined && { SnapshotId: mapping.snapshotId }),
        VolumeSize: mapping.volumeSize,
        VolumeType: mapping.volumeType,
        ...(mapping.iops !== undefined && { Iops: mapping.iops }),
        DeleteOnVmDeletion: mapping.deleteOnVmDeletion
      }
    })),
    BootModes: image.bootModes,
    CreationDate: isoDate(image.createdAt),
    FileLocation: fileLocation(image),
    ImageType: 'machine',
    PermissionsToLaunch: permissionsView(image.permissions),
    ProductCodes: image.productCodes,
    RootDeviceName: image.rootDeviceName,
    RootDeviceType: image.rootDeviceType,
    SecureBoot: false,
    State: image.state,
    StateComment: image.stateComment ?? {},
    Tags: ctx.store.tagsOf(image.id),
    TpmMandatory: image.tpmMandatory
  }
}

function fileLocation(image: ImageRecord): string {
  return `${image.accountId}/${image.name}`
}

/** A filter on numbers: one of the values equals one of the resource's. */
function anyOfValues(wanted: unknown, actuals: number[]): boolean {
  if (wanted === undefined || (Array.isArray(wanted) && wanted.length === 0)) return true
  const values = (Array.isArray(wanted) ? wanted : [wanted]) as number[]
  return actuals.some((actual) => values.includes(actual))
}

export async function createImage(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  if (body.VmId !== undefined || body.FileLocation !== undefined) {
    throw apiError(
      'notImplementedBySimulator',
      'The simulator creates images from snapshots or by copying an image only'
    )
  }
  if (body.SourceImageId !== undefined) {
    if (body.BlockDeviceMappings !== undefined) {
      throw apiError(
        'invalidParameterValue',
        'Give either SourceImageId (copy) or BlockDeviceMappings (register), not both'
      )
    }
    return { Image: imageView(ctx, await copyImage(ctx, body, caller)) }
  }
  if (body.BlockDeviceMappings === undefined) {
    throw apiError(
      'missingParameter',
      'Give BlockDeviceMappings and RootDeviceName (register) or SourceImageId (copy)'
    )
  }
  return { Image: imageView(ctx, registerImage(ctx, body, caller)) }
}

interface MappingRequest {
  DeviceName?: string
  VirtualDeviceName?: string
  Bsu?: {
    SnapshotId?: string
    VolumeSize?: number
    VolumeType?: string
    Iops?: number
    DeleteOnVmDeletion?: boolean
  }
}

function registerImage(ctx: SimContext, body: Body, caller: Account): ImageRecord {
  const name = requireField<string>(body, 'ImageName')
  checkImageName(name)
  checkImageNameFree(ctx, name, caller.accountId)
  const rootDeviceName = requireField<string>(body, 'RootDeviceName')
  const requested = body.BlockDeviceMappings as MappingRequest[]
  const mappings = requested.map((mapping, index) => imageMapping(ctx, mapping, index, caller))
  const root = mappings.find((mapping) => mapping.deviceName === rootDeviceName)
  if (root !== undefined && root.snapshotId === undefined) {
    throw apiError(
      'invalidParameterValue',
      `The mapping of the RootDeviceName ${rootDeviceName} needs a Bsu.SnapshotId`
    )
  }
  if (root === undefined) {
    throw apiError(
      'invalidParameterValue',
      `No block device mapping has the RootDeviceName ${rootDeviceName}`
    )
  }
  const architecture = (body.Architecture as string | undefined) ?? 'x86_64'
  if (!ARCHITECTURES.includes(architecture)) {
    throw apiError(
      'invalidParameterValue',
      `Architecture '${architecture}' is not one of ${ARCHITECTURES.join(', ')}`
    )
  }
  const image: ImageRecord = {
    id: ctx.store.newId('ami'),
    accountId: caller.accountId,
    name,
    description: (body.Description as string | undefined) ?? '',
    architecture,
    state: 'pending',
    createdAt: ctx.wallClock(),
    rootDeviceName,
    rootDeviceType: 'bsu',
    mappings,
    bootModes: (body.BootModes as string[] | undefined) ?? ['legacy'],
    productCodes: (body.ProductCodes as string[] | undefined) ?? ['0001'],
    permissions: { accountIds: [], global: false },
    tpmMandatory: (body.TpmMandatory as boolean | undefined) ?? false
  }
  ctx.store.images.set(image.id, image)
  ctx.consistency.created(image.id)
  scheduleImageAvailable(ctx, image, ctx.options.latency.imageCreateMs)
  return image
}

function imageMapping(
  ctx: SimContext,
  mapping: MappingRequest,
  index: number,
  caller: Account
): ImageMapping {
  const where = `BlockDeviceMappings[${index}].`
  if (mapping.DeviceName === undefined)
    throw apiError('missingParameter', `${where}DeviceName is required`)
  if (mapping.Bsu === undefined) {
    throw apiError(
      'notImplementedBySimulator',
      `${where}Bsu is required by the simulator (no ephemeral devices)`
    )
  }
  if (mapping.Bsu.SnapshotId === undefined) return emptyDiskMapping(mapping, where)
  const snapshot = visibleSnapshot(ctx, mapping.Bsu.SnapshotId, caller)
  if (snapshot.state !== 'completed') {
    throw apiError(
      'invalidState',
      `The snapshot '${snapshot.id}' is ${snapshot.state}; wait until it is completed`
    )
  }
  const size = mapping.Bsu.VolumeSize ?? snapshot.size
  if (size < snapshot.size) {
    throw apiError(
      'invalidVolumeSize',
      `${where}Bsu.VolumeSize ${size} is smaller than the snapshot (${snapshot.size} GiB)`
    )
  }
  const type = mapping.Bsu.VolumeType ?? 'standard'
  checkVolumeShape(`${where}Bsu.`, type, size, mapping.Bsu.Iops)
  return {
    deviceName: mapping.DeviceName,
    snapshotId: snapshot.id,
    volumeSize: size,
    volumeType: type,
    // Iops on gp2 or standard is accepted and ignored, as for CreateVolume.
    iops: type === 'io1' ? mapping.Bsu.Iops : undefined,
    deleteOnVmDeletion: mapping.Bsu.DeleteOnVmDeletion ?? true
  }
}

/** A data disk without a snapshot: a blank volume of Bsu.VolumeSize, which is then required. */
function emptyDiskMapping(mapping: MappingRequest, where: string): ImageMapping {
  const bsu = mapping.Bsu ?? {}
  if (bsu.VolumeSize === undefined) {
    throw apiError('missingParameter', `${where}Bsu.VolumeSize is required without a SnapshotId`)
  }
  const type = bsu.VolumeType ?? 'standard'
  checkVolumeShape(`${where}Bsu.`, type, bsu.VolumeSize, bsu.Iops)
  return {
    deviceName: mapping.DeviceName as string,
    volumeSize: bsu.VolumeSize,
    volumeType: type,
    iops: type === 'io1' ? bsu.Iops : undefined,
    deleteOnVmDeletion: bsu.DeleteOnVmDeletion ?? true
  }
}

/** A same-Region copy: the copy and copies of its snapshots belong to the caller. */
async function copyImage(ctx: SimContext, body: Body, caller: Account): Promise<ImageRecord> {
  const region = requireField<string>(body, 'SourceRegionName')
  if (region !== ctx.options.region) {
    throw apiError(
      'invalidParameterValue',
      `SourceRegionName must be your own Region (${ctx.options.region}), not '${region}'`
    )
  }
  const source = visibleImage(ctx, body.SourceImageId as string, caller)
  if (source.state !== 'available') {
    throw apiError(
      'invalidImageState',
      `The image '${source.id}' is ${source.state}; only an available image can be copied`
    )
  }
  const name = (body.ImageName as string | undefined) ?? source.name
  checkImageName(name)
  checkImageNameFree(ctx, name, caller.accountId)
  const mappings: ImageMapping[] = []
  for (const mapping of source.mappings) {
    if (mapping.snapshotId === undefined) {
      mappings.push({ ...mapping })
      continue
    }
    const copy = await copySnapshotForImage(
      ctx,
      ctx.store.snapshots.get(mapping.snapshotId),
      caller,
      source.id
    )
    mappings.push({ ...mapping, snapshotId: copy.id })
  }
  const image: ImageRecord = {
    ...source,
    id: ctx.store.newId('ami'),
    accountId: caller.accountId,
    name,
    description: (body.Description as string | undefined) ?? source.description,
    state: 'pending',
    createdAt: ctx.wallClock(),
    // An image copied into the account is the account's own: it reports bsu whatever the
    // source said (REAL-BEHAVIOUR.md: terraform-provider-outscale's recorded state).
    rootDeviceType: 'bsu',
    mappings,
    permissions: { accountIds: [], global: false },
    stateComment: undefined
  }
  ctx.store.images.set(image.id, image)
  ctx.consistency.created(image.id)
  scheduleImageAvailable(ctx, image, ctx.options.latency.imageCopyMs)
  return image
}

async function copySnapshotForImage(
  ctx: SimContext,
  source: SnapshotRecord | undefined,
  caller: Account,
  imageId: string
): Promise<SnapshotRecord> {
  if (!source)
    throw apiError(
      'invalidState',
      `The image '${imageId}' refers to a snapshot that no longer exists`
    )
  const id = ctx.store.newId('snap')
  const file = join(ctx.snapshotsDir, `${id}.img`)
  await copySparseFile(source.file, file)
  const now = Date.now()
  const copy: SnapshotRecord = {
    ...source,
    id,
    accountId: caller.accountId,
    description: `Copy of ${source.id} for ${imageId}`,
    state: 'completed',
    createdAt: ctx.wallClock(),
    clientToken: undefined,
    pendingFrom: now,
    completesAt: now,
    permissions: { accountIds: [], global: false },
    file
  }
  ctx.store.snapshots.set(id, copy)
  return copy
}

function scheduleImageAvailable(ctx: SimContext, image: ImageRecord, delayMs: number): void {
  ctx.scheduler.after(delayMs, `image ${image.id} available`, () => {
    if (image.state !== 'pending' || !ctx.store.images.has(image.id)) return
    const fault = ctx.faults.takeResourceFault('image', { id: image.id, name: image.name })
    if (fault === 'stuck') return
    if (fault === 'failed') {
      image.state = 'failed'
      image.stateComment = {
        StateCode: 'Client.ImageFailed',
        StateMessage: 'Injected failure (simulator)'
      }
    } else {
      image.state = 'available'
    }
    ctx.log(`image ${image.id} ${image.state}`)
  })
}

/** Every OMI is a Xen HVM image (the spec: Hypervisors "always xen", VirtualizationTypes "always hvm"). */
const HYPERVISOR = 'xen'
const VIRTUALIZATION_TYPE = 'hvm'

/** Names of product codes (assumed: 0001 is Outscale's Linux product code). */
const PRODUCT_CODE_NAMES: Record<string, string> = { '0001': 'Linux' }

/** 'ebs' and 'bsu' name the same root device type: a filter on either finds both. */
function rootDeviceTypeMatches(wanted: unknown): boolean {
  if (wanted === undefined) return true
  const values = (Array.isArray(wanted) ? wanted : [wanted]) as string[]
  return values.length === 0 || values.some((value) => value === 'bsu' || value === 'ebs')
}

/** ReadImages' filters, every one of the spec's FiltersImage: each reads its value from the image. */
const imageFilters: FilterTable<ImageRecord> = {
  ImageIds: equals((image) => image.id),
  ImageNames: matches((image) => image.name),
  AccountIds: equals((image) => image.accountId),
  AccountAliases: equals((image, ctx) => ctx.store.accounts.get(image.accountId)?.alias),
  States: equals((image) => image.state),
  Architectures: equals((image) => image.architecture),
  Descriptions: matches((image) => image.description),
  FileLocations: matches(fileLocation),
  RootDeviceNames: equals((image) => image.rootDeviceName),
  RootDeviceTypes: (wanted) => rootDeviceTypeMatches(wanted),
  BlockDeviceMappingSnapshotIds: includes((image) =>
    image.mappings.flatMap((m) => m.snapshotId ?? [])
  ),
  BlockDeviceMappingDeviceNames: includes((image) => image.mappings.map((m) => m.deviceName)),
  BlockDeviceMappingVolumeSizes: (wanted, image) =>
    anyOfValues(
      wanted,
      image.mappings.map((m) => m.volumeSize)
    ),
  BlockDeviceMappingVolumeTypes: includes((image) => image.mappings.map((m) => m.volumeType)),
  BlockDeviceMappingDeleteOnVmDeletion: (wanted, image) =>
    image.mappings.some((mapping) => mapping.deleteOnVmDeletion === wanted),
  BootModes: includes((image) => image.bootModes),
  Hypervisors: equals(() => HYPERVISOR),
  VirtualizationTypes: equals(() => VIRTUALIZATION_TYPE),
  ProductCodes: includes((image) => image.productCodes),
  ProductCodeNames: includes((image) => image.productCodes.map((code) => PRODUCT_CODE_NAMES[code])),
  SecureBoot: equals(() => false),
  TpmMandatory: equals((image) => image.tpmMandatory),
  PermissionsToLaunchAccountIds: includes((image) => image.permissions.accountIds),
  PermissionsToLaunchGlobalPermission: equals((image) => image.permissions.global),
  ...tagFilters()
}

export async function readImages(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const visible = [...ctx.store.images.values()].filter(
    (image) =>
      isVisibleTo(caller.accountId, image.accountId, image.permissions) &&
      ctx.consistency.isListed(image.id)
  )
  const images = applyFilters('ReadImages', imageFilters, body.Filters as Filters, visible, ctx)
  const { page, NextPageToken } = paginate(
    'ReadImages',
    images,
    body,
    ctx.options.defaultResultsPerPage
  )
  return {
    Images: page.map((image) => imageView(ctx, image)),
    ...(NextPageToken && { NextPageToken })
  }
}

/**
 * The image goes; its snapshots stay (DeleteImage deletes no snapshot), though for a moment they
 * may still be held by it (options.fidelity.deletedImageHoldsSnapshotMs).
 */
export async function deleteImage(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const image = ownImage(ctx, requireField<string>(body, 'ImageId'), caller)
  ctx.store.forget(image.id)
  ctx.consistency.imageDeleted(image.mappings.flatMap((mapping) => mapping.snapshotId ?? []))
  return {}
}

export async function updateImage(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const image = ownImage(ctx, requireField<string>(body, 'ImageId'), caller)
  const changes = ['PermissionsToLaunch', 'Description', 'ProductCodes'].filter(
    (key) => body[key] !== undefined
  )
  if (changes.length === 0) {
    throw apiError(
      'missingParameter',
      'Give PermissionsToLaunch, Description or ProductCodes to change'
    )
  }
  if (body.PermissionsToLaunch !== undefined) {
    applyPermissionChanges(image.permissions, body.PermissionsToLaunch, 'PermissionsToLaunch')
  }
  if (body.Description !== undefined) image.description = body.Description as string
  if (body.ProductCodes !== undefined) image.productCodes = body.ProductCodes as string[]
  return { Image: imageView(ctx, image) }
}
