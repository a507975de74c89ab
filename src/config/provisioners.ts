/**
 * A Packer template's provisioners, mapped onto the action's own provisioning: `shell` runs in the
 * chroot like `provision`, `file` copies like provision_files (uploads and downloads), `shell-local`
 * runs on the runner like provision_host_commands, `ansible` runs ansible-playbook through Ansible's
 * chroot connection. Anything else, and any post-processor, is a problem naming it, where it is and
 * what to use instead: a template whose provisioning cannot run must not produce an unprovisioned
 * image. Settings follow Packer's documentation:
 * https://developer.hashicorp.com/packer/docs/provisioners/shell,
 * https://developer.hashicorp.com/packer/docs/provisioners/file,
 * https://developer.hashicorp.com/packer/docs/provisioners/shell-local,
 * https://developer.hashicorp.com/packer/integrations/hashicorp/ansible/latest/components/provisioner/ansible
 */
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import type { OptionValues } from './inputs.js'
import { didYouMean, isMap, show, ValueContext, type Findings } from './parse.js'
import type { ReadTemplate, TemplateProvisioner } from './template-model.js'
import { mapShell, mapShellLocal } from './provisioner-shell.js'

/** A script to run: a file on the runner, or text (inline commands with their shebang). */
export type ScriptSource = { hostFile: string } | { content: string }

interface Located {
  /** Where it is in the template: "packer.json provisioners[1]", "build.pkr.hcl:14". */
  at: string
}

/** `shell`: scripts run in the chroot, each uploaded to remotePath first. */
export interface ShellProvisioner extends Located {
  type: 'shell'
  scripts: ScriptSource[]
  /** environment_vars and env, plus PACKER_BUILDER_TYPE and PACKER_BUILD_NAME. */
  environment: Record<string, string>
  /**
   * How each script is run, shell text with {{.Path}} (the script's path in the image); {{.Vars}}
   * already taken out: the variables reach the script through its environment.
   */
  executeCommand: string
  /** Where each script goes in the image, in turn (remote_path, or remote_folder/remote_file). */
  remotePath: string
  skipClean: boolean
  validExitCodes: number[]
  /** binary: false (Packer's default) turns the scripts' Windows line endings into Unix ones. */
  binary: boolean
}

/** `file`: upload (host → image) or download (image → workspace). */
export interface FileProvisioner extends Located {
  type: 'file'
  direction: 'upload' | 'download'
  /** Upload: absolute host paths (a trailing / kept: "copy the contents"); download: image paths. */
  sources: string[]
  /** Upload: text to write instead of sources. */
  content?: string
  /** Upload: a path in the image; download: an absolute host path inside the workspace. */
  destination: string
}

/** `shell-local`: shell text run on the runner, beside the chroot. */
export interface ShellLocalProvisioner extends Located {
  type: 'shell-local'
  /** The inline commands (or command) as one script behind their shebang, or script files. */
  scripts: ScriptSource[]
  environment: Record<string, string>
  /** With {{.Script}} (the script's quoted path); {{.Vars}} taken out. */
  executeCommand: string
  validExitCodes: number[]
}

/** `ansible`: ansible-playbook on the runner, through Ansible's chroot connection. */
export interface AnsibleProvisioner extends Located {
  type: 'ansible'
  /** The program and its first arguments (setting `command`, default ansible-playbook). */
  command: string[]
  playbookFile: string
  extraArguments: string[]
  environment: Record<string, string>
  groups: string[]
  hostAlias: string
  buildName: string
}

export type Provisioner =
  ShellProvisioner | FileProvisioner | ShellLocalProvisioner | AnsibleProvisioner

/** The action inputs that provision, which a template's provisioners would compete with. */
export const inlineProvisioningInputs = [
  'provision',
  'provision_scripts',
  'provision_files',
  'provision_host_commands'
] as const

