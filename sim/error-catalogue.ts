/**
 * Outscale's own catalogue of its error codes (code -> name and Type), from osc-sdk-python's
 * osc_sdk_python/resources/gateway_errors.yaml. Like the spec it is not copied into this
 * repository: it is read from OSC_OAPI_ERRORS, else from beside the spec. The simulator works
 * without it (its own table in errors.ts holds every code it answers with); with it, an injected
 * fault that gives only a code gets the real Type and the status that Type is answered with.
 * The file: https://github.com/outscale/osc-sdk-python/blob/4f34b9cec96641a9a7e2a1a6c57c76792d3923dd/osc_sdk_python/resources/gateway_errors.yaml
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { defaultSpecPath } from './options.js'
import { readYamlFile } from './yaml-cache.js'

export interface CatalogueEntry {
  name: string
  /** InvalidParameterValue, InvalidResource, InvalidState, ResourceConflict, TooManyResources */
  type: string
}

export type ErrorCatalogue = Map<string, CatalogueEntry>

const cache = new Map<string, ErrorCatalogue>()

/** OSC_OAPI_ERRORS, else gateway_errors.yaml beside the spec; undefined when there is none. */
export function defaultCataloguePath(): string | undefined {
  const explicit = process.env.OSC_OAPI_ERRORS
  if (explicit) return explicit
  const spec = defaultSpecPath()
  if (spec === undefined) return undefined
  const path = join(dirname(spec), 'gateway_errors.yaml')
  return existsSync(path) ? path : undefined
}

export function loadErrorCatalogue(path: string): ErrorCatalogue {
  let catalogue = cache.get(path)
  if (!catalogue) {
    // Parsing these 24 KB of YAML took about 260 ms of a simulator's first start (the parser's
    // first run in a process is slow), in every test file: it is read parsed from the cache.
    const raw = readYamlFile(path) as Record<string, { Name: string; Type: string }>
    catalogue = new Map(
      Object.entries(raw).map(([code, entry]) => [
        String(code),
        // "TooManyResources (QuotaExceded)" is answered as TooManyResources.
        { name: entry.Name.trim(), type: entry.Type.replace(/\s*\(.*\)$/, '').trim() }
      ])
    )
    cache.set(path, catalogue)
  }
  return catalogue
}

/** The HTTP status each Type is answered with (REAL-BEHAVIOUR.md, "Errors"). */
export function statusOfType(type: string, quotaStatus: number): number | undefined {
  switch (type) {
    case 'InvalidParameterValue':
    case 'InvalidResource':
      return 400
    case 'InvalidState':
    case 'ResourceConflict':
      return 409
    case 'TooManyResources':
      return quotaStatus
    default:
      return undefined
  }
}
