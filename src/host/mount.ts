/**
 * Mounting the image's root file system at mount_path.
 *
 * mount_path is a template whose {{.Device}} is the basename of the disk being mounted (sdb,
 * loop3, nvme1n1). The partition comes from mount_partition (root-partition.ts); the file system
 * type from blkid; XFS gets `nouuid`; each mount_options entry becomes its own `-o`.
 * Undo: proveOwnMount (mount-ownership.ts) from the facts given to onMountPathReady and returned
 * (device major:minor, mount id), then unmountOwnTree (unmount.ts), which also undoes the chroot
 * mounts.
 */
import { basename, dirname, resolve } from 'node:path'
import { mountPathAdvice, whyUnsafeMountPath } from '../config/mount-path.js'
import { log } from '../log.js'
import { render } from '../template.js'
import { refreshPartitions } from './block-device.js'
import type { HostRunner } from './exec.js'
import { fileOperations } from './file-operations.js'
import { detectFsType, mountArgv, mountOptionsFor } from './filesystem.js'
import { describePathType, inspectPath } from './image-path.js'
import { blockDeviceNumber, canonicalPath, mountsAt, mountsUnder } from './mountinfo.js'
import { selectRootPartition } from './root-partition.js'

export interface MountRootOptions {
  runner: HostRunner
  /** The whole disk, from waitForBlockDevice (or nvme_device_path). */
  disk: string
  /** mount_path (template, {{.Device}}). */
  mountPath: string
  /** mount_partition: "auto" or a number ("0" = the whole disk). */
  mountPartition: string
  /** mount_options. */
  mountOptions: string[]
  /**
   * Called once the mount directory exists and before anything is mounted on it (the probes of
   * mount_partition auto included): the moment to journal the mount, with what proves it ours.
   */
  onMountPathReady?: (ready: MountPathReady) => void
}

/** What is known before mounting: enough to recognise our mount later, even after a kill. */
export interface MountPathReady {
  /** Canonical (symlinks resolved), as /proc/self/mountinfo shows it. */
  mountPath: string
  createdDirectory: boolean
  /** "major:minor" of the disk whose file system will be mounted. */
  diskMajorMinor: string
}

/** What was mounted; plain data for the journal. */
export interface MountedRoot {
  mountPath: string
  /** The device mounted (a partition, or the whole disk). */
  device: string
  disk: string
  partition: number
  fsType: string
  options: string[]
  /** Whether mountRoot created the mount directory (then the undo may remove it). */
  createdDirectory: boolean
  /** "major:minor" of the device mounted and the mount's id in /proc/self/mountinfo. */
  majorMinor: string
  mountId: number
}

/** mount_path rendered for this disk, absolute (relative to the working directory, as Packer). */
export function renderMountPath(template: string, disk: string): string {
  return resolve(render(template, { Device: basename(disk) }, 'mount_path'))
}

/** The directory mountRoot created, removed when the mount failed (best effort, as rmdir). */
async function removeMountDirectory(runner: HostRunner, mountPath: string): Promise<void> {
  try {
    await fileOperations(runner).removeDirectory(mountPath)
  } catch {
    // not empty or gone: left in place
  }
}

/**
 * Makes sure the mount point is a directory only root can reach the image through, and creates
 * it (answering true) when missing. While mounted, the image (its setuid programs, its writable
 * directories) is reachable at the mount path by every user of the runner who can traverse the
 * parent, and a user who can write to the parent can swap the mount point for a symlink before
 * it is mounted on. So the parent is created 0700 root-owned; an existing parent that is not
 * root's, or that group or others can write to (such as /tmp), is refused rather than changed:
 * it is not the build's to chmod. mount_path's default, /mnt/osc-chroot/{{.Device}}, qualifies.
 */
async function prepareMountDirectory(runner: HostRunner, mountPath: string): Promise<boolean> {
  const parentPath = dirname(mountPath)
  const parent = await inspectPath(runner, parentPath)
  if (parent.type === 'missing') {
    await runner.run(['mkdir', '-p', '--', parentPath], { quiet: true })
    await runner.run(['chmod', '0700', '--', parentPath], { quiet: true })
  } else if (parent.type !== 'directory') {
    throw new Error(
      `mount_path ${mountPath}: its parent ${parentPath} is ${describePathType(parent)}, not a directory. ` +
        'Set mount_path under a root-owned directory, e.g. /mnt/osc-chroot/{{.Device}}.'
    )
  } else if (parent.uid !== '0' || (parseInt(parent.mode ?? '0', 8) & 0o022) !== 0) {
    throw new Error(
      `mount_path ${mountPath}: its parent ${parentPath} (owner uid ${parent.uid}, mode ${parent.mode}) ` +
        'is writable by users other than root, who could replace the mount point before the image ' +
        'is mounted there. Set mount_path under a directory only root can write to, e.g. ' +
        '/mnt/osc-chroot/{{.Device}}.'
    )
  }
  const existing = await inspectPath(runner, mountPath)
  if (existing.type === 'missing') {
    await fileOperations(runner).makeDirectory(mountPath, '0755')
    return true
  }
  if (existing.type !== 'directory') {
    throw new Error(
      `mount_path ${mountPath} is ${describePathType(existing)}, not a directory: ` +
        'mount would follow it. Remove it, or set mount_path to another directory.'
    )
  }
  return false
}

