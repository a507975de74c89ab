import { log } from '../../log.js'
import { toResourceTags, waitForSnapshotCompleted } from '../../oapi/index.js'
import type { Step } from '../runner.js'
import { buildTags, waitOptions, type BuildContext } from '../context.js'
import { newClientToken } from '../identity.js'

/**
 * Snapshots the unlinked volume, showing progress. The journal deletes it if the build fails; it
 * is journaled with its ClientToken before CreateSnapshot is sent, as the volume is.
 */
export const stepSnapshot: Step<BuildContext> = {
  name: 'StepSnapshot',
  title: 'Creating the snapshot',
  async run(context) {
    const { client, journal, signal, volume } = context
    const clientToken = newClientToken(context.buildId)
    const entry = journal.record('StepSnapshot', { kind: 'snapshot', clientToken })
    const snapshot = await client.createSnapshot(
      {
        VolumeId: volume!.VolumeId,
        Description: `osc-chroot ${context.config.omiName} (build ${context.buildId})`,
        ClientToken: clientToken
      },
      signal
    )
    journal.update(entry, { kind: 'snapshot', snapshotId: snapshot.SnapshotId, clientToken })
    await client.createTags(
      { ResourceIds: [snapshot.SnapshotId], Tags: toResourceTags(buildTags(context)) },
      signal
    )
    log.info(`Snapshot ${snapshot.SnapshotId} of ${volume!.VolumeId}...`)
    context.snapshot = await waitForSnapshotCompleted(
      client,
      snapshot.SnapshotId,
      waitOptions(context, 'snapshot')
    )
    log.info(`Snapshot ${snapshot.SnapshotId} completed.`)
  }
}
