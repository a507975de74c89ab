import { log } from '../../log.js'
import {
  persist,
  toResourceTags,
  waitForVolumeAvailable,
  type BlockDeviceMappingImage,
  type BsuToCreate,
  type CreateVolumeRequest,
  type Image
} from '../../oapi/index.js'
import type { BuildConfig } from '../../config/types.js'
import { buildStep } from '../step.js'
import { buildTags, persistOptions, waitOptions } from '../context.js'
import { tagOnceListed } from '../tag-while-waiting.js'
import { newClientToken } from '../identity.js'

/** The base image's root mapping: the one whose DeviceName is the image's RootDeviceName. */
export function rootMapping(image: Image): BlockDeviceMappingImage & { Bsu: BsuToCreate } {
  const mapping = image.BlockDeviceMappings?.find((m) => m.DeviceName === image.RootDeviceName)
  if (!mapping?.Bsu?.SnapshotId) {
    throw new Error(
      `OMI ${image.ImageId} has no BSU root mapping for its root device ${image.RootDeviceName}: it cannot be a chroot source.`
    )
  }
  return { ...mapping, Bsu: mapping.Bsu }
}

/**
 * The CreateVolume request, with Packer's rules (reference/packer-osc-chroot.md): from scratch, an
 * empty volume of root_volume_size (gp2 by default); otherwise a copy of the root snapshot, grown
 * to root_volume_size when that is larger, keeping the source's type unless root_volume_type
 * says. Size is left out when neither says one: the API then takes the snapshot's size (Size 0
 * is refused). Iops is only ever sent for io1; an io1 source keeps its Iops unless
 * root_volume_iops is set.
 */
export function volumeRequest(
  config: BuildConfig,
  subregion: string,
  image?: Image
): CreateVolumeRequest {
  if (config.fromScratch) {
    const type = config.rootVolumeType || 'gp2'
    return {
      SubregionName: subregion,
      Size: config.rootVolumeSize,
      VolumeType: type,
      ...(type === 'io1' ? { Iops: config.rootVolumeIops } : {})
    }
  }
  if (!image)
    throw new Error('without from_scratch the volume is made from an OMI, and none was given')
  const bsu = rootMapping(image).Bsu
  const sourceSize = bsu.VolumeSize ?? 0
  if (config.rootVolumeSize > 0 && config.rootVolumeSize < sourceSize) {
    log.warning(
      `root_volume_size ${config.rootVolumeSize} GiB is smaller than the source's ${sourceSize} GiB: keeping ${sourceSize} GiB.`
    )
  }
  const type = config.rootVolumeType || bsu.VolumeType || 'standard'
  const iops = config.rootVolumeIops || (bsu.VolumeType === 'io1' ? bsu.Iops : undefined)
  const size = Math.max(sourceSize, config.rootVolumeSize)
  return {
    SubregionName: subregion,
    SnapshotId: bsu.SnapshotId,
    ...(size > 0 ? { Size: size } : {}),
    VolumeType: type,
    ...(type === 'io1' && iops ? { Iops: iops } : {})
  }
}

/**
 * Creates the work volume and tags it with the build id while waiting for it. It is
 * journaled with its ClientToken before CreateVolume is sent: a volume whose id never came back
 * (the step killed during the call) is still found and deleted.
 */
export const stepCreateVolume = buildStep({
  name: 'StepCreateVolume',
  title: 'Creating the root volume',
  async run(context, { journal, need }) {
    const { client, config, signal } = context
    const tags = {
      ...need('rendered').rootVolumeTags,
      ...buildTags(context)
    }
    const base = config.fromScratch ? undefined : need('baseImage')
    const request = volumeRequest(config, context.subregion, base)
    const clientToken = newClientToken(context.buildId)
    const recorded = journal.record({ kind: 'volume', clientToken })
    const volume = await client.createVolume({ ...request, ClientToken: clientToken }, signal)
    recorded.update({ volumeId: volume.VolumeId })
    log.info(
      `Volume ${volume.VolumeId}: ${request.Size ?? volume.Size ?? 'the snapshot size in'} GiB ${request.VolumeType}${request.SnapshotId ? ` from ${request.SnapshotId}` : ''}.`
    )
    // A volume just created may not be listed yet: CreateTags may answer that it does not exist.
    context.volume = await tagOnceListed(
      () =>
        persist(
          () =>
            client.createTags(
              { ResourceIds: [volume.VolumeId], Tags: toResourceTags(tags) },
              signal
            ),
          persistOptions(context, 'volume', `tagging volume ${volume.VolumeId}`)
        ),
      waitOptions(context, 'volume'),
      (options) => waitForVolumeAvailable(client, volume.VolumeId, options)
    )
  }
})
