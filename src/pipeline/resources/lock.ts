/**
 * The host-wide device lock (host/lock.ts), held from before the device name is chosen until
 * LinkVolume is accepted (on a host without by-id names, until the disk is found). Released only
 * while it is still this build's.
 */
import { releaseHostLock, type HostLock } from '../../host/lock.js'
import type { ResourceModule } from './resource.js'

export interface LockResource {
  kind: 'lock'
  lock: HostLock
}

export const lock: ResourceModule<LockResource> = {
  describe: () => 'lock',
  async undo(resource) {
    await releaseHostLock(resource.lock)
  }
}
