import { log } from '../../log.js'
import { runHostCommands } from '../../host/host-commands.js'
import { mountChrootMounts } from '../../host/chroot-mounts.js'
import { mountRoot, renderMountPath } from '../../host/mount.js'
import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'

/** The disk to mount: nvme_device_path when the user gave one, else the linked block device. */
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
 * Mounts the root file system. The mount is journaled before it is made: a kill right after the
 * mount must still find it.
 */
export const stepMount: Step<BuildContext> = {
  name: 'StepMount',
  title: 'Mounting the root file system',
  async run(context) {
    const { config, journal } = context
    const disk = mountDisk(context)
    const mountPath = renderMountPath(config.mountPath, disk)
    const entry = journal.record('StepMount', { kind: 'mount', mountPath, removeDirectory: false })
    const mounted = await mountRoot({
      runner: context.host,
      disk,
      mountPath: config.mountPath,
      mountPartition: config.mountPartition,
      mountOptions: config.mountOptions
    })
    journal.update(entry, {
      kind: 'mount',
      mountPath: mounted.mountPath,
      removeDirectory: mounted.createdDirectory
    })
    context.mountPath = mounted.mountPath
  }
}

/** post_mount_commands ({{.Device}}, {{.MountPath}}), then the chroot's virtual file systems. */
export const stepPostMount: Step<BuildContext> = {
  name: 'StepPostMount',
  title: 'Preparing the chroot',
  async run(context) {
    const { config, host, mountPath, signal } = context
    await runHostCommands(
      host,
      'post_mount_commands',
      config.postMountCommands,
      { Device: mountDisk(context), MountPath: mountPath! },
      signal
    )
    const mounted = await mountChrootMounts(
      host,
      mountPath!,
      config.chrootMounts,
      mountDisk(context)
    )
    log.info(`Chroot mounts: ${mounted.map((m) => m.target).join(', ') || 'none'}.`)
  }
}
