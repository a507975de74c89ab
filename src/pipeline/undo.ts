/**
 * How each journal entry is undone. One function serves the happy path (unmount and unlink before
 * the snapshot), the failure path (everything left, newest first) and the post step after a
 * killed main step: the journal holds only plain data, so any process can undo from it.
 *
 * Cleanup never uses the build's abort signal: a cancelled build must still clean up.
 * Entries are journaled before the create call or the change, so each undo first finds out what
 * exists (find-created.ts): a resource whose id never came back, or a link never made, is handled.
 * On the host, an undo first proves the thing is the build's own from the facts the journal
 * recorded when it was made (the device's major:minor, the mount id): a mount path or a device
 * name alone is never proof. What does not match is reported and left alone.
 */
import { log } from '../log.js'
import type { HostRunner } from '../host/exec.js'
import { releaseHostLock } from '../host/lock.js'
import { proveOwnMount } from '../host/mount-ownership.js'
import { releaseMountPathClaim } from '../host/mount-path-claim.js'
import { diskFamily, isMounted, readMountInfo } from '../host/mountinfo.js'
import { stopChrootProcesses } from '../host/processes.js'
import { unmountOwnTree } from '../host/unmount.js'
import { restoreCopiedFiles } from '../host/copy-files.js'
import { removePolicyRcd } from '../host/policy-rc-d.js'
import {
  WaitError,
  isConflict,
  isNotFound,
  type OapiError,
  waitFor,
  waitForVolumeUnlinked,
  type OapiClient,
  type Image,
  type PollPolicy,
  type Volume
} from '../oapi/index.js'
import { findImage, findSnapshot, findSourceCopy, findVolume } from './find-created.js'
import type { CleanupSettings, Journal, JournalEntry, Resource, ResourceKind } from './journal.js'
import { markAsProduct } from './products.js'
import { deleteReleasedSnapshot } from './snapshot-release.js'
import type { Outcome } from './runner.js'

/**
 * What undoing needs: the API, the host, and the user's settings that shape cleanup. The settings
 * are the build's configuration in the main step, the journal's copy of them in the post step.
 */
export interface UndoMeans {
  client: OapiClient
  host: HostRunner
  config: Pick<CleanupSettings, 'killChrootProcesses' | 'timeouts' | 'unmountBusyTimeoutSeconds'>
  poll: PollPolicy
}

/**
 * The API answers a call on something already gone with InvalidResource no-such-* (HTTP 400, and
 * Details that may be empty): that is success for an undo. Decided by the error code only.
 */
function isGone(error: unknown): boolean {
  return isNotFound(error)
}

async function ignoringGone(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    if (!isGone(error)) throw error
  }
}

/** UnlinkVolume of a volume no longer linked answers volume-not-in-use (409): already undone. */
const volumeNotInUseCode = '9063'

async function ignoringUnlinked(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    if (isGone(error) || (isConflict(error) && (error as OapiError).code === volumeNotInUseCode))
      return
    throw error
  }
}

/**
 * A volume a cancel or a kill caught right after CreateVolume is still `creating`, and DeleteVolume
 * refuses it: wait (bounded by timeouts.volume) until it is available or in error.
 */
async function settledVolume(volume: Volume, means: UndoMeans): Promise<Volume | undefined> {
  if (volume.State !== 'creating') return volume
  const volumeId = volume.VolumeId
  log.info(`Volume ${volumeId} is still being created; waiting to delete it...`)
  try {
    return await waitFor({
      what: `volume ${volumeId} to finish being created (so that it can be deleted)`,
      phase: 'volume',
      read: () => findVolume(means.client, { volumeId }),
      state: (current) => current.State,
      done: (current) => current.State !== 'creating',
      failed: () => undefined,
      timeoutSeconds: means.config.timeouts.volume,
      policy: means.poll
    })
  } catch (error) {
    if (error instanceof WaitError && error.reason === 'not-found') return undefined
    throw error
  }
}

