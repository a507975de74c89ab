/**
 * A Packer JSON template used as config_file: the options of its osc-chroot / outscale-chroot
 * builder, with Packer's `{{user "x"}}` and `{{env "X"}}` replaced, so a Packer user can point the
 * action at the template they already have.
 */
import { dirname } from 'node:path'
import { z } from 'zod'
import { log } from '../log.js'
import { describeIssue } from './zod-messages.js'
import { isMap, show, type ValueContext } from './parse.js'
import type { ReadTemplate, TemplatePostProcessor, TemplateProvisioner } from './template-model.js'

const builderTypes = ['osc-chroot', 'outscale-chroot']

const templateSchema = z.looseObject({
  variables: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional(),
  'sensitive-variables': z.array(z.string()).optional(),
  builders: z.array(z.looseObject({ type: z.string() })).min(1),
  provisioners: z.array(z.looseObject({ type: z.string() })).optional(),
  'post-processors': z.array(z.unknown()).optional()
})

/** Amazon spellings from Packer's osc-chroot docs (which do not work in Packer) → our keys. */
const amazonSpellings: Record<string, string> = {
  ami_name: 'omi_name',
  ami_description: 'omi_description',
  ami_virtualization_type: 'omi_virtualization_type',
  ami_block_device_mappings: 'omi_block_device_mappings',
  ami_users: 'omi_account_ids',
  ami_product_codes: 'product_codes',
  source_ami: 'source_omi',
  source_ami_filter: 'source_omi_filter'
}

/** Options Packer's builder accepts but ignores: accepted here too, with a warning. */
const ignoredPackerOptions = [
  'token',
  'mfa_code',
  'skip_metadata_api_check',
  'omi_regions',
  'omi_groups',
  'omi_product_codes'
]

/** A config file is a Packer template when it has a `builders` list. */
export function isPackerTemplate(document: unknown): boolean {
  return isMap(document) && 'builders' in document
}

/** `{{user "name"}}` / `{{env "NAME"}}`, with Go's "..." or `...` quotes. */
const packerFunction = /\{\{\s*(user|env)\s+(?:"([^"]*)"|`([^`]*)`)\s*\}\}/g

/**
 * Returns the builder's options (keys as in the template, Amazon spellings renamed), or undefined
 * after reporting why the template cannot be used. `at` reports about the file as a whole,
 * `keyAt(key)` about one of its keys.
 */
export function packerBuilderOptions(
  document: unknown,
  env: NodeJS.ProcessEnv,
  at: ValueContext,
  keyAt: (key: string) => ValueContext
): Record<string, unknown> | undefined {
  return readPackerTemplate(document, env, at, keyAt, 'template')?.builderOptions
}

/**
 * Reads a JSON template: the builder's options (as packerBuilderOptions), and the provisioners
 * and post-processors that apply to that builder (`only` / `except` name builders by their
 * `name`, or their type when they have none), each located as "<file> provisioners[i]".
 */
export function readPackerTemplate(
  document: unknown,
  env: NodeJS.ProcessEnv,
  at: ValueContext,
  keyAt: (key: string) => ValueContext,
  file: string
): ReadTemplate | undefined {
  const parsed = templateSchema.safeParse(document)
  if (!parsed.success) {
    return at.problem(`not a Packer template this action can read: ${describeIssue(parsed.error)}`)
  }
  const template = parsed.data
  const builders = template.builders.filter((builder) => builderTypes.includes(builder.type))
  if (builders.length !== 1) {
    const found = template.builders.map((builder) => builder.type).join(', ')
    return at.problem(
      `the Packer template needs exactly one builder of type ${builderTypes.join(' or ')} ` +
        `(builders found: ${found})`
    )
  }

  const variables = resolveVariables(template.variables ?? {}, env, at)
  for (const name of template['sensitive-variables'] ?? []) {
    if (variables[name]) log.secret(variables[name])
  }
  const builderOptions: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(builders[0])) {
    if (key === 'type' || key === 'name') continue
    if (ignoredPackerOptions.includes(key)) {
      keyAt(key).warning(`ignored (Packer's builder ignores it too)`)
      continue
    }
    const renamed = amazonSpellings[key]
    if (renamed !== undefined) keyAt(key).warning(`an Amazon spelling; use ${renamed}`)
    const optionAt = keyAt(renamed ?? key)
    const substituted = substitute(value, variables, env, optionAt)
    builderOptions[renamed ?? key] = key.endsWith('block_device_mappings')
      ? renameDeleteOnTermination(substituted, optionAt)
      : substituted
  }
  const builderName = String(builders[0].name ?? builders[0].type)
  const provisioners: TemplateProvisioner[] = []
  for (const [index, provisioner] of (template.provisioners ?? []).entries()) {
    const where = `${file} provisioners[${index}]`
    if (!appliesTo(provisioner, builderName)) continue
    const { override, ...own } = provisioner
    const overridden = isMap(override) && isMap(override[builderName]) ? override[builderName] : {}
    const settings: Record<string, unknown> = {}
    for (const [key, value] of Object.entries({ ...own, ...overridden })) {
      if (key === 'type' || key === 'only' || key === 'except') continue
      const substituted = substitute(value, variables, env, keyAt(`provisioners[${index}].${key}`))
      settings[key] = withTemplateDir(substituted, dirname(file))
    }
    provisioners.push({ type: provisioner.type, at: where, settings })
  }
  const postProcessors: TemplatePostProcessor[] = []
  for (const [index, entry] of (template['post-processors'] ?? []).entries()) {
    const sequence = Array.isArray(entry) ? entry : [entry]
    for (const [position, post] of sequence.entries()) {
      const where = `${file} post-processors[${index}]${Array.isArray(entry) ? `[${position}]` : ''}`
      if (typeof post === 'string') postProcessors.push({ type: post, at: where })
      else if (isMap(post) && appliesTo(post, builderName)) {
        postProcessors.push({ type: String(post.type), at: where })
      }
    }
  }
  return { builderOptions, provisioners, postProcessors, buildName: builderName }
}

