import { log } from '../../log.js'
import {
  waitForImageAvailable,
  type BlockDeviceMappingImage,
  type BsuToCreate,
  type CreateImageRequest
} from '../../oapi/index.js'
import type { BuildConfig } from '../../config/types.js'
import { render } from '../../template.js'
import type { Step } from '../runner.js'
import { buildInfoVars, waitOptions, type BuildContext } from '../context.js'

/** OAPI takes Iops for io1 only; a gp2 mapping read back from an image reports its baseline. */
function withoutStrayIops(bsu: BsuToCreate): BsuToCreate {
  const { Iops, ...rest } = bsu
  return bsu.VolumeType === 'io1' && Iops ? bsu : rest
}

/** from_scratch: the user's omi_block_device_mappings, as Packer builds them (§4). */
function scratchMappings(config: BuildConfig): BlockDeviceMappingImage[] {
  return config.omiBlockDeviceMappings.map((m) => {
    if (m.virtualName) return { DeviceName: m.deviceName, VirtualDeviceName: m.virtualName }
    const bsu: BsuToCreate = {
      DeleteOnVmDeletion: m.deleteOnVmDeletion,
      ...(m.volumeType ? { VolumeType: m.volumeType } : {}),
      ...(m.volumeSize ? { VolumeSize: m.volumeSize } : {}),
      ...(m.volumeType === 'io1' && m.iops ? { Iops: m.iops } : {}),
      ...(m.snapshotId ? { SnapshotId: m.snapshotId } : {})
    }
    return { DeviceName: m.deviceName, Bsu: bsu }
  })
}

/**
 * The CreateImage request: the source's mappings (or the scratch ones) with the new snapshot on
 * the root device, grown to root_volume_size when that is larger.
 */
export function registerRequest(context: BuildContext): CreateImageRequest {
  const { config } = context
  const source = context.sourceImage
  const rootDeviceName = config.fromScratch ? config.rootDeviceName : source!.RootDeviceName!
  const base = config.fromScratch ? scratchMappings(config) : (source!.BlockDeviceMappings ?? [])
  const mappings = base.map((mapping): BlockDeviceMappingImage => {
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
        SnapshotId: context.snapshot!.SnapshotId,
        VolumeSize: size
      })
    }
  })
  const description = render(config.omiDescription, buildInfoVars(context), 'omi_description')
  return {
    ImageName: config.omiName,
    Architecture: source?.Architecture ?? 'x86_64',
    RootDeviceName: rootDeviceName,
    BlockDeviceMappings: mappings,
    ...(description ? { Description: description } : {}),
    ...(config.productCodes.length > 0 ? { ProductCodes: config.productCodes } : {}),
    ...(config.omiBootModes.length > 0 ? { BootModes: config.omiBootModes } : {})
  }
}

/**
 * Registers the OMI. It is journaled before CreateImage is sent (CreateImage takes no ClientToken:
 * by its name and its snapshot, which are this build's), so a failure or a kill never leaves it
 * half-made.
 */
export const stepRegisterOmi: Step<BuildContext> = {
  name: 'StepRegisterOmi',
  title: 'Registering the OMI',
  async run(context) {
    const { client, journal, signal } = context
    const request = registerRequest(context)
    const found = { imageName: request.ImageName, snapshotId: context.snapshot!.SnapshotId }
    const entry = journal.record('StepRegisterOmi', { kind: 'image', ...found })
    const image = await client.createImage(request, signal)
    journal.update(entry, { kind: 'image', imageId: image.ImageId, ...found })
    log.info(
      `OMI ${image.ImageId} "${image.ImageName}" registered; waiting for it to be available...`
    )
    context.image = await waitForImageAvailable(client, image.ImageId, waitOptions(context, 'omi'))
    log.info(`OMI ${image.ImageId} is available.`)
  }
}
