/**
 * The build's work volume. Journaled with its ClientToken before CreateVolume is sent, its id
 * added once the call answers: a volume whose id never came back is still found and deleted.
 * Tagged with the build's tags (and root_volume_tags), so the orphan sweep finds it; one never
 * tagged (a kill between CreateVolume and CreateTags) is a build's by its ClientToken.
 */
import { log } from '../../log.js'
import {
  WaitError,
  isConflict,
  pollPolicyFromEnv,
  readVolume,
  waitFor,
  waitForVolumeUnlinked,
  type OapiClient,
  type Volume
} from '../../oapi/index.js'
import { buildIdTag } from '../context.js'
import { buildIdOfClientToken } from '../identity.js'
import type { Journal } from '../journal.js'
import { candidate, tagValue } from '../sweep/tags.js'
import type { Candidate, PlanOptions } from '../sweep/types.js'
import { readById } from './find.js'
import { ignoringGone } from './gone.js'
import type { ResourceModule, UndoMeans } from './resource.js'

export interface VolumeResource {
  kind: 'volume'
  volumeId?: string
  clientToken?: string
}

export async function findVolume(
  client: OapiClient,
  entry: { volumeId?: string; clientToken?: string }
): Promise<Volume | undefined> {
  const { volumeId, clientToken } = entry
  if (volumeId) return readById(() => readVolume(client, volumeId))
  if (!clientToken) return undefined
  const volumes = await client.readVolumes({ ClientTokens: [clientToken] })
  return volumes.find((volume) => volume.ClientToken === clientToken)
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

/**
 * Whether the build's own unlink of this volume is done (its link entry undone): the unlink saw
 * it available and detached, so it is deleted without reading it first. Should it be in use
 * again after all, DeleteVolume is refused (409) and the read below says why.
 */
function unlinkedByThisBuild(resource: VolumeResource, journal: Journal): boolean {
  return journal
    .entries()
    .some(
      (entry) =>
        entry.status === 'undone' &&
        entry.resource.kind === 'link' &&
        entry.resource.volumeId === resource.volumeId
    )
}

async function deleteVolume(
  resource: VolumeResource,
  means: UndoMeans,
  journal: Journal
): Promise<void> {
  const { volumeId } = resource
  if (volumeId && unlinkedByThisBuild(resource, journal)) {
    try {
      await ignoringGone(() => means.client.deleteVolume({ VolumeId: volumeId }))
      return
    } catch (error) {
      if (!isConflict(error)) throw error
    }
  }
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

/** Whether a volume is a build's: tagged with a build id, or created with a build's ClientToken. */
export function isBuildVolume(volume: Volume): boolean {
  return (
    tagValue(volume.Tags, buildIdTag) !== undefined ||
    buildIdOfClientToken(volume.ClientToken) !== undefined
  )
}

/** A volume's build: from its tags, else (never tagged) from its ClientToken and CreationDate. */
function volumeCandidate(volume: Volume): Candidate {
  const resource = candidate('volume', volume.VolumeId, volume.Tags)
  if (resource.buildId !== '') return resource
  return {
    ...resource,
    buildId: buildIdOfClientToken(volume.ClientToken) ?? '',
    createdAt: volume.CreationDate ?? ''
  }
}

/**
 * A volume being made, linked to another VM, or linked here and mounted (or whose device cannot
 * be found here to tell) shows that its build is running. One linked here and not mounted is
 * unlinked first. "Mounted here" is decided by options.mountedHere (sweep/run.ts).
 */
export function recogniseVolume(volume: Volume, options: PlanOptions): Candidate {
  const resource = volumeCandidate(volume)
  if (volume.State === 'deleting') return { ...resource, ignored: true }
  if (volume.State === 'creating') return { ...resource, running: 'its volume is being created' }
  const link = (volume.LinkedVolumes ?? []).find((linked) => linked.State !== 'detached')
  if (link === undefined) return resource
  const device = link.DeviceName ?? '?'
  if (link.VmId !== options.vmId) {
    return { ...resource, running: `its volume is linked to another VM (${link.VmId})` }
  }
  const mounted = options.mountedHere(device)
  if (mounted === undefined) {
    return {
      ...resource,
      running: `its volume is linked to this VM as ${device}, whose block device cannot be found here to check that it is not mounted`
    }
  }
  if (mounted) return { ...resource, running: `its volume is linked as ${device} and mounted here` }
  return { ...resource, unlinkFirst: true }
}

export const volume: ResourceModule<VolumeResource> = {
  describe: ({ volumeId, clientToken }) => `volume ${volumeId ?? `(ClientToken ${clientToken})`}`,
  undo: (resource, means, journal) => deleteVolume(resource, means, journal),
  find: findVolume,
  sweep: {
    order: 1,
    label: 'volume',
    recognise: (inventory, options) => inventory.volumes.map((v) => recogniseVolume(v, options)),
    async delete(orphan, { client, linkTimeoutSeconds, signal }) {
      await ignoringGone(async () => {
        if (orphan.unlinkFirst) {
          await client.unlinkVolume({ VolumeId: orphan.id }, signal)
          await waitForVolumeUnlinked(client, orphan.id, {
            timeoutSeconds: linkTimeoutSeconds,
            policy: pollPolicyFromEnv(),
            signal
          })
        }
        await client.deleteVolume({ VolumeId: orphan.id }, signal)
      })
    }
  }
}
