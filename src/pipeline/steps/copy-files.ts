import { copyFiles } from '../../host/copy-files.js'
import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'

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
