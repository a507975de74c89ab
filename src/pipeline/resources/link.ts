/**
 * The work volume's link to the runner VM. Journaled before LinkVolume (a kill during the call
 * must not leave a link no one undoes); once the kernel shows the disk, the facts that prove it
 * is this volume's (its block device, major:minor and by-id link, host/device-proof.ts) are added.
 * The host's link ledger (host/link-ledger.ts) forgets the link once it is undone.
 */
import { log } from '../../log.js'
import { diskFamily, isMounted, readMountInfo } from '../../host/mountinfo.js'
import { forgetLink } from '../../host/link-ledger.js'
import {
  isConflict,
  isNotFound,
  waitFor,
  waitForVolumeUnlinked,
  type OapiClient,
  type OapiError
} from '../../oapi/index.js'
import type { Journal } from '../journal.js'
import type { ResourceModule, UndoMeans } from './resource.js'
import { findVolume } from './volume.js'

export interface LinkResource {
  kind: 'link'
  volumeId: string
  vmId: string
  device: string
  /** Once proven (device-proof.ts): the kernel's disk, its "major:minor" and by-id link. */
  blockDevice?: string
  majorMinor?: string
  byIdPath?: string
}

/** UnlinkVolume of a volume no longer linked answers volume-not-in-use (409): already undone. */
const volumeNotInUseCode = '9063'

async function ignoringUnlinked(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    if (
      isNotFound(error) ||
      (isConflict(error) && (error as OapiError).code === volumeNotInUseCode)
    )
      return
    throw error
  }
}

const inProgress = (state: string | undefined) => state === 'in-queue' || state === 'pending'

/**
 * UnlinkVolume, once. The snapshot is requested while the volume is still linked (steps/
 * snapshot-and-unlink.ts); if the API refuses to unlink a volume with a snapshot in progress (a
 * 409 other than not-linked), the volume is unlinked once its snapshots have ended: the order
 * without the overlap. The cleanup goes the same way (the build's own snapshot, deleted first as
 * the newer entry, no longer counts once it is deleting).
 */
async function unlinkVolume(
  client: OapiClient,
  volumeId: string,
  timeoutSeconds: number,
  poll: UndoMeans['poll']
): Promise<void> {
  try {
    await ignoringUnlinked(() => client.unlinkVolume({ VolumeId: volumeId }))
    return
  } catch (error) {
    if (!isConflict(error)) throw error
    const snapshots = await client.readSnapshots({ VolumeIds: [volumeId] })
    const busy = snapshots.filter((snapshot) => inProgress(snapshot.State))
    if (busy.length === 0) throw error
    log.info(
      `UnlinkVolume of ${volumeId} was refused while snapshot ${busy.map((s) => s.SnapshotId).join(', ')} ` +
        `is in progress (${(error as OapiError).message}): unlinking once it has ended.`
    )
  }
  await waitFor({
    what: `the snapshots of volume ${volumeId} to end`,
    phase: 'snapshot',
    read: () => client.readSnapshots({ VolumeIds: [volumeId] }),
    state: (snapshots) => snapshots.map((snapshot) => snapshot.State).join(', ') || 'none',
    done: (snapshots) => !snapshots.some((snapshot) => inProgress(snapshot.State)),
    failed: () => undefined,
    timeoutSeconds,
    policy: poll
  })
  await ignoringUnlinked(() => client.unlinkVolume({ VolumeId: volumeId }))
}

/** Whether the disk (or one of its partitions) is mounted, by its recorded major:minor. */
function diskIsMounted(resource: LinkResource): boolean {
  if (resource.majorMinor) {
    const family = diskFamily(resource.majorMinor)
    return readMountInfo().some((mount) => family.includes(mount.majorMinor))
  }
  return resource.blockDevice !== undefined && isMounted(resource.blockDevice)
}

/**
 * UnlinkVolume of this build's own, unmounted volume; false when there was nothing to unlink.
 * undoLink then waits for the detach; the unlink that runs alongside the snapshot waits later.
 * `provenLinked`: the build saw the link attached and its disk (the entry's blockDevice), so the
 * read that asks whether the link was made is spared; a link undone since is answered
 * volume-not-in-use, which counts as unlinked.
 */
export async function requestUnlink(
  resource: LinkResource,
  means: UndoMeans,
  journal: Journal,
  provenLinked = false
): Promise<boolean> {
  const { client, config } = means
  // Only a volume this build created: a volume id alone (a typo, an edited journal) is no proof.
  const created = journal
    .entries()
    .some((e) => e.resource.kind === 'volume' && e.resource.volumeId === resource.volumeId)
  if (!created) {
    log.warning(
      `Not unlinking volume ${resource.volumeId}: this build's journal has no record of creating it.`
    )
    return false
  }
  // Unlinking a mounted volume is what leaks volumes in Packer: refuse instead.
  if (diskIsMounted(resource)) {
    throw new Error(
      `${resource.blockDevice} (volume ${resource.volumeId}, device ${resource.majorMinor ?? '?'}) ` +
        'is still mounted: not unlinking it. ' +
        'Once nothing on the runner uses it, unmount it, then unlink and delete the volume.'
    )
  }
  // Journaled before LinkVolume: the call may not have been made, or the link be gone.
  const linked =
    (provenLinked && resource.blockDevice !== undefined) ||
    (await findVolume(client, resource))?.LinkedVolumes?.some(
      (link) => link.VmId === resource.vmId && link.State !== 'detached'
    )
  if (!linked) {
    forgetLink(resource.volumeId)
    return false
  }
  await unlinkVolume(client, resource.volumeId, config.timeouts.snapshot, means.poll)
  return true
}

/**
 * Waits until the volume is no longer linked (after requestUnlink). `requestedAt` (epoch ms): when
 * UnlinkVolume was sent, given by a caller that did other work since; the first read then goes
 * out at once, and the time, which says more of that work than of the detach, is not learned.
 */
export async function awaitUnlinked(
  resource: LinkResource,
  means: UndoMeans,
  requestedAt?: number
): Promise<void> {
  const policy = requestedAt === undefined ? means.poll : { ...means.poll, learnDurations: false }
  await waitForVolumeUnlinked(means.client, resource.volumeId, {
    timeoutSeconds: means.config.timeouts.link,
    policy,
    startedAt: requestedAt
  })
  // Its disk is gone from this host: other builds' new-disk looks need not mind it any more.
  forgetLink(resource.volumeId)
}

async function undoLink(resource: LinkResource, means: UndoMeans, journal: Journal): Promise<void> {
  if (await requestUnlink(resource, means, journal)) await awaitUnlinked(resource, means)
}

export const link: ResourceModule<LinkResource> = {
  describe: ({ volumeId }) => `link ${volumeId}`,
  undo: undoLink
}
