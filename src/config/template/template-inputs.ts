/**
 * The inputs that say how a Packer template given as config_file is read: template_variables
 * (Packer's -var) and template_source (which osc-chroot builder or source to build when the
 * template has several). They are inputs only, like config_file itself.
 */
import { isMap, show, text, ValueContext, yamlValue, type Findings } from '../parse.js'

export const templateVariablesInput = 'template_variables'
export const templateSourceInput = 'template_source'

export interface TemplateInputs {
  /** Values of the template's variables by name, as given (strings, lists or maps). */
  variables: Record<string, unknown>
  /** The builder (JSON: its name) or source (HCL2: name or type.name) to build; '' = the only one. */
  source: string
}

/** A variable name, as both template forms allow them. */
const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_-]*$/

const variableValues = yamlValue<Record<string, unknown>>((raw, at) => {
  if (!isMap(raw)) {
    return at.problem(
      `expected a YAML or JSON map of variable names to values, e.g. version: "1.2"`
    )
  }
  const bad = Object.keys(raw).filter((name) => !variableNamePattern.test(name))
  if (bad.length > 0) {
    return at.problem(`${show(bad[0])} is not a variable name (letters, digits, _ and -)`)
  }
  return raw
})

/** Reads both inputs; problems go to findings. */
export function readTemplateInputs(
  getInput: (name: string) => string,
  findings: Findings
): TemplateInputs {
  const variablesText = getInput(templateVariablesInput)
  const variables =
    variablesText.trim() === ''
      ? {}
      : (variableValues(variablesText, new ValueContext(templateVariablesInput, findings)) ?? {})
  const source =
    text(getInput(templateSourceInput), new ValueContext(templateSourceInput, findings)) ?? ''
  return { variables, source: source.trim() }
}

/** One osc-chroot builder (JSON) or source (HCL2) a template declares. */
export interface BuildCandidate<T> {
  type: string
  name: string
  item: T
}

/**
 * The candidate template_source names, or the only one when it names none. `where` says what the
 * candidates are, e.g. "osc-chroot builders"; `at` reports about the template, `sourceAt` about
 * template_source.
 */
export function chooseCandidate<T>(
  candidates: BuildCandidate<T>[],
  source: string,
  where: string,
  at: ValueContext,
  sourceAt: ValueContext
): BuildCandidate<T> | undefined {
  const names = candidates.map((candidate) => `${candidate.type}.${candidate.name}`)
  if (source === '') {
    if (candidates.length === 1) return candidates[0]
    if (candidates.length === 0) return at.problem(`the template has no ${where}`)
    return at.problem(
      `the template has several ${where} (${names.join(', ')}); choose one with the ` +
        `${templateSourceInput} input (its name or type.name)`
    )
  }
  const chosen = candidates.filter(
    (candidate) => candidate.name === source || `${candidate.type}.${candidate.name}` === source
  )
  if (chosen.length === 1) return chosen[0]
  if (chosen.length === 0) {
    return sourceAt.problem(
      `${show(source)} is none of the template's ${where} (${names.join(', ') || 'none'})`
    )
  }
  return sourceAt.problem(
    `${show(source)} names several of the template's ${where}; write type.name ` +
      `(${chosen.map((candidate) => `${candidate.type}.${candidate.name}`).join(', ')})`
  )
}

/** What a template reader needs besides the template. */
export interface TemplateReading {
  /** The template's path as the user gave it (locations in messages start with it). */
  file: string
  inputs: TemplateInputs
  env: NodeJS.ProcessEnv
  /** Reports about the template as a whole (config_file). */
  at: ValueContext
  /** Reports about one of the chosen builder's options. */
  keyAt: (key: string) => ValueContext
  /** Reports about template_source and template_variables. */
  sourceAt: ValueContext
  variablesAt: ValueContext
}