async function deleteVolume(
  resource: Extract<Resource, { kind: 'volume' }>,
  means: UndoMeans
): Promise<void> {
  const found = await findVolume(means.client, resource)
  if (!found || found.State === 'deleting') return
  const volume = await settledVolume(found, means)
  if (!volume) return
  const link = volume.LinkedVolumes?.find((linked) => linked.State !== 'detached')
  if (link) {
    throw new Error(
      `volume ${volume.VolumeId} is still linked to VM ${link.VmId} as ${link.DeviceName} ` +
        `(${link.State}): not deleting it. Once nothing on the runner uses it, unlink it, then delete it.`
    )
  }
  await ignoringGone(() => means.client.deleteVolume({ VolumeId: volume.VolumeId }))
}

/**
 * Stops the chroot's processes and unmounts, only when what is mounted at the mount path is the
 * mount this build made (mount-ownership.ts); then only that mount and the mounts made on it.
 */
async function undoMount(
  resource: Extract<Resource, { kind: 'mount' }>,
  { host, config }: UndoMeans
): Promise<void> {
  const { mountPath } = resource
  const proof = proveOwnMount(resource)
  if (proof.owner === 'someone else') {
    log.warning(
      `${mountPath} holds ${proof.description}, not the mount this build made` +
        `${resource.majorMinor ? ` (device ${resource.majorMinor})` : ''}: left alone, nothing stopped or unmounted.`
    )
    return
  }
  if (proof.owner === 'nobody') {
    if (resource.removeDirectory) {
      await host.run(['rmdir', '--', mountPath], { quiet: true, allowedExitCodes: [0, 1] })
    }
    return
  }
  const stopped = await stopChrootProcesses(host, mountPath, {
    kill: config.killChrootProcesses,
    rootDevice: proof.mount.majorMinor
  })
  if (stopped.remaining.length > 0 && !config.killChrootProcesses) {
    log.warning(
      'kill_chroot_processes is false: processes left in the chroot may keep the volume busy.'
    )
  }
  await unmountOwnTree(host, proof.mount, {
    removeDirectory: resource.removeDirectory,
    busyTimeoutSeconds: config.unmountBusyTimeoutSeconds
  })
}

/** Whether the disk (or one of its partitions) is mounted, by its recorded major:minor. */
function diskIsMounted(resource: Extract<Resource, { kind: 'link' }>): boolean {
  if (resource.majorMinor) {
    const family = diskFamily(resource.majorMinor)
    return readMountInfo().some((mount) => family.includes(mount.majorMinor))
  }
  return resource.blockDevice !== undefined && isMounted(resource.blockDevice)
}