/**
 * Refuses a mount path that is or holds a mount point (the runner's ephemeral disk on /mnt,
 * another build's mount) or that leads, through symlinks, to a directory the configuration
 * check would have refused.
 */
export function checkMountPathFree(mountPath: string): void {
  const real = canonicalPath(mountPath)
  const why = whyUnsafeMountPath(real)
  if (why) {
    throw new Error(`mount_path ${mountPath} leads to ${real}, which ${why}: ${mountPathAdvice}`)
  }
  const mounts = mountsUnder(real)
  if (mounts.length > 0) {
    const what =
      mounts[0].mountPoint === real
        ? 'is a mount point'
        : `holds the mount point ${mounts[0].mountPoint}`
    throw new Error(
      `mount_path ${mountPath} ${what} (${mounts[0].source}, ${mounts[0].fsType}): another ` +
        'build, an earlier one, or the runner uses it, and a build only mounts on a directory of its ' +
        'own. Set mount_path to another directory, or unmount it if it was left by an earlier build.'
    )
  }
}

export async function mountRoot(options: MountRootOptions): Promise<MountedRoot> {
  const { runner, disk } = options
  const diskMajorMinor = blockDeviceNumber(disk)
  if (!diskMajorMinor) throw new Error(`${disk} is not a block device: cannot mount it.`)
  const renderedPath = renderMountPath(options.mountPath, disk)
  checkMountPathFree(renderedPath)
  const createdDirectory = await prepareMountDirectory(runner, renderedPath)
  // The kernel reports mount points with symlinks resolved: so does the journal.
  const mountPath = canonicalPath(renderedPath)
  options.onMountPathReady?.({ mountPath, createdDirectory, diskMajorMinor })

  try {
    const partitions = await refreshPartitions(runner, disk)
    const chosen = await selectRootPartition(
      runner,
      disk,
      partitions,
      options.mountPartition,
      mountPath
    )
    const fsType = await detectFsType(runner, chosen.path)
    if (!fsType) {
      throw new Error(
        `mount_partition ${options.mountPartition}: no file system found on ${chosen.path} (blkid). ` +
          `Check mount_partition, or create the file system in pre_mount_commands.`
      )
    }
    const mountOptions = mountOptionsFor(fsType, options.mountOptions)
    const mounted = await runner.run(mountArgv(fsType, mountOptions, chosen.path, mountPath), {
      allowedExitCodes: [0, 1, 32]
    })
    if (mounted.exitCode !== 0) {
      // mount says "bad option" and "bad superblock" in one breath: name what the user chose.
      const chosenOptions = options.mountOptions.length
        ? `mount_options ${JSON.stringify(options.mountOptions)}`
        : 'no mount_options'
      throw new Error(
        `Cannot mount ${chosen.path} (${fsType}, partition ${chosen.number}) at ${mountPath} with ` +
          `${chosenOptions}: ${mounted.stderr.trim() || `mount exited with ${mounted.exitCode}`}\n` +
          `Check that every mount_options entry is an option ${fsType} accepts, and mount_partition.`
      )
    }
    log.info(
      `Mounted ${chosen.path} (${fsType}${mountOptions.length ? `, ${mountOptions.join(',')}` : ''}) at ${mountPath}`
    )
    const majorMinor = blockDeviceNumber(chosen.path) ?? ''
    const mount = mountsAt(mountPath)
      .reverse()
      .find((entry) => entry.majorMinor === majorMinor)
    if (!mount) throw new Error(`${chosen.path} is not shown mounted at ${mountPath} after mount`)
    return {
      mountPath,
      majorMinor,
      mountId: mount.id,
      device: chosen.path,
      disk,
      partition: chosen.number,
      fsType,
      options: mountOptions,
      createdDirectory
    }
  } catch (error) {
    if (createdDirectory) await removeMountDirectory(runner, mountPath)
    throw error
  }
}
