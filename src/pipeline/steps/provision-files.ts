import { copyProvisionFiles } from '../../host/provision-files.js'
import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'

/** provision_files: host files that stay in the image (placed before the chroot mounts exist). */
export const stepProvisionFiles: Step<BuildContext> = {
  name: 'StepProvisionFiles',
  title: 'Copying provision_files into the image',
  skip: ({ config }) => config.provisionFiles.length === 0,
  async run({ config, host, mountPath }) {
    await copyProvisionFiles(host, mountPath!, config.provisionFiles)
  }
}
