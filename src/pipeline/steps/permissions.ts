import { log } from '../../log.js'
import { buildStep } from '../step.js'
import { persistOptions, type BuildContext } from '../context.js'
import { persist, type Image, type Snapshot } from '../../oapi/index.js'
import { keptProductError } from '../products.js'

/**
 * Launch permissions (omi_account_ids, global_permission) and snapshot permissions
 * (snapshot_account_ids, snapshot_groups: all), which Packer ignores: it gives the snapshots
 * omi_account_ids instead (https://github.com/outscale/packer-plugin-outscale/blob/13e6a5c84b0e37bf587adba343c9935ebb52dee7/builder/common/step_update_omi.go).
 */
export const stepPermissions = buildStep({
  name: 'StepPermissions',
  title: 'Setting permissions',
  skip: ({ config }) =>
    config.omiAccountIds.length === 0 &&
    !config.globalPermission &&
    config.snapshotAccountIds.length === 0 &&
    config.snapshotGroups.length === 0,
  async run(context, { need }) {
    const image = need('image')
    const snapshot = need('snapshot')
    try {
      await setPermissions(context, image, snapshot)
    } catch (error) {
      if (context.signal.aborted) throw error
      throw keptProductError(
        error,
        image.ImageId,
        snapshot.SnapshotId,
        'set its permissions by hand'
      )
    }
  }
})

/** Each call is tried again within the omi deadline: a just-registered OMI may not be listed yet. */
async function setPermissions(
  context: BuildContext,
  image: Image,
  snapshot: Snapshot
): Promise<void> {
  const { client, config, signal } = context
  if (config.omiAccountIds.length > 0 || config.globalPermission) {
    await persist(
      () =>
        client.updateImage(
          {
            ImageId: image.ImageId,
            PermissionsToLaunch: {
              Additions: {
                AccountIds: config.omiAccountIds,
                GlobalPermission: config.globalPermission
              }
            }
          },
          signal
        ),
      persistOptions(context, 'omi', `sharing OMI ${image.ImageId}`)
    )
    log.info(
      `OMI ${image.ImageId} launchable by ${config.globalPermission ? 'everyone' : config.omiAccountIds.join(', ')}.`
    )
  }
  const everyone = config.snapshotGroups.includes('all')
  if (config.snapshotAccountIds.length > 0 || everyone) {
    await persist(
      () =>
        client.updateSnapshot(
          {
            SnapshotId: snapshot.SnapshotId,
            PermissionsToCreateVolume: {
              Additions: { AccountIds: config.snapshotAccountIds, GlobalPermission: everyone }
            }
          },
          signal
        ),
      persistOptions(context, 'omi', `sharing snapshot ${snapshot.SnapshotId}`)
    )
    log.info(
      `Snapshot ${snapshot.SnapshotId} usable by ${everyone ? 'everyone' : config.snapshotAccountIds.join(', ')}.`
    )
  }
}
