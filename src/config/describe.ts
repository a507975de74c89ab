/** The resolved configuration as a user reads it in the log: Packer's key names, no secrets. */
import YAML from 'yaml'
import { isMap } from './parse.js'
import type { BuildConfig } from './types.js'

/** Maps whose keys are the user's (tags) or OAPI's (filters): shown as they are. */
const keptAsWritten = new Set(['tags', 'snapshot_tags', 'root_volume_tags', 'filters'])

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}

/** Renames BuildConfig's camelCase keys, at every depth, back to the option names users write. */
function withOptionNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withOptionNames)
  if (!isMap(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => {
      const key = snakeCase(name)
      return [key, keptAsWritten.has(key) ? item : withOptionNames(item)]
    })
  )
}

/**
 * YAML of the configuration. No credential is shown: the access key only by its last four
 * characters (enough to tell which key a build used), the secret key only as set or not, and
 * provision_env only by its names, since its values may be tokens (and a template's provisioners
 * only by their type and place).
 */
export function describeConfig(config: BuildConfig): string {
  const { credentials, provisionEnv, templateProvisioners, ...rest } = config
  const shown = {
    access_key: credentials.accessKey
      ? `(set, ends with ${credentials.accessKey.slice(-4)})`
      : '(not set)',
    secret_key: credentials.secretKey ? '(set)' : '(not set)',
    ...(withOptionNames(rest) as Record<string, unknown>),
    provision_env: Object.keys(provisionEnv).map((name) => `${name}=(set)`),
    // Their variables may hold tokens, like provision_env: where each is, not what it holds.
    template_provisioners: templateProvisioners.map(
      (provisioner) => `${provisioner.type} (${provisioner.at})`
    )
  }
  return YAML.stringify(shown, { lineWidth: 0 }).trimEnd()
}
