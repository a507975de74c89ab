/** Runs one of a template's provisioners (src/config/provisioners/provisioners.ts) against the mounted image. */
import type { FileProvisioner, Provisioner } from '../config/provisioners/provisioners.js'
import { runAnsibleProvisioner } from './ansible.js'
import { downloadFromImage } from './image-download.js'
import { placeInImage, uploadIntoImage } from './image-upload.js'
import { runShellLocalProvisioner } from './shell-local.js'
import { runShellProvisioner, type ProvisionerRun } from './shell-provisioner.js'

export type { ProvisionerRun } from './shell-provisioner.js'

async function runFileProvisioner(
  provisioner: FileProvisioner,
  run: ProvisionerRun
): Promise<void> {
  const { runner, mountPath, label } = run
  if (provisioner.direction === 'download') {
    await downloadFromImage(
      runner,
      mountPath,
      provisioner.sources[0],
      provisioner.destination,
      run.workspace,
      label
    )
    return
  }
  if (provisioner.content !== undefined) {
    await placeInImage(
      runner,
      mountPath,
      { content: provisioner.content },
      provisioner.destination,
      label
    )
    return
  }
  for (const source of provisioner.sources) {
    await uploadIntoImage(runner, mountPath, source, provisioner.destination, label)
  }
}

export async function runTemplateProvisioner(
  provisioner: Provisioner,
  run: ProvisionerRun
): Promise<void> {
  switch (provisioner.type) {
    case 'shell':
      return runShellProvisioner(provisioner, run)
    case 'shell-local':
      return runShellLocalProvisioner(provisioner, run)
    case 'file':
      return runFileProvisioner(provisioner, run)
    case 'ansible':
      return runAnsibleProvisioner(provisioner, run)
  }
}
