/**
 * Where the official OAPI spec is: ../shared/oapi/outscale.yaml beside the repository (never
 * copied into it), or OSC_OAPI_SPEC; and Outscale's error catalogue, gateway_errors.yaml beside the
 * spec or OSC_OAPI_ERRORS (CI fetches both at pinned commits, .github/workflows/ci.yml). Suites
 * that need them skip, saying so, when they are absent.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { readYamlFile } from '../../sim/yaml-cache.js'

export const specPath =
  process.env.OSC_OAPI_SPEC ||
  join(resolve(import.meta.dirname, '..', '..'), '..', 'shared', 'oapi', 'outscale.yaml')
export const hasSpec = existsSync(specPath)

let parsedSpec: unknown
/** The spec, parsed once per test file (from the simulator's cache of parsed YAML). */
// The spec is walked freely by the tests; `any` keeps those walks short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loadSpec(): any {
  parsedSpec ??= readYamlFile(specPath)
  return parsedSpec
}
export const describeWithSpec = hasSpec ? describe : describe.skip

export function warnIfNoSpec(suite: string): void {
  if (!hasSpec)
    console.warn(
      `${suite}: spec-dependent tests skipped, the OAPI spec is not at ${specPath} (set OSC_OAPI_SPEC)`
    )
}

export const cataloguePath =
  process.env.OSC_OAPI_ERRORS || join(dirname(specPath), 'gateway_errors.yaml')
export const hasCatalogue = existsSync(cataloguePath)
