/**
 * Packer's `ansible` provisioner, through Ansible's chroot connection (community.general.chroot,
 * https://docs.ansible.com/ansible/latest/collections/community/general/chroot_connection.html)
 * instead of Packer's SSH proxy: ansible-playbook runs on the runner, beside the chroot like
 * provision_host_commands (sandbox.ts), with an inventory written for the run that holds one host
 * (host_alias, default "default") whose ansible_host is the image's mount path, in each of
 * `groups`. Like Packer, it passes packer_build_name and packer_builder_type as extra variables.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { quote } from 'shell-quote'
import type { AnsibleProvisioner } from '../config/provisioners/provisioners.js'
import { packerBuilderType } from '../config/provisioners/provisioner-shell.js'
import { log } from '../log.js'
import { CommandError } from './exec.js'
import { runHostCommandBesideChroot } from './sandbox.js'
import type { ProvisionerRun } from './shell-provisioner.js'

/** The inventory: the chroot as one host, in every group asked for. */
export function ansibleInventory(provisioner: AnsibleProvisioner, mountPath: string): string {
  const host = `${provisioner.hostAlias} ansible_connection=chroot ansible_host=${mountPath}\n`
  const groups = provisioner.groups.map((group) => `\n[${group}]\n${provisioner.hostAlias}\n`)
  return host + groups.join('')
}

export function ansibleCommand(provisioner: AnsibleProvisioner, inventory: string): string[] {
  return [
    ...provisioner.command,
    '-c',
    'chroot',
    '-i',
    inventory,
    '--extra-vars',
    `packer_build_name=${provisioner.buildName} packer_builder_type=${packerBuilderType}`,
    ...provisioner.extraArguments,
    provisioner.playbookFile
  ]
}

export async function runAnsibleProvisioner(
  provisioner: AnsibleProvisioner,
  run: ProvisionerRun
): Promise<void> {
  const { runner, mountPath, label } = run
  const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-ansible-'))
  try {
    const inventory = join(dir, 'inventory')
    writeFileSync(inventory, ansibleInventory(provisioner, mountPath), { mode: 0o600 })
    const command = quote(ansibleCommand(provisioner, inventory))
    log.info(`${label}: ${command}`)
    try {
      await runHostCommandBesideChroot(
        runner,
        mountPath,
        command,
        { signal: run.signal, cwd: run.workspace },
        { ANSIBLE_FORCE_COLOR: '0', ...provisioner.environment }
      )
    } catch (error) {
      if (!(error instanceof CommandError) || run.signal?.aborted) throw error
      const tail = error.stderrTail ? `\n${error.stderrTail}` : ''
      throw new Error(
        `${label}: ansible-playbook failed with exit code ${error.exitCode}.${tail}`,
        {
          cause: error
        }
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
