/**
 * Mounting the image's root file system at mount_path.
 *
 * mount_path is a template whose {{.Device}} is the basename of the disk being mounted (sdb,
 * loop3, nvme1n1). The partition comes from mount_partition (root-partition.ts); the file system
 * type from blkid; XFS gets `nouuid`; each mount_options entry becomes its own `-o`.
 * Undo: unmountAll(mountPath) (unmount.ts), which also undoes the chroot mounts.
 */
import { basename, resolve } from 'node:path'
import { log } from '../log.js'
import { render } from '../template.js'
import { refreshPartitions } from './block-device.js'
import type { HostRunner } from './exec.js'
import { detectFsType, mountArgv, mountOptionsFor } from './filesystem.js'
import { inspectPath } from './image-path.js'
import { mountsUnder } from './mountinfo.js'
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
  /** Whether mountRoot created the mount directory (then unmountAll may remove it). */
  createdDirectory: boolean
}

/** mount_path rendered for this disk, absolute (relative to the working directory, as Packer). */
export function renderMountPath(template: string, disk: string): string {
  return resolve(render(template, { Device: basename(disk) }, 'mount_path'))
}

export async function mountRoot(options: MountRootOptions): Promise<MountedRoot> {
  const { runner, disk } = options
  const mountPath = renderMountPath(options.mountPath, disk)
  if (mountsUnder(mountPath).length > 0) {
    throw new Error(
      `mount_path ${mountPath} is already a mount point (left by an earlier build?). ` +
        `Unmount it, or set mount_path to another directory.`
    )
  }
  const createdDirectory = (await inspectPath(runner, mountPath)).type === 'missing'
  if (createdDirectory) await runner.run(['mkdir', '-p', '--', mountPath], { quiet: true })

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
    return {
      mountPath,
      device: chosen.path,
      disk,
      partition: chosen.number,
      fsType,
      options: mountOptions,
      createdDirectory
    }
  } catch (error) {
    if (createdDirectory)
      await runner.run(['rmdir', '--', mountPath], { quiet: true, allowedExitCodes: [0, 1] })
    throw error
  }
}
