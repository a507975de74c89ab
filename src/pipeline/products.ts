/**
 * What a build produces (its OMI and the OMI's snapshot) and how it is kept: once CreateImage has
 * registered the OMI, nothing of the build deletes it, not its own cleanup, not the orphan sweep.
 */
import { log } from '../log.js'
import { persist, readSnapshot, toResourceTags, type OapiClient } from '../oapi/index.js'
import { buildIdTag, createdAtTag } from './context.js'

/**
 * The tag that marks a snapshot as a build's product (its value: the OMI it was registered as).
 * The sweep never deletes a snapshot carrying it, even after that OMI is deregistered.
 */
export const productTag = 'osc-chroot:product'

/**
 * Turns the kept snapshot from temporary into a product: marked first, then the build's temporary
 * tags (`temporaryTags`, the values it was given, when the journal has them) removed, so that at
 * no moment the sweep could take it for an orphan. A failure here only warns: while the OMI
 * exists the sweep keeps its snapshot anyway.
 */
export async function markAsProduct(
  client: OapiClient,
  snapshotId: string,
  imageId: string,
  timeoutSeconds: number,
  temporaryTags?: Record<string, string>
): Promise<void> {
  const options = {
    what: `marking snapshot ${snapshotId} as a product`,
    phase: 'omi',
    timeoutSeconds
  }
  try {
    await persist(
      () =>
        client.createTags({
          ResourceIds: [snapshotId],
          Tags: toResourceTags({ [productTag]: imageId })
        }),
      options
    )
    // DeleteTags removes a tag whose value matches the one given: send the values it has, the
    // ones the build gave it when they are known, else read back.
    const tags = temporaryTags
      ? toResourceTags(temporaryTags)
      : ((await readSnapshot(client, snapshotId))?.Tags ?? [])
    const temporary = tags.filter((tag) => tag.Key === buildIdTag || tag.Key === createdAtTag)
    if (temporary.length > 0) {
      await persist(
        () => client.deleteTags({ ResourceIds: [snapshotId], Tags: temporary }),
        options
      )
    }
  } catch (error) {
    log.warning(
      `Snapshot ${snapshotId} of OMI ${imageId} is kept, but could not be marked as a product ` +
        `(${error instanceof Error ? error.message : String(error)}). Remove its ${buildIdTag} ` +
        `tag by hand, or cleanup_orphans may delete it once the OMI is deregistered.`
    )
  }
}

/**
 * The error of a step that fails after the OMI exists: it says the OMI and its snapshot are kept,
 * and what is left to do by hand.
 */
export function keptProductError(
  error: unknown,
  imageId: string,
  snapshotId: string,
  left: string
): Error {
  const message = error instanceof Error ? error.message : String(error)
  return new Error(
    `${message} The OMI ${imageId} and its snapshot ${snapshotId} are registered and kept ` +
      `(outputs omi_id and snapshot_id): ${left}, then use it or deregister it.`,
    { cause: error }
  )
}
