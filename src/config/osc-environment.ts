/**
 * Credentials, region and endpoint from where Outscale's own tools look for them: the OSC_*
 * environment variables and a profile of ~/.osc/config.json ($OSC_CONFIG_FILE overrides the path).
 *
 * Between the two, a profile named explicitly (the profile option or OSC_PROFILE) wins: the user
 * asked for it by name. Otherwise the variables win over the file's "default" profile, as in
 * Outscale's configuration spec.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { toRawOptions, type Found, type RawOptions } from './inputs.js'
import { isMap, ValueContext, type Findings } from './parse.js'
import { describeIssue } from './zod-messages.js'

const profileSchema = z.looseObject({
  access_key: z.string().optional(),
  secret_key: z.string().optional(),
  region: z.string().optional(),
  endpoints: z.looseObject({ api: z.string().optional() }).optional()
})

/** The environment variables Outscale's tools read, and the option each one sets. */
const environmentVariables = {
  OSC_ACCESS_KEY: 'access_key',
  OSC_SECRET_KEY: 'secret_key',
  OSC_REGION: 'region',
  OSC_ENDPOINT_API: 'custom_endpoint_oapi'
} as const

/** The profile name to use: the profile option if set, else OSC_PROFILE, else none. */
export function chooseProfile(
  fromOptions: Found | undefined,
  env: NodeJS.ProcessEnv
): Found | undefined {
  if (fromOptions !== undefined) return fromOptions
  return env.OSC_PROFILE ? { raw: env.OSC_PROFILE, origin: 'OSC_PROFILE' } : undefined
}

/**
 * The environment variables and the profile, as two sources in precedence order. `profile` is the
 * profile chosen by name (see chooseProfile); without one the "default" profile is read if present.
 */
export function oscEnvironmentSources(
  env: NodeJS.ProcessEnv,
  homeDir: string,
  profile: Found | undefined,
  findings: Findings
): RawOptions[] {
  const fromVariables = readEnvironmentVariables(env, findings)
  const path = env.OSC_CONFIG_FILE || join(homeDir, '.osc', 'config.json')
  if (profile === undefined) {
    return [fromVariables, readProfile(path, 'default', undefined, findings)]
  }
  const name = typeof profile.raw === 'string' ? profile.raw : ''
  return [readProfile(path, name, profile, findings), fromVariables]
}

function readEnvironmentVariables(env: NodeJS.ProcessEnv, findings: Findings): RawOptions {
  const sources: RawOptions[] = Object.entries(environmentVariables).map(([variable, option]) =>
    toRawOptions(
      [[option, env[variable] ?? '']],
      variable,
      (key) => new ValueContext(key, findings, variable)
    )
  )
  return Object.assign({}, ...sources) as RawOptions
}

/**
 * One profile of the config file. A profile chosen by name (`chosen`) must exist; the implicit
 * "default" one may be missing, and a broken file is then only a warning.
 */
function readProfile(
  path: string,
  name: string,
  chosen: Found | undefined,
  findings: Findings
): RawOptions {
  const at = new ValueContext('profile', findings, chosen?.origin)
  const report = (message: string): RawOptions => {
    if (chosen) at.problem(message)
    else at.warning(`${message}; the file is ignored`)
    return {}
  }
  if (!existsSync(path)) {
    return chosen ? report(`"${name}" is set but ${path} does not exist`) : {}
  }
  let document: unknown
  try {
    document = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return report(`${path} is not valid JSON: ${error instanceof Error ? error.message : error}`)
  }
  if (!isMap(document)) return report(`${path} must hold a map of profile names to profiles`)
  if (!(name in document)) {
    const names = Object.keys(document).join(', ') || 'none'
    return chosen ? report(`no profile "${name}" in ${path} (profiles there: ${names})`) : {}
  }
  const parsed = profileSchema.safeParse(document[name])
  if (!parsed.success) return report(`profile "${name}" in ${path}: ${describeIssue(parsed.error)}`)

  const { access_key, secret_key, region, endpoints } = parsed.data
  const origin = `profile "${name}" in ${path}`
  return toRawOptions(
    [
      ['access_key', access_key ?? ''],
      ['secret_key', secret_key ?? ''],
      ['region', region ?? ''],
      ['custom_endpoint_oapi', endpoints?.api ?? '']
    ],
    origin,
    (key) => new ValueContext(key, findings, origin)
  )
}
