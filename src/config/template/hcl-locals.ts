/**
 * An HCL2 template's locals (`locals { ... }` entries and `local "name" { expression = ... }`
 * blocks): each evaluated once, on first use, with the variables and the other locals in scope.
 */
import { evaluateValue, ExpressionError, type EvaluationScope } from './hcl-expressions.js'
import { maskAll } from './hcl-variables.js'

export interface LocalDefinition {
  name: string
  /** "file:line", for messages. */
  at: string
  expression: unknown
  sensitive: boolean
}

/** A message that already starts with a local's place: the place to fix. */
const locatedLocal = /^\S+:\d+: local "/

/**
 * local(name) for the scope of every other expression. Every definition is evaluated now, used
 * or not, as Packer does; a bad one is reported once, at its own place, in the order given.
 */
export function evaluateLocals(
  definitions: LocalDefinition[],
  scope: EvaluationScope,
  problem: (message: string) => void
): (name: string) => unknown {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]))
  const values = new Map<string, unknown>()
  const evaluating = new Set<string>()
  const local = (name: string): unknown => {
    if (values.has(name)) return values.get(name)
    const definition = byName.get(name)
    if (definition === undefined) {
      const known = [...byName.keys()].join(', ') || 'none'
      throw new ExpressionError(
        `"local.${name}": the template has no local "${name}" (locals: ${known})`
      )
    }
    if (evaluating.has(name)) throw new ExpressionError(`"local.${name}" refers to itself`)
    evaluating.add(name)
    try {
      const value = evaluateValue(definition.expression, { ...scope, local })
      if (definition.sensitive) maskAll(value)
      values.set(name, value)
      return value
    } catch (error) {
      // Already located (a local this one uses): that place is the one to fix.
      if (!(error instanceof ExpressionError) || locatedLocal.test(error.message)) throw error
      // Where the local is defined, so that a local used from elsewhere still points at it.
      throw new ExpressionError(`${definition.at}: local "${name}": ${error.message}`)
    } finally {
      evaluating.delete(name)
    }
  }
  const reported = new Set<string>()
  for (const { name } of definitions) {
    try {
      local(name)
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error
      if (!reported.has(error.message)) problem(error.message)
      reported.add(error.message)
    }
  }
  return local
}
