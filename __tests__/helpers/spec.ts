/**
 * Where the official OAPI spec is: ../shared/oapi/outscale.yaml beside the repository (never
 * copied into it), or OSC_OAPI_SPEC. Suites that need it skip, saying so, when it is absent.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const specPath =
  process.env.OSC_OAPI_SPEC ||
  join(resolve(import.meta.dirname, '..', '..'), '..', 'shared', 'oapi', 'outscale.yaml')
export const hasSpec = existsSync(specPath)
export const describeWithSpec = hasSpec ? describe : describe.skip

export function warnIfNoSpec(suite: string): void {
  if (!hasSpec)
    console.warn(
      `${suite}: spec-dependent tests skipped, the OAPI spec is not at ${specPath} (set OSC_OAPI_SPEC)`
    )
}
