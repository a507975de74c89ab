/**
 * Templates in option values, as Packer users write them.
 *
 * Handlebars does the work. Packer's Go-template spellings are translated first, so both
 * `{{.Device}}` and `{{Device}}` work, and so do pipes (`{{timestamp | clean_resource_name}}`) and
 * Go's back-quoted strings (`{{isotime `2006-01-02`}}`). A template made only of plain references
 * (`{{.Command}}`, `/mnt/{{.Device}}`, `{{timestamp}}`: most are) is rendered without it, and
 * Handlebars is loaded the first time a template needs it: its load and first compile were a
 * good part of the action's start-up before its first request.
 *
 * Every variable and function a template names is checked against what exists for that field
 * before anything is rendered, so a typo is an error naming the field and the variables available
 * there, never a silent empty string (Handlebars' strict mode alone does not check the arguments
 * of functions).
 */
import type HandlebarsModule from 'handlebars'
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'

/** Values a template can use; nested maps (SourceOMITags) are reached with dots. */
export type TemplateVars = Record<string, unknown>

/** Unix seconds of this build's start: every {{timestamp}} of one build renders the same. */
const buildStartedAt = new Date()

/** When this build started: HCL2's timestamp() gives the same instant as {{timestamp}}. */
export function buildStartTime(): Date {
  return buildStartedAt
}

/**
 * Packer's clean_resource_name, narrowed to what OAPI accepts in an image name: anything but
 * letters, digits, space and ( ) / . - _ becomes '-'. (Packer also keeps [ ] ' @, which
 * CreateImage rejects.)
 */
export function cleanResourceName(name: string): string {
  return name.replace(/[^a-zA-Z0-9 ()/._-]/g, '-')
}

/** Go reference-time layout tokens (Packer's isotime format) → formatted parts, longest first. */
const goLayout: [string, (d: Date) => string][] = [
  ['2006', (d) => String(d.getUTCFullYear())],
  ['January', (d) => d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })],
  ['Monday', (d) => d.toLocaleString('en-US', { weekday: 'long', timeZone: 'UTC' })],
  ['Z07:00', () => 'Z'],
  ['Z0700', () => 'Z'],
  ['-07:00', () => '+00:00'],
  ['-0700', () => '+0000'],
  ['.000', (d) => '.' + pad(d.getUTCMilliseconds(), 3)],
  ['Jan', (d) => d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })],
  ['Mon', (d) => d.toLocaleString('en-US', { weekday: 'short', timeZone: 'UTC' })],
  ['MST', () => 'UTC'],
  ['002', (d) => pad(dayOfYear(d), 3)],
  ['06', (d) => pad(d.getUTCFullYear() % 100, 2)],
  ['01', (d) => pad(d.getUTCMonth() + 1, 2)],
  ['02', (d) => pad(d.getUTCDate(), 2)],
  ['_2', (d) => String(d.getUTCDate()).padStart(2, ' ')],
  ['15', (d) => pad(d.getUTCHours(), 2)],
  ['03', (d) => pad(d.getUTCHours() % 12 || 12, 2)],
  ['04', (d) => pad(d.getUTCMinutes(), 2)],
  ['05', (d) => pad(d.getUTCSeconds(), 2)],
  ['PM', (d) => (d.getUTCHours() < 12 ? 'AM' : 'PM')],
  ['pm', (d) => (d.getUTCHours() < 12 ? 'am' : 'pm')],
  // Go's unpadded forms come last so that the padded ones above win.
  ['1', (d) => String(d.getUTCMonth() + 1)],
  ['2', (d) => String(d.getUTCDate())],
  ['3', (d) => String(d.getUTCHours() % 12 || 12)],
  ['4', (d) => String(d.getUTCMinutes())],
  ['5', (d) => String(d.getUTCSeconds())]
]

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
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

/** Packer's build_name and build_type: the template's builder, else this action's own type. */
let buildIdentity = { name: 'osc-chroot', type: 'osc-chroot' }

/** Sets what build_name and build_type render (the template's builder); none = the defaults. */
export function useBuildIdentity(builder?: { name: string; type: string }): void {
  buildIdentity = builder ?? { name: 'osc-chroot', type: 'osc-chroot' }
}

