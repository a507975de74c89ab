/**
 * Evaluates the HCL2 expressions Packer templates actually use: string interpolation, var.x,
 * local.x, path.root, source.name, lists, maps, indexes and the functions of hcl-functions.ts.
 *
 * The HCL parser gives attribute values as JSON where every expression is `${...}` text; HCL's
 * own expression parser (the same WebAssembly module) turns that text into a syntax tree, and
 * this walks the tree. Any other construct (conditionals, for expressions, operators, splats,
 * template directives) is an ExpressionError naming it.
 */
import { ExpressionError } from './hcl-expression-error.js'
import { hclFunctionNames, hclFunctions, type FunctionContext } from './hcl-functions.js'
import { expressionSyntaxTree, HclSyntaxError, type ExpressionNode } from './hcl-parser.js'
import { isMap } from '../parse.js'

export { ExpressionError }

/** What names an expression can use where it is. */
export interface EvaluationScope {
  /** var.*; undefined where variables cannot be used (in a variable's default). */
  variables?: Record<string, unknown>
  /** local.*, evaluated on first use; undefined where locals cannot be used. */
  local?: (name: string) => unknown
  /** path.root (the template's directory) and path.cwd (the workspace). */
  path: { root: string; cwd: string }
  /** source.name and source.type, inside a build block. */
  source?: { name: string; type: string }
  functions: FunctionContext
}

/** Evaluates every string of a value (lists and maps are walked); other values stay. */
export function evaluateValue(value: unknown, scope: EvaluationScope): unknown {
  if (typeof value === 'string') return evaluateString(value, scope)
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, scope))
  if (isMap(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, evaluateValue(item, scope)])
    )
  }
  return value
}

/** Ends the heredoc the text is wrapped in; a line of the text never equals it. */
const heredocEnd = 'OSC_CHROOT_HCL_VALUE_END'

/**
 * One string of the parser's JSON: literal text, or a template whose `${...}` parts are
 * expressions (a whole value that is one expression comes as "${expression}" and keeps its type).
 */
export function evaluateString(text: string, scope: EvaluationScope): unknown {
  if (!/[$%]\{/.test(text)) return text
  // A heredoc takes the text as it is: no quotes or backslashes to escape.
  const source = `<<${heredocEnd}\n${text}\n${heredocEnd}\n`
  let tree: ExpressionNode | null
  try {
    tree = expressionSyntaxTree(source)
  } catch (error) {
    if (error instanceof HclSyntaxError) throw new ExpressionError(error.message)
    throw error
  }
  if (tree === null) return text
  const evaluator = new Evaluator(Buffer.from(source), scope)
  const parts = [...tree.children]
  const last = parts.at(-1)
  // The heredoc's own final newline is not part of the value.
  if (last?.type === 'literalValue' && last.meta?.value?.endsWith('\n')) {
    const rest = last.meta.value.slice(0, -1)
    if (rest === '') parts.pop()
    else parts[parts.length - 1] = { ...last, meta: { ...last.meta, value: rest } }
  }
  if (parts.length === 1 && parts[0].type !== 'literalValue') return evaluator.node(parts[0])
  return parts.map((part) => evaluator.templatePart(part, false)).join('')
}

/** HCL's escapes in a quoted string: \n \r \t \" \\ \uNNNN \UNNNNNNNN. */
function unescapeQuoted(raw: string): string {
  return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_match, escape: string) => {
    if (escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16))
    return { n: '\n', r: '\r', t: '\t' }[escape] ?? escape
  })
}

/** `$${` and `%%{` are a literal `${` and `%{` in both quoted strings and heredocs. */
function unescapeTemplate(raw: string): string {
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
}

/** Constructs outside the supported subset, by syntax tree node type, in the user's words. */
const unsupported: Record<string, string> = {
  conditional: 'conditional expressions (a ? b : c) and %{ if } directives',
  for: 'for expressions ([for x in list : ...]) and %{ for } directives',
  binaryOp: 'operators (+ - * / % == != < > && ||)',
  unaryOp: 'operators (! and -)',
  splat: 'splat expressions (list[*].attribute, list.*.attribute)',
  relativeTraversal: 'attribute access on the result of an expression'
}

class Evaluator {
  constructor(
    private readonly source: Buffer,
    private readonly scope: EvaluationScope
  ) {}

  /** The source text of a node, for messages. */
  private text(node: ExpressionNode): string {
    if (node.meta?.value !== undefined) return node.meta.value
    if (node.range)
      return this.source.subarray(node.range.start.byte, node.range.end.byte).toString()
    return node.type
  }

  /** One part of a template, as text. */
  templatePart(node: ExpressionNode, quoted: boolean): string {
    if (node.type === 'literalValue' && node.meta?.type === 'string') {
      const raw = node.meta.value ?? ''
      return unescapeTemplate(quoted ? unescapeQuoted(raw) : raw)
    }
    const value = this.node(node)
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    const shape = Array.isArray(value) ? 'a list' : value === null ? 'null' : 'a map'
    throw new ExpressionError(
      `"\${${this.text(node)}}" is ${shape}, which cannot be part of a string; use it as the ` +
        `whole value`
    )
  }

