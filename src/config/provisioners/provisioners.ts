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
import type { OptionValues } from '../inputs.js'
import { show, type Findings } from '../parse.js'
import { mapAnsible } from './provisioner-ansible.js'
import { mapFile } from './provisioner-file.js'
import { ignoredCommonKeys, ProvisionerSettings } from './provisioner-settings.js'
import { mapShell, mapShellLocal } from './provisioner-shell.js'
import type { ReadTemplate, TemplateProvisioner } from '../template/template-model.js'

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
