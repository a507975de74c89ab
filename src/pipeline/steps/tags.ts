import { log } from '../../log.js'
import { persist, toResourceTags } from '../../oapi/index.js'
import { buildStep } from '../step.js'
import { persistOptions } from '../context.js'
import { keptProductError } from '../products.js'

/**
 * tags on the OMI and its snapshot, then snapshot_tags on the snapshot (they win, as in Packer).
 * The OMI exists already: each call is tried again within the omi deadline (a just-registered OMI
 * may not be listed yet), and a failure keeps the OMI and says so.
 */
export const stepTags = buildStep({
  name: 'StepTags',
  title: 'Tagging the OMI and its snapshot',
  skip: ({ config }) =>
    Object.keys(config.tags).length === 0 && Object.keys(config.snapshotTags).length === 0,
  async run(context, { need }) {
    const { client, signal } = context
    const image = need('image')
    const snapshot = need('snapshot')
    const { tags, snapshotTags } = need('rendered')
    const tag = (resourceIds: string[], values: Record<string, string>, what: string) =>
      persist(
        () => client.createTags({ ResourceIds: resourceIds, Tags: toResourceTags(values) }, signal),
        persistOptions(context, 'omi', what)
      )
    try {
      if (Object.keys(tags).length > 0) {
        await tag([image.ImageId, snapshot.SnapshotId], tags, `tagging OMI ${image.ImageId}`)
        log.info(
          `Tagged ${image.ImageId} and ${snapshot.SnapshotId}: ${Object.keys(tags).join(', ')}.`
        )
      }
      if (Object.keys(snapshotTags).length > 0) {
        await tag([snapshot.SnapshotId], snapshotTags, `tagging snapshot ${snapshot.SnapshotId}`)
        log.info(`Tagged ${snapshot.SnapshotId}: ${Object.keys(snapshotTags).join(', ')}.`)
      }
    } catch (error) {
      if (signal.aborted) throw error
      throw keptProductError(
        error,
        image.ImageId,
        snapshot.SnapshotId,
        'add the tags and snapshot_tags by hand'
      )
    }
  }
})
