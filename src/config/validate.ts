/**
 * The rules that involve more than one option (a single value's rules live in its parser):
 * Packer's mode rules and what Packer forgot to check. A rule whose options could not be read is
 * skipped, so one mistake is not reported again as a consequence. Packer's rules are in its
 * Prepare: https://github.com/outscale/packer-plugin-outscale/blob/35975cea494085e64650ad8bf3d23aa54a7729fc/builder/chroot/builder.go
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { parse as parseShellWords } from 'shell-quote'
import {
  checkTemplate,
  render,
  sourceOmiVariables,
  templateVariables,
  type TemplatedOption
} from '../template.js'
import type { OptionName, ParsedOptions } from './inputs.js'
import { show, ValueContext, type Findings } from './parse.js'
import type { BuildConfig } from './types.js'
import { checkIops } from './volume-rules.js'
import { mountPathAdvice, whyUnsafeMountPath } from './mount-path.js'
import { commandInQuotes } from '../host/command-wrapper.js'
import { insideDirectory } from './provisioners/provisioner-file.js'

interface Rules {
  config: BuildConfig
  /** Where relative paths start, and the only place downloads may write to. */
  workspace: string
  parsed: ParsedOptions
  findings: Findings
  /** True when none of these options was rejected by its parser. */
  readable(...names: OptionName[]): boolean
  problem(key: string, message: string): void
  warning(key: string, message: string): void
}

/** Adds the problems and warnings of every cross-option rule to findings. */
export function validateConfig(
  config: BuildConfig,
  parsed: ParsedOptions,
  findings: Findings,
  workspace = process.cwd()
): void {
  const rules: Rules = {
    config,
    workspace,
    parsed,
    findings,
    readable: (...names) => names.every((name) => !parsed.rejected.has(name)),
    problem: (key, message) => findings.problems.push(`${key}: ${message}`),
    warning: (key, message) => findings.warnings.push(`${key}: ${message}`)
  }
  checkRequired(rules)
  checkSource(rules)
  checkFromScratch(rules)
  checkRootVolume(rules)
  checkRegion(rules)
  checkTemplates(rules)
  checkMountPathInCommands(rules)
  checkMountPathIsSafe(rules)
  checkReservedTags(rules)
  checkProvisionShell(rules)
  checkProvisioningFiles(rules)
  checkClientCertificate(rules)
  checkUnusedOptions(rules)
}

/** True when the run only sweeps orphans: cleanup_orphans is set and there is nothing to build. */
export function sweepsOnly(config: BuildConfig): boolean {
  return config.cleanupOrphans > 0 && config.omiName === ''
}

function hasSource(config: BuildConfig): boolean {
  return config.fromScratch || config.sourceOmi !== '' || config.sourceOmiFilter !== undefined
}

/**
 * omi_name is what makes a run a build. Without it, cleanup_orphans alone is a valid run (a
 * sweep), unless a source is set: then the user meant to build and forgot the name.
 */
function checkRequired({ config, parsed, readable, problem }: Rules): void {
  if (parsed.values.omi_name !== undefined || !readable('omi_name')) return
  if (config.cleanupOrphans > 0 && !hasSource(config)) return
  const sweepHint =
    config.cleanupOrphans > 0 ? ' (to only sweep orphans, leave the source options unset)' : ''
  problem('omi_name', `required; e.g. omi_name: "app-{{timestamp}}"${sweepHint}`)
}

