/**
 * chroot_mounts: the virtual file systems a chroot needs (the config's default: proc, sysfs,
 * /dev bind, devpts, binfmt_misc), mounted in order under the mount path.
 *
 * Targets are resolved inside the image (a target that is a symlink in the image is followed
 * there, never on the host) and created when missing. A bind mount is made a recursive slave at
 * once: on a host whose mounts are shared (systemd), a devpts mounted on the chroot's /dev/pts
 * would otherwise propagate onto the host's /dev/pts. binfmt_misc is skipped, with a notice, on a
 * host that lacks it. Undo: unmountAll(mountPath).
 */
import { existsSync, readFileSync } from 'node:fs'
import type { ChrootMount } from '../config/types.js'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { resolveInImage } from './image-path.js'

export interface ChrootMountRecord extends ChrootMount {
  /** Where it is mounted, on the host. */
  hostTarget: string
}

function hostSupportsBinfmtMisc(): boolean {
  let filesystems: string
  try {
    filesystems = readFileSync('/proc/filesystems', 'utf8')
  } catch {
    return false
  }
  return existsSync('/proc/sys/fs/binfmt_misc') && /\sbinfmt_misc$/m.test(filesystems)
}

export async function mountChrootMounts(
  runner: HostRunner,
  mountPath: string,
  mounts: ChrootMount[]
): Promise<ChrootMountRecord[]> {
  const records: ChrootMountRecord[] = []
  for (const mount of mounts) {
    if (mount.fstype === 'binfmt_misc' && !hostSupportsBinfmtMisc()) {
      log.notice(`chroot_mounts: ${mount.target} skipped: this host has no binfmt_misc support.`)
      continue
    }
    const target = await resolveInImage(runner, mountPath, mount.target)
    if (target.info.type === 'missing') {
      await runner.run(['mkdir', '-p', '--', target.hostPath], { quiet: true })
    }
    if (mount.fstype === 'bind') {
      await runner.run(['mount', '--bind', mount.source, target.hostPath])
      await runner.run(['mount', '--make-rslave', target.hostPath], { quiet: true })
    } else {
      await runner.run(['mount', '-t', mount.fstype, mount.source, target.hostPath])
    }
    records.push({ ...mount, hostTarget: target.hostPath })
  }
  return records
}
