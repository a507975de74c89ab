import { log } from '../../log.js'
import {
  waitForImageAvailable,
  type BlockDeviceMappingImage,
  type BsuToCreate,
  type CreateImageRequest,
  type Image
} from '../../oapi/index.js'
import type { BlockDeviceMapping, BuildConfig } from '../../config/types.js'
import { buildStep } from '../step.js'
import { need, waitOptions, type BuildContext } from '../context.js'

/** OAPI takes Iops for io1 only; a gp2 mapping read back from an image reports its baseline. */
function withoutStrayIops(bsu: BsuToCreate): BsuToCreate {
  const { Iops, ...rest } = bsu
  return bsu.VolumeType === 'io1' && Iops ? bsu : rest
}

/** One omi_block_device_mappings entry as CreateImage takes it, as Packer builds them. */
function imageMapping(m: BlockDeviceMapping): BlockDeviceMappingImage {
  if (m.virtualName) return { DeviceName: m.deviceName, VirtualDeviceName: m.virtualName }
  const bsu: BsuToCreate = {
    DeleteOnVmDeletion: m.deleteOnVmDeletion ?? false,
    ...(m.volumeType ? { VolumeType: m.volumeType } : {}),
    ...(m.volumeSize ? { VolumeSize: m.volumeSize } : {}),
    ...(m.volumeType === 'io1' && m.iops ? { Iops: m.iops } : {}),
    ...(m.snapshotId ? { SnapshotId: m.snapshotId } : {})
  }
  return { DeviceName: m.deviceName, Bsu: bsu }
}

/**
 * from_scratch: the user's omi_block_device_mappings, as Packer builds them
 * (https://github.com/outscale/packer-plugin-outscale/blob/1b604d128efe5e57e715fdf35556c59d2b62de76/builder/common/block_device.go).
 */

function scratchMappings(config: BuildConfig): BlockDeviceMappingImage[] {
  return config.omiBlockDeviceMappings.map(imageMapping)
}

/**
 * What the root entry of omi_block_device_mappings changes on the source's root mapping: size,
 * type, IOPS and the deletion flag; the snapshot is set afterwards, and is always the build's.
 */
function changedRoot(
  mapping: BlockDeviceMappingImage,
  m: BlockDeviceMapping
): BlockDeviceMappingImage {
  const typeChanged = m.volumeType !== undefined && m.volumeType !== mapping.Bsu?.VolumeType
  const { Iops, ...bsu } = mapping.Bsu ?? {}
  return {
    DeviceName: mapping.DeviceName,
    Bsu: {
      ...bsu,
      // A source's io1 IOPS do not carry over to another type (OAPI refuses them there).
      ...(Iops !== undefined && !typeChanged ? { Iops } : {}),
      ...(m.volumeType ? { VolumeType: m.volumeType } : {}),
      ...(m.iops ? { Iops: m.iops } : {}),
      ...(m.volumeSize ? { VolumeSize: m.volumeSize } : {}),
      ...(m.deleteOnVmDeletion !== undefined ? { DeleteOnVmDeletion: m.deleteOnVmDeletion } : {})
    }
  }
}

/**
 * A build from a source: the source's mappings, with omi_block_device_mappings merged in by
 * device name, the way amazon-chroot lets ami_block_device_mappings shape the image: the root
 * entry changes the root mapping, another entry replaces the source's mapping of that name or
 * adds a data disk (empty, or from its snapshot), and no_device drops the source's mapping.
 */
function sourceMappings(
  config: BuildConfig,
  base: BlockDeviceMappingImage[],
  rootDeviceName: string
): BlockDeviceMappingImage[] {
  const changes = new Map(config.omiBlockDeviceMappings.map((m) => [m.deviceName, m]))
  const merged = base.flatMap((mapping): BlockDeviceMappingImage[] => {
    const change = mapping.DeviceName === undefined ? undefined : changes.get(mapping.DeviceName)
    if (!change) return [mapping]
    if (mapping.DeviceName === rootDeviceName) return [changedRoot(mapping, change)]
    return change.noDevice ? [] : [imageMapping(change)]
  })
  const sourceNames = new Set(base.map((mapping) => mapping.DeviceName))
  const added = config.omiBlockDeviceMappings.filter(
    (m) => !sourceNames.has(m.deviceName) && !m.noDevice
  )
  return [...merged, ...added.map(imageMapping)]
}

