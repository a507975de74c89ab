/**
 * HashiCorp's HCL parser, compiled to WebAssembly by @cdktf/hcl2json: a whole file to JSON (the
 * tmccombs/hcl2json form, where expressions stay as `${...}` text), and one expression to its
 * syntax tree.
 *
 * The package's own API is asynchronous only because it instantiates the module asynchronously;
 * its Go functions answer synchronously. The configuration is read synchronously (every problem
 * is found before anything happens), so the module is instantiated synchronously here, once, the
 * first time an HCL2 template is read.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Runs Go's wasm_exec.js, given Node's modules, which defines globalThis.Go (and sets a few other
 * globals). Loaded synchronously on first use, so a build without an HCL2 template neither runs
 * it nor has its globals: in the bundle `require` is the bundler's own (the file is bundled, and
 * executed only when called); the tests run this source as an ES module, without `require`.
 */
function loadGoRuntime(): void {
  // The specifier stays a literal: the bundler bundles only what it can read here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: bundled, lazily
  if (typeof require === 'function') require('@cdktf/hcl2json/wasm/bridge_wasm_exec.js')
  else createRequire(import.meta.url)('@cdktf/hcl2json/wasm/bridge_wasm_exec.js')
}

/** Where the module is; the bundler copies it next to the bundle and rewrites this. */
const wasmFile = new URL('../../../node_modules/@cdktf/hcl2json/main.wasm.gz', import.meta.url)

/** The functions the Go side registers; each calls back (error, result) before returning. */
interface HclBridge {
  parse(file: string, text: string, callback: Callback): void
  getExpressionAst(file: string, text: string, callback: Callback): void
}
type Callback = (error: unknown, result?: string) => void

let bridge: HclBridge | undefined

function loadBridge(): HclBridge {
  if (bridge !== undefined) return bridge
  loadGoRuntime()
  const { gunzipSync } = process.getBuiltinModule('node:zlib')
  const wasm = gunzipSync(readFileSync(wasmFile))
  const functions = {} as HclBridge
  const global = globalThis as unknown as Record<string, unknown>
  global.__parse_terraform_config_wasm__ = functions
  const Go = global.Go as new () => { importObject: unknown; run(instance: unknown): unknown }
  // The lib this project compiles against has no WebAssembly types; Node has the API.
  const { Module, Instance } = global.WebAssembly as {
    Module: new (bytes: Uint8Array) => unknown
    Instance: new (module: unknown, imports: unknown) => unknown
  }
  const go = new Go()
  // Go's main registers the functions, then blocks on a channel: control comes back here at once
  // (the promise run() returns never settles, and keeps nothing pending in the event loop).
  void go.run(new Instance(new Module(wasm), go.importObject))
  bridge = functions
  return bridge
}

/**
 * Whether the WebAssembly module has been instantiated in this process: only a build whose
 * config_file is an HCL2 template pays for it (6.5 MB of code, and the memory Go's runtime takes).
 */
export function hclParserLoaded(): boolean {
  return bridge !== undefined
}

function callBridge(name: keyof HclBridge, file: string, text: string): string {
  let answer: { error: unknown } | { result: string } | undefined
  loadBridge()[name](file, text, (error, result) => {
    answer = error ? { error } : { result: result ?? 'null' }
  })
  if (answer === undefined) throw new Error(`the HCL parser did not answer ${name}`)
  if ('error' in answer) throw new HclSyntaxError(String(answer.error))
  return answer.result
}

/** HCL's own message, e.g. `build.pkr.hcl:3,7-8: Invalid expression; Expected the start of...`. */
export class HclSyntaxError extends Error {
  constructor(message: string) {
    // The bridge wraps HCL's diagnostics as "parse config: [diagnostic, diagnostic]".
    super(message.replace(/^parse config: \[(.*)\]$/s, '$1'))
    this.name = 'HclSyntaxError'
  }
}

/** A file's blocks and attributes as JSON; throws HclSyntaxError naming file:line. */
export function parseHclFile(file: string, text: string): Record<string, unknown> {
  return JSON.parse(callBridge('parse', file, text)) as Record<string, unknown>
}

/** A point in the text the syntax tree was made from (lines and columns from 1). */
export interface CodeMarker {
  line: number
  column: number
  byte: number
}

/** A node of HCL's expression syntax tree, as the bridge gives it. */
export interface ExpressionNode {
  type: string
  children: ExpressionNode[]
  range?: { start: CodeMarker; end: CodeMarker }
  meta?: { value?: string; name?: string; type?: string; fullAccessor?: string } & Record<
    string,
    unknown
  >
}

/** The syntax tree of one expression; throws HclSyntaxError. */
export function expressionSyntaxTree(text: string): ExpressionNode | null {
  return JSON.parse(callBridge('getExpressionAst', 'expression', text)) as ExpressionNode | null
}
