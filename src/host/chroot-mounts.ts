/**
 * chroot_mounts: the virtual file systems a chroot needs, mounted in order under the mount path.
 * The default (src/config/defaults.ts) is proc and sysfs, both read-only, and a private /dev
 * (`[private-dev, osc-chroot, /dev]`, see private-dev.ts).
 *
 * proc and sysfs are always mounted read-only, nosuid, nodev, noexec: through a writable
 * /proc/sys or /sys the image's code could change the host's kernel settings (both are the host's
 * own). Provisioning mounts a fresh proc of its own PID namespace over this /proc (sandbox.ts).
 * A host bind of /dev is still honoured when listed, with a warning; so is binfmt_misc (host-wide:
 * the image could register interpreters for the whole runner), skipped with a notice on a host
 * that lacks it.
 *
 * Targets are resolved inside the image (a target that is a symlink in the image is followed
 * there, never on the host) and created when missing. A bind mount is made a recursive slave at
 * once: on a host whose mounts are shared (systemd), a devpts mounted on the chroot's /dev/pts
 * would otherwise propagate onto the host's /dev/pts. Undo: unmountOwnTree, with the root mount.
 */
import { existsSync, readFileSync } from 'node:fs'
import { normalize } from 'node:path'
import type { ChrootMount } from '../config/types.js'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { resolveInImage } from './image-path.js'
import { mountPrivateDev } from './private-dev.js'

/** The fstype that asks for a private /dev in chroot_mounts. */
export const PRIVATE_DEV = 'private-dev'

/** proc and sysfs are the host's kernel: readable, never writable, from the image. */
const READ_ONLY_TYPES = new Set(['proc', 'sysfs'])
const READ_ONLY_OPTIONS = 'ro,nosuid,nodev,noexec'

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

/** A bind of the host's /dev (or of a disk in it) gives the image the runner's disks. */
function bindsHostDevices(mount: ChrootMount): boolean {
  if (mount.fstype !== 'bind') return false
  const source = normalize(mount.source)
  return source === '/dev' || source.startsWith('/dev/')
}

/**
 * Mounts the list. `disk` is the build's own block device: its node and its partitions' are
 * placed in a private /dev.
 */
export async function mountChrootMounts(
  runner: HostRunner,
  mountPath: string,
  mounts: ChrootMount[],
  disk?: string
): Promise<ChrootMountRecord[]> {
  const records: ChrootMountRecord[] = []
  for (const mount of mounts) {
    if (mount.fstype === 'binfmt_misc' && !hostSupportsBinfmtMisc()) {
      log.notice(`chroot_mounts: ${mount.target} skipped: this host has no binfmt_misc support.`)
      continue
    }
    if (bindsHostDevices(mount)) {
      log.warning(
        `chroot_mounts: ${JSON.stringify([mount.fstype, mount.source, mount.target])} binds the ` +
          `host's ${mount.source} into the chroot: the image's code can then read and write every ` +
          `disk of this runner. The default, [${PRIVATE_DEV}, osc-chroot, /dev], gives it only ` +
          `the standard devices and the build's own disk.`
      )
    }
    const target = await resolveInImage(runner, mountPath, mount.target)
    if (target.info.type === 'missing') {
      await runner.run(['mkdir', '-p', '--', target.hostPath], { quiet: true })
    }
    if (mount.fstype === PRIVATE_DEV) {
      await mountPrivateDev(runner, target.hostPath, disk)
    } else if (mount.fstype === 'bind') {
      await runner.run(['mount', '--bind', mount.source, target.hostPath])
      await runner.run(['mount', '--make-rslave', target.hostPath], { quiet: true })
    } else if (READ_ONLY_TYPES.has(mount.fstype)) {
      const options = ['-o', READ_ONLY_OPTIONS]
      await runner.run(['mount', '-t', mount.fstype, ...options, mount.source, target.hostPath])
    } else {
      await runner.run(['mount', '-t', mount.fstype, mount.source, target.hostPath])
    }
    records.push({ ...mount, hostTarget: target.hostPath })
  }
  return records
}
