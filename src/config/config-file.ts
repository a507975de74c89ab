/**
 * config_file: a YAML (or JSON) file holding the same keys as the inputs, or a Packer JSON
 * template whose builder is osc-chroot / outscale-chroot.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { configFileInput, toRawOptions, type RawOptions } from './inputs.js'
import { isPackerTemplate, readPackerTemplate } from './packer-template.js'
import { isMap, parseYaml, show, ValueContext, type Findings } from './parse.js'
import type { ReadTemplate } from './template-model.js'

/**
 * Reads the options of a config file. `path` is as the user gave it (relative to the
 * workspace); problems name it.
 */
export function readConfigFile(
  path: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
  findings: Findings
): RawOptions {
  return readConfigFileAndTemplate(path, workspace, env, findings).options
}

/**
 * The options of a config file, and, when it is a Packer template, what else the template holds
 * (its provisioners and post-processors).
 */
export function readConfigFileAndTemplate(
  path: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
  findings: Findings
): { options: RawOptions; template?: ReadTemplate } {
  const fileAt = new ValueContext(configFileInput, findings)
  const origin = `${configFileInput} ${path}`
  const keyAt = (key: string): ValueContext => new ValueContext(key, findings, origin)

  if (path.endsWith('.hcl')) {
    fileAt.problem(
      `${show(path)}: Packer HCL2 templates cannot be read; put the builder's options in a YAML ` +
        `config file (same keys) or use a JSON template`
    )
    return { options: {} }
  }
  let content: string
  try {
    content = readFileSync(resolve(workspace, path), 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    fileAt.problem(`cannot read ${show(path)} (in ${workspace}): ${reason}`)
    return { options: {} }
  }
  const document = parseDocument(content, fileAt)
  const template = isPackerTemplate(document)
    ? readPackerTemplate(document, env, fileAt, keyAt, path)
    : undefined
  const values = isPackerTemplate(document) ? template?.builderOptions : document
  if (values === undefined) return { options: {} }
  if (!isMap(values)) {
    fileAt.problem(`${show(path)} must hold a map of option names to values, e.g. omi_name: app`)
    return { options: {} }
  }
  if (configFileInput in values) {
    keyAt(configFileInput).problem('can only be given as an input, not inside a config file')
  }
  const entries = Object.entries(values).filter(([key]) => key !== configFileInput)
  return { options: toRawOptions(entries, origin, keyAt), template }
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