/** Without from_scratch, the source OMI must be named, or searched for among trusted owners. */
function checkSource({ config, readable, problem, warning }: Rules): void {
  if (!readable('from_scratch', 'source_omi', 'source_omi_filter') || sweepsOnly(config)) return
  const filter = config.sourceOmiFilter
  const hasFilter =
    filter !== undefined && (Object.keys(filter.filters).length > 0 || filter.owners.length > 0)
  if (config.fromScratch) {
    if (config.sourceOmi || filter) {
      warning('source_omi', 'source_omi and source_omi_filter are unused when from_scratch is true')
    }
    return
  }
  if (!config.sourceOmi && !hasFilter) {
    problem(
      'source_omi',
      'required: set source_omi (an OMI id), source_omi_filter (filters and owners), ' +
        'or from_scratch: true'
    )
  } else if (!config.sourceOmi && filter?.owners.length === 0) {
    problem(
      'source_omi_filter.owners',
      'required when the source OMI is chosen by filters alone, since anyone can publish an OMI ' +
        'with a matching name; list the accounts you trust, e.g. owners: [Outscale] or a ' +
        '12-digit account id'
    )
  }
}

/** from_scratch builds the volume from nothing, so Packer requires what describes it. */
function checkFromScratch(rules: Rules): void {
  const { config, readable, problem, warning } = rules
  if (!readable('from_scratch')) return
  const mappings = config.omiBlockDeviceMappings
  if (!config.fromScratch) {
    if (config.rootDeviceName) {
      warning(
        'root_device_name',
        `unused when from_scratch is false (the root is the source's, ${outscaleRootDevice})`
      )
    }
    if (readable('omi_block_device_mappings')) checkSourceMappings(rules)
    return
  }
  if (readable('omi_block_device_mappings', 'root_device_name')) {
    checkDataDisks(rules, config.rootDeviceName, false)
  }
  if (config.rootVolumeSize === 0 && readable('root_volume_size')) {
    problem('root_volume_size', 'required with from_scratch: the size of the new volume in GiB')
  }
  if (config.preMountCommands.length === 0 && readable('pre_mount_commands')) {
    problem(
      'pre_mount_commands',
      'required with from_scratch: commands that partition and format {{.Device}}'
    )
  }
  if (mappings.length === 0 && readable('omi_block_device_mappings')) {
    problem(
      'omi_block_device_mappings',
      'required with from_scratch: at least the root device, e.g. ' +
        '[{device_name: /dev/sda1, volume_size: 10, volume_type: gp2}]'
    )
  }
  if (!readable('root_device_name')) return
  if (config.rootDeviceName === '') {
    problem(
      'root_device_name',
      'required with from_scratch: the root device of the OMI (/dev/sda1 on Outscale)'
    )
    return
  }
  const names = mappings.map((mapping) => mapping.deviceName)
  if (mappings.length > 0 && !names.includes(config.rootDeviceName)) {
    problem(
      'root_device_name',
      `${show(config.rootDeviceName)} is not the device_name of any omi_block_device_mappings ` +
        `entry (${names.map((name) => show(name)).join(', ')})`
    )
  }
  if (config.rootDeviceName !== '/dev/sda1') {
    warning(
      'root_device_name',
      `${show(config.rootDeviceName)}: Outscale expects /dev/sda1 for the root device`
    )
  }
}

/** The root device of every OMI on Outscale (oapi-facts.md, "Defining Block Device Mappings"). */
const outscaleRootDevice = '/dev/sda1'

/** What CreateImage and LinkVolume accept for a device that is not the root. */
const dataDiskName = /^\/dev\/(sd|xvd)[b-z][a-z]?$/

/**
 * Every entry but the root must carry a data disk's name, and describe a disk: its size or its
 * snapshot. The root's entry needs neither with a source (its snapshot is the build's, its size
 * at least the source's); from scratch it is a disk like the others.
 */
function checkDataDisks({ config, problem }: Rules, rootDevice: string, fromSource: boolean): void {
  config.omiBlockDeviceMappings.forEach((mapping, index) => {
    const root = [rootDevice, outscaleRootDevice].includes(mapping.deviceName)
    const describesDisk = !mapping.noDevice && mapping.virtualName === undefined
    const sized = mapping.volumeSize !== undefined || mapping.snapshotId !== undefined
    if (describesDisk && !sized && !(root && fromSource)) {
      problem(
        `omi_block_device_mappings[${index}]`,
        'needs volume_size (GiB) or snapshot_id (or no_device: true to drop the device)'
      )
    }
    if (root || dataDiskName.test(mapping.deviceName)) return
    problem(
      `omi_block_device_mappings[${index}].device_name`,
      `${show(mapping.deviceName)} is not a device name OAPI accepts for a data disk; use ` +
        `/dev/xvd or /dev/sd followed by a letter from b to z and an optional second letter ` +
        `(e.g. /dev/xvdb), or ${outscaleRootDevice} for the root device`
    )
  })
}

