/**
 * From raw option values to typed ones.
 *
 * A raw value is what a source holds: a string (an action input, an environment variable, a YAML
 * scalar) or, from a config file, a list or a map of them (and numbers or booleans, from a Packer
 * JSON template). YAML is always read with the failsafe schema, so every scalar stays a string
 * until its parser decides: an account id like 012345678901 keeps its leading zero and a tag
 * value like 1.10 stays "1.10".
 *
 * A parser returns the typed value, or reports a problem that names the key, shows the value and
 * says what is allowed. Parsers never throw for bad user input.
 */
import { closest, distance } from 'fastest-levenshtein'
import YAML from 'yaml'

/** Everything found wrong (stops the build) or worth saying (does not) while reading the config. */
export interface Findings {
  problems: string[]
  warnings: string[]
}

/** Where a value sits (its key, and the source it came from) and where to report about it. */
export class ValueContext {
  constructor(
    /** The key as the user wrote it, with the path inside it: `timeouts.volume`, `tags`. */
    readonly key: string,
    private readonly findings: Findings,
    /** The source when it is not an action input, e.g. `config_file build.yml` or `OSC_REGION`. */
    private readonly origin = 'input'
  ) {}

  /** Records a problem with this value; returns undefined so a parser can `return at.problem()`. */
  problem(message: string): undefined {
    this.findings.problems.push(`${this.key}: ${message}${this.whereFrom()}`)
    return undefined
  }

  warning(message: string): void {
    this.findings.warnings.push(`${this.key}: ${message}${this.whereFrom()}`)
  }

  /** The context of a key or list index inside this value. */
  child(name: string | number): ValueContext {
    const key = typeof name === 'number' ? `${this.key}[${name}]` : `${this.key}.${name}`
    return new ValueContext(key, this.findings, this.origin)
  }

  private whereFrom(): string {
    return this.origin === 'input' ? '' : ` (from ${this.origin})`
  }
}

/** Reads one raw value. */
export type Parser<T> = (raw: unknown, at: ValueContext) => T | undefined

/** The type a parser produces. */
export type ParsedBy<P> = P extends (raw: unknown, at: ValueContext) => infer T
  ? Exclude<T, undefined>
  : never

/** A value as shown in messages: quoted, and cut short so a long script does not flood the log. */
export function show(value: unknown): string {
  if (typeof value === 'string' && value.length > 80)
    return JSON.stringify(`${value.slice(0, 77)}...`)
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

export function isMap(raw: unknown): raw is Record<string, unknown> {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw)
}

function shapeOf(raw: unknown): string {
  if (Array.isArray(raw)) return 'a list'
  if (isMap(raw)) return 'a map'
  return show(raw)
}

/** `; did you mean "x"?` when a known word is close enough to be the intended one, else ''. */
export function didYouMean(word: string, known: readonly string[]): string {
  if (known.length === 0) return ''
  const best = closest(word, [...known])
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3))
    ? `; did you mean "${best}"?`
    : ''
}

/** Parses YAML the way every source is read (see the file comment); throws YAML's error. */
export function parseYaml(text: string): unknown {
  // logLevel: YAML would otherwise print a warning of its own for {{...}} used as a key.
  return YAML.parse(text, { schema: 'failsafe', logLevel: 'error' })
}

/** YAML reads an unquoted {{...}} or [...] as a map or a list: the usual cause of a shape error. */
const yamlQuotingHint =
  ' (in YAML, quote a value that starts with { or [, e.g. Name: "{{.SourceOMIName}}")'

/** One value (not a list or a map). */
export const text: Parser<string> = (raw, at) => {
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw)
  const hint = isMap(raw) || Array.isArray(raw) ? yamlQuotingHint : ''
  return at.problem(`expected a single value, got ${shapeOf(raw)}${hint}`)
}

/** true or false, and nothing else (no yes/no/1/0), in the spellings YAML 1.2 allows. */
export const boolean: Parser<boolean> = (raw, at) => {
  if (typeof raw === 'boolean') return raw
  if (typeof raw === 'string' && /^(true|True|TRUE)$/.test(raw)) return true
  if (typeof raw === 'string' && /^(false|False|FALSE)$/.test(raw)) return false
  return at.problem(`${show(raw)} is not a boolean; write true or false`)
}