/**
 * The OMI's boot modes and vTPM requirement: the configuration's, else the source's (a UEFI source
 * registered without BootModes makes an OMI that boots the wrong way). From scratch without
 * configuration they are left out and the API's defaults apply (TpmMandatory: false).
 */
function bootSettings(config: BuildConfig, source: Image | undefined): Partial<CreateImageRequest> {
  const bootModes = config.omiBootModes.length > 0 ? config.omiBootModes : source?.BootModes
  const tpmMandatory = config.tpmMandatory ?? source?.TpmMandatory
  return {
    ...(bootModes && bootModes.length > 0 ? { BootModes: bootModes } : {}),
    ...(tpmMandatory !== undefined ? { TpmMandatory: tpmMandatory } : {})
  }
}

const stepName = 'StepRegisterOmi'

function rootDeviceOf(image: Image): string {
  if (!image.RootDeviceName) {
    throw new Error(`OMI ${image.ImageId} has no root device name: it cannot be a chroot source.`)
  }
  return image.RootDeviceName
}

/**
 * The CreateImage request: the mappings of the image the volume was made from (the source, or
 * its copy in this account when another account owns it: the registered OMI must not point at
 * another account's snapshots), or the scratch ones, with the new snapshot on the root device,
 * grown to root_volume_size when that is larger.
 */
export function registerRequest(context: BuildContext): CreateImageRequest {
  const { config } = context
  const source = context.sourceImage
  const snapshot = need(context, 'snapshot', stepName)
  const base = config.fromScratch
    ? undefined
    : (context.baseImage ?? source ?? need(context, 'baseImage', stepName))
  const rootDeviceName = base ? rootDeviceOf(base) : config.rootDeviceName
  const baseMappings = base
    ? sourceMappings(config, base.BlockDeviceMappings ?? [], rootDeviceName)
    : scratchMappings(config)
  const mappings = baseMappings.map((mapping): BlockDeviceMappingImage => {
    if (mapping.DeviceName !== rootDeviceName)
      return mapping.Bsu ? { ...mapping, Bsu: withoutStrayIops(mapping.Bsu) } : mapping
    const size = Math.max(
      mapping.Bsu?.VolumeSize ?? 0,
      config.rootVolumeSize,
      context.volume?.Size ?? 0
    )
    return {
      DeviceName: rootDeviceName,
      Bsu: withoutStrayIops({
        ...mapping.Bsu,
        SnapshotId: snapshot.SnapshotId,
        VolumeSize: size
      })
    }
  })
  const description = context.rendered?.omiDescription ?? ''
  return {
    ImageName: config.omiName,
    Architecture: source?.Architecture ?? 'x86_64',
    RootDeviceName: rootDeviceName,
    BlockDeviceMappings: mappings,
    ...(description ? { Description: description } : {}),
    ...(config.productCodes.length > 0 ? { ProductCodes: config.productCodes } : {}),
    ...bootSettings(config, source)
  }
}

/**
 * Registers the OMI. It is journaled before CreateImage is sent (CreateImage takes no ClientToken:
 * by its name and its snapshot, which are this build's), so a failure or a kill never leaves it
 * half-made.
 */
export const stepRegisterOmi = buildStep({
  name: stepName,
  title: 'Registering the OMI',
  async run(context, { journal, need }) {
    const { client, signal } = context
    const request = registerRequest(context)
    const found = { imageName: request.ImageName, snapshotId: need('snapshot').SnapshotId }
    const recorded = journal.record({ kind: 'image', ...found })
    const image = await client.createImage(request, signal)
    recorded.update({ imageId: image.ImageId })
    log.info(
      `OMI ${image.ImageId} "${image.ImageName}" registered; waiting for it to be available...`
    )
    context.image = await waitForImageAvailable(client, image.ImageId, waitOptions(context, 'omi'))
    log.info(`OMI ${image.ImageId} is available.`)
  }
})
