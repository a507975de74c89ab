/**
 * Templates in option values, as Packer users write them.
 *
 * Handlebars does the work. Packer's Go-template spellings are translated first, so both
 * `{{.Device}}` and `{{Device}}` work, and so does a single pipe (`{{timestamp | clean_resource_name}}`).
 * Strict mode makes a reference to an unknown variable an error naming the field and the
 * variables available there, never a silent empty string.
 */
import Handlebars from 'handlebars'
import { randomUUID } from 'node:crypto'

/** Values a template can use; nested maps (SourceOMITags) are reached with dots. */
export type TemplateVars = Record<string, unknown>

/** Unix seconds of this build's start: every {{timestamp}} of one build renders the same. */
const buildStartedAt = new Date()

/** Packer's clean_resource_name: anything outside the allowed set becomes '-'. */
export function cleanResourceName(name: string): string {
  return name.replace(/[^a-zA-Z0-9()[\] ./\-'@_]/g, '-')
}

/** Go reference-time layout tokens (Packer's isotime format) → formatted parts, longest first. */
const goLayout: [string, (d: Date) => string][] = [
  ['2006', (d) => String(d.getUTCFullYear())],
  ['January', (d) => d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })],
  ['Monday', (d) => d.toLocaleString('en-US', { weekday: 'long', timeZone: 'UTC' })],
  ['Z07:00', () => 'Z'],
  ['-0700', () => '+0000'],
  ['.000', (d) => '.' + pad(d.getUTCMilliseconds(), 3)],
  ['Jan', (d) => d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })],
  ['Mon', (d) => d.toLocaleString('en-US', { weekday: 'short', timeZone: 'UTC' })],
  ['MST', () => 'UTC'],
  ['06', (d) => pad(d.getUTCFullYear() % 100, 2)],
  ['01', (d) => pad(d.getUTCMonth() + 1, 2)],
  ['02', (d) => pad(d.getUTCDate(), 2)],
  ['15', (d) => pad(d.getUTCHours(), 2)],
  ['03', (d) => pad(d.getUTCHours() % 12 || 12, 2)],
  ['04', (d) => pad(d.getUTCMinutes(), 2)],
  ['05', (d) => pad(d.getUTCSeconds(), 2)],
  ['PM', (d) => (d.getUTCHours() < 12 ? 'AM' : 'PM')]
]

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** Formats a date with a Go layout ("2006-01-02T15:04:05Z07:00" is RFC 3339, Packer's default). */
export function formatGoTime(date: Date, layout = '2006-01-02T15:04:05Z07:00'): string {
  let out = ''
  let rest = layout
  while (rest.length > 0) {
    const token = goLayout.find(([t]) => rest.startsWith(t))
    if (token) {
      out += token[1](date)
      rest = rest.slice(token[0].length)
    } else {
      out += rest[0]
      rest = rest.slice(1)
    }
  }
  return out
}

const handlebars = Handlebars.create()
const helpers: Record<string, Handlebars.HelperDelegate> = {
  timestamp: () => String(Math.floor(buildStartedAt.getTime() / 1000)),
  isotime: (...args: unknown[]) =>
    formatGoTime(buildStartedAt, typeof args[0] === 'string' ? args[0] : undefined),
  uuid: () => randomUUID(),
  clean_resource_name: (value: unknown) => cleanResourceName(String(value)),
  clean_omi_name: (value: unknown) => cleanResourceName(String(value))
}
handlebars.registerHelper(helpers)

/** Names of the functions a template can call (for error messages and the README). */
export const templateFunctions = Object.keys(helpers)

/**
 * Rewrites Packer's Go-template forms into Handlebars: `{{ .Device }}` → `{{Device}}`, and
 * `{{ x | f }}` → `{{f x}}` (with `(x)` when x is a function call).
 */
export function toHandlebars(template: string): string {
  return template.replace(
    /\{\{(-?)([^{}]*?)(-?)\}\}/g,
    (_match, open: string, body: string, close: string) => {
      let expr = body.trim().replace(/(^|[\s(])\.(?=[A-Za-z_])/g, '$1')
      const pipe = expr.split('|').map((part) => part.trim())
      if (pipe.length === 2) {
        const [value, fn] = pipe
        const head = value.split(/\s+/)[0]
        expr = `${fn} ${head in helpers ? `(${value})` : value}`
      }
      return `{{${open ? '~' : ''}${expr}${close ? '~' : ''}}}`
    }
  )
}

/** Lists the variables a user can write there, e.g. {{.Device}}, {{.SourceOMITags.<key>}}. */
function describeVars(vars: TemplateVars): string {
  const names = Object.entries(vars).map(([key, value]) =>
    value !== null && typeof value === 'object' ? `{{.${key}.<key>}}` : `{{.${key}}}`
  )
  return names.join(', ') || 'none'
}

/**
 * Renders one option value. `field` names the option in errors; `vars` are the variables that
 * exist for that field at that moment.
 */
export function render(template: string, vars: TemplateVars, field: string): string {
  if (!template.includes('{{')) return template
  try {
    return handlebars.compile(toHandlebars(template), { strict: true, noEscape: true })(vars)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    const unknown = /"([^"]+)" not defined/.exec(reason)
    if (unknown) {
      throw new Error(
        `${field}: unknown template variable "${unknown[1]}" in ${JSON.stringify(template)}. ` +
          `Variables available in ${field}: ${describeVars(vars)}; functions: ${templateFunctions.join(', ')}.`
      )
    }
    throw new Error(`${field}: cannot render template ${JSON.stringify(template)}: ${reason}`)
  }
}
