/**
 * Request bodies checked against the official OpenAPI spec, as the real gateway does: the request
 * schemas say additionalProperties: false, so an unknown field is refused like a mistyped one.
 * The spec is parsed once per process (it is about 1 MB of YAML; see yaml-cache.ts) and each
 * call's schema is compiled the first time it is used, or read compiled from the cache
 * (compiled-schemas.ts).
 */
import type { ErrorObject } from 'ajv'
import { CompiledSchemas } from './compiled-schemas.js'
import { apiError, ApiError } from './errors.js'
import { readYamlFileAndHash } from './yaml-cache.js'

interface Spec {
  paths: Record<string, { post?: Operation }>
  components: { schemas: Record<string, unknown> }
}

interface Operation {
  requestBody?: { content: Record<string, { schema?: { $ref?: string } }> }
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>
}

const cache = new Map<string, SpecValidator>()

export class SpecValidator {
  private readonly schemas: CompiledSchemas

  private constructor(
    private readonly spec: Spec,
    specSha256: string
  ) {
    this.schemas = new CompiledSchemas(specSha256, spec.components)
  }

  static load(path: string): SpecValidator {
    let validator = cache.get(path)
    if (!validator) {
      const { document, sha256 } = readYamlFileAndHash(path)
      validator = new SpecValidator(document as Spec, sha256)
      cache.set(path, validator)
    }
    return validator
  }

  /** Is this an OAPI call at all (whether or not the simulator implements it)? */
  hasCall(call: string): boolean {
    return this.spec.paths[`/${call}`]?.post !== undefined
  }

  /** Throws the API's 400 error for the first problem in the body. */
  checkRequest(call: string, body: unknown): void {
    const operation = this.spec.paths[`/${call}`]?.post
    const validate = this.validator(
      operation?.requestBody?.content['application/json']?.schema?.$ref
    )
    if (!validate || validate(body)) return
    throw toApiError((validate.errors ?? [])[0])
  }

  /** Describes how a 200 response breaks its schema, or undefined when it conforms. */
  responseProblem(call: string, body: unknown): string | undefined {
    const operation = this.spec.paths[`/${call}`]?.post
    const validate = this.validator(
      operation?.responses?.['200']?.content?.['application/json']?.schema?.$ref
    )
    if (!validate || validate(body)) return undefined
    return errorsText(validate.errors ?? [])
  }

  private validator(ref: string | undefined) {
    return ref ? this.schemas.get(ref) : undefined
  }
}

/** As ajv's errorsText: `data/Vms/0 must have required property 'VmId', ...`. */
function errorsText(errors: ErrorObject[]): string {
  return errors.map((error) => `data${error.instancePath} ${error.message}`).join(', ')
}

/** /Filters/VolumeIds/0 -> Filters.VolumeIds[0] */
function fieldPath(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').filter(Boolean)
  if (child !== undefined) parts.push(child)
  return parts.reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
    ''
  )
}

function toApiError(error: ErrorObject | undefined): ApiError {
  if (!error) return apiError('invalidParameterValue', 'The request body is not valid')
  if (error.keyword === 'additionalProperties') {
    const unknown = fieldPath(
      error.instancePath,
      (error.params as { additionalProperty: string }).additionalProperty
    )
    return apiError('unknownParameter', `The parameter '${unknown}' is not valid for this call`)
  }
  if (error.keyword === 'required') {
    const missing = fieldPath(
      error.instancePath,
      (error.params as { missingProperty: string }).missingProperty
    )
    return apiError('missingParameter', `The parameter '${missing}' is required`)
  }
  const where = fieldPath(error.instancePath) || 'The request body'
  return apiError('invalidParameterValue', `${where} ${error.message ?? 'is not valid'}`)
}
