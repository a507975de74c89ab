import { log } from '../../log.js'
import { copyFiles } from '../../host/copy-files.js'
import { runHostCommands } from '../../host/host-commands.js'
import { installPolicyRcd } from '../../host/policy-rc-d.js'
import { copyProvisionFiles } from '../../host/provision-files.js'
import { runProvisioning } from '../../host/provision.js'
import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'
import { undo } from '../undo.js'

/** copy_files: the host's files (resolv.conf) in for provisioning; the image's own come back after. */
export const stepCopyFiles: Step<BuildContext> = {
  name: 'StepCopyFiles',
  title: 'Copying host files into the chroot',
  skip: ({ config }) => config.copyFiles.length === 0,
  async run({ config, host, journal, mountPath }) {
    const copied = await copyFiles(host, mountPath!, config.copyFiles)
    journal.record('StepCopyFiles', { kind: 'copied-files', undo: copied })
  }
}

/**
 * Provisioning, in this order: provision_files (stay in the image), the inline `provision`
 * script, provision_scripts, then provision_host_commands on the host (e.g. Ansible's chroot
 * connection). Services are kept from starting by a policy-rc.d for the duration.
 */
export const stepProvision: Step<BuildContext> = {
  name: 'StepProvision',
  title: 'Provisioning in the chroot',
  async run(context) {
    const { config, host, journal, signal } = context
    const mountPath = context.mountPath!
    if (config.preventServiceStart) {
      const installed = await installPolicyRcd(host, mountPath)
      journal.record('StepProvision', { kind: 'policy-rcd', undo: installed })
    }
    const files = await copyProvisionFiles(host, mountPath, config.provisionFiles)
    for (const file of files) log.info(`provision_files: ${file.source} → ${file.pathInImage}`)
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
      { Device: context.blockDevice!, MountPath: mountPath },
      signal,
      mountPath
    )
  }
}

/**
 * Puts the image back as it was around provisioning (policy-rc.d, copied files), stops what
 * provisioning left running, and unmounts everything below the mount path, deepest first.
 */
export const stepUnmount: Step<BuildContext> = {
  name: 'StepUnmount',
  title: 'Unmounting',
  async run(context) {
    await undo(context.journal, context, ['policy-rcd', 'copied-files', 'mount'])
  }
}
