import { runHostCommands } from '../../host/host-commands.js'
import { runProvisioning } from '../../host/provision.js'
import { flushingWhile, startFlush } from '../../host/flush.js'
import { buildStep } from '../step.js'
import { undo } from '../undo.js'

/**
 * Provisioning, in this order: the inline `provision` script, provision_scripts, then
 * provision_host_commands on the host (e.g. Ansible's chroot connection). The files it needs
 * (copy_files, policy-rc.d, provision_files) were placed before the chroot mounts were made.
 * The image is flushed to its disk while it runs.
 */
export const stepProvision = buildStep({
  name: 'StepProvision',
  title: 'Provisioning in the chroot',
  async run(context, { need }) {
    const { config, host, signal } = context
    const mountPath = need('mountPath')
    const provision = async (): Promise<void> => {
      await runProvisioning({
        runner: host,
        mountPath,
        build: {
          buildId: context.buildId,
          omiName: config.omiName,
          sourceOmi: context.sourceImage?.ImageId ?? '',
          sourceOmiName: context.sourceImage?.ImageName ?? '',
          region: context.region
        },
        inline: config.provision,
        shell: config.provisionShell,
        scripts: config.provisionScripts,
        env: config.provisionEnv,
        signal
      })
      await runHostCommands(
        host,
        'provision_host_commands',
        config.provisionHostCommands,
        { Device: need('blockDevice'), MountPath: mountPath },
        signal,
        mountPath
      )
    }
    // What provisioning writes goes to the disk as it runs, not all at the unmount (flush.ts).
    await flushingWhile(host, mountPath, provision(), signal)
  }
})

/**
 * Puts the image back as it was around provisioning (policy-rc.d, copied files), stops what
 * provisioning left running, and unmounts everything below the mount path, deepest first. The
 * image's file system starts flushing what provisioning wrote last first, alongside all that.
 */
export const stepUnmount = buildStep({
  name: 'StepUnmount',
  title: 'Unmounting',
  async run(context) {
    const flushed = context.mountPath ? startFlush(context.host, context.mountPath) : undefined
    try {
      await undo(context.journal, context, ['policy-rcd', 'copied-files', 'mount'])
    } finally {
      await flushed
    }
  }
})