/**
 * With a source, the entries are merged into the source's mappings by device name (as
 * amazon-chroot lets ami_block_device_mappings change them): the root entry may change the root
 * volume's size, type, IOPS and deletion flag, but never its snapshot, which is the build's.
 */
function checkSourceMappings(rules: Rules): void {
  const { config, parsed, problem, warning } = rules
  const rootVolumeSize = parsed.values.root_volume_size ?? 0
  checkDataDisks(rules, outscaleRootDevice, true)
  config.omiBlockDeviceMappings.forEach((mapping, index) => {
    if (mapping.deviceName !== outscaleRootDevice) return
    const at = `omi_block_device_mappings[${index}]`
    if (mapping.snapshotId !== undefined) {
      problem(
        `${at}.snapshot_id`,
        `${show(mapping.snapshotId)} on the root device ${outscaleRootDevice}: the root always ` +
          "gets the build's new snapshot; remove snapshot_id from this entry"
      )
    }
    if (mapping.noDevice || mapping.virtualName !== undefined) {
      problem(
        at,
        `the root device ${outscaleRootDevice} cannot be dropped or made ephemeral (no_device, ` +
          'virtual_name); remove those keys from this entry'
      )
    }
    const size = mapping.volumeSize
    if (size !== undefined && rootVolumeSize > 0 && size !== rootVolumeSize) {
      warning(
        `${at}.volume_size`,
        `${size} differs from root_volume_size ${rootVolumeSize}; the root volume gets ` +
          `the larger, ${Math.max(size, rootVolumeSize)} GiB`
      )
    }
  })
}

function checkRootVolume({ config, findings, readable }: Rules): void {
  if (!readable('root_volume_type', 'root_volume_iops', 'root_volume_size')) return
  checkIops(
    {
      type: config.rootVolumeType || undefined,
      iops: config.rootVolumeIops || undefined,
      size: config.rootVolumeSize || undefined
    },
    new ValueContext('root_volume_iops', findings),
    { type: 'root_volume_type', size: 'root_volume_size' }
  )
}

/** Region names look like eu-west-2 or cloudgouv-eu-west-1; skip_region_validation allows others. */
function checkRegion({ config, problem }: Rules): void {
  if (config.region === '' || config.skipRegionValidation) return
  if (!/^[a-z]+(-[a-z]+)+-\d+$/.test(config.region)) {
    problem(
      'region',
      `${show(config.region)} does not look like an Outscale region (e.g. eu-west-2); ` +
        `set skip_region_validation: true to use it anyway`
    )
  }
}

/** The options that are maps of tags. */
function tagOptions(config: BuildConfig): [TemplatedOption, Record<string, string>][] {
  return [
    ['tags', config.tags],
    ['snapshot_tags', config.snapshotTags],
    ['root_volume_tags', config.rootVolumeTags]
  ]
}

/**
 * Templates rendered at run time are checked now, with the variables they will have, so a typo
 * fails before any resource exists.
 */