/** Go's strings.Replace: the first n instances of old (all of them when n < 0). */
function goReplace(text: string, old: string, replacement: string, n: number): string {
  const limit = n < 0 ? Infinity : n
  if (old === '') {
    // Go matches an empty old before every character and at the end.
    const characters = [...text]
    let out = ''
    for (let i = 0; i <= characters.length; i++) {
      out += (i < limit ? replacement : '') + (characters[i] ?? '')
    }
    return out
  }
  const parts = text.split(old)
  let out = parts[0]
  for (let i = 1; i < parts.length; i++) out += (i <= limit ? replacement : old) + parts[i]
  return out
}

/**
 * A Go template function with a fixed signature ('s' string, 'n' integer), as Packer declares
 * it: a wrong call is an error naming the function, never a silent "undefined".
 */
function goFunction(
  name: string,
  signature: string,
  kinds: ('s' | 'n')[],
  body: (...args: never[]) => string
): HandlebarsModule.HelperDelegate {
  return (...args: unknown[]) => {
    const given = args.slice(0, -1) // Handlebars adds its options object last.
    const fits =
      given.length === kinds.length &&
      given.every((arg, i) =>
        kinds[i] === 'n'
          ? Number.isInteger(arg)
          : typeof arg === 'string' || typeof arg === 'number'
      )
    if (!fits) {
      throw new Error(`${name} takes ${signature}; got ${JSON.stringify(given)}`)
    }
    return body(...(given.map((arg, i) => (kinds[i] === 's' ? String(arg) : arg)) as never[]))
  }
}

const helpers: Record<string, HandlebarsModule.HelperDelegate> = {
  timestamp: () => String(Math.floor(buildStartedAt.getTime() / 1000)),
  isotime: (...args: unknown[]) =>
    formatGoTime(buildStartedAt, typeof args[0] === 'string' ? args[0] : undefined),
  uuid: () => randomUUID(),
  clean_resource_name: (value: unknown) => cleanResourceName(String(value)),
  clean_omi_name: (value: unknown) => cleanResourceName(String(value)),
  // Packer's own, with its signatures (packer-plugin-sdk template/interpolate/funcs.go).
  lower: goFunction('lower', '(string)', ['s'], (text: string) => text.toLowerCase()),
  upper: goFunction('upper', '(string)', ['s'], (text: string) => text.toUpperCase()),
  replace: goFunction(
    'replace',
    '(old, new, n, string): the first n instances of old, all when n is -1',
    ['s', 's', 'n', 's'],
    (old: string, replacement: string, n: number, text: string) =>
      goReplace(text, old, replacement, n)
  ),
  replace_all: goFunction(
    'replace_all',
    '(old, new, string)',
    ['s', 's', 's'],
    (old: string, replacement: string, text: string) => goReplace(text, old, replacement, -1)
  ),
  split: goFunction(
    'split',
    '(string, separator, index): the index-th part, from 0',
    ['s', 's', 'n'],
    (text: string, separator: string, index: number) => {
      const parts = separator === '' ? [...text] : text.split(separator)
      if (index < 0 || index >= parts.length) {
        throw new Error(
          `split: the substring ${index} was unavailable using the separator value, ` +
            `${separator}, only ${parts.length} values were found`
        )
      }
      return parts[index]
    }
  ),
  build_name: goFunction('build_name', '()', [], () => buildIdentity.name),
  build_type: goFunction('build_type', '()', [], () => buildIdentity.type)
}

/** Names of the functions a template can call (for error messages and docs/configuration.md). */
export const templateFunctions = Object.keys(helpers)

/**
 * The variables each option rendered at run time can use (Packer's "build template data", plus
 * omi_description, which Packer never rendered, and provision_host_commands):
 * https://github.com/outscale/packer-plugin-outscale/blob/0634bed5640b7e292b7b824dd5e46e67285d1853/docs/builders/chroot.mdx#build-template-data
 * SourceOMI, SourceOMIName and SourceOMITags exist only when the build has a source OMI, i.e. not
 * with from_scratch. omi_name is rendered when the configuration is read, before any of these
 * exist.
 */
export const templateVariables = {
  omi_name: [],
  command_wrapper: ['Command'],
  mount_path: ['Device'],
  pre_mount_commands: ['Device'],
  post_mount_commands: ['Device', 'MountPath'],
  provision_host_commands: ['Device', 'MountPath'],
  omi_description: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
  tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
  snapshot_tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
  root_volume_tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags']
} as const satisfies Record<string, readonly string[]>

export type TemplatedOption = keyof typeof templateVariables

