import { runHostCommands } from '../../host/host-commands.js'
import { mountRoot } from '../../host/mount.js'
import type { Recorded } from '../journal.js'
import type { MountResource } from '../resources/mount.js'
import { buildStep, type StepTools } from '../step.js'
import type { BuildContext } from '../context.js'

/**
 * {{.Device}} of pre/post-mount commands: nvme_device_path as the user wrote it (Packer's
 * contract: `{{.Device}}1` on /dev/nvme1n1p), else the linked block device. Either way it was
 * proven to be the new volume before these commands run (stepLinkVolume).
 */
function mountDisk({ config }: BuildContext, { need }: StepTools): string {
  return config.nvmeDevicePath || need('blockDevice')
}

/** pre_mount_commands, with {{.Device}} = the real block device (where from_scratch partitions). */
export const stepPreMountCommands = buildStep({
  name: 'StepPreMountCommands',
  title: 'Running pre-mount commands',
  skip: ({ config }) => config.preMountCommands.length === 0,
  async run(context, tools) {
    await runHostCommands(
      context.host,
      'pre_mount_commands',
      context.config.preMountCommands,
      { Device: mountDisk(context, tools) },
      context.signal
    )
  }
})

/**
 * Mounts the root file system on the proven disk (stepLinkVolume). The mount is journaled once
 * its directory is ready and before anything is mounted (a kill right after the mount must still
 * find it), with the disk's major:minor; the mounted device and the mount id are added once known.
 * The undo unmounts only what those facts prove to be this build's mount.
 */
export const stepMount = buildStep({
  name: 'StepMount',
  title: 'Mounting the root file system',
  async run(context, { journal, need }) {
    const { config } = context
    let recorded: Recorded<MountResource> | undefined
    let diskMajorMinor: string | undefined
    const mounted = await mountRoot({
      runner: context.host,
      disk: need('blockDevice'),
      mountPath: config.mountPath,
      mountPartition: config.mountPartition,
      mountOptions: config.mountOptions,
      onMountPathReady: (ready) => {
        diskMajorMinor = ready.diskMajorMinor
        recorded = journal.record({
          kind: 'mount',
          mountPath: ready.mountPath,
          removeDirectory: ready.createdDirectory,
          diskMajorMinor: ready.diskMajorMinor
        })
      }
    })
    const facts = {
      mountPath: mounted.mountPath,
      removeDirectory: mounted.createdDirectory,
      diskMajorMinor,
      majorMinor: mounted.majorMinor,
      mountId: mounted.mountId
    }
    // mountRoot announces the directory before mounting; journaled now should it ever not have.
    if (recorded) recorded.update(facts)
    else journal.record({ kind: 'mount', ...facts })
    context.mountPath = mounted.mountPath
  }
})

/**
 * post_mount_commands ({{.Device}}, {{.MountPath}}). The chroot's own mounts come later
 * (chroot-mounts.ts), once the host has placed its files into the image.
 */
export const stepPostMountCommands = buildStep({
  name: 'StepPostMountCommands',
  title: 'Running post-mount commands',
  skip: ({ config }) => config.postMountCommands.length === 0,
  async run(context, tools) {
    const { config, host, signal } = context
    await runHostCommands(
      host,
      'post_mount_commands',
      config.postMountCommands,
      { Device: mountDisk(context, tools), MountPath: tools.need('mountPath') },
      signal
    )
  }
})
