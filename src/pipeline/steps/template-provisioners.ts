/**
 * A Packer template's provisioners (config_file), one step each so that each has its own log group
 * ("provisioner 2/5: shell (packer.json provisioners[1])"), run in template order after the chroot
 * mounts and before the action's own provision, provision_scripts and provision_host_commands;
 * and provision_files' downloads, after all provisioning, while the image is still mounted.
 */
import type { BuildConfig, Provisioner } from '../../config/types.js'
import { downloadFromImage } from '../../host/image-download.js'
import { runTemplateProvisioner } from '../../host/template-provisioners.js'
import type { BuildContext } from '../context.js'
import type { Step } from '../runner.js'
import { stepProvision } from './provision.js'

function provisionerStep(
  provisioner: Provisioner,
  index: number,
  count: number
): Step<BuildContext> {
  const label = `provisioner ${index + 1}/${count}: ${provisioner.type} (${provisioner.at})`
  return {
    name: `StepTemplateProvisioner${index + 1}`,
    title: label,
    async run(context) {
      await runTemplateProvisioner(provisioner, {
        runner: context.host,
        mountPath: context.mountPath!,
        build: {
          buildId: context.buildId,
          omiName: context.config.omiName,
          sourceOmi: context.sourceImage?.ImageId ?? '',
          sourceOmiName: context.sourceImage?.ImageName ?? '',
          region: context.region
        },
        provisionEnv: context.config.provisionEnv,
        label,
        workspace: context.config.workspace,
        signal: context.signal
      })
    }
  }
}

/** provision_files entries with direction: download, copied out once provisioning is done. */
export const stepDownloadFiles: Step<BuildContext> = {
  name: 'StepDownloadFiles',
  title: 'Copying provision_files downloads into the workspace',
  skip: ({ config }) => !config.provisionFiles.some((file) => file.direction === 'download'),
  async run({ config, host, mountPath }) {
    for (const [index, file] of config.provisionFiles.entries()) {
      if (file.direction !== 'download') continue
      await downloadFromImage(
        host,
        mountPath!,
        file.source,
        file.destination,
        config.workspace,
        `provision_files[${index}]`
      )
    }
  }
}

/**
 * The build's steps with the template's provisioners before stepProvision and the downloads
 * after it.
 */
export function withTemplateProvisioners(
  steps: Step<BuildContext>[],
  config: Pick<BuildConfig, 'templateProvisioners'>
): Step<BuildContext>[] {
  const at = steps.indexOf(stepProvision)
  if (at < 0) return steps
  const provisioners = config.templateProvisioners.map((provisioner, index, all) =>
    provisionerStep(provisioner, index, all.length)
  )
  return [
    ...steps.slice(0, at),
    ...provisioners,
    stepProvision,
    stepDownloadFiles,
    ...steps.slice(at + 1)
  ]
}
