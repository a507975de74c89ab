import { copyProvisionFiles } from '../../host/provision-files.js'
import { buildStep } from '../step.js'

/** provision_files: host files that stay in the image (placed before the chroot mounts exist). */
export const stepProvisionFiles = buildStep({
  name: 'StepProvisionFiles',
  title: 'Copying provision_files into the image',
  skip: ({ config }) => config.provisionFiles.length === 0,
  async run({ config, host }, { need }) {
    await copyProvisionFiles(host, need('mountPath'), config.provisionFiles)
  }
})
