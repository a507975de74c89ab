/**
 * How each journal entry is undone. One function serves the happy path (unmount and unlink before
 * the snapshot), the failure path (everything left, newest first) and the post step after a
 * killed main step: the journal holds only plain data, so any process can undo from it.
 *
 * Cleanup never uses the build's abort signal: a cancelled build must still clean up.
 */
import { log } from '../log.js'
import type { BuildConfig } from '../config/types.js'
import type { HostRunner } from '../host/exec.js'
import { releaseLockIfOurs } from '../host/lock.js'
import { isMounted } from '../host/mountinfo.js'
import { stopChrootProcesses } from '../host/processes.js'
import { unmountAll } from '../host/unmount.js'
import { restoreCopiedFiles } from '../host/copy-files.js'
import { removePolicyRcd } from '../host/policy-rc-d.js'
import {
  OapiError,
  waitForVolumeUnlinked,
  type OapiClient,
  type PollPolicy
} from '../oapi/index.js'
import type { Journal, JournalEntry, ResourceKind } from './journal.js'
import type { Outcome } from './runner.js'

/** What undoing needs: the API, the host, and the user's settings that shape cleanup. */
export interface UndoMeans {
  client: OapiClient
  host: HostRunner
  config: Pick<BuildConfig, 'killChrootProcesses' | 'timeouts'>
  poll: PollPolicy
}

/** OAPI answers a delete of something already gone with a not-found error: that is success. */
function isGone(error: unknown): boolean {
  return (
    error instanceof OapiError &&
    (error.httpStatus === 404 || /not.?found|does not exist/i.test(error.message))
  )
}

async function ignoringGone(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    if (!isGone(error)) throw error
  }
}

async function undoEntry(entry: JournalEntry, means: UndoMeans): Promise<void> {
  const { client, host, config } = means
  const resource = entry.resource
  switch (resource.kind) {
    case 'policy-rcd':
      return removePolicyRcd(host, resource.undo)
    case 'copied-files':
      return restoreCopiedFiles(host, resource.undo)
    case 'mount': {
      const stopped = await stopChrootProcesses(host, resource.mountPath, {
        kill: config.killChrootProcesses
      })
      if (stopped.remaining.length > 0 && !config.killChrootProcesses) {
        log.warning(
          'kill_chroot_processes is false: processes left in the chroot may keep the volume busy.'
        )
      }
      await unmountAll(host, resource.mountPath, { removeDirectory: resource.removeDirectory })
      return
    }
    case 'link': {
      // Unlinking a mounted volume is what leaks volumes in Packer (§6.1 #5): refuse instead.
      if (resource.blockDevice && isMounted(resource.blockDevice)) {
        throw new Error(
          `${resource.blockDevice} (volume ${resource.volumeId}) is still mounted: not unlinking it. ` +
            'Unmount it by hand, then run the post step again or delete the volume.'
        )
      }
      await ignoringGone(() => client.unlinkVolume({ VolumeId: resource.volumeId }))
      await waitForVolumeUnlinked(client, resource.volumeId, {
        timeoutSeconds: config.timeouts.link,
        policy: means.poll
      })
      return
    }
    case 'lock':
      releaseLockIfOurs(resource.lock)
      return
    case 'volume':
      return ignoringGone(() => client.deleteVolume({ VolumeId: resource.volumeId }))
    case 'snapshot':
      return ignoringGone(() => client.deleteSnapshot({ SnapshotId: resource.snapshotId }))
    case 'image':
      return ignoringGone(() => client.deleteImage({ ImageId: resource.imageId }))
    case 'source-copy': {
      const [copy] = await client.readImages({ ImageIds: [resource.imageId] })
      await ignoringGone(() => client.deleteImage({ ImageId: resource.imageId }))
      for (const mapping of copy?.BlockDeviceMappings ?? []) {
        const snapshotId = mapping.Bsu?.SnapshotId
        if (snapshotId) await ignoringGone(() => client.deleteSnapshot({ SnapshotId: snapshotId }))
      }
      return
    }
  }
}

function describe(entry: JournalEntry): string {
  const { kind, ...data } = entry.resource
  const id = Object.values(data).find((value) => typeof value === 'string') ?? ''
  return `${kind} ${id}`.trim()
}

/** Undoes the active entries of these kinds, newest first. Stops at the first failure. */
export async function undo(
  journal: Journal,
  means: UndoMeans,
  kinds: ResourceKind[]
): Promise<void> {
  for (const entry of journal.active().filter((e) => kinds.includes(e.resource.kind))) {
    await undoEntry(entry, means)
    journal.mark(entry, 'undone')
    log.debug(`Undone: ${describe(entry)}`)
  }
}

/** What a successful build keeps; everything else is temporary. */
const products: ResourceKind[] = ['snapshot', 'image']

/**
 * The final cleanup: keeps the products of a successful build, undoes everything else, newest
 * first. A failure does not stop the rest (a volume that cannot be unlinked must not keep the
 * copied source OMI alive), but is reported, with every resource left behind named.
 */
export async function cleanUp(journal: Journal, means: UndoMeans, outcome: Outcome): Promise<void> {
  const problems: string[] = []
  for (const entry of journal.active()) {
    if (outcome === 'succeeded' && products.includes(entry.resource.kind)) {
      journal.mark(entry, 'kept')
      continue
    }
    try {
      await undoEntry(entry, means)
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
