import { log } from '../../log.js'
import {
  isConflict,
  persist,
  toResourceTags,
  tooManyConcurrentSnapshotsCode,
  waitForSnapshotCompleted,
  type OapiError,
  type Snapshot,
  type Volume
} from '../../oapi/index.js'
import { buildStep, type StepTools } from '../step.js'
import { buildTags, persistOptions, waitOptions, type BuildContext } from '../context.js'
import { tagOnceListed } from '../tag-while-waiting.js'
import { newClientToken } from '../identity.js'
import { unlinkOverlapOf, type UnlinkOverlap } from '../unlink-overlap.js'

/** CreateSnapshot with this ClientToken, the account's snapshot quota waited out. */
function requestSnapshot(
  context: BuildContext,
  volume: Volume,
  clientToken: string
): Promise<Snapshot> {
  const { client, signal } = context
  // The account's limit of snapshots in progress at once (several builds snapshotting) is
  // waited out within the snapshot deadline; the ClientToken makes each attempt the same one.
  return persist(
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
}

/** A refusal of CreateSnapshot because the volume is linked, not the quota (which may be a 409). */
function refusedWhileLinked(error: unknown): error is OapiError {
  return isConflict(error) && (error as OapiError).code !== tooManyConcurrentSnapshotsCode
}

/**
 * Snapshots the volume, showing progress. The snapshot is journaled with its ClientToken before
 * CreateSnapshot is sent, as the volume is, and the journal deletes it if the build fails. The
 * volume may still be linked: a 409 then means "unlink first", and the snapshot is requested
 * again, under a new ClientToken, once the unlink has ended.
 */
async function snapshotVolume(
  context: BuildContext,
  { journal, need }: StepTools,
  overlap: UnlinkOverlap
): Promise<void> {
  const { client, signal } = context
  const volume = need('volume')
  let clientToken = newClientToken(context.buildId)
  const stillLinked = context.journal.active().some((entry) => entry.resource.kind === 'link')
  if (stillLinked && context.blockDevice) {
    // The unmount wrote everything to the disk; fsync of the device (sync FILE) also empties the
    // disk's own write cache, so the snapshot of the linked volume has every byte.
    await context.host.run(['sync', '--', context.blockDevice], { quiet: true })
  }
  const recorded = journal.record({ kind: 'snapshot', clientToken })
  let snapshot: Snapshot
  try {
    snapshot = await requestSnapshot(context, volume, clientToken)
  } catch (error) {
    if (!refusedWhileLinked(error)) throw error
    log.info(
      `CreateSnapshot of ${volume.VolumeId} while it is linked was refused (${error.message}): ` +
        'snapshotting it once it is unlinked.'
    )
    overlap.answerSnapshot()
    overlap.awaitUnlink()
    const { unlinked } = await overlap.unlinkEnded
    if (!unlinked) {
      throw new Error(
        `volume ${volume.VolumeId} could not be unlinked (StepUnlinkVolume says why), and the API refuses to snapshot it while it is linked.`,
        { cause: error }
      )
    }
    // The refused request made nothing; a new token keeps an API that remembers it from answering the refusal again.
    clientToken = newClientToken(context.buildId)
    recorded.update({ clientToken })
    snapshot = await requestSnapshot(context, volume, clientToken)
  } finally {
    overlap.answerSnapshot()
  }
  const tags = buildTags(context)
  recorded.update({ snapshotId: snapshot.SnapshotId, temporaryTags: tags })
  const tag = () =>
    persist(
      () =>
        client.createTags(
          { ResourceIds: [snapshot.SnapshotId], Tags: toResourceTags(tags) },
          signal
        ),
      persistOptions(context, 'snapshot', `tagging snapshot ${snapshot.SnapshotId}`)
    )
  // Said once tagged (from then on a sweep can tell whose snapshot it is), while it completes.
  context.snapshot = await tagOnceListed(
    () => tag().then(() => log.info(`Snapshot ${snapshot.SnapshotId} of ${volume.VolumeId}...`)),
    waitOptions(context, 'snapshot'),
    (options) => waitForSnapshotCompleted(client, snapshot.SnapshotId, options)
  )
  log.info(`Snapshot ${snapshot.SnapshotId} completed.`)
}

/**
 * Snapshots the volume while it is still linked, run together with stepUnlinkAlongsideSnapshot
 * (unlink-volume.ts; the turns they take are in unlink-overlap.ts).
 */
export const stepSnapshotWhileLinked = buildStep({
  name: 'StepSnapshot',
  title: 'Creating the snapshot',
  async run(context, tools) {
    const overlap = unlinkOverlapOf(context)
    try {
      await snapshotVolume(context, tools, overlap)
    } finally {
      // Failed before CreateSnapshot was sent (or after): the unlink must not wait for it.
      overlap.answerSnapshot()
      overlap.awaitUnlink()
    }
  }
})