/** What to use instead of each provisioner the action does not run. */
const unsupportedProvisioners: Record<string, string> = {
  breakpoint: 'remove it: a build in a workflow cannot pause for a person',
  powershell: 'PowerShell provisioning needs Windows; this builder builds Linux images',
  'windows-shell': 'this builder builds Linux images',
  'windows-restart': 'this builder builds Linux images',
  'ansible-local': 'use the ansible provisioner (it runs on the runner through the chroot)',
  puppet: 'install and run puppet apply from a shell provisioner',
  'puppet-masterless': 'install and run puppet apply from a shell provisioner',
  'puppet-server': 'run the agent from a shell provisioner',
  'chef-solo': 'install and run chef-solo from a shell provisioner',
  'chef-client': 'run chef-client from a shell provisioner',
  salt: 'run salt-call --local from a shell provisioner',
  'salt-masterless': 'run salt-call --local from a shell provisioner',
  converge: 'run converge from a shell provisioner',
  inspec: 'run InSpec in a later job against a VM started from the OMI',
  'hcp-sbom': 'generate the SBOM from a shell provisioner and download it with a file provisioner'
}

/** What to use instead of each post-processor (none runs). */
const postProcessorAdvice: Record<string, string> = {
  manifest: "remove it: the action's `manifest` output is the path of a manifest file it writes",
  checksum: 'compute checksums in a later workflow step',
  compress: 'there is no artifact file to compress: the OMI lives in Outscale',
  'shell-local': 'run the command in a later workflow step, with the omi_id output',
  artifice:
    'upload files from the workspace in a later workflow step (file provisioners with direction download put them there)'
}

/** Keys Packer accepts on every provisioner, handled here, not by the type's own mapping. */
const commonKeys = ['type', 'name', 'only', 'except', 'override']

/** Common keys accepted and ignored, with why. */
const ignoredCommonKeys: Record<string, string> = {
  pause_before: 'ignored: nothing needs to settle between two steps of a chroot build',
  max_retries: 'ignored: a failed provisioner fails the build',
  timeout: "ignored: the job's timeout-minutes bounds the build"
}

/** The settings of one provisioner, read with their location for messages. */
export class ProvisionerSettings {
  readonly used = new Set<string>(commonKeys)
  readonly at: ValueContext

  constructor(
    readonly provisioner: TemplateProvisioner,
    readonly findings: Findings,
    readonly workspace: string
  ) {
    this.at = new ValueContext(`${provisioner.type} provisioner (${provisioner.at})`, findings)
  }

  get settings(): Record<string, unknown> {
    return this.provisioner.settings
  }

  has(key: string): boolean {
    this.used.add(key)
    const value = this.settings[key]
    return value !== undefined && value !== null && value !== ''
  }

  text(key: string): string | undefined {
    if (!this.has(key)) return undefined
    const value = this.settings[key]
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    return this.at.child(key).problem(`expected a string, got ${show(value)}`)
  }

  boolean(key: string): boolean | undefined {
    if (!this.has(key)) return undefined
    const value = this.settings[key]
    if (typeof value === 'boolean') return value
    if (value === 'true' || value === 'false') return value === 'true'
    return this.at.child(key).problem(`${show(value)} is not a boolean; write true or false`)
  }

  list(key: string): string[] {
    if (!this.has(key)) return []
    const value = this.settings[key]
    const items = Array.isArray(value) ? value : [value]
    const strings = items.filter((item): item is string | number | boolean =>
      ['string', 'number', 'boolean'].includes(typeof item)
    )
    if (strings.length !== items.length) {
      this.at.child(key).problem(`expected a list of strings, got ${show(value)}`)
      return []
    }
    return strings.map(String)
  }

  integers(key: string): number[] | undefined {
    if (!this.has(key)) return undefined
    const values = this.list(key).map(Number)
    if (values.some((value) => !Number.isInteger(value) || value < 0 || value > 255)) {
      return this.at
        .child(key)
        .problem(`expected exit codes (whole numbers 0-255), got ${show(this.settings[key])}`)
    }
    return values
  }

