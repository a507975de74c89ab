/**
 * The credentials of the post step, read leniently. The post step cleans up after a main step
 * that was killed or failed; by then a later workflow step may have deleted a provision script,
 * changed the config_file, or the inputs may hold a value the main step would reject. None of
 * that matters to cleanup, so nothing here validates the configuration or fails: each place a key
 * pair can come from (inputs, config_file if it still parses, the OSC_* variables, the profile)
 * is read on its own, and a place that cannot be read is skipped.
 *
 * The build journals the access key it used (its public id, never the secret): among the pairs
 * found, the one with that access key wins, so a changed source does not hand the cleanup another
 * account's keys while the right ones are still there.
 */
import { log } from '../log.js'
import { readConfigFile } from './config-file.js'
import { readTemplateInputs } from './template/template-inputs.js'
import { configFileInput, type RawOptions } from './inputs.js'
import { chooseProfile, oscEnvironmentSources } from './osc-environment.js'
import type { Findings } from './parse.js'
import type { ConfigSources } from './sources.js'

export interface CleanupCredentials {
  accessKey: string
  secretKey: string
  /** Where the pair was found, for the log: 'input', 'OSC_ACCESS_KEY', 'profile "x" in ...'. */
  origin: string
}

/** What the build recorded: the access key it used and the profile it named ('' when none). */
export interface CredentialHints {
  accessKey?: string
  profile?: string
}

function pairOf(source: RawOptions): CleanupCredentials | undefined {
  const accessKey = source.access_key?.raw
  const secretKey = source.secret_key?.raw
  if (typeof accessKey !== 'string' || typeof secretKey !== 'string') return undefined
  if (!accessKey || !secretKey) return undefined
  return { accessKey, secretKey, origin: source.access_key?.origin ?? 'unknown' }
}

/** Runs a reader whose failure only means "nothing from this place". */
function tolerant<T>(what: string, read: () => T, fallback: T): T {
  try {
    return read()
  } catch (error) {
    log.debug(`Cleanup credentials: ${what} skipped (${(error as Error).message})`)
    return fallback
  }
}

/** Every key pair the sources hold, highest precedence first (as the main step ranks them). */
export function candidateCredentials(
  sources: ConfigSources,
  hints: CredentialHints = {}
): CleanupCredentials[] {
  // Problems found on the way are irrelevant here: they are collected and dropped.
  const ignored: Findings = { problems: [], warnings: [] }
  const input = (name: string): string =>
    tolerant(`input ${name}`, () => sources.getInput(name).trim(), '')

  const fromInputs: RawOptions = {}
  const accessKey = input('access_key')
  const secretKey = input('secret_key')
  if (secretKey) log.secret(secretKey)
  if (accessKey) fromInputs.access_key = { raw: accessKey, origin: 'input' }
  if (secretKey) fromInputs.secret_key = { raw: secretKey, origin: 'input' }

  const configFile = input(configFileInput)
  const fromFile = configFile
    ? tolerant(
        configFileInput,
        () =>
          readConfigFile(
            configFile,
            sources.workspace,
            sources.env,
            readTemplateInputs(sources.getInput, ignored),
            ignored
          ).options,
        {}
      )
    : {}

  // The profile the build used; without that record, the one the inputs or OSC_PROFILE name.
  const named = hints.profile || input('profile')
  const profile = chooseProfile(
    named ? { raw: named, origin: 'the build' } : undefined,
    sources.env
  )
  const fromEnvironment = tolerant(
    'OSC_* variables and profile',
    () => oscEnvironmentSources(sources.env, sources.homeDir, profile, ignored),
    []
  )
  return [fromInputs, fromFile, ...fromEnvironment]
    .map(pairOf)
    .filter((pair): pair is CleanupCredentials => pair !== undefined)
}

/**
 * The key pair for cleanup: the one with the build's access key if any source still has it, else
 * the highest-ranked pair found; undefined when there is none (API cleanup will then fail, the
 * host's cleanup still runs).
 */
export function readCleanupCredentials(
  sources: ConfigSources,
  hints: CredentialHints = {}
): CleanupCredentials | undefined {
  const candidates = candidateCredentials(sources, hints)
  const same = hints.accessKey
    ? candidates.find((pair) => pair.accessKey === hints.accessKey)
    : undefined
  return same ?? candidates[0]
}
