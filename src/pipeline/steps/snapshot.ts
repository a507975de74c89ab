import { log } from '../../log.js'
import {
  persist,
  toResourceTags,
  tooManyConcurrentSnapshotsCode,
  waitForSnapshotCompleted
} from '../../oapi/index.js'
import { buildStep } from '../step.js'
import { buildTags, persistOptions, waitOptions } from '../context.js'
import { tagWhileWaiting } from '../tag-while-waiting.js'
import { newClientToken } from '../identity.js'

/**
 * Snapshots the unlinked volume, showing progress. The journal deletes it if the build fails; it
 * is journaled with its ClientToken before CreateSnapshot is sent, as the volume is.
 */
export const stepSnapshot = buildStep({
  name: 'StepSnapshot',
  title: 'Creating the snapshot',
  async run(context, { journal, need }) {
    const { client, signal } = context
    const volume = need('volume')
    const clientToken = newClientToken(context.buildId)
    const recorded = journal.record({ kind: 'snapshot', clientToken })
    // The account's limit of snapshots in progress at once (several builds snapshotting) is
    // waited out within the snapshot deadline; the ClientToken makes each attempt the same one.
    const snapshot = await persist(
      () =>
        client.createSnapshot(
          {
            VolumeId: volume.VolumeId,
            Description: `osc-chroot ${context.config.omiName} (build ${context.buildId})`,
            ClientToken: clientToken
          },
          signal
        ),
      {
        ...persistOptions(
          context,
          'snapshot',
          `snapshotting ${volume.VolumeId}: the account has too many snapshots in progress`
        ),
        worthWaiting: (error) => error.code === tooManyConcurrentSnapshotsCode || error.retryable
      }
    )
    recorded.update({ snapshotId: snapshot.SnapshotId })
    const tagged = persist(
      () =>
        client.createTags(
          { ResourceIds: [snapshot.SnapshotId], Tags: toResourceTags(buildTags(context)) },
          signal
        ),
      persistOptions(context, 'snapshot', `tagging snapshot ${snapshot.SnapshotId}`)
    )
    // Said once tagged (from then on a sweep can tell whose snapshot it is), while it completes.
    context.snapshot = await tagWhileWaiting(
      tagged.then(() => log.info(`Snapshot ${snapshot.SnapshotId} of ${volume.VolumeId}...`)),
      waitForSnapshotCompleted(client, snapshot.SnapshotId, waitOptions(context, 'snapshot'))
    )
    log.info(`Snapshot ${snapshot.SnapshotId} completed.`)
  }
})
