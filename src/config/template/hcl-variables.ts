/**
 * The values of an HCL2 template's variables, as Packer sets them (later wins): the variable's
 * default, PKR_VAR_<name> in the environment, *.auto.pkrvars.hcl files (when the template is a
 * directory), then template_variables (Packer's -var). Values given as text are converted to the
 * variable's type; sensitive values are masked in the log.
 */
import { log } from '../../log.js'
import {
  evaluateString,
  evaluateValue,
  ExpressionError,
  type EvaluationScope
} from './hcl-expressions.js'
import { isMap } from '../parse.js'

/** A variable block, where it is, and what it says. */
export interface VariableDeclaration {
  name: string
  /** "file:line", for messages. */
  at: string
  body: Record<string, unknown>
}

/** A value from a .auto.pkrvars.hcl file. */
export interface VariableFileValue {
  name: string
  at: string
  value: unknown
}

/** Reports a problem or a warning about a place ("file:line") in the template. */
export interface TemplateReporter {
  problem(at: string, message: string): void
  warning(at: string, message: string): void
  /** Reports about template_variables. */
  variablesProblem(message: string): void
}

/**
 * Every declared variable's value; a variable without one is a problem (and absent). `scope` is
 * the scope of a default: functions, env() allowed, no variables.
 */
export function resolveVariables(
  declarations: VariableDeclaration[],
  files: VariableFileValue[],
  inputs: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  defaultScope: EvaluationScope,
  report: TemplateReporter
): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]))
  for (const file of files) {
    if (!byName.has(file.name)) {
      report.warning(file.at, `"${file.name}" is not a variable of the template; ignored`)
    }
  }
  for (const name of Object.keys(inputs)) {
    if (!byName.has(name)) {
      const known = [...byName.keys()].join(', ') || 'none'
      report.variablesProblem(`"${name}" is not a variable of the template (variables: ${known})`)
    }
  }
  for (const declaration of declarations) {
    const { name, at, body } = declaration
    const type = typeName(body.type)
    const fromFile = files.filter((file) => file.name === name).at(-1)
    let value: unknown
    let origin: string
    try {
      if (name in inputs) {
        origin = 'template_variables'
        value = convert(inputs[name], type, defaultScope)
      } else if (fromFile !== undefined) {
        origin = fromFile.at
        value = convert(evaluateValue(fromFile.value, defaultScope), type, defaultScope)
      } else if (env[`PKR_VAR_${name}`] !== undefined) {
        origin = `PKR_VAR_${name}`
        value = convert(env[`PKR_VAR_${name}`], type, defaultScope)
      } else if ('default' in body) {
        origin = 'its default'
        value = convert(evaluateValue(body.default, defaultScope), type, defaultScope)
      } else {
        report.problem(
          at,
          `variable "${name}" has no default and no value; set it with the template_variables ` +
            `input (${name}: ...) or the PKR_VAR_${name} environment variable`
        )
        continue
      }
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error
      report.problem(at, `variable "${name}": ${error.message}`)
      continue
    }
    if (body.sensitive === true) maskAll(value)
    log.debug(`variable ${name}: from ${origin}`)
    values[name] = value
  }
  return values
}

/** Masks every single value inside a value. */
export function maskAll(value: unknown): void {
  if (typeof value === 'string' && value !== '') log.secret(value)
  else if (typeof value === 'number') log.secret(String(value))
  else if (Array.isArray(value)) value.forEach(maskAll)
  else if (isMap(value)) Object.values(value).forEach(maskAll)
}

/** "${list(string)}" → "list"; no type → "any". */
function typeName(type: unknown): string {
  if (typeof type !== 'string') return 'any'
  return /^\$\{\s*([a-z]+)/.exec(type)?.[1] ?? 'any'
}

/** A value in the variable's type; text from the environment or an input is read as HCL. */
function convert(value: unknown, type: string, scope: EvaluationScope): unknown {
  const shown = JSON.stringify(value)
  switch (type) {
    case 'string':
      if (typeof value === 'string') return value
      if (typeof value === 'number' || typeof value === 'boolean') return String(value)
      throw new ExpressionError(`${shown} is not a string`)
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      if (typeof number === 'number' && Number.isFinite(number)) return number
      throw new ExpressionError(`${shown} is not a number`)
    }
    case 'bool':
      if (typeof value === 'boolean') return value
      if (value === 'true' || value === 'false') return value === 'true'
      throw new ExpressionError(`${shown} is not a bool (true or false)`)
    case 'list':
    case 'set':
    case 'tuple': {
      const list = typeof value === 'string' ? asHcl(value, scope) : value
      if (Array.isArray(list)) return list
      throw new ExpressionError(`${shown} is not a list (write it as HCL or JSON: ["a", "b"])`)
    }
    case 'map':
    case 'object': {
      const map = typeof value === 'string' ? asHcl(value, scope) : value
      if (isMap(map)) return map
      throw new ExpressionError(`${shown} is not a map (write it as HCL or JSON: { a = "b" })`)
    }
    default:
      return value
  }
}

/** Text read as an HCL expression, as Packer reads PKR_VAR_ values of complex types. */
function asHcl(text: string, scope: EvaluationScope): unknown {
  return evaluateString(`\${${text}}`, scope)
}