  /** KEY=VALUE entries (environment_vars, ansible_env_vars); values never shown. */
  assignments(key: string): Record<string, string> {
    const environment: Record<string, string> = {}
    for (const [index, line] of this.list(key).entries()) {
      const equals = line.indexOf('=')
      const name = equals < 0 ? '' : line.slice(0, equals)
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        this.at
          .child(key)
          .child(index)
          .problem(
            `not in KEY=VALUE form with KEY a variable name (letters, digits and _, not first a digit)`
          )
        continue
      }
      environment[name] = line.slice(equals + 1)
    }
    return environment
  }

  /** `env`: a map of variable names to values (Packer 1.8+). */
  envMap(key: string): Record<string, string> {
    if (!this.has(key)) return {}
    const value = this.settings[key]
    if (!isMap(value)) {
      this.at.child(key).problem(`expected a map of variable names to values`)
      return {}
    }
    const environment: Record<string, string> = {}
    for (const [name, item] of Object.entries(value)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        this.at.child(key).problem(`${show(name)} is not a variable name`)
      } else environment[name] = String(item)
    }
    return environment
  }

  /** A host file the provisioner reads, relative to the workspace as Packer's are to its cwd. */
  hostFile(key: string, path: string, what = 'file'): string {
    const absolute = resolve(this.workspace, path)
    const stats = statSync(absolute, { throwIfNoEntry: false })
    if (!stats) {
      this.at.child(key).problem(`${show(path)} does not exist (in ${this.workspace})`)
    } else if (what === 'file' && !stats.isFile()) {
      this.at.child(key).problem(`${show(path)} is not a file`)
    }
    return absolute
  }

  /** Accepts keys that do nothing here, with a warning saying why. */
  ignore(keys: Record<string, string>): void {
    for (const [key, why] of Object.entries(keys)) {
      if (this.has(key)) this.at.child(key).warning(why)
    }
  }

  /** Reports every key no mapping read. */
  rejectUnknown(known: readonly string[]): void {
    for (const key of Object.keys(this.settings)) {
      if (this.used.has(key)) continue
      const hint =
        didYouMean(key, [...known]) || `; this action reads ${[...known].sort().join(', ')}`
      this.at.child(key).problem(`not supported${hint}`)
    }
  }
}

export interface TemplateProvisioningContext {
  findings: Findings
  workspace: string
  env: NodeJS.ProcessEnv
  /** The builder's name in the template (Packer's PACKER_BUILD_NAME). */
  buildName: string
}

/**
 * The template's provisioners as the action will run them, or [] when they are not to run. Adds
 * a problem for each provisioner or post-processor that cannot be honoured, and for inline
 * provisioning inputs set beside the template's provisioners without template_provisioners.
 */
export function templateProvisioners(
  template: ReadTemplate | undefined,
  values: OptionValues,
  context: TemplateProvisioningContext
): Provisioner[] {
  const { findings } = context
  const choice = values.template_provisioners
  if (template === undefined || template.provisioners.length === 0) {
    if (choice !== undefined) {
      findings.warnings.push(
        `template_provisioners: ${show(choice)} has no effect: config_file is not a Packer ` +
          'template with provisioners'
      )
    }
    reportPostProcessors(template, findings)
    return []
  }
  reportPostProcessors(template, findings)
  const inline = inlineProvisioningInputs.filter((name) => {
    const value = values[name]
    return Array.isArray(value) ? value.length > 0 : Boolean(value)
  })
  if (choice === 'ignore') {
    findings.warnings.push(
      `template_provisioners: ignore: the template's ${template.provisioners.length} ` +
        'provisioner(s) are not run'
    )
    return []
  }
  if (inline.length > 0 && choice === undefined) {
    findings.problems.push(
      `template_provisioners: the template (config_file) has provisioners and ${inline.join(', ')} ` +
        "is set too; say which runs: template_provisioners: run (the template's provisioners, " +
        `then ${inline.join(', ')}) or template_provisioners: ignore (only ${inline.join(', ')})`
    )
  }
  return template.provisioners
    .map((provisioner) => mapProvisioner(provisioner, context))
    .filter((mapped): mapped is Provisioner => mapped !== undefined)
}

function reportPostProcessors(template: ReadTemplate | undefined, findings: Findings): void {
  for (const post of template?.postProcessors ?? []) {
    const advice =
      postProcessorAdvice[post.type] ??
      'the action builds the OMI and stops; do what follows in later workflow steps with its outputs (omi_id, manifest)'
    findings.problems.push(
      `${post.type} post-processor (${post.at}): post-processors are not run by this action; ${advice}`
    )
  }
}

