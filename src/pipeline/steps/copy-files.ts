import { copyFiles } from '../../host/copy-files.js'
import { buildStep } from '../step.js'

/** copy_files: the host's files (resolv.conf) in for provisioning; the image's own come back after. */
export const stepCopyFiles = buildStep({
  name: 'StepCopyFiles',
  title: 'Copying host files into the chroot',
  skip: ({ config }) => config.copyFiles.length === 0,
  async run({ config, host }, { journal, need }) {
    const copied = await copyFiles(host, need('mountPath'), config.copyFiles)
    journal.record({ kind: 'copied-files', undo: copied })
  }
})
