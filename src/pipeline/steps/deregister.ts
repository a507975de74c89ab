import { log } from '../../log.js'
import { isNotFound } from '../../oapi/index.js'
import { buildStep } from '../step.js'
import { deleteReleasedSnapshot } from '../snapshot-release.js'

/**
 * force_deregister: delete our own OMIs of the same name, and with force_delete_snapshot their
 * snapshots. It runs after the new snapshot exists, so a build that fails earlier never loses the
 * old image. Never another account's: Packer tries to delete every image of that name it can see,
 * someone else's public one too (https://github.com/outscale/packer-plugin-outscale/blob/001c08a3c0b9f260df19ba854927e7ebf4bda67a/builder/common/step_deregister_omi.go).
 */
export const stepDeregister = buildStep({
  name: 'StepDeregister',
  title: 'Deregistering the previous OMI',
  skip: ({ config }) => !config.forceDeregister,
  async run({ client, config, signal }, { need }) {
    const accountId = need('accountId')
    const images = (
      await client.readImages({ ImageNames: [config.omiName], AccountIds: [accountId] }, signal)
    ).filter((image) => image.ImageName === config.omiName)
    if (images.length === 0) log.info(`No OMI named "${config.omiName}" to deregister.`)
    for (const image of images) {
      try {
        await client.deleteImage({ ImageId: image.ImageId }, signal)
      } catch (error) {
        // Deregistered meanwhile (another build of the same name): what was asked is done.
        if (!isNotFound(error)) throw error
      }
      log.info(`Deregistered ${image.ImageId} "${image.ImageName}".`)
      if (!config.forceDeleteSnapshot) continue
      for (const mapping of image.BlockDeviceMappings ?? []) {
        const snapshotId = mapping.Bsu?.SnapshotId
        if (!snapshotId) continue
        await deleteReleasedSnapshot(client, snapshotId, config.timeouts.omi, signal)
        log.info(`Deleted its snapshot ${snapshotId}.`)
      }
    }
  }
})
