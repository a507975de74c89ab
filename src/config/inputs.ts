/**
 * The options, as Packer users spell them, each with the parser that reads it. This one table
 * decides which inputs are read, which config_file keys are known (and the "did you mean"
 * suggestions for the others) and the type of every parsed value; action.yml documents the same
 * names (a test keeps the two in step).
 */
import { log } from '../log.js'
import {
  ValueContext,
  boolean,
  didYouMean,
  integer,
  lines,
  matching,
  oneOf,
  stringMap,
  text,
  type Findings,
  type ParsedBy
} from './parse.js'
import {
  blockDeviceMappings,
  chrootMounts,
  provisionEnv,
  provisionFiles,
  sourceOmiFilter,
  timeouts
} from './structured.js'
import {
  absolutePath,
  accountId,
  deviceFile,
  devicePath,
  mountOption,
  mountPartition,
  omiId,
  omiName,
  orphanAge
} from './values.js'
import { maxVolumeSizeGiB, volumeTypes } from './volume-rules.js'
import { templateSourceInput, templateVariablesInput } from './template/template-inputs.js'

export const options = {
  // Credentials and endpoint
  access_key: text,
  secret_key: text,
  region: text,
  profile: text,
  custom_endpoint_oapi: matching(/^\S+$/, 'an endpoint URL or domain (no spaces)'),
  insecure_skip_tls_verify: boolean,
  skip_region_validation: boolean,
  x509_cert_path: text,
  x509_key_path: text,

  // Source
  source_omi: omiId,
  source_omi_filter: sourceOmiFilter,
  from_scratch: boolean,

  // Volume and mount
  root_volume_size: integer(0, maxVolumeSizeGiB),
  root_volume_type: oneOf(...volumeTypes),
  root_volume_iops: integer(0),
  root_volume_tags: stringMap,
  grow_root_filesystem: boolean,
  device_path: devicePath,
  nvme_device_path: deviceFile,
  mount_path: text,
  mount_partition: mountPartition,
  mount_options: lines(mountOption),
  pre_mount_commands: lines(text),
  post_mount_commands: lines(text),
  chroot_mounts: chrootMounts,
  copy_files: lines(absolutePath),
  command_wrapper: text,

  // OMI
  omi_name: omiName,
  omi_description: text,
  omi_virtualization_type: oneOf('hvm', 'paravirtual'),
  omi_account_ids: lines(accountId),
  global_permission: boolean,
  snapshot_account_ids: lines(accountId),
  snapshot_groups: lines(oneOf('all')),
  omi_boot_modes: lines(oneOf('legacy', 'uefi')),
  tpm_mandatory: boolean,
  product_codes: lines(text),
  root_device_name: deviceFile,
  omi_block_device_mappings: blockDeviceMappings,
  force_deregister: boolean,
  force_delete_snapshot: boolean,
  tags: stringMap,
  snapshot_tags: stringMap,

  // Action-only
  provision: text,
  provision_shell: text,
  provision_scripts: lines(text),
  provision_files: provisionFiles,
  provision_env: provisionEnv,
  provision_host_commands: lines(text),
  template_provisioners: oneOf('run', 'ignore'),
  prevent_service_start: boolean,
  kill_chroot_processes: boolean,
  timeouts: timeouts,
  dry_run: boolean,
  cleanup_orphans: orphanAge
}

export type OptionName = keyof typeof options
export const optionNames = Object.keys(options) as OptionName[]

/** Other names accepted for an option, in inputs and in config files alike. */
export const aliases: Record<string, OptionName> = { snapshot_users: 'snapshot_account_ids' }

/** The input that names the config file; it cannot appear inside one. */
export const configFileInput = 'config_file'

/** Every input name action.yml declares. */
export const inputNames = [
  ...optionNames,
  ...Object.keys(aliases),
  configFileInput,
  templateVariablesInput,
  templateSourceInput
]

/** The typed value of each option that was set (and could be read). */
export type OptionValues = { [K in OptionName]?: ParsedBy<(typeof options)[K]> }

/** A raw value and the source it came from ('input', 'config_file x.yml', 'OSC_REGION', ...). */
export interface Found {
  raw: unknown
  origin: string
}

/** The raw value chosen for each option that some source sets. */
export type RawOptions = { [K in OptionName]?: Found }

/** The parsed options, and the names of those whose value was rejected. */
export interface ParsedOptions {
  values: OptionValues
  rejected: Set<OptionName>
}

/** Parses every option that is set with its parser from the table; problems go to findings. */
export function parseOptions(raw: RawOptions, findings: Findings): ParsedOptions {
  const values: Record<string, unknown> = {}
  const rejected = new Set<OptionName>()
  for (const name of optionNames) {
    const found = raw[name]
    if (found === undefined) continue
    const problemsBefore = findings.problems.length
    const value: unknown = options[name](found.raw, new ValueContext(name, findings, found.origin))
    if (findings.problems.length > problemsBefore || value === undefined) rejected.add(name)
    else values[name] = value
  }
  return { values: values as OptionValues, rejected }
}

/**
 * Turns one source's key/value pairs into raw options: aliases become the option they stand for,
 * empty values count as not set, unknown keys are problems with a suggestion, and the secret key
 * is masked in the log the moment it is read.
 */
export function toRawOptions(
  entries: [string, unknown][],
  origin: string,
  keyAt: (key: string) => ValueContext
): RawOptions {
  const layer: RawOptions = {}
  const keyOf: Partial<Record<OptionName, string>> = {}
  for (const [key, raw] of entries) {
    const name = key in options ? (key as OptionName) : aliases[key]
    if (name === undefined) {
      const hint = didYouMean(key, inputNames) || '; see the inputs in docs/configuration.md'
      keyAt(key).problem(`unknown option${hint}`)
      continue
    }
    if (raw === '' || raw === null || raw === undefined) continue
    if (name === 'secret_key' && typeof raw === 'string') log.secret(raw)
    if (layer[name] !== undefined) {
      keyAt(key).problem(`${keyOf[name]} is set too; ${key} is another name for it, set only one`)
      continue
    }
    layer[name] = { raw, origin }
    keyOf[name] = key
  }
  return layer
}
