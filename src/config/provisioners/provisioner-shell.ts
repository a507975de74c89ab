/**
 * Packer's `shell` and `shell-local` provisioners, read into what the action runs: scripts (the
 * inline commands become one script behind their shebang, as Packer writes them), the environment,
 * and execute_command reduced to the forms that mean something here. Packer passes environment
 * variables as `{{.Vars}}` text on the command line; here they reach the script through its
 * environment (a 0600 file read by the sandbox), so `{{.Vars}}` is dropped and values never show
 * in a process list. `sudo` in execute_command is dropped too: provisioning already runs as root
 * in the chroot, and sudo would reset the environment (and may not be in the image).
 * Defaults: https://developer.hashicorp.com/packer/docs/provisioners/shell and
 * https://developer.hashicorp.com/packer/docs/provisioners/shell-local
 */
import { randomInt } from 'node:crypto'
import { posix } from 'node:path'
import { show } from '../parse.js'
import { commonKeys, type ProvisionerSettings } from './provisioner-settings.js'
import type { ScriptSource, ShellLocalProvisioner, ShellProvisioner } from './provisioners.js'

/** The builder type scripts see in PACKER_BUILDER_TYPE. */
export const packerBuilderType = 'osc-chroot'

const shellKeys = [
  'inline',
  'script',
  'scripts',
  'environment_vars',
  'env',
  'inline_shebang',
  'execute_command',
  'remote_folder',
  'remote_file',
  'remote_path',
  'skip_clean',
  'valid_exit_codes',
  'binary',
  'expect_disconnect',
  'start_retry_timeout',
  'pause_after',
  'env_var_format',
  'use_env_var_file',
  'pause_before',
  'max_retries',
  'timeout'
]

const shellLocalKeys = [
  'command',
  'inline',
  'script',
  'scripts',
  'environment_vars',
  'env',
  'inline_shebang',
  'execute_command',
  'valid_exit_codes',
  'only_on',
  'use_linux_pathing',
  'env_var_format',
  'use_env_var_file',
  'tempfile_extension',
  'pause_before',
  'max_retries',
  'timeout'
]

