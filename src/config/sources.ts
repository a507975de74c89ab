/**
 * Where each option's value comes from, highest first: action inputs > config_file > the OSC_*
 * environment variables and the ~/.osc/config.json profile > defaults (applied later, in
 * defaults.ts). An input left empty means "not set", so it never hides a lower source.
 */
import { log } from '../log.js'
import { readConfigFile } from './config-file.js'
import {
  aliases,
  configFileInput,
  optionNames,
  toRawOptions,
  type OptionName,
  type RawOptions
} from './inputs.js'
import { chooseProfile, oscEnvironmentSources } from './osc-environment.js'
import { ValueContext, type Findings } from './parse.js'
import {
  readTemplateInputs,
  templateSourceInput,
  templateVariablesInput
} from './template/template-inputs.js'
import type { ReadTemplate } from './template/template-model.js'

/** Everything the configuration is read from. */
export interface ConfigSources {
  /** An action input by name; '' when unset (core.getInput's behaviour). */
  getInput(name: string): string
  env: NodeJS.ProcessEnv
  /** Where ~/.osc/config.json is looked for. */
  homeDir: string
  /** Relative config_file, provision_scripts and provision_files paths start here. */
  workspace: string
}

/** access_key and secret_key always come as a pair from the same source. */
const credentialOptions: OptionName[] = ['access_key', 'secret_key']

/** The options chosen, and the Packer template when config_file is one. */
export interface ResolvedOptions {
  raw: RawOptions
  template?: ReadTemplate
  /** config_file could not be used: what the other options lack follows from that alone. */
  configFileUnreadable: boolean
}

/** Chooses, for every option that some source sets, the raw value of the highest source. */
export function resolveOptions(sources: ConfigSources, findings: Findings): ResolvedOptions {
  const inputs = toRawOptions(
    [...optionNames, ...Object.keys(aliases)].map((name) => [name, sources.getInput(name)]),
    'input',
    (key) => new ValueContext(key, findings)
  )
  const configFile = sources.getInput(configFileInput)
  const templateInputs = readTemplateInputs(sources.getInput, findings)
  const file = configFile
    ? readConfigFile(configFile, sources.workspace, sources.env, templateInputs, findings)
    : undefined
  if (file?.unreadable) return { raw: {}, configFileUnreadable: true }
  const fromFile = file?.options ?? {}
  if (!configFile) {
    for (const name of [templateVariablesInput, templateSourceInput]) {
      if (sources.getInput(name).trim() !== '') {
        findings.problems.push(`${name}: unused without a Packer template as ${configFileInput}`)
      }
    }
  }
  const profile = chooseProfile(inputs.profile ?? fromFile.profile, sources.env)
  const ranked = [
    inputs,
    fromFile,
    ...oscEnvironmentSources(sources.env, sources.homeDir, profile, findings)
  ]

  const chosen: RawOptions = {}
  for (const name of optionNames) {
    if (credentialOptions.includes(name)) continue
    const source = ranked.find((candidate) => candidate[name] !== undefined)
    if (source !== undefined) chosen[name] = source[name]
  }
  chosen.profile = profile
  Object.assign(chosen, chooseCredentials(ranked, findings))

  for (const [name, found] of Object.entries(chosen)) {
    if (found !== undefined) log.debug(`${name}: from ${found.origin}`)
  }
  return {
    raw: chosen,
    template: file?.template,
    configFileUnreadable: file?.unreadable === true
  }
}

/** The key pair of the highest source that sets either key; both must then be set there. */
function chooseCredentials(ranked: RawOptions[], findings: Findings): RawOptions {
  const source = ranked.find((candidate) => candidate.access_key || candidate.secret_key)
  if (source === undefined) {
    findings.problems.push(
      'access_key, secret_key: no credentials found; set the access_key and secret_key inputs ' +
        '(from secrets), the OSC_ACCESS_KEY and OSC_SECRET_KEY environment variables, or a ' +
        'profile in ~/.osc/config.json'
    )
    return {}
  }
  const { access_key, secret_key } = source
  if (access_key === undefined || secret_key === undefined) {
    const [missing, given, found] = access_key
      ? (['secret_key', 'access_key', access_key] as const)
      : (['access_key', 'secret_key', secret_key] as const)
    const where = found?.origin === 'input' ? 'the action inputs' : found?.origin
    findings.problems.push(
      `${missing}: not set, while ${given} is set in ${where}; set both there, or neither`
    )
  }
  return { access_key, secret_key }
}
