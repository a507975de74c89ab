/**
 * The OMI the build registers: its product. CreateImage takes no ClientToken, so it is journaled
 * before the call by its name and the snapshot it is registered from (both this build's), its id
 * added once known. The build tags it only with the user's tags: the orphan sweep never sees it.
 */
import { readImage, type Image, type OapiClient } from '../../oapi/index.js'
import { readById } from './find.js'
import { ignoringGone } from './gone.js'
import type { ResourceModule } from './resource.js'

export interface ImageResource {
  kind: 'image'
  imageId?: string
  /** Without its id yet, found by its name and the snapshot it is registered from. */
  imageName?: string
  snapshotId?: string
}

export async function findImage(
  client: OapiClient,
  entry: { imageId?: string; imageName?: string; snapshotId?: string }
): Promise<Image | undefined> {
  const { imageId, imageName, snapshotId } = entry
  if (imageId) return readById(() => readImage(client, imageId))
  if (!imageName) return undefined
  const images = await client.readImages({
    ImageNames: [imageName],
    ...(snapshotId ? { BlockDeviceMappingSnapshotIds: [snapshotId] } : {})
  })
  return images.find((image) => image.ImageName === imageName)
}

export const image: ResourceModule<ImageResource> = {
  describe: ({ imageId, imageName }) => `image ${imageId ?? `"${imageName}"`}`,
  async undo(resource, { client }) {
    const found = await findImage(client, resource)
    if (!found) return
    await ignoringGone(() => client.deleteImage({ ImageId: found.ImageId }))
  },
  find: findImage,
  product: {}
}
