/**
 * prevent_service_start: a /usr/sbin/policy-rc.d that exits 101 ("action forbidden") while
 * provisioning runs, so Debian-family packages installed in the chroot do not start their
 * services on the build host. Whatever the image had at that path is put back afterwards.
 */
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { type ReplacedFile, replaceFileInImage, restoreFileInImage } from './image-file.js'

export const POLICY_RC_D_PATH = '/usr/sbin/policy-rc.d'

const POLICY_RC_D = `#!/bin/sh
# Installed by osc-chroot while the image is provisioned: services must not start in the chroot.
exit 101
`

export async function installPolicyRcd(
  runner: HostRunner,
  mountPath: string
): Promise<ReplacedFile> {
  const replaced = await replaceFileInImage(
    runner,
    mountPath,
    POLICY_RC_D_PATH,
    { content: POLICY_RC_D },
    '0755'
  )
  log.info(`prevent_service_start: ${POLICY_RC_D_PATH} installed (exits 101)`)
  return replaced
}

/** Puts back the image's own policy-rc.d, or removes ours. Idempotent. */
export async function removePolicyRcd(runner: HostRunner, installed: ReplacedFile): Promise<void> {
  await restoreFileInImage(runner, installed)
  log.info(
    `prevent_service_start: ${POLICY_RC_D_PATH} ${installed.original === 'none' ? 'removed' : 'restored'}`
  )
}
