import { log } from '../../log.js'
import { toResourceTags } from '../../oapi/index.js'
import type { Step } from '../runner.js'
import { renderMap, type BuildContext } from '../context.js'

/** tags on the OMI and its snapshot, then snapshot_tags on the snapshot (they win, as in Packer). */
export const stepTags: Step<BuildContext> = {
  name: 'StepTags',
  title: 'Tagging the OMI and its snapshot',
  skip: ({ config }) =>
    Object.keys(config.tags).length === 0 && Object.keys(config.snapshotTags).length === 0,
  async run(context) {
    const { client, config, image, snapshot, signal } = context
    const tags = renderMap(config.tags, context, 'tags')
    const snapshotTags = renderMap(config.snapshotTags, context, 'snapshot_tags')
    if (Object.keys(tags).length > 0) {
      await client.createTags(
        { ResourceIds: [image!.ImageId, snapshot!.SnapshotId], Tags: toResourceTags(tags) },
        signal
      )
      log.info(
        `Tagged ${image!.ImageId} and ${snapshot!.SnapshotId}: ${Object.keys(tags).join(', ')}.`
      )
    }
    if (Object.keys(snapshotTags).length > 0) {
      await client.createTags(
        { ResourceIds: [snapshot!.SnapshotId], Tags: toResourceTags(snapshotTags) },
        signal
      )
      log.info(`Tagged ${snapshot!.SnapshotId}: ${Object.keys(snapshotTags).join(', ')}.`)
    }
  }
}
