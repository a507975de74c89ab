/**
 * Credentials, region, endpoint and client certificate from where Outscale's own tools look for
 * them: the OSC_* environment variables (else the deprecated OUTSCALE_* ones) and a profile of
 * ~/.osc/config.json ($OSC_CONFIG_FILE overrides the path), with the names osc-sdk-go reads
 * (OSC_X509_CLIENT_CERT, profile key x509_client_cert, ...).
 *
 * Between the two, a profile named explicitly (the profile option or OSC_PROFILE) wins: the user
 * asked for it by name. Otherwise the variables win over the file's "default" profile, as in
 * Outscale's configuration spec.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { toRawOptions, type Found, type OptionName, type RawOptions } from './inputs.js'
import { fields, isMap, ValueContext, type Findings, type Parser } from './parse.js'

/** The environment variables Outscale's tools read, and the option each one sets. */
const environmentVariables: Record<string, OptionName> = {
  OSC_ACCESS_KEY: 'access_key',
  OSC_SECRET_KEY: 'secret_key',
  OSC_REGION: 'region',
  OSC_ENDPOINT_API: 'custom_endpoint_oapi',
  OSC_X509_CLIENT_CERT: 'x509_cert_path',
  OSC_X509_CLIENT_KEY: 'x509_key_path'
}

/**
 * The names older pipelines still export (Packer's outscale plugin reads them after the OSC_*
 * ones, with a deprecation warning: reference/packer-osc-chroot.md), and their replacement.
 */
const deprecatedVariables: Record<string, string> = {
  OUTSCALE_ACCESSKEYID: 'OSC_ACCESS_KEY',
  OUTSCALE_SECRETKEYID: 'OSC_SECRET_KEY',
  OUTSCALE_REGION: 'OSC_REGION',
  OUTSCALE_OAPI_URL: 'OSC_ENDPOINT_API',
  OUTSCALE_X509CERT: 'OSC_X509_CLIENT_CERT',
  OUTSCALE_X509KEY: 'OSC_X509_CLIENT_KEY'
}

/** A JSON string, as the profile's values must be (a number is no key, no region). */
const jsonString: Parser<string> = (raw, at) =>
  typeof raw === 'string' ? raw : at.problem('must be a string')

/** The keys of a profile that hold options; the others (protocol, method, ...) are not ours. */
const profileFields = {
  access_key: jsonString,
  secret_key: jsonString,
  region: jsonString,
  x509_client_cert: jsonString,
  x509_client_key: jsonString,
  endpoints: ((raw, at) =>
    isMap(raw)
      ? fields({ api: jsonString })(pick(raw, ['api']), at)
      : at.problem('must be a map of service names to endpoints')) as Parser<{ api?: string }>
}

/** Only the keys we read: a profile holds others that are no concern of ours. */
function pick(raw: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => keys.includes(key)))
}

const readProfileFields = fields(profileFields)

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

/**
 * The OSC_* variables, each else its deprecated OUTSCALE_* name (with a warning naming both
 * variables, never the value). When both are set, the OSC_* one is used.
 */
function readEnvironmentVariables(env: NodeJS.ProcessEnv, findings: Findings): RawOptions {
  const entries = Object.entries(environmentVariables).map(([variable, option]) => {
    const deprecated = Object.keys(deprecatedVariables).find(
      (name) => deprecatedVariables[name] === variable
    )
    const fromDeprecated = deprecated !== undefined && !!env[deprecated]
    const warn = (message: string): void => {
      findings.warnings.push(`${deprecated}: ${message}`)
    }
    if (env[variable]) {
      if (fromDeprecated) warn(`ignored, ${variable} is set too; remove ${deprecated}`)
      return { variable, option, value: env[variable] }
    }
    if (!fromDeprecated) return { variable, option, value: '' }
    warn(`deprecated; set ${variable} instead (it is read the same way)`)
    return { variable: deprecated, option, value: env[deprecated] }
  })
  const sources: RawOptions[] = entries.map(({ variable, option, value }) =>
    toRawOptions(
      [[option, value ?? '']],
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
  const shape: Findings = { problems: [], warnings: [] }
  const profile = document[name]
  const parsed = isMap(profile)
    ? readProfileFields(pick(profile, Object.keys(profileFields)), new ValueContext('', shape))
    : new ValueContext('', shape).problem('must be a map')
  if (parsed === undefined) {
    // "access_key: must be a string" from the context's key; the profile is named by report().
    const first = (shape.problems[0] ?? '').replace(/^\.?([^:]*): /, '$1 ')
    return report(`profile "${name}" in ${path}: ${first.trim()}`)
  }
  const origin = `profile "${name}" in ${path}`
  return toRawOptions(
    [
      ['access_key', parsed.access_key ?? ''],
      ['secret_key', parsed.secret_key ?? ''],
      ['region', parsed.region ?? ''],
      ['custom_endpoint_oapi', parsed.endpoints?.api ?? ''],
      ['x509_cert_path', parsed.x509_client_cert ?? ''],
      ['x509_key_path', parsed.x509_client_key ?? '']
    ],
    origin,
    (key) => new ValueContext(key, findings, origin)
  )
}
