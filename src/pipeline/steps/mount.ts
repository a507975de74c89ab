import { runHostCommands } from '../../host/host-commands.js'
import { mountRoot } from '../../host/mount.js'
import type { JournalEntry } from '../journal.js'
import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'

/**
 * {{.Device}} of pre/post-mount commands: nvme_device_path as the user wrote it (Packer's
 * contract: `{{.Device}}1` on /dev/nvme1n1p), else the linked block device. Either way it was
 * proven to be the new volume before these commands run (stepLinkVolume).
 */
function mountDisk({ config, blockDevice }: BuildContext): string {
  return config.nvmeDevicePath || blockDevice!
}

/** pre_mount_commands, with {{.Device}} = the real block device (where from_scratch partitions). */
export const stepPreMountCommands: Step<BuildContext> = {
  name: 'StepPreMountCommands',
  title: 'Running pre-mount commands',
  skip: ({ config }) => config.preMountCommands.length === 0,
  async run(context) {
    await runHostCommands(
      context.host,
      'pre_mount_commands',
      context.config.preMountCommands,
      { Device: mountDisk(context) },
      context.signal
    )
  }
}

/**
 * Mounts the root file system on the proven disk (stepLinkVolume). The mount is journaled once
 * its directory is ready and before anything is mounted (a kill right after the mount must still
 * find it), with the disk's major:minor; the mounted device and the mount id are added once known.
 * The undo unmounts only what those facts prove to be this build's mount.
 */
export const stepMount: Step<BuildContext> = {
  name: 'StepMount',
  title: 'Mounting the root file system',
  async run(context) {
    const { config, journal } = context
    let entry: JournalEntry | undefined
    let diskMajorMinor: string | undefined
    const mounted = await mountRoot({
      runner: context.host,
      disk: context.blockDevice!,
      mountPath: config.mountPath,
      mountPartition: config.mountPartition,
      mountOptions: config.mountOptions,
      onMountPathReady: (ready) => {
        diskMajorMinor = ready.diskMajorMinor
        entry = journal.record('StepMount', {
          kind: 'mount',
          mountPath: ready.mountPath,
          removeDirectory: ready.createdDirectory,
          diskMajorMinor: ready.diskMajorMinor
        })
      }
    })
    journal.update(entry!, {
      kind: 'mount',
      mountPath: mounted.mountPath,
      removeDirectory: mounted.createdDirectory,
      diskMajorMinor,
      majorMinor: mounted.majorMinor,
      mountId: mounted.mountId
    })
    context.mountPath = mounted.mountPath
  }
}

/**
 * post_mount_commands ({{.Device}}, {{.MountPath}}). The chroot's own mounts come later
 * (chroot-mounts.ts), once the host has placed its files into the image.
 */
export const stepPostMountCommands: Step<BuildContext> = {
  name: 'StepPostMountCommands',
  title: 'Running post-mount commands',
  skip: ({ config }) => config.postMountCommands.length === 0,
  async run(context) {
    const { config, host, mountPath, signal } = context
    await runHostCommands(
      host,
      'post_mount_commands',
      config.postMountCommands,
      { Device: mountDisk(context), MountPath: mountPath! },
      signal
    )
  }
}