function mapProvisioner(
  provisioner: TemplateProvisioner,
  context: TemplateProvisioningContext
): Provisioner | undefined {
  const settings = new ProvisionerSettings(provisioner, context.findings, context.workspace)
  settings.ignore(ignoredCommonKeys)
  switch (provisioner.type) {
    case 'shell':
      return mapShell(settings, context.buildName)
    case 'shell-local':
      return mapShellLocal(settings, context.buildName)
    case 'file':
      return mapFile(settings)
    case 'ansible':
      return mapAnsible(settings, context)
  }
  const advice =
    unsupportedProvisioners[provisioner.type] ||
    'this action runs shell, file, shell-local and ansible provisioners; do the same with a shell provisioner'
  return settings.at.problem(
    `provisioner type ${show(provisioner.type)} is not supported: ${advice}`
  )
}

const fileKeys = ['source', 'sources', 'content', 'destination', 'direction', 'generated']

function mapFile(settings: ProvisionerSettings): FileProvisioner | undefined {
  const { at } = settings
  const direction = settings.text('direction') ?? 'upload'
  if (direction !== 'upload' && direction !== 'download') {
    at.child('direction').problem(`${show(direction)} is not allowed; use upload or download`)
  }
  settings.ignore({ generated: 'accepted: sources are checked when the provisioner runs' })
  const generated = settings.boolean('generated') ?? false
  const sources = [...settings.list('source'), ...settings.list('sources')]
  const content = settings.text('content')
  const destination = settings.text('destination')
  settings.rejectUnknown([...fileKeys, ...commonKeys])
  if (settings.has('source') && settings.has('sources')) {
    at.problem('set source or sources, not both')
  }
  if (destination === undefined) return at.child('destination').problem('required')
  if (content !== undefined && sources.length > 0) {
    return at.problem('set content or source(s), not both')
  }
  if (content === undefined && sources.length === 0) {
    return at.problem('needs source, sources or content')
  }
  if (direction === 'download') {
    if (content !== undefined) return at.child('content').problem('cannot be downloaded')
    if (sources.length !== 1) return at.child('sources').problem('a download takes one source')
    if (!isAbsolute(sources[0]) || sources[0].split('/').includes('..')) {
      return at
        .child('source')
        .problem(
          `${show(sources[0])}: a download's source is an absolute path in the image, without ".."`
        )
    }
    const hostPath = resolve(settings.workspace, destination)
    if (!insideDirectory(hostPath, settings.workspace)) {
      return at
        .child('destination')
        .problem(
          `${show(destination)} is outside the workspace (${settings.workspace}); downloads stay in it`
        )
    }
    return { type: 'file', at: settings.provisioner.at, direction, sources, destination: hostPath }
  }
  if (!isAbsolute(destination) || destination.split('/').includes('..')) {
    return at
      .child('destination')
      .problem(`${show(destination)} must be an absolute path in the image, without ".."`)
  }
  if (sources.length > 1 && !destination.endsWith('/')) {
    at.child('destination').problem(
      `with several sources, must be a directory ending in / (Packer's rule)`
    )
  }
  const hostSources = sources.map((source) => {
    // Generated sources exist only once an earlier provisioner has run: checked then.
    const absolute = generated
      ? resolve(settings.workspace, source)
      : settings.hostFile('source', source, 'any')
    // Packer's rule: a directory named with a trailing / uploads its contents.
    return source.endsWith('/') && !absolute.endsWith('/') ? `${absolute}/` : absolute
  })
  return {
    type: 'file',
    at: settings.provisioner.at,
    direction: 'upload',
    sources: hostSources,
    content,
    destination
  }
}

/** True when path is dir or below it (both absolute, already normalised). */
export function insideDirectory(path: string, dir: string): boolean {
  const base = resolve(dir)
  return path === base || path.startsWith(base.endsWith('/') ? base : `${base}/`)
}

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

function mapAnsible(
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
