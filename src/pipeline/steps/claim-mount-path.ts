import { acquireHostLock } from '../../host/lock.js'
import { checkMountPathFree, renderMountPath } from '../../host/mount.js'
import { claimMountPath } from '../../host/mount-path-claim.js'
import { canonicalPath } from '../../host/mountinfo.js'
import { buildStep } from '../step.js'

/** Whether mount_path depends on the device (then every build gets its own directory). */
function usesDevice(mountPath: string): boolean {
  return renderMountPath(mountPath, '/dev/xvdf') !== renderMountPath(mountPath, '/dev/xvdg')
}

/**
 * A fixed mount_path is checked and claimed before anything is created: it must not be a mount
 * point (the runner's ephemeral disk on /mnt, a mount left by an earlier build) nor be used by a
 * build running at the same time on this runner. A mount_path with {{.Device}} is checked when
 * the device is known, right before mounting (mountRoot).
 */
export const stepClaimMountPath = buildStep({
  name: 'StepClaimMountPath',
  title: 'Claiming the mount path',
  skip: ({ config }) => usesDevice(config.mountPath),
  async run({ config, buildId, signal }, { journal }) {
    const mountPath = renderMountPath(config.mountPath, '/dev/xvdf')
    // Under the host lock: replacing the claim of a build that died is then not a race.
    const held = await acquireHostLock({ purpose: `osc-chroot build ${buildId}`, signal })
    try {
      checkMountPathFree(mountPath)
      const claim = claimMountPath(canonicalPath(mountPath), buildId)
      journal.record({ kind: 'mount-path-claim', claim })
    } finally {
      await held.release()
    }
  }
})
