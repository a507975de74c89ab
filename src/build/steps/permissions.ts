import { log } from '../../log.js'
import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'

/**
 * Launch permissions (omi_account_ids, global_permission) and snapshot permissions
 * (snapshot_account_ids, snapshot_groups: all), which Packer ignores (§6.1 #7).
 */
export const stepPermissions: Step<BuildContext> = {
  name: 'StepPermissions',
  title: 'Setting permissions',
  skip: ({ config }) =>
    config.omiAccountIds.length === 0 &&
    !config.globalPermission &&
    config.snapshotAccountIds.length === 0 &&
    config.snapshotGroups.length === 0,
  async run({ client, config, image, snapshot, signal }) {
    if (config.omiAccountIds.length > 0 || config.globalPermission) {
      await client.updateImage(
        {
          ImageId: image!.ImageId,
          PermissionsToLaunch: {
            Additions: {
              AccountIds: config.omiAccountIds,
              GlobalPermission: config.globalPermission
            }
          }
        },
        signal
      )
      log.info(
        `OMI ${image!.ImageId} launchable by ${config.globalPermission ? 'everyone' : config.omiAccountIds.join(', ')}.`
      )
    }
    const everyone = config.snapshotGroups.includes('all')
    if (config.snapshotAccountIds.length > 0 || everyone) {
      await client.updateSnapshot(
        {
          SnapshotId: snapshot!.SnapshotId,
          PermissionsToCreateVolume: {
            Additions: { AccountIds: config.snapshotAccountIds, GlobalPermission: everyone }
          }
        },
        signal
      )
      log.info(
        `Snapshot ${snapshot!.SnapshotId} usable by ${everyone ? 'everyone' : config.snapshotAccountIds.join(', ')}.`
      )
    }
  }
}
