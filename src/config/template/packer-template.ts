/**
 * A Packer JSON template used as config_file: the options of its osc-chroot / outscale-chroot
 * builder and the provisioners and post-processors that apply to it, with Packer's `{{user "x"}}`
 * and `{{env "X"}}` replaced, so a Packer user can point the action at the template they already
 * have. template_variables sets variables as Packer's -var does; template_source chooses the
 * builder by name when there are several.
 */
import { dirname } from 'node:path'
import { log } from '../../log.js'
import { builderTypes, toBuilderOptions } from './builder-options.js'
import { isMap, type ValueContext } from '../parse.js'
import { chooseCandidate, type BuildCandidate, type TemplateReading } from './template-inputs.js'
import type { ReadTemplate, TemplatePostProcessor, TemplateProvisioner } from './template-model.js'

/** A config file is a Packer template when it has a `builders` list. */
export function isPackerTemplate(document: unknown): boolean {
  return isMap(document) && 'builders' in document
}

/** `{{user "name"}}` / `{{env "NAME"}}`, with Go's "..." or `...` quotes. */
const packerFunction = /\{\{\s*(user|env)\s+(?:"([^"]*)"|`([^`]*)`)\s*\}\}/g

type Scalar = string | number | boolean | null
type Entry = Record<string, unknown> & { type: string }

/** The parts of a JSON template this action reads, once their shape is checked. */
interface JsonTemplate {
  variables: Record<string, Scalar>
  sensitiveVariables: string[]
  builders: Entry[]
  provisioners: Entry[]
  /** Each with its place in the template, e.g. `post-processors[1][0]`. */
  postProcessors: { type: string; path: string; entry: Record<string, unknown> }[]
}

/**
 * Reads the template: the chosen builder's options (keys as the action's, Amazon spellings
 * renamed), and the provisioners and post-processors that apply to it. Returns undefined after
 * reporting why the template cannot be used.
 */
export function readJsonTemplate(
  document: unknown,
  reading: TemplateReading
): ReadTemplate | undefined {
  const { at, keyAt, env } = reading
  const template = checkShape(document, at)
  if (template === undefined) return undefined
  const candidates: BuildCandidate<Entry>[] = template.builders
    .filter((builder) => builderTypes.includes(builder.type))
    .map((builder) => ({ type: builder.type, name: builderName(builder), item: builder }))
  if (candidates.length === 0) {
    const found = template.builders.map((builder) => builder.type).join(', ')
    return at.problem(
      `the Packer template has no builder of type ${builderTypes.join(' or ')} ` +
        `(builders found: ${found})`
    )
  }
  const chosen = chooseCandidate(
    candidates,
    reading.inputs.source,
    `${builderTypes.join(' / ')} builders`,
    at,
    reading.sourceAt
  )
  if (chosen === undefined) return undefined

  const variables = resolveVariables(template, reading)
  const { type: _type, name: _name, ...options } = chosen.item
  const builderOptions = toBuilderOptions(
    substitute(options, variables, env, (key) => keyAt(key)),
    keyAt
  )
  return {
    builderOptions,
    builder: { type: chosen.type, name: chosen.name },
    provisioners: applyingProvisioners(template, chosen.name, variables, reading),
    postProcessors: applyingPostProcessors(template, chosen.name, reading.file)
  }
}

/** Packer names a builder by its type unless it has a name. */
function builderName(builder: Entry): string {
  return typeof builder.name === 'string' && builder.name !== '' ? builder.name : builder.type
}

/** Checks the parts this action reads; other keys (description, min_packer_version...) pass. */
function checkShape(document: unknown, at: ValueContext): JsonTemplate | undefined {
  const bad = (where: string, expected: string): undefined =>
    at.problem(`not a Packer template this action can read: ${where} must be ${expected}`)
  if (!isMap(document)) return bad('the document', 'a map')
  const { variables = {}, builders, provisioners = [] } = document
  const sensitive = document['sensitive-variables'] ?? []
  const postProcessors = document['post-processors'] ?? []

  if (!isMap(variables)) return bad('variables', 'a map')
  for (const [name, value] of Object.entries(variables)) {
    if (value !== null && typeof value === 'object') {
      return bad(`variables.${name}`, 'a single value (a string, a number, true/false or null)')
    }
  }
  if (!Array.isArray(sensitive) || sensitive.some((name) => typeof name !== 'string')) {
    return bad('sensitive-variables', 'a list of variable names')
  }
  if (!Array.isArray(builders) || builders.length === 0) return bad('builders', 'a non-empty list')
  const builderProblem = entriesProblem(builders, 'builders')
  if (builderProblem) return bad(...builderProblem)
  if (!Array.isArray(provisioners)) return bad('provisioners', 'a list')
  const provisionerProblem = entriesProblem(provisioners, 'provisioners')
  if (provisionerProblem) return bad(...provisionerProblem)
  if (!Array.isArray(postProcessors)) return bad('post-processors', 'a list')

  // A post-processor is its type alone, a map with a type, or a list of those (a sequence).
  const flattened: JsonTemplate['postProcessors'] = []
  for (const [index, item] of postProcessors.entries()) {
    const sequence: [unknown, string][] = Array.isArray(item)
      ? item.map((inner: unknown, j) => [inner, `post-processors[${index}][${j}]`])
      : [[item, `post-processors[${index}]`]]
    for (const [entry, path] of sequence) {
      if (typeof entry === 'string') flattened.push({ type: entry, path, entry: {} })
      else if (isMap(entry) && typeof entry.type === 'string') {
        flattened.push({ type: entry.type, path, entry })
      } else return bad(path, 'a type name or a map with a type')
    }
  }
  return {
    variables: variables as Record<string, Scalar>,
    sensitiveVariables: sensitive as string[],
    builders: builders as Entry[],
    provisioners: provisioners as Entry[],
    postProcessors: flattened
  }
}

/** [where, expected] for the first entry of a list that is not a map with a string type. */
function entriesProblem(entries: unknown[], list: string): [string, string] | undefined {
  const index = entries.findIndex((entry) => !isMap(entry) || typeof entry.type !== 'string')
  if (index < 0) return undefined
  return isMap(entries[index])
    ? [`${list}[${index}].type`, 'a string']
    : [`${list}[${index}]`, 'a map']
}

/**
 * Variable values: template_variables over the defaults, where Packer allows `{{env "X"}}`. A
 * null value means "must be set" (an error once used). Sensitive values are masked in the log.
 */
function resolveVariables(
  template: JsonTemplate,
  reading: TemplateReading
): Record<string, string | null> {
  const { env, inputs, variablesAt } = reading
  const variables: Record<string, string | null> = {}
  for (const [name, value] of Object.entries(template.variables)) {
    variables[name] =
      value === null
        ? null
        : String(value).replace(
            packerFunction,
            (match, fn: string, double?: string, back?: string) => {
              if (fn === 'env') return env[double ?? back ?? ''] ?? ''
              reading.at.problem(`variable "${name}": ${match} cannot be used there, only {{env}}`)
              return ''
            }
          )
  }
  const declared = Object.keys(template.variables)
  for (const [name, value] of Object.entries(inputs.variables)) {
    if (!declared.includes(name)) {
      variablesAt.problem(
        `"${name}" is not a variable of the template (variables: ${declared.join(', ') || 'none'})`
      )
    } else if (value !== null && typeof value === 'object') {
      variablesAt
        .child(name)
        .problem(`a JSON template's variables are single values, not a list or map`)
    } else {
      variables[name] = String(value)
    }
  }
  for (const name of template.sensitiveVariables) {
    if (variables[name]) log.secret(variables[name])
  }
  return variables
}

/** Replaces {{user}} and {{env}} in every string of a value; other templates are left as they are. */
function substitute<T>(
  value: T,
  variables: Record<string, string | null>,
  env: NodeJS.ProcessEnv,
  keyAt: (key: string) => ValueContext,
  key = ''
): T {
  if (typeof value === 'string') {
    return value.replace(packerFunction, (match, fn: string, double?: string, back?: string) => {
      const name = double ?? back ?? ''
      if (fn === 'env') return env[name] ?? ''
      const variable = variables[name]
      if (variable === undefined) {
        const defined = Object.keys(variables).join(', ') || 'none'
        keyAt(key).problem(
          `${match}: the template has no variable "${name}" (variables: ${defined})`
        )
      } else if (variable === null) {
        keyAt(key).problem(
          `${match}: variable "${name}" has no default; set it with the template_variables input`
        )
      }
      return variable ?? ''
    }) as T
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => substitute(item, variables, env, keyAt, key)) as T
  }
  if (isMap(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        name,
        substitute(item, variables, env, keyAt, key || name)
      ])
    ) as T
  }
  return value
}

