/**
 * Undoing journal entries. One function serves the happy path (unmount and unlink before the
 * snapshot), the failure path (everything left, newest first) and the post step after a killed
 * main step: the journal holds only plain data, so any process can undo from it.
 *
 * How each kind is undone is its module's business (resources/): the module first finds out what
 * exists (entries are journaled before the create call or the change, so a resource whose id never
 * came back, or a link never made, is handled) and, on the host, proves the thing is the build's
 * own from the facts the journal recorded when it was made (the device's major:minor, the mount
 * id): a mount path or a device name alone is never proof. What does not match is reported and
 * left alone. Cleanup never uses the build's abort signal: a cancelled build must still clean up.
 */
import { log } from '../log.js'
import type { Image } from '../oapi/index.js'
import type { Journal, JournalEntry, ResourceKind } from './journal.js'
import { describeResource, isProduct, keepProduct, undoResource } from './resources/index.js'
import type { UndoMeans } from './resources/index.js'
import { findImage } from './resources/image.js'
import type { Outcome } from './runner.js'

export type { UndoMeans } from './resources/index.js'

function describe(entry: JournalEntry): string {
  return describeResource(entry.resource)
}

/** Undoes the active entries of these kinds, newest first. Stops at the first failure. */
export async function undo(
  journal: Journal,
  means: UndoMeans,
  kinds: ResourceKind[]
): Promise<void> {
  for (const entry of journal.active().filter((e) => kinds.includes(e.resource.kind))) {
    await undoResource(entry.resource, means, journal)
    journal.mark(entry, 'undone')
    log.debug(`Undone: ${describe(entry)}`)
  }
}

/**
 * The build's registered OMI, when it exists and is available: from then on the OMI and its
 * snapshot are the build's product, kept whatever fails after (tags, permissions) or however the
 * build ends, so nothing the build produced is lost (with force_deregister the old OMI is gone).
 */
async function registeredImage(
  journal: Journal,
  means: UndoMeans,
  seenAvailable?: Image
): Promise<{ keep: boolean; image?: Image }> {
  const entry = journal.active().find((e) => e.resource.kind === 'image')
  if (!entry || entry.resource.kind !== 'image') return { keep: false }
  // The build's own wait saw it available: an OMI is not unregistered by itself.
  const { imageId } = entry.resource
  if (seenAvailable?.State === 'available' && imageId && seenAvailable.ImageId === imageId) {
    return { keep: true, image: seenAvailable }
  }
  try {
    const image = await findImage(means.client, entry.resource)
    return image?.State === 'available' ? { keep: true, image } : { keep: false }
  } catch (error) {
    // Unable to tell: an OMI whose id came back may be a product; never delete it unproven.
    log.warning(
      `Could not read OMI ${entry.resource.imageId ?? entry.resource.imageName} to decide whether ` +
        `to keep it (${error instanceof Error ? error.message : String(error)}).`
    )
    return { keep: entry.resource.imageId !== undefined }
  }
}

/**
 * The final cleanup: keeps the products (the OMI and its snapshot) of a build that registered its
 * OMI, undoes everything else, newest first. A kept snapshot is marked as a product and loses its
 * temporary tags, so the orphan sweep never takes it for an orphan. A failure does not stop the
 * rest (a volume that cannot be unlinked must not keep the copied source OMI alive), but is
 * reported, with every resource left behind named. `seenAvailable`: the OMI the build's own wait saw
 * available (the journal's OMI is then not read again).
 */
export async function cleanUp(
  journal: Journal,
  means: UndoMeans,
  outcome: Outcome,
  seenAvailable?: Image
): Promise<void> {
  const problems: string[] = []
  const registered = await registeredImage(journal, means, seenAvailable)
  const image = registered.image
  const keepProducts = outcome === 'succeeded' || registered.keep
  if (image && outcome !== 'succeeded') {
    log.warning(
      `The build ${outcome} after registering OMI ${image.ImageId} "${image.ImageName}": ` +
        'it is kept, with its snapshot.'
    )
  }
  for (const entry of journal.active()) {
    if (keepProducts && isProduct(entry.resource)) {
      journal.mark(entry, 'kept')
      if (image) await keepProduct(entry.resource, image, means)
      continue
    }
    try {
      await undoResource(entry.resource, means, journal)
      journal.mark(entry, 'undone')
      log.info(`Cleaned up ${describe(entry)}`)
    } catch (error) {
      problems.push(`${describe(entry)}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (problems.length > 0) {
    throw new Error(`could not clean up everything; left behind:\n- ${problems.join('\n- ')}`)
  }
}