/** sudo and its usual options, with an optional `echo 'password' |` feeding it. */
const sudoPrefix =
  /(?:echo\s+(?:'[^']*'|"[^"]*"|\S+)\s*\|\s*)?\bsudo\b(?:\s+(?:-u\s+root|--preserve-env|-[ESHn]+))*\s+/g

/** Template actions Packer's shell provisioner offers: `{{ .Name }}`. */
const templateAction = /\{\{-?\s*\.?([A-Za-z]*)\s*-?\}\}/g

/**
 * Reduces a shell execute_command to shell text with only {{.Path}}, or reports why it cannot be
 * honoured. {{.EnvVarFile}} (use_env_var_file) becomes /dev/null: the variables are already in the
 * environment, so sourcing nothing keeps the command's meaning.
 */
function reduceExecuteCommand(
  command: string,
  variable: 'Path' | 'Script',
  settings: ProvisionerSettings
): string | undefined {
  const at = settings.at.child('execute_command')
  let reduced = command.replace(sudoPrefix, '')
  if (/\bsudo\b/.test(reduced)) {
    return at.problem(
      `${show(command)}: this use of sudo cannot be honoured; provisioning already runs as root ` +
        `in the chroot: write e.g. "chmod +x {{.${variable}}}; {{.Vars}} {{.${variable}}}"`
    )
  }
  let unknown: string | undefined
  reduced = reduced.replace(templateAction, (match, name: string) => {
    if (name === 'Vars') return ''
    if (name === variable) return `{{.${variable}}}`
    if (name === 'EnvVarFile') return '/dev/null'
    unknown ??= match
    return match
  })
  if (unknown !== undefined) {
    return at.problem(
      `${show(command)}: ${unknown} is not available here; execute_command can use ` +
        `{{.Vars}} and {{.${variable}}}`
    )
  }
  if (!reduced.includes(`{{.${variable}}}`)) {
    return at.problem(`${show(command)} must run {{.${variable}}}`)
  }
  return reduced.trim()
}

function environmentOf(settings: ProvisionerSettings, buildName: string): Record<string, string> {
  return {
    PACKER_BUILDER_TYPE: packerBuilderType,
    PACKER_BUILD_NAME: buildName,
    ...settings.assignments('environment_vars'),
    ...settings.envMap('env')
  }
}

function inlineScript(settings: ProvisionerSettings, commands: string[]): ScriptSource {
  const shebang = settings.text('inline_shebang') ?? '/bin/sh -e'
  return { content: `#!${shebang}\n${commands.join('\n')}\n` }
}

function scriptFiles(settings: ProvisionerSettings): ScriptSource[] {
  const scripts: ScriptSource[] = []
  for (const key of ['script', 'scripts']) {
    for (const path of settings.list(key)) scripts.push({ hostFile: settings.hostFile(key, path) })
  }
  return scripts
}

/** One of inline, script, scripts (and command for shell-local), as Packer requires. */
function checkOneSource(settings: ProvisionerSettings, keys: string[]): boolean {
  const set = keys.filter((key) => settings.has(key))
  if (set.length === 1) return true
  settings.at.problem(
    set.length === 0
      ? `needs one of ${keys.join(', ')}`
      : `${set.join(' and ')} are set; set only one of ${keys.join(', ')}`
  )
  return false
}

function validExitCodes(settings: ProvisionerSettings): number[] {
  return settings.integers('valid_exit_codes') ?? [0]
}

function pathInImage(settings: ProvisionerSettings, key: string, path: string): string {
  if (!posix.isAbsolute(path) || path.split('/').includes('..')) {
    settings.at
      .child(key)
      .problem(`${show(path)} must be an absolute path in the image, without ".."`)
  }
  return posix.normalize(path)
}

/** How shell and shell-local hand over the variables: always through the environment. */
const environmentFormatIgnored = {
  env_var_format: 'ignored: the variables reach the script through its environment',
  use_env_var_file: 'accepted: the variables always reach the script through its environment'
}

export function mapShell(
  settings: ProvisionerSettings,
  buildName: string
): ShellProvisioner | undefined {
  const hasSource = checkOneSource(settings, ['inline', 'script', 'scripts'])
  const inline = settings.list('inline')
  const scripts = settings.has('inline') ? [inlineScript(settings, inline)] : scriptFiles(settings)
  const environment = environmentOf(settings, buildName)
  const executeCommand = reduceExecuteCommand(
    settings.text('execute_command') ?? 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
    'Path',
    settings
  )
  const folder = pathInImage(settings, 'remote_folder', settings.text('remote_folder') ?? '/tmp')
  const file = settings.text('remote_file') ?? `script_${randomInt(10000)}.sh`
  if (file.includes('/'))
    settings.at.child('remote_file').problem(`${show(file)} must be a file name`)
  const remotePath = settings.has('remote_path')
    ? pathInImage(settings, 'remote_path', settings.text('remote_path') ?? '')
    : posix.join(folder, file)
  const skipClean = settings.boolean('skip_clean') ?? false
  const codes = validExitCodes(settings)
  const binary = settings.boolean('binary') ?? false
  settings.ignore({
    expect_disconnect: 'ignored: a chroot has no connection to lose (a reboot cannot happen in it)',
    start_retry_timeout: 'ignored: a chroot has no connection to wait for',
    pause_after: 'ignored: nothing needs to settle between two steps of a chroot build',
    ...environmentFormatIgnored
  })
  settings.rejectUnknown([...shellKeys, ...commonKeys])
  if (!hasSource || executeCommand === undefined) return undefined
  return {
    type: 'shell',
    at: settings.provisioner.at,
    scripts,
    environment,
    executeCommand,
    remotePath,
    skipClean,
    validExitCodes: codes,
    binary
  }
}

/** shell-local's execute_command: Packer's list form ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"]. */
function shellLocalCommand(settings: ProvisionerSettings): string | undefined {
  if (!settings.has('execute_command')) return '{{.Script}}'
  const raw = settings.settings.execute_command
  const words = typeof raw === 'string' ? ['/bin/sh', '-c', raw] : settings.list('execute_command')
  const [program, flag, text] = words
  if (words.length === 3 && /^(\/bin\/|\/usr\/bin\/)?(sh|bash)$/.test(program) && flag === '-c') {
    const reduced = reduceExecuteCommand(text, 'Script', settings)
    if (reduced === undefined || (program.endsWith('sh') && !program.endsWith('bash')))
      return reduced
    return `${program} -c '${reduced.replace(/'/g, `'\\''`)}'`
  }
  return settings.at
    .child('execute_command')
    .problem(
      `${show(raw)}: give it as Packer's default does, ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"] ` +
        '(a shell and -c, then the command text)'
    )
}

export function mapShellLocal(
  settings: ProvisionerSettings,
  buildName: string
): ShellLocalProvisioner | undefined {
  const onlyOn = settings.list('only_on')
  if (onlyOn.length > 0 && !onlyOn.includes('linux')) {
    settings.at.child('only_on').warning(`${show(onlyOn)}: skipped, the runner is linux`)
    settings.rejectUnknown([...shellLocalKeys, ...commonKeys])
    return undefined
  }
  const hasSource = checkOneSource(settings, ['command', 'inline', 'script', 'scripts'])
  let scripts: ScriptSource[]
  if (settings.has('command')) scripts = [inlineScript(settings, [settings.text('command') ?? ''])]
  else if (settings.has('inline')) scripts = [inlineScript(settings, settings.list('inline'))]
  else scripts = scriptFiles(settings)
  const environment = environmentOf(settings, buildName)
  const executeCommand = shellLocalCommand(settings)
  const codes = validExitCodes(settings)
  settings.ignore({
    use_linux_pathing: 'ignored: the runner is linux',
    ...environmentFormatIgnored,
    tempfile_extension: 'ignored: inline commands run by their shebang'
  })
  settings.rejectUnknown([...shellLocalKeys, ...commonKeys])
  if (!hasSource || executeCommand === undefined) return undefined
  return {
    type: 'shell-local',
    at: settings.provisioner.at,
    scripts,
    environment,
    executeCommand,
    validExitCodes: codes
  }
}
