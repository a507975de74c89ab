/**
 * Compiling one call's request or response schema with ajv takes from tens of milliseconds to
 * half a second (ReadVms' response), and every test file that starts a simulator, like every
 * simulator process, compiled the same schemas again. So each compiled validator is kept as ajv's
 * standalone code (https://ajv.js.org/standalone.html) in this user's private cache directory
 * (yaml-cache.ts: owned by this user, mode 0700, so no one else can put code there), named by the
 * spec's SHA-256 and the schema, and loaded from there the next time: a spec is compiled once.
 * Any problem with the cache only means compiling as before.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { _, Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import standaloneCodeModule from 'ajv/dist/standalone/index.js'
import { cacheDirectory, writeCacheFile } from './yaml-cache.js'

// ajv-formats and ajv's standalone module are CommonJS: their default export arrives either as
// the function or wrapped in .default.
function commonJsDefault<T>(module: unknown): T {
  return ((module as { default?: unknown }).default ?? module) as T
}
const addFormats = commonJsDefault<(ajv: Ajv) => Ajv>(addFormatsModule)
const standaloneCode =
  commonJsDefault<(ajv: Ajv, validate: ValidateFunction) => string>(standaloneCodeModule)

/** What the standalone code requires (ajv's runtime, the formats) resolves from here. */
const requireFromHere = createRequire(import.meta.url)

const SPEC_ID = 'outscale'

/** The validators of one spec's component schemas, compiled once and cached by the spec's hash. */
export class CompiledSchemas {
  private ajv: Ajv | undefined
  private readonly compiled = new Map<string, ValidateFunction | undefined>()
  private readonly cacheDir = cacheDirectory()

  constructor(
    private readonly specSha256: string,
    private readonly components: unknown
  ) {}

  /** The validator of `ref` (`#/components/schemas/X`), or undefined when the spec has none. */
  get(ref: string): ValidateFunction | undefined {
    if (!this.compiled.has(ref)) this.compiled.set(ref, this.fromCache(ref) ?? this.compile(ref))
    return this.compiled.get(ref)
  }

  private cacheFile(ref: string): string | undefined {
    if (this.cacheDir === undefined) return undefined
    const name = ref.replace(/[^A-Za-z0-9_-]+/g, '_')
    return join(this.cacheDir, `${this.specSha256}.${name}.cjs`)
  }

  private fromCache(ref: string): ValidateFunction | undefined {
    const file = this.cacheFile(ref)
    if (file === undefined) return undefined
    let code: string
    try {
      code = readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
    try {
      const module = { exports: {} as unknown }
      // The code is ajv's own output, read back from this user's private directory.
      new Function('require', 'module', 'exports', code)(requireFromHere, module, module.exports)
      return commonJsDefault<ValidateFunction>(module.exports)
    } catch {
      return undefined
    }
  }

  private compile(ref: string): ValidateFunction | undefined {
    this.ajv ??= this.newAjv()
    const validate = this.ajv.getSchema(`${SPEC_ID}${ref}`)
    const file = this.cacheFile(ref)
    if (validate && file !== undefined) writeCacheFile(file, standaloneCode(this.ajv, validate))
    return validate
  }

  private newAjv(): Ajv {
    const ajv = new Ajv({
      strict: false,
      allErrors: false,
      // Standalone code names the formats by where they come from, rather than embedding them.
      code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` }
    })
    addFormats(ajv)
    ajv.addSchema({ $id: SPEC_ID, components: this.components })
    return ajv
  }
}
