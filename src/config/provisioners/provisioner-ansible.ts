/**
 * Packer's `ansible` provisioner, read for ansible-playbook through Ansible's chroot connection
 * (https://developer.hashicorp.com/packer/integrations/hashicorp/ansible/latest/components/provisioner/ansible).
 * ansible-playbook must be on the runner: looked for now, so its absence fails before any API call.
 */
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join, resolve } from 'node:path'
import { show } from '../parse.js'
import { commonKeys, type ProvisionerSettings } from './provisioner-settings.js'
import type { AnsibleProvisioner, TemplateProvisioningContext } from './provisioners.js'

const ansibleKeys = [
  'playbook_file',
  'command',
  'extra_arguments',
  'ansible_env_vars',
  'groups',
  'empty_groups',
  'host_alias',
  'user',
  'keep_inventory_file',
  'skip_version_check',
  'use_proxy',
  'ansible_ssh_extra_args',
  'sftp_command',
  'use_sftp',
  'local_port',
  'ssh_host_key_file',
  'ssh_authorized_key_file',
  'roles_path',
  'collections_path'
]

/** Ansible settings that cannot carry over, with what to do instead. */
const ansibleRefused: Record<string, string> = {
  inventory_file:
    'the action writes the inventory itself (one host, host_alias, in groups, reached through ' +
    'the chroot connection); set groups, and give variables with extra_arguments (-e)',
  inventory_directory: 'the action writes the inventory itself; set groups and extra_arguments',
  galaxy_file:
    'install the roles and collections in an earlier workflow step (ansible-galaxy install -r ' +
    'requirements.yml), then point roles_path or collections_path at them'
}

export function mapAnsible(
  settings: ProvisionerSettings,
  context: TemplateProvisioningContext
): AnsibleProvisioner | undefined {
  const { at } = settings
  const playbook = settings.text('playbook_file')
  const command = settings.text('command') ?? 'ansible-playbook'
  const extraArguments = settings.list('extra_arguments')
  const environment = settings.assignments('ansible_env_vars')
  const groups = settings.list('groups')
  settings.list('empty_groups')
  const hostAlias = settings.text('host_alias') ?? 'default'
  const rolesPath = settings.text('roles_path')
  if (rolesPath !== undefined)
    environment.ANSIBLE_ROLES_PATH = resolve(context.workspace, rolesPath)
  const collectionsPath = settings.text('collections_path')
  if (collectionsPath !== undefined) {
    environment.ANSIBLE_COLLECTIONS_PATH = resolve(context.workspace, collectionsPath)
  }
  for (const [key, advice] of Object.entries(ansibleRefused)) {
    if (settings.has(key)) at.child(key).problem(`not supported: ${advice}`)
  }
  settings.ignore({
    user: 'ignored: the chroot connection runs as root in the image',
    keep_inventory_file: 'ignored: the inventory is written for the run and removed',
    skip_version_check: 'ignored: ansible-playbook is looked for, not its version',
    use_proxy: 'ignored: Ansible reaches the image through its chroot connection, no SSH proxy',
    ansible_ssh_extra_args: 'ignored: there is no SSH connection in a chroot build',
    sftp_command: 'ignored: there is no SSH connection in a chroot build',
    use_sftp: 'ignored: there is no SSH connection in a chroot build',
    local_port: 'ignored: there is no SSH connection in a chroot build',
    ssh_host_key_file: 'ignored: there is no SSH connection in a chroot build',
    ssh_authorized_key_file: 'ignored: there is no SSH connection in a chroot build'
  })
  settings.rejectUnknown([...ansibleKeys, ...commonKeys])
  if (playbook === undefined) return at.child('playbook_file').problem('required')
  const playbookFile = settings.hostFile('playbook_file', playbook)
  for (const group of groups) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(group)) {
      at.child('groups').problem(`${show(group)} is not a valid Ansible group name`)
    }
  }
  if (!/^[A-Za-z0-9_.-]+$/.test(hostAlias)) {
    at.child('host_alias').problem(`${show(hostAlias)} is not a host name (letters, digits, _ . -)`)
  }
  const words = command.split(/\s+/).filter(Boolean)
  const program = words[0] ?? ''
  if (!findProgram(program, context.env)) {
    at.child('command').problem(
      `${show(program)} is not found on this runner (PATH); install Ansible on the runner ` +
        '(e.g. apt-get install ansible, or pip install ansible) before this step'
    )
  }
  return {
    type: 'ansible',
    at: settings.provisioner.at,
    command: words,
    playbookFile,
    extraArguments,
    environment,
    groups,
    hostAlias,
    buildName: context.buildName
  }
}

/** Whether a program name (or path) is an executable file, looked up in env's PATH. */
export function findProgram(program: string, env: NodeJS.ProcessEnv): string | undefined {
  if (program === '') return undefined
  const candidates = program.includes('/')
    ? [program]
    : (env.PATH ?? process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, program))
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK)
      return statSync(candidate).isFile()
    } catch {
      return false
    }
  })
}