/** The variables that come from the source OMI, absent when building from scratch. */
export const sourceOmiVariables: readonly string[] = ['SourceOMI', 'SourceOMIName', 'SourceOMITags']

/**
 * Rewrites Packer's Go-template forms into Handlebars: `{{ .Device }}` → `{{Device}}`,
 * `{{ x | f | g }}` → `{{g (f x)}}` (with `(x)` when x is a function call), and `` `text` `` →
 * `"text"`.
 */
export function toHandlebars(template: string): string {
  return template.replace(
    /\{\{(-?)([^{}]*?)(-?)\}\}/g,
    (_match, open: string, body: string, close: string) => {
      const expr = body
        .trim()
        .replace(/`([^`]*)`/g, (_quoted, text: string) => JSON.stringify(text))
        .replace(/(^|[\s(])\.(?=[A-Za-z_])/g, '$1')
      const [first, ...functions] = expr.split('|').map((part) => part.trim())
      const head = first.split(/\s+/)[0]
      let piped = first
      functions.forEach((fn, index) => {
        const isCall = index > 0 || head in helpers
        piped = `${fn} ${isCall ? `(${piped})` : piped}`
      })
      return `{{${open ? '~' : ''}${piped}${close ? '~' : ''}}}`
    }
  )
}

/** What a template refers to: variables (dotted paths) and functions. */
interface References {
  variables: string[]
  functions: string[]
}

/**
 * Handlebars with this module's functions and a walker that lists what a template names, made the
 * first time a template needs them.
 */
interface Engine {
  handlebars: typeof HandlebarsModule
  collectReferences(program: hbs.AST.Program): References
}

let engine: Engine | undefined

/** Whether Handlebars has been loaded in this process (for the tests of its lazy load). */
export function handlebarsLoaded(): boolean {
  return engine !== undefined
}

function loadEngine(): Engine {
  if (engine !== undefined) return engine
  // In the bundle `require` is the bundler's own, which bundles what this literal names; the
  // tests run this source as an ES module, without `require`.
  const Handlebars = (
    typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: bundled, lazily
        require('handlebars')
      : createRequire(import.meta.url)('handlebars')
  ) as typeof HandlebarsModule

  /** Walks a parsed template and lists the variables and functions it names. */
  class ReferenceCollector extends Handlebars.Visitor {
    readonly found: References = { variables: [], functions: [] }

    MustacheStatement(node: hbs.AST.MustacheStatement): void {
      this.callOrLookup(node)
    }

    SubExpression(node: hbs.AST.SubExpression): void {
      this.callOrLookup(node)
    }

    BlockStatement(node: hbs.AST.BlockStatement): void {
      this.found.functions.push(node.path.original)
      this.acceptArray(node.params)
      if (node.program) this.accept(node.program)
      if (node.inverse) this.accept(node.inverse)
    }

    PathExpression(path: hbs.AST.PathExpression): void {
      // `this`, `.` and @data paths have no parts to check.
      if (!path.data && path.parts.length > 0) this.found.variables.push(path.parts.join('.'))
    }

    /** `{{name}}` is a function call when name is a function or has arguments; else a variable. */
    private callOrLookup(node: hbs.AST.MustacheStatement | hbs.AST.SubExpression): void {
      const path = node.path
      if (isPath(path) && (path.original in helpers || node.params.length > 0)) {
        this.found.functions.push(path.original)
      } else {
        this.accept(path)
      }
      this.acceptArray(node.params)
      if (node.hash) this.accept(node.hash)
    }
  }

  const handlebars = Handlebars.create()
  handlebars.registerHelper(helpers)
  engine = {
    handlebars,
    collectReferences(program) {
      const collector = new ReferenceCollector()
      collector.accept(program)
      return collector.found
    }
  }
  return engine
}

function isPath(node: hbs.AST.Expression): node is hbs.AST.PathExpression {
  return node.type === 'PathExpression'
}

/** Lists the variables a user can write there, e.g. {{.Device}}, {{.SourceOMITags.<key>}}. */
function describeVars(vars: TemplateVars): string {
  const names = Object.entries(vars).map(([key, value]) =>
    value !== null && typeof value === 'object' ? `{{.${key}.<key>}}` : `{{.${key}}}`
  )
  return names.join(', ') || 'none'
}

/** Placeholder values standing for the variables, to check a template before they exist. */
function placeholders(variables: readonly string[]): TemplateVars {
  return Object.fromEntries(
    variables.map((name) => [name, name === 'SourceOMITags' ? {} : `<${name}>`])
  )
}

/** Parses a template and checks that it only names functions and variables that exist. */
function compileChecked(template: string, vars: TemplateVars, field: string): hbs.AST.Program {
  const { handlebars, collectReferences } = loadEngine()
  let program: hbs.AST.Program
  try {
    program = handlebars.parse(toHandlebars(template))
  } catch (error) {
    // Handlebars puts the position on the first line and what it expected on the last.
    const lines = error instanceof Error ? error.message.split('\n') : [String(error)]
    const reason = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : lines[0]
    throw new Error(`${field}: cannot read template ${JSON.stringify(template)}: ${reason}`, {
      cause: error
    })
  }
  const found = collectReferences(program)
  const unknownFunction = found.functions.find((name) => !(name in helpers))
  if (unknownFunction !== undefined) {
    throw new Error(
      `${field}: unknown template function "${unknownFunction}" in ${JSON.stringify(template)}. ` +
        `Functions: ${templateFunctions.join(', ')}.`
    )
  }
  const unknownVariable = found.variables.find((path) => !(path.split('.')[0] in vars))
  if (unknownVariable !== undefined) {
    throw new Error(
      `${field}: unknown template variable "${unknownVariable}" in ${JSON.stringify(template)}. ` +
        `Variables available in ${field}: ${describeVars(vars)}; functions: ${templateFunctions.join(', ')}.`
    )
  }
  return program
}

/**
 * `{{.Name}}` or `{{ Name }}`: a reference with no argument, pipe or whitespace control, which
 * renders the same with or without Handlebars.
 */
const plainReference = /\{\{\s*\.?([A-Za-z_]\w*)\s*\}\}/g

/**
 * The functions a plain reference calls: those that take no argument. Called without Handlebars'
 * options object, they see the same (empty) arguments.
 */
const functionsWithoutArguments = new Set([
  'timestamp',
  'isotime',
  'uuid',
  'build_name',
  'build_type'
])

/**
 * Whether a template is made only of text that Handlebars reads as text and of plain references,
 * each to a function without arguments or to a name `isVariable` accepts: then it renders the same
 * without Handlebars.
 */
function isPlain(template: string, isVariable: (name: string) => boolean): boolean {
  // Text, name, text, name, …, text.
  const parts = template.split(plainReference)
  return parts.every((part, i) => {
    if (i % 2 === 1) return functionsWithoutArguments.has(part) || isVariable(part)
    // Any other `{{` is Handlebars syntax, and so is a brace or backslash touching a reference:
    // `{{{x}}}` is a triple-stash, `\{{x}}` an escape, `{{x}}}` an error.
    const touchesReference =
      (i + 1 < parts.length && /[{\\]$/.test(part)) || (i > 0 && part.startsWith('}'))
    return !part.includes('{{') && !touchesReference
  })
}

/**
 * Checks a template before its variables have values: syntax, function names, and that it only
 * uses the named variables. Throws the same errors render() would.
 */
export function checkTemplate(template: string, variables: readonly string[], field: string): void {
  if (!template.includes('{{') || isPlain(template, (name) => variables.includes(name))) return
  compileChecked(template, placeholders(variables), field)
}

/**
 * Renders one option value. `field` names the option in errors; `vars` are the variables that
 * exist for that field at that moment.
 */
export function render(template: string, vars: TemplateVars, field: string): string {
  if (!template.includes('{{')) return template
  if (isPlain(template, (name) => typeof vars[name] === 'string')) {
    return template.replace(plainReference, (_reference, name: string) =>
      functionsWithoutArguments.has(name) ? String(helpers[name]()) : String(vars[name])
    )
  }
  const program = compileChecked(template, vars, field)
  try {
    return loadEngine().handlebars.compile(program, { strict: true, noEscape: true })(vars)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    // Top-level names were checked above, so a missing name here is a key of a map variable.
    const missing = /"([^"]+)" not defined/.exec(reason)
    if (missing) {
      throw new Error(
        `${field}: ${JSON.stringify(template)} uses the key "${missing[1]}" of a map that has ` +
          `no such key in this build (e.g. a tag the source OMI does not carry).`,
        { cause: error }
      )
    }
    throw new Error(`${field}: cannot render template ${JSON.stringify(template)}: ${reason}`, {
      cause: error
    })
  }
}