  node(node: ExpressionNode): unknown {
    switch (node.type) {
      case 'template': {
        const quoted = (node.meta?.value ?? '').startsWith('"')
        return node.children.map((part) => this.templatePart(part, quoted)).join('')
      }
      case 'templateWrap':
        return this.node(node.children[0])
      case 'literalValue':
        return this.literal(node)
      case 'scopeTraversal':
        return this.traversal(node)
      case 'index':
        return this.index(this.node(node.children[0]), this.node(node.children[1]), node)
      case 'function':
        return this.call(node)
      case 'tuple':
        return node.children.map((item) => this.node(item))
      case 'object':
        return this.object(node)
      case 'unaryOp':
        if (node.meta?.operator === 'negate') {
          const operand = this.node(node.children[0])
          if (typeof operand === 'number') return -operand
        }
        break
      case '':
        // Parentheses around an expression.
        if (node.children.length === 1) return this.node(node.children[0])
        break
    }
    const what = unsupported[node.type] ?? `this expression (${node.type || 'unknown'})`
    throw new ExpressionError(`"${this.text(node)}": ${what} are not supported`)
  }

  private literal(node: ExpressionNode): unknown {
    const raw = node.meta?.value ?? ''
    switch (node.meta?.type) {
      case 'number':
        return Number(raw)
      case 'bool':
        return raw === 'true'
      case 'null':
        return null
      default:
        return unescapeTemplate(raw)
    }
  }

  private traversal(node: ExpressionNode): unknown {
    const parts = (node.meta?.traversal ?? []) as { type: string; segment: string }[]
    const [root, first, ...rest] = parts
    const accessor = node.meta?.fullAccessor ?? this.text(node)
    const { variables, local, path, source } = this.scope
    let value: unknown
    switch (root?.segment) {
      case 'var':
        if (variables === undefined) {
          throw new ExpressionError(
            `"${accessor}": a variable's default cannot use other variables (as in Packer)`
          )
        }
        if (first === undefined || !(first.segment in variables)) {
          const known = Object.keys(variables).join(', ') || 'none'
          throw new ExpressionError(
            `"${accessor}": the template has no variable "${first?.segment ?? ''}" (variables: ${known})`
          )
        }
        value = variables[first.segment]
        break
      case 'local':
        if (local === undefined) {
          throw new ExpressionError(`"${accessor}": locals cannot be used in a variable's default`)
        }
        value = local(first?.segment ?? '')
        break
      case 'path':
        if (first?.segment !== 'root' && first?.segment !== 'cwd') {
          throw new ExpressionError(`"${accessor}": only path.root and path.cwd exist`)
        }
        value = path[first.segment]
        break
      case 'source':
        if (source === undefined || (first?.segment !== 'name' && first?.segment !== 'type')) {
          throw new ExpressionError(
            `"${accessor}": only source.name and source.type exist, inside a build block`
          )
        }
        value = source[first.segment]
        break
      default:
        throw new ExpressionError(
          `"${accessor}": ${root?.segment ?? accessor}.* is not supported (this action reads ` +
            `var.*, local.*, path.root, path.cwd, source.name and source.type; data sources, ` +
            `build.* and packer.* do not exist here)`
        )
    }
    for (const part of rest) {
      const key =
        part.type === 'indexTraversal' ? (JSON.parse(part.segment) as unknown) : part.segment
      value = this.index(value, key, node)
    }
    return value
  }

  private index(collection: unknown, key: unknown, node: ExpressionNode): unknown {
    if (Array.isArray(collection) && typeof key === 'number' && key in collection) {
      return collection[key] as unknown
    }
    if (isMap(collection) && (typeof key === 'string' || typeof key === 'number')) {
      if (String(key) in collection) return collection[String(key)]
    }
    throw new ExpressionError(`"${this.text(node)}": there is no element ${JSON.stringify(key)}`)
  }

  private call(node: ExpressionNode): unknown {
    const name = node.meta?.name ?? ''
    const fn = hclFunctions[name]
    if (fn === undefined) {
      throw new ExpressionError(
        `"${this.text(node)}": the function ${name}() is not supported; functions: ` +
          `${hclFunctionNames.map((known) => `${known}()`).join(', ')}`
      )
    }
    if (node.meta?.expandedFinalArgument) {
      throw new ExpressionError(
        `"${this.text(node)}": expanding arguments with ... is not supported`
      )
    }
    return fn(
      node.children.map((arg) => this.node(arg)),
      this.scope.functions
    )
  }

  /** Children alternate key, value; a bare key has no child, only its place in the source. */
  private object(node: ExpressionNode): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    for (let i = 0; i + 1 < node.children.length; i += 2) {
      const keyNode = node.children[i]
      const key = keyNode.children.length > 0 ? this.node(keyNode.children[0]) : this.text(keyNode)
      result[String(key)] = this.node(node.children[i + 1])
    }
    return result
  }
}