/** Packer's only / except name builders: does an entry apply to the chosen one? */
function appliesTo(entry: Record<string, unknown>, builder: string): boolean {
  const names = (list: unknown): string[] =>
    Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : []
  if (entry.only !== undefined && !names(entry.only).includes(builder)) return false
  return !names(entry.except).includes(builder)
}

/** The provisioners that apply to the builder, in template order, with its override merged. */
function applyingProvisioners(
  template: JsonTemplate,
  builder: string,
  variables: Record<string, string | null>,
  reading: TemplateReading
): TemplateProvisioner[] {
  const provisioners: TemplateProvisioner[] = []
  for (const [index, entry] of template.provisioners.entries()) {
    if (!appliesTo(entry, builder)) continue
    const at = `${reading.file} provisioners[${index}]`
    const { type, only: _only, except: _except, override, ...settings } = entry
    const overridden = isMap(override) && isMap(override[builder]) ? override[builder] : {}
    const context = (key: string): ValueContext =>
      reading.at.child(`provisioners[${index}]${key ? `.${key}` : ''}`)
    provisioners.push({
      type,
      at,
      settings: withTemplateDir(
        substitute({ ...settings, ...overridden }, variables, reading.env, context),
        dirname(reading.file)
      )
    })
  }
  return provisioners
}

/** The post-processors that apply to the builder, in template order. */
function applyingPostProcessors(
  template: JsonTemplate,
  builder: string,
  file: string
): TemplatePostProcessor[] {
  return template.postProcessors
    .filter(({ entry }) => appliesTo(entry, builder))
    .map(({ type, path }) => ({ type, at: `${file} ${path}` }))
}

/**
 * `{{template_dir}}`: the template's directory, which templates use to name their scripts and
 * files (https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/engine).
 */
function withTemplateDir<T>(value: T, dir: string): T {
  if (typeof value === 'string') {
    return value.replace(/\{\{\s*template_dir\s*\}\}/g, dir) as T
  }
  if (Array.isArray(value)) return value.map((item: unknown) => withTemplateDir(item, dir)) as T
  if (isMap(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withTemplateDir(item, dir)])
    ) as T
  }
  return value
}
