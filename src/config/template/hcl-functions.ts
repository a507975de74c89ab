/**
 * The HCL2 functions Packer templates use in practice, with Packer's meaning
 * (https://developer.hashicorp.com/packer/docs/templates/hcl_templates/functions). Any other
 * function is an error naming it.
 */
import { buildStartTime } from '../../template.js'
import { ExpressionError } from './hcl-expression-error.js'

/** What a function can see besides its arguments. */
export interface FunctionContext {
  env: NodeJS.ProcessEnv
  /** env() is allowed only in a variable's default, as in Packer. */
  envAllowed: boolean
}

type HclFunction = (args: unknown[], context: FunctionContext) => unknown

/** Checks the argument count and that every argument is a single value; returns them as text. */
function strings(name: string, signature: string, args: unknown[], count: number): string[] {
  if (args.length !== count) {
    throw new ExpressionError(`${name}${signature} takes ${count} arguments, got ${args.length}`)
  }
  return args.map((arg, index) => {
    if (typeof arg === 'string') return arg
    if (typeof arg === 'number' || typeof arg === 'boolean') return String(arg)
    throw new ExpressionError(
      `${name}${signature}: argument ${index + 1} must be a string, got ${JSON.stringify(arg)}`
    )
  })
}

export const hclFunctions: Record<string, HclFunction> = {
  timestamp: (args) => {
    strings('timestamp', '()', args, 0)
    return buildStartTime()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
  },
  formatdate: (args) => {
    const [spec, time] = strings('formatdate', '(format, timestamp)', args, 2)
    return formatDate(spec, time)
  },
  regex_replace: (args) => {
    const [text, pattern, replacement] = strings(
      'regex_replace',
      '(string, pattern, replacement)',
      args,
      3
    )
    return replaceWithGoRegex(text, pattern, replacement)
  },
  replace: (args) => {
    const [text, search, replacement] = strings(
      'replace',
      '(string, substring, replacement)',
      args,
      3
    )
    // A substring in slashes is a regular expression (HCL's replace).
    if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
      return replaceWithGoRegex(text, search.slice(1, -1), replacement)
    }
    return text.split(search).join(replacement)
  },
  lower: (args) => strings('lower', '(string)', args, 1)[0].toLowerCase(),
  upper: (args) => strings('upper', '(string)', args, 1)[0].toUpperCase(),
  env: (args, context) => {
    const [name] = strings('env', '(name)', args, 1)
    if (!context.envAllowed) {
      throw new ExpressionError(
        `env() can only be used in a variable's default (as in Packer); declare a variable ` +
          `with default = env("${name}") and use var.<name>`
      )
    }
    return context.env[name] ?? ''
  }
}

export const hclFunctionNames = Object.keys(hclFunctions)

/** Go's regexp syntax in JavaScript's: named groups are spelled (?P<name>...) in Go. */
function goRegex(pattern: string): RegExp {
  let flags = 'g'
  let source = pattern.replace(/\(\?P</g, '(?<')
  const inline = /^\(\?([ims]+)\)/.exec(source)
  if (inline) {
    flags += inline[1]
    source = source.slice(inline[0].length)
  }
  try {
    return new RegExp(source, flags)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ExpressionError(
      `the regular expression ${JSON.stringify(pattern)} is invalid: ${reason}`
    )
  }
}

/** Go's Regexp.ReplaceAllString: $1, ${1}, $name and ${name} expand; $$ is a dollar sign. */
function replaceWithGoRegex(text: string, pattern: string, replacement: string): string {
  return text.replace(goRegex(pattern), (...match: unknown[]) => {
    const last = match[match.length - 1]
    const named = typeof last === 'object' && last !== null ? (last as Record<string, string>) : {}
    const numbered = match.slice(0, typeof last === 'object' ? -3 : -2) as (string | undefined)[]
    const group = (name: string): string =>
      /^\d+$/.test(name) ? (numbered[Number(name)] ?? '') : (named[name] ?? '')
    return replacement.replace(
      /\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g,
      (token: string, braced?: string, bare?: string) =>
        token === '$$' ? '$' : group(braced ?? bare ?? '')
    )
  })
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** The tokens of HCL's formatdate, for a time already shifted to its own offset. */
function dateTokens(d: Date, offsetMinutes: number): Record<string, string> {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const offset = Math.abs(offsetMinutes)
  const hours12 = d.getUTCHours() % 12 || 12
  return {
    YYYY: pad(d.getUTCFullYear(), 4),
    YY: pad(d.getUTCFullYear() % 100),
    MMMM: monthNames[d.getUTCMonth()],
    MMM: monthNames[d.getUTCMonth()].slice(0, 3),
    MM: pad(d.getUTCMonth() + 1),
    M: String(d.getUTCMonth() + 1),
    DD: pad(d.getUTCDate()),
    D: String(d.getUTCDate()),
    EEEE: dayNames[d.getUTCDay()],
    EEE: dayNames[d.getUTCDay()].slice(0, 3),
    hh: pad(d.getUTCHours()),
    h: String(d.getUTCHours()),
    HH: pad(hours12),
    H: String(hours12),
    AA: d.getUTCHours() < 12 ? 'AM' : 'PM',
    aa: d.getUTCHours() < 12 ? 'am' : 'pm',
    mm: pad(d.getUTCMinutes()),
    m: String(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
    s: String(d.getUTCSeconds()),
    ZZZZZ: `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`,
    ZZZZ: `${sign}${pad(Math.floor(offset / 60))}${pad(offset % 60)}`,
    ZZZ: offset === 0 ? 'UTC' : `${sign}${pad(Math.floor(offset / 60))}${pad(offset % 60)}`,
    Z: offset === 0 ? 'Z' : `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
  }
}

/**
 * HCL's formatdate: runs of one letter are tokens (YYYY, MM, DD, hh, mm, ss, ...), text in single
 * quotes is literal ('' is a quote), other characters stay as they are.
 */
export function formatDate(spec: string, timestamp: string): string {
  const parsed =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(timestamp)
  if (!parsed) {
    throw new ExpressionError(
      `formatdate: ${JSON.stringify(timestamp)} is not an RFC 3339 timestamp such as timestamp() gives`
    )
  }
  const zone = parsed[8].toUpperCase()
  const offsetMinutes =
    zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)))
  // Shifted so that the UTC getters read the time in the timestamp's own offset.
  const local = new Date(Date.parse(timestamp) + offsetMinutes * 60_000)
  const tokens = dateTokens(local, offsetMinutes)
  let out = ''
  let i = 0
  while (i < spec.length) {
    const c = spec[i]
    if (c === "'") {
      const end = spec.indexOf("'", i + 1)
      if (end < 0)
        throw new ExpressionError(`formatdate: unterminated quote in ${JSON.stringify(spec)}`)
      out += end === i + 1 ? "'" : spec.slice(i + 1, end)
      i = end + 1
    } else if (/[A-Za-z]/.test(c)) {
      let run = c
      while (spec[i + run.length] === c) run += c
      const value = tokens[run]
      if (value === undefined) {
        throw new ExpressionError(
          `formatdate: "${run}" in ${JSON.stringify(spec)} is not a date format token ` +
            `(YYYY, YY, MMMM, MMM, MM, M, DD, D, EEEE, EEE, hh, h, HH, H, AA, aa, mm, m, ss, s, ` +
            `ZZZZZ, ZZZZ, ZZZ, Z; quote literal letters: 'T')`
        )
      }
      out += value
      i += run.length
    } else {
      out += c
      i++
    }
  }
  return out
}
