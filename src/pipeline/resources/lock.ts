/**
 * The host-wide device lock (host/lock.ts), held from before the device name is chosen until the
 * block device is visible. Released only while it is still this build's.
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