/**
 * `{{template_dir}}`: the template's directory, which templates use to name their scripts and
 * files (https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/engine).
 */
function withTemplateDir(value: unknown, dir: string): unknown {
  if (typeof value === 'string') return value.replace(/\{\{\s*template_dir\s*\}\}/g, dir)
  if (Array.isArray(value)) return value.map((item) => withTemplateDir(item, dir))
  if (isMap(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withTemplateDir(item, dir)])
    )
  }
  return value
}

/** Packer's `only` / `except`: lists of builder names. */
function appliesTo(block: Record<string, unknown>, builderName: string): boolean {
  const names = (key: string): string[] | undefined =>
    Array.isArray(block[key]) ? (block[key] as unknown[]).map(String) : undefined
  const only = names('only')
  if (only !== undefined && !only.includes(builderName)) return false
  return !(names('except') ?? []).includes(builderName)
}

/** Variable defaults, where Packer allows `{{env "X"}}`. A null default means "must be set". */
function resolveVariables(
  declared: Record<string, string | number | boolean | null>,
  env: NodeJS.ProcessEnv,
  at: ValueContext
): Record<string, string | null> {
  const variables: Record<string, string | null> = {}
  for (const [name, value] of Object.entries(declared)) {
    variables[name] =
      value === null
        ? null
        : String(value).replace(
            packerFunction,
            (match, fn: string, double?: string, back?: string) => {
              if (fn === 'env') return env[double ?? back ?? ''] ?? ''
              at.problem(`variable "${name}": ${match} cannot be used there, only {{env}}`)
              return ''
            }
          )
  }
  return variables
}

/** Replaces {{user}} and {{env}} in every string of a value; other templates are left as they are. */
function substitute(
  value: unknown,
  variables: Record<string, string | null>,
  env: NodeJS.ProcessEnv,
  at: ValueContext
): unknown {
  if (typeof value === 'string') {
    return value.replace(packerFunction, (match, fn: string, double?: string, back?: string) => {
      const name = double ?? back ?? ''
      if (fn === 'env') return env[name] ?? ''
      const variable = variables[name]
      if (variable === undefined) {
        const defined = Object.keys(variables).join(', ') || 'none'
        at.problem(`${match}: the template has no variable "${name}" (variables: ${defined})`)
      } else if (variable === null) {
        at.problem(
          `${match}: variable "${name}" has no default, and there is no -var here to set it`
        )
      }
      return variable ?? ''
    })
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, variables, env, at))
  if (isMap(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, substitute(item, variables, env, at)])
    )
  }
  return value
}

/** Block device mappings in Amazon's spelling use delete_on_termination. */
function renameDeleteOnTermination(mappings: unknown, at: ValueContext): unknown {
  if (!Array.isArray(mappings)) return mappings
  return mappings.map((mapping: unknown, index) => {
    if (!isMap(mapping) || !('delete_on_termination' in mapping)) return mapping
    at.child(index).warning(
      `delete_on_termination ${show(mapping.delete_on_termination)} is an Amazon spelling; ` +
        `use delete_on_vm_deletion`
    )
    const { delete_on_termination: deleteOnTermination, ...rest } = mapping
    return { ...rest, delete_on_vm_deletion: deleteOnTermination }
  })
}
