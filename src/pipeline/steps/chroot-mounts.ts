import { log } from '../../log.js'
import { mountChrootMounts } from '../../host/chroot-mounts.js'
import { buildStep } from '../step.js'

/**
 * The chroot's virtual file systems (chroot_mounts), made only after the host has placed every
 * file into the image: while the host writes, nothing of the host (its /dev, /proc, /sys) is
 * reachable through a path inside the image. Undone with the root mount (unmountOwnTree).
 */
export const stepChrootMounts = buildStep({
  name: 'StepChrootMounts',
  title: 'Preparing the chroot',
  async run({ config, host, blockDevice }, { need }) {
    // The build's own disk (proven in stepLinkVolume) is the one disk a private /dev holds.
    const mounted = await mountChrootMounts(
      host,
      need('mountPath'),
      config.chrootMounts,
      blockDevice
    )
    log.info(`Chroot mounts: ${mounted.map((m) => m.target).join(', ') || 'none'}.`)
  }
})
