/**
 * The root file system's mount (and, below it, the chroot mounts and whatever provisioning
 * mounted). Journaled once its directory is ready and before anything is mounted, with the disk's
 * major:minor; the mount's own major:minor and mount id are added once made. Which mount is ours
 * is proven from those facts (host/mount-ownership.ts), never from the mount path alone.
 */
import { log } from '../../log.js'
import { proveOwnMount } from '../../host/mount-ownership.js'
import { stopChrootProcesses } from '../../host/processes.js'
import { unmountOwnTree } from '../../host/unmount.js'
import type { ResourceModule, UndoMeans } from './resource.js'

export interface MountResource {
  kind: 'mount'
  mountPath: string
  removeDirectory: boolean
  diskMajorMinor?: string
  majorMinor?: string
  mountId?: number
}

/**
 * Stops the chroot's processes and unmounts, only when what is mounted at the mount path is the
 * mount this build made; then only that mount and the mounts made on it.
 */
async function undoMount(resource: MountResource, { host, config }: UndoMeans): Promise<void> {
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

export const mount: ResourceModule<MountResource> = {
  describe: ({ mountPath }) => `mount ${mountPath}`,
  undo: (resource, means) => undoMount(resource, means)
}
