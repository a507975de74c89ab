/** A fixed mount_path claimed for this build on this runner (host/mount-path-claim.ts). */
import { releaseMountPathClaim, type MountPathClaim } from '../../host/mount-path-claim.js'
import type { ResourceModule } from './resource.js'

export interface MountPathClaimResource {
  kind: 'mount-path-claim'
  claim: MountPathClaim
}

export const mountPathClaim: ResourceModule<MountPathClaimResource> = {
  describe: ({ claim }) => `claim of mount_path ${claim.mountPath}`,
  async undo(resource) {
    // Released only while the claim file still names this build.
    releaseMountPathClaim(resource.claim)
  }
}