function checkTemplates({ config, findings, problem }: Rules): void {
  const check = (field: TemplatedOption, value: string): void => {
    let variables: readonly string[] = templateVariables[field]
    if (config.fromScratch)
      variables = variables.filter((name) => !sourceOmiVariables.includes(name))
    try {
      checkTemplate(value, variables, field)
    } catch (error) {
      findings.problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  check('command_wrapper', config.commandWrapper)
  check('mount_path', config.mountPath)
  config.preMountCommands.forEach((command) => check('pre_mount_commands', command))
  config.postMountCommands.forEach((command) => check('post_mount_commands', command))
  config.provisionHostCommands.forEach((command) => check('provision_host_commands', command))
  check('omi_description', config.omiDescription)
  for (const [field, tags] of tagOptions(config)) {
    for (const [key, value] of Object.entries(tags)) {
      check(field, key)
      check(field, value)
    }
  }

  const marker = '\u0000command\u0000'
  try {
    if (!render(config.commandWrapper, { Command: marker }, 'command_wrapper').includes(marker)) {
      problem(
        'command_wrapper',
        `${show(config.commandWrapper)} must contain {{.Command}}, e.g. "sudo {{.Command}}"`
      )
    } else if (commandInQuotes(config.commandWrapper)) {
      problem(
        'command_wrapper',
        `${show(config.commandWrapper)} puts {{.Command}} inside quotes, where a shell would read ` +
          `the command as text again (a path chosen by the image could then run on the host). ` +
          `Write {{.Command}} as a word of its own, e.g. "sudo {{.Command}}": the command is ` +
          `passed as separate arguments ("$@"). To go through a shell: sh -c 'exec "$@"' sh {{.Command}}`
      )
    }
  } catch {
    // Reported by the check above.
  }
}

/**
 * mount_path is free text: `/`, a system directory or a relative path (Packer resolved it against
 * the working directory, which on a runner is the workspace) would have the build mount over, and
 * its cleanup unmount, what is not its own. Checked rendered with a device name, as it will be used.
 */
function checkMountPathIsSafe({ config, readable, problem }: Rules): void {
  if (!readable('mount_path')) return
  let rendered: string
  try {
    rendered = render(config.mountPath, { Device: 'xvdf' }, 'mount_path')
  } catch {
    return // reported by checkTemplates
  }
  const why = whyUnsafeMountPath(rendered)
  if (why) problem('mount_path', `${show(config.mountPath)} ${why}: ${mountPathAdvice}`)
}

/**
 * The build tags its temporary resources osc-chroot:build-id and osc-chroot:created-at (see
 * buildTags in src/pipeline/context.ts), and the orphan sweep deletes old resources carrying them:
 * a user tag under that prefix could make a product look like an orphan.
 */
function checkReservedTags({ config, problem }: Rules): void {
  for (const [field, tags] of tagOptions(config)) {
    for (const key of Object.keys(tags).filter((name) => name.startsWith('osc-chroot:'))) {
      problem(
        field,
        `${show(key)}: tag keys starting with "osc-chroot:" are reserved for the tags the build ` +
          'puts on its temporary resources (the orphan sweep relies on them); choose another key'
      )
    }
  }
}

/**
 * Characters a POSIX shell reads literally in an unquoted word. A mount path made of others
 * (space, quotes, $, `, ;, ...) would be read as code where {{.MountPath}} is pasted.
 */
const plainShellWord = /^[A-Za-z0-9/._+,:@%=-]+$/

/**
 * post_mount_commands and provision_host_commands are shell text into which {{.MountPath}} is
 * pasted as it is (as in Packer), so that users can write `{{.MountPath}}/etc`. The build itself
 * never passes the mount path through a shell; these commands would.
 */
function checkMountPathInCommands({ config, problem }: Rules): void {
  const marker = 'MOUNTPATH'
  const usesMountPath = (field: TemplatedOption, command: string): boolean => {
    try {
      return render(command, { Device: '', MountPath: marker }, field).includes(marker)
    } catch {
      return false // reported by checkTemplates
    }
  }
  const users = [
    ...config.postMountCommands.map((command) => ['post_mount_commands', command] as const),
    ...config.provisionHostCommands.map((command) => ['provision_host_commands', command] as const)
  ].filter(([field, command]) => usesMountPath(field, command))
  if (users.length === 0) return
  let mountPath: string
  try {
    mountPath = render(config.mountPath, { Device: 'xvdf' }, 'mount_path')
  } catch {
    return // reported by checkTemplates
  }
  if (plainShellWord.test(mountPath)) return
  problem(
    'mount_path',
    `${show(config.mountPath)} holds characters a shell would interpret (such as spaces, quotes, ` +
      `$, \` or ;), and ${users[0][0]} pastes {{.MountPath}} into shell text unquoted: use a ` +
      'mount_path of letters, digits and / . _ - only'
  )
}

/** provision_shell is a program and its options, split as a shell would but never run by one. */
function checkProvisionShell({ config, problem }: Rules): void {
  const words = parseShellWords(config.provisionShell)
  if (words.length === 0 || words.some((word) => typeof word !== 'string')) {
    problem(
      'provision_shell',
      `${show(config.provisionShell)} is not a program and its options (no pipes, ;, &&, ` +
        'redirections or globs), e.g. "/bin/sh -e" or "/bin/bash -eux"'
    )
  }
}

function checkProvisioningFiles({ config, problem, workspace }: Rules): void {
  for (const script of config.provisionScripts) {
    if (!existsSync(script)) problem('provision_scripts', `${show(script)} does not exist`)
    else if (!isFile(script)) problem('provision_scripts', `${show(script)} is not a file`)
  }
  for (const file of config.provisionFiles) {
    if (file.direction === 'download') {
      if (!insideDirectory(file.destination, workspace)) {
        problem(
          'provision_files',
          `destination ${show(file.destination)} of a download is outside the workspace ` +
            `(${workspace}); downloads are written into it only`
        )
      }
    } else if (!existsSync(file.source)) {
      problem('provision_files', `source ${show(file.source)} does not exist`)
    } else if (!isFileOrDirectory(file.source)) {
      problem(
        'provision_files',
        `source ${show(file.source)} is not a file or a directory (a device, fifo or socket ` +
          'cannot be copied)'
      )
    }
  }
}

/**
 * x509_cert_path and x509_key_path go together, and name files this process can read: found
 * missing now rather than as a TLS failure at the first API call. Only the paths are shown.
 */
function checkClientCertificate({ config, parsed, readable, problem }: Rules): void {
  const pair = config.clientCertificate
  if (pair === undefined || !readable('x509_cert_path', 'x509_key_path')) return
  const files: [OptionName, string][] = [
    ['x509_cert_path', pair.certPath],
    ['x509_key_path', pair.keyPath]
  ]
  for (const [option, path] of files) {
    if (path === '') {
      const [other] = files.find(([name]) => name !== option)!
      problem(
        option,
        `not set, while ${other} is (${show(parsed.values[other])}): a client certificate ` +
          'needs both the certificate and its private key'
      )
    } else if (!isFile(path)) {
      problem(option, `${show(path)} ${existsSync(path) ? 'is not a file' : 'does not exist'}`)
    } else if (!isReadable(path)) {
      problem(option, `${show(path)} cannot be read by this process (check its permissions)`)
    }
  }
}

function isReadable(path: string): boolean {
  try {
    accessSync(path, constants.R_OK)
    return true
  } catch {
    return false
  }
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false
}

function isFileOrDirectory(path: string): boolean {
  const stats = statSync(path, { throwIfNoEntry: false })
  return (stats?.isFile() || stats?.isDirectory()) ?? false
}

function checkUnusedOptions({ config, parsed, warning }: Rules): void {
  if (config.forceDeleteSnapshot && !config.forceDeregister) {
    warning('force_delete_snapshot', 'has no effect without force_deregister: true')
  }
  const partition = parsed.values.mount_partition
  if (
    config.omiVirtualizationType === 'paravirtual' &&
    partition !== undefined &&
    partition !== '0'
  ) {
    warning(
      'mount_partition',
      `${show(partition)} is ignored: a paravirtual image is mounted as the whole device`
    )
  }
}