/** A whole number from min to max (inclusive). */
export function integer(min: number, max?: number): Parser<number> {
  const allowed =
    max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`
  return (raw, at) => {
    let value = Number.NaN
    if (typeof raw === 'number') value = raw
    if (typeof raw === 'string' && /^-?[0-9]+$/.test(raw.trim())) value = Number(raw)
    if (!Number.isInteger(value)) return at.problem(`${show(raw)} is not ${allowed}`)
    if (value < min || (max !== undefined && value > max)) {
      return at.problem(`${show(raw)} is out of range; expected ${allowed}`)
    }
    return value
  }
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(...allowed: T[]): Parser<T> {
  const choices =
    allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0]
  return (raw, at) => {
    const value = text(raw, at)
    if (value === undefined) return undefined
    if ((allowed as string[]).includes(value)) return value as T
    return at.problem(`${show(value)} is not allowed; use ${choices}`)
  }
}

/** A value matching a pattern; `expected` says in words what is allowed. */
export function matching(pattern: RegExp, expected: string): Parser<string> {
  return (raw, at) => {
    const value = text(raw, at)
    if (value === undefined || pattern.test(value)) return value
    return at.problem(`${show(value)} is not ${expected}`)
  }
}

/**
 * A list: one item per line in an input (blank lines ignored; `[]` alone is an explicit empty
 * list), or a YAML list in a config file.
 */
export function lines<T>(item: Parser<T>): Parser<T[]> {
  return (raw, at) => {
    let items: unknown[]
    if (Array.isArray(raw)) {
      items = raw
    } else if (typeof raw === 'string') {
      items = raw.trim() === '[]' ? [] : raw.split(/\r?\n/).map((line) => line.trim())
      items = items.filter((line) => line !== '')
    } else {
      return at.problem(`expected one value per line or a YAML list, got ${shapeOf(raw)}`)
    }
    const parsed = items.map((value, index) => item(value, at.child(index)))
    return parsed.every((value) => value !== undefined) ? (parsed as T[]) : undefined
  }
}

/** A structured value: YAML (or JSON) text in an input, already a list or map in a config file. */
export function yamlValue<T>(parser: Parser<T>): Parser<T> {
  return (raw, at) => {
    if (typeof raw !== 'string') return parser(raw, at)
    let parsed: unknown
    try {
      parsed = parseYaml(raw)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      return at.problem(`is not valid YAML: ${reason}`)
    }
    return parser(parsed, at)
  }
}

/** A YAML map of names to single values, such as tags. */
export const stringMap: Parser<Record<string, string>> = yamlValue((raw, at) => {
  if (!isMap(raw)) return at.problem(`expected a YAML map (name: value), got ${shapeOf(raw)}`)
  const entries = Object.entries(raw).map(([name, value]) => [name, text(value, at.child(name))])
  return entries.every(([, value]) => value !== undefined) ? Object.fromEntries(entries) : undefined
})

/**
 * A YAML map with known keys, each read by its own parser. Unknown keys are problems that suggest
 * the nearest known key; keys left empty count as not set.
 */
export function fields<S extends Record<string, Parser<unknown>>>(
  shape: S
): Parser<{ [K in keyof S]?: ParsedBy<S[K]> }> {
  const known = Object.keys(shape)
  return (raw, at) => {
    if (!isMap(raw)) {
      return at.problem(
        `expected a YAML map with the keys ${known.join(', ')}; got ${shapeOf(raw)}`
      )
    }
    const result: Record<string, unknown> = {}
    let valid = true
    for (const [key, value] of Object.entries(raw)) {
      if (!(key in shape)) {
        const hint = didYouMean(key, known) || `; known keys: ${known.join(', ')}`
        valid = at.problem(`unknown key "${key}"${hint}`) ?? false
      } else if (value !== '' && value !== null) {
        result[key] = shape[key](value, at.child(key))
        if (result[key] === undefined) valid = false
      }
    }
    // One bad key makes the whole map unusable, so later checks do not report its consequences.
    return valid ? (result as { [K in keyof S]?: ParsedBy<S[K]> }) : undefined
  }
}

/** A duration in seconds: a number of seconds, or a Go-style duration such as 90s, 10m, 1h30m. */
export const duration: Parser<number> = (raw, at) => {
  const value = text(raw, at)
  if (value === undefined) return undefined
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value.trim())
  let seconds = Number.NaN
  if (/^\d+$/.test(value.trim())) seconds = Number(value)
  else if (parts && value.trim() !== '') {
    const [hours, minutes, secs] = parts.slice(1).map((part) => Number(part ?? 0))
    seconds = hours * 3600 + minutes * 60 + secs
  }
  if (!(seconds > 0)) {
    return at.problem(
      `${show(value)} is not a duration; write seconds (600) or e.g. 90s, 10m, 2h, 1h30m`
    )
  }
  return seconds
}
