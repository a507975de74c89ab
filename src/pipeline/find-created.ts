/**
 * Finding again what a journal entry stands for. Entries are written before the create call, so
 * an entry may hold only what finds the resource without its id: the ClientToken of a volume or
 * a snapshot, the name of an OMI (and the snapshot a registered OMI is made from, which only this
 * build has). Each function answers undefined when the resource does not exist: the call never
 * reached the API, or the resource is gone already.
 *
 * A resource whose id came back a moment ago may still be missing from Read* (eventual
 * consistency): one known by its id is read again for a few seconds before it is taken for gone,
 * so an undo right after a create does not leave it behind.
 */
import { readImage, readSnapshot, readVolume } from '../oapi/index.js'
import { realSleep, systemClock, type Clock, type Sleep } from '../oapi/time.js'
import { buildIdTag } from './context.js'

/** How long a resource known by its id may be missing from Read* before it counts as gone. */
export const visibilityGraceMs = 5000

/** Tests pass a fake clock. */
export const findTiming: { sleep: Sleep; now: Clock } = { sleep: realSleep, now: systemClock }

async function readById<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  const startedAt = findTiming.now()
  for (;;) {
    const found = await read()
    if (found !== undefined || findTiming.now() - startedAt >= visibilityGraceMs) return found
    await findTiming.sleep(1000)
  }
}
import type { Image, OapiClient, Snapshot, Volume } from '../oapi/index.js'

export async function findVolume(
  client: OapiClient,
  entry: { volumeId?: string; clientToken?: string }
): Promise<Volume | undefined> {
  if (entry.volumeId) return readById(() => readVolume(client, entry.volumeId!))
  if (!entry.clientToken) return undefined
  const volumes = await client.readVolumes({ ClientTokens: [entry.clientToken] })
  return volumes.find((volume) => volume.ClientToken === entry.clientToken)
}

export async function findSnapshot(
  client: OapiClient,
  entry: { snapshotId?: string; clientToken?: string }
): Promise<Snapshot | undefined> {
  if (entry.snapshotId) return readById(() => readSnapshot(client, entry.snapshotId!))
  if (!entry.clientToken) return undefined
  const snapshots = await client.readSnapshots({ ClientTokens: [entry.clientToken] })
  return snapshots.find((snapshot) => snapshot.ClientToken === entry.clientToken)
}

export async function findImage(
  client: OapiClient,
  entry: { imageId?: string; imageName?: string; snapshotId?: string }
): Promise<Image | undefined> {
  if (entry.imageId) return readById(() => readImage(client, entry.imageId!))
  if (!entry.imageName) return undefined
  const images = await client.readImages({
    ImageNames: [entry.imageName],
    ...(entry.snapshotId ? { BlockDeviceMappingSnapshotIds: [entry.snapshotId] } : {})
  })
  return images.find((image) => image.ImageName === entry.imageName)
}

/**
 * The copy of a foreign source OMI this build made. Without its id (the CreateImage answer never
 * came back), a name alone proves nothing: it is looked up among this account's images only, and
 * one tagged with another build's id is not ours. An untagged one is: the name holds the whole
 * build id, and a kill between CreateImage and CreateTags leaves the copy untagged.
 */
export async function findSourceCopy(
  client: OapiClient,
  entry: { imageId?: string; imageName?: string; accountId?: string; buildId?: string }
): Promise<Image | undefined> {
  if (entry.imageId) return readById(() => readImage(client, entry.imageId!))
  if (!entry.imageName || !entry.accountId || !entry.buildId) return undefined
  const images = await client.readImages({
    ImageNames: [entry.imageName],
    AccountIds: [entry.accountId]
  })
  return images.find((image) => {
    const tagged = image.Tags?.find((tag) => tag.Key === buildIdTag)?.Value
    return (
      image.ImageName === entry.imageName &&
      image.AccountId === entry.accountId &&
      (tagged === undefined || tagged === entry.buildId)
    )
  })
}