async function undoLink(
  resource: Extract<Resource, { kind: 'link' }>,
  journal: Journal,
  means: UndoMeans
): Promise<void> {
  const { client, config } = means
  // Only a volume this build created: a volume id alone (a typo, an edited journal) is no proof.
  const created = journal
    .entries()
    .some((e) => e.resource.kind === 'volume' && e.resource.volumeId === resource.volumeId)
  if (!created) {
    log.warning(
      `Not unlinking volume ${resource.volumeId}: this build's journal has no record of creating it.`
    )
    return
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
  const volume = await findVolume(client, resource)
  const linked = volume?.LinkedVolumes?.some(
    (link) => link.VmId === resource.vmId && link.State !== 'detached'
  )
  if (!linked) return
  await ignoringUnlinked(() => client.unlinkVolume({ VolumeId: resource.volumeId }))
  await waitForVolumeUnlinked(client, resource.volumeId, {
    timeoutSeconds: config.timeouts.link,
    policy: means.poll
  })
}

async function undoEntry(entry: JournalEntry, journal: Journal, means: UndoMeans): Promise<void> {
  const { client, host, config } = means
  const resource = entry.resource
  switch (resource.kind) {
    case 'policy-rcd':
      return removePolicyRcd(host, resource.undo)
    case 'copied-files':
      return restoreCopiedFiles(host, resource.undo)
    case 'mount':
      return undoMount(resource, means)
    case 'mount-path-claim':
      releaseMountPathClaim(resource.claim)
      return
    case 'link':
      return undoLink(resource, journal, means)
    case 'lock':
      await releaseHostLock(resource.lock)
      return
    case 'volume':
      return deleteVolume(resource, means)
    case 'snapshot': {
      const snapshot = await findSnapshot(client, resource)
      if (!snapshot || snapshot.State === 'deleting') return
      return ignoringGone(() => client.deleteSnapshot({ SnapshotId: snapshot.SnapshotId }))
    }
    case 'image': {
      const image = await findImage(client, resource)
      if (!image) return
      return ignoringGone(() => client.deleteImage({ ImageId: image.ImageId }))
    }
    case 'source-copy': {
      const copy = await findSourceCopy(client, resource)
      if (!copy) return
      await ignoringGone(() => client.deleteImage({ ImageId: copy.ImageId }))
      for (const mapping of copy.BlockDeviceMappings ?? []) {
        const snapshotId = mapping.Bsu?.SnapshotId
        if (snapshotId) await deleteReleasedSnapshot(client, snapshotId, config.timeouts.omi)
      }
      return
    }
  }
}

function describe(entry: JournalEntry): string {
  const resource = entry.resource
  switch (resource.kind) {
    case 'volume':
    case 'snapshot': {
      const id = resource.kind === 'volume' ? resource.volumeId : resource.snapshotId
      return `${resource.kind} ${id ?? `(ClientToken ${resource.clientToken})`}`
    }
    case 'image':
    case 'source-copy':
      return `${resource.kind} ${resource.imageId ?? `"${resource.imageName}"`}`
    case 'mount-path-claim':
      return `claim of mount_path ${resource.claim.mountPath}`
    default: {
      const { kind, ...data } = resource
      const id = Object.values(data).find((value) => typeof value === 'string') ?? ''
      return `${kind} ${id}`.trim()
    }
  }
}

/** Undoes the active entries of these kinds, newest first. Stops at the first failure. */
export async function undo(
  journal: Journal,
  means: UndoMeans,
  kinds: ResourceKind[]
): Promise<void> {
  for (const entry of journal.active().filter((e) => kinds.includes(e.resource.kind))) {
    await undoEntry(entry, journal, means)
    journal.mark(entry, 'undone')
    log.debug(`Undone: ${describe(entry)}`)
  }
}

/** What a build keeps once its OMI is registered; everything else is temporary. */
const products: ResourceKind[] = ['snapshot', 'image']

/**
 * The build's registered OMI, when it exists and is available: from then on the OMI and its
 * snapshot are the build's product, kept whatever fails after (tags, permissions) or however the
 * build ends, so nothing the build produced is lost (with force_deregister the old OMI is gone).
 */
async function registeredImage(
  journal: Journal,
  means: UndoMeans
): Promise<{ keep: boolean; image?: Image }> {
  const entry = journal.active().find((e) => e.resource.kind === 'image')
  if (!entry || entry.resource.kind !== 'image') return { keep: false }
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
 * reported, with every resource left behind named.
 */
export async function cleanUp(journal: Journal, means: UndoMeans, outcome: Outcome): Promise<void> {
  const problems: string[] = []
  const registered = await registeredImage(journal, means)
  const image = registered.image
  const keepProducts = outcome === 'succeeded' || registered.keep
  if (image && outcome !== 'succeeded') {
    log.warning(
      `The build ${outcome} after registering OMI ${image.ImageId} "${image.ImageName}": ` +
        'it is kept, with its snapshot.'
    )
  }
  for (const entry of journal.active()) {
    if (keepProducts && products.includes(entry.resource.kind)) {
      journal.mark(entry, 'kept')
      const resource = entry.resource
      if (resource.kind === 'snapshot' && resource.snapshotId && image) {
        await markAsProduct(
          means.client,
          resource.snapshotId,
          image.ImageId,
          means.config.timeouts.omi
        )
      }
      continue
    }
    try {
      await undoEntry(entry, journal, means)
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
