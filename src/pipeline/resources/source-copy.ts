/**
 * The copy of a source OMI another account owns (CreateVolume cannot use another account's
 * snapshot). Temporary: deleted with its snapshots at the end. Journaled before CreateImage by its
 * name, which holds the whole build id; tagged with the build's tags (the only image the build
 * tags that way), so the orphan sweep finds it.
 */
import { readImage, toResourceTags, type Image, type OapiClient } from '../../oapi/index.js'
import { buildIdTag, createdAtTag } from '../context.js'
import { deleteReleasedSnapshot } from '../snapshot-release.js'
import { candidate, snapshotsOf } from '../sweep/tags.js'
import type { Candidate } from '../sweep/types.js'
import { readById } from './find.js'
import { ignoringGone } from './gone.js'
import type { ResourceModule } from './resource.js'

export interface SourceCopyResource {
  kind: 'source-copy'
  imageId?: string
  /** Without its id yet, found by its name among the account's images carrying no other build id. */
  imageName?: string
  accountId?: string
  buildId?: string
}

/**
 * Without its id (the CreateImage answer never came back), a name alone proves nothing: the copy
 * is looked up among this account's images only, and one tagged with another build's id is not
 * ours. An untagged one is: the name holds the whole build id, and a kill between CreateImage and
 * CreateTags leaves the copy untagged.
 */
export async function findSourceCopy(
  client: OapiClient,
  entry: { imageId?: string; imageName?: string; accountId?: string; buildId?: string }
): Promise<Image | undefined> {
  const { imageId, imageName, accountId, buildId } = entry
  if (imageId) return readById(() => readImage(client, imageId))
  if (!imageName || !accountId || !buildId) return undefined
  const images = await client.readImages({ ImageNames: [imageName], AccountIds: [accountId] })
  return images.find((image) => {
    const tagged = image.Tags?.find((tag) => tag.Key === buildIdTag)?.Value
    return (
      image.ImageName === imageName &&
      image.AccountId === accountId &&
      (tagged === undefined || tagged === buildId)
    )
  })
}

/** A copy still pending shows that its build is running; its snapshots go with it. */
export function recogniseSourceCopy(image: Image): Candidate {
  const resource = {
    ...candidate('source-copy', image.ImageId, image.Tags),
    snapshotIds: snapshotsOf(image)
  }
  if (image.State === 'pending') return { ...resource, running: 'its source copy is pending' }
  return resource
}

export const sourceCopy: ResourceModule<SourceCopyResource> = {
  describe: ({ imageId, imageName }) => `source-copy ${imageId ?? `"${imageName}"`}`,
  async undo(resource, { client, config }) {
    const copy = await findSourceCopy(client, resource)
    if (!copy) return
    await ignoringGone(() => client.deleteImage({ ImageId: copy.ImageId }))
    for (const snapshotId of snapshotsOf(copy)) {
      await deleteReleasedSnapshot(client, snapshotId, config.timeouts.omi)
    }
  },
  find: findSourceCopy,
  sweep: {
    order: 2,
    label: 'source OMI copy',
    recognise: (inventory) => inventory.copies.map(recogniseSourceCopy),
    async delete(orphan, { client, linkTimeoutSeconds, signal }) {
      const snapshotIds = orphan.snapshotIds ?? []
      // Tagged first: should the sweep stop once the image is gone (or the API still list it as
      // using them below), the next sweep finds them as tagged snapshots no OMI uses.
      await ignoringGone(async () => {
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
      })
    }
  }
}
