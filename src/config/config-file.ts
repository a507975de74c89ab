/**
 * config_file: a YAML (or JSON) file holding the same keys as the inputs, a Packer JSON template
 * whose builder is osc-chroot / outscale-chroot, or a Packer HCL2 template (a .pkr.hcl file or a
 * directory of them) with such a source.
 */
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { readHclTemplate } from './template/hcl-template.js'
import { configFileInput, toRawOptions, type RawOptions } from './inputs.js'
import { isPackerTemplate, readJsonTemplate } from './template/packer-template.js'
import { isMap, parseYaml, show, ValueContext, type Findings } from './parse.js'
import {
  templateSourceInput,
  templateVariablesInput,
  type TemplateInputs,
  type TemplateReading
} from './template/template-inputs.js'
import type { ReadTemplate } from './template/template-model.js'

/** What a config file gave: option values, and the template when it was a Packer template. */
export interface ConfigFile {
  options: RawOptions
  template?: ReadTemplate
  /** True when the file could not be used at all (its problems say why). */
  unreadable?: boolean
}

const unreadable: ConfigFile = { options: {}, unreadable: true }

/** Inputs that only say how to read the config file, so never appear inside one. */
const inputOnlyKeys = [configFileInput, templateVariablesInput, templateSourceInput]

/**
 * Reads the options of a config file. `path` is as the user gave it (relative to the
 * workspace); problems name it.
 */
export function readConfigFile(
  path: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
  templateInputs: TemplateInputs,
  findings: Findings
): ConfigFile {
  const fileAt = new ValueContext(configFileInput, findings)
  const origin = `${configFileInput} ${path}`
  const keyAt = (key: string): ValueContext => new ValueContext(key, findings, origin)
  const reading: TemplateReading = {
    file: path,
    inputs: templateInputs,
    env,
    at: fileAt,
    keyAt,
    sourceAt: new ValueContext(templateSourceInput, findings),
    variablesAt: new ValueContext(templateVariablesInput, findings)
  }
  const absolute = resolve(workspace, path)

  let template: ReadTemplate | undefined
  let values: unknown
  if (path.endsWith('.pkr.json')) {
    fileAt.problem(
      `${show(path)}: HCL2 templates in JSON syntax (.pkr.json) cannot be read; use the ` +
        `.pkr.hcl form, a Packer JSON template (with builders) or a YAML config file`
    )
    return unreadable
  }
  if (path.endsWith('.hcl') || isDirectory(absolute)) {
    template = readHclTemplate(absolute, workspace, reading)
    values = template?.builderOptions
  } else {
    let content: string
    try {
      content = readFileSync(absolute, 'utf8')
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error)
      fileAt.problem(`cannot read ${show(path)} (in ${workspace}): ${reason}`)
      return unreadable
    }
    const document = parseDocument(content, fileAt)
    if (isPackerTemplate(document)) {
      template = readJsonTemplate(document, reading)
      values = template?.builderOptions
    } else {
      values = document
    }
  }
  if (values === undefined) return unreadable
  if (!isMap(values)) {
    fileAt.problem(`${show(path)} must hold a map of option names to values, e.g. omi_name: app`)
    return unreadable
  }
  if (template === undefined) checkTemplateInputsUnused(templateInputs, reading)
  for (const key of inputOnlyKeys.filter((name) => name in values)) {
    keyAt(key).problem('can only be given as an input, not inside a config file')
  }
  const entries = Object.entries(values).filter(([key]) => !inputOnlyKeys.includes(key))
  return { options: toRawOptions(entries, origin, keyAt), template }
}

/** template_variables and template_source mean nothing for a YAML config file. */
function checkTemplateInputsUnused(inputs: TemplateInputs, reading: TemplateReading): void {
  const why = 'only a Packer template given as config_file has variables and sources'
  if (Object.keys(inputs.variables).length > 0) reading.variablesAt.problem(`unused: ${why}`)
  if (inputs.source !== '') reading.sourceAt.problem(`unused: ${why}`)
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * A Packer template is read as JSON (its null variable defaults and numbers matter); anything
 * else as YAML with string scalars, like every other value.
 */
function parseDocument(content: string, fileAt: ValueContext): unknown {
  try {
    const json: unknown = JSON.parse(content)
    if (isPackerTemplate(json)) return json
  } catch {
    // Not JSON: YAML below.
  }
  try {
    return parseYaml(content)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return fileAt.problem(`is not valid YAML or JSON: ${reason}`)
  }
}
