/**
 * Where a build's files live and how it is named, from the runner's environment. The build id
 * is tagged on every temporary resource and names the journal, so the post step (which gets the
 * journal's path through the saved state) and an orphan sweep can both find what a build made.
 */
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The saved-state key under which the post step finds the journal of this build. */
export const JOURNAL_STATE = 'journal'

/** run-<run id>-<attempt>-<8 hex>: unique per build even in a matrix, traceable to the run. */
export function newBuildId(env: NodeJS.ProcessEnv = process.env): string {
  const random = randomBytes(4).toString('hex')
  return env.GITHUB_RUN_ID
    ? `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${random}`
    : `local-${random}`
}

/** The runner's temporary directory (emptied by the runner after each job), else the system's. */
export function workDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'osc-chroot')
}

/** The prefix of every ClientToken a build sends (see newClientToken). */
export const CLIENT_TOKEN_PREFIX = 'osc-chroot-'

/**
 * A ClientToken for one CreateVolume or CreateSnapshot: osc-chroot-<build id>-<8 hex>. It makes
 * the call safe to retry, finds the resource again when its id never came back (it is journaled
 * before the call), and ties the resource to its build even if it could not be tagged yet: OAPI
 * has no tag-on-create, so a kill between the create and CreateTags leaves it untagged.
 */
export function newClientToken(buildId: string): string {
  return `${CLIENT_TOKEN_PREFIX}${buildId}-${randomBytes(4).toString('hex')}`
}

/** The build id in a build's ClientToken (osc-chroot-<build id>-<8 hex>, see newClientToken). */
export function buildIdOfClientToken(token: string | undefined): string | undefined {
  if (!token?.startsWith(CLIENT_TOKEN_PREFIX)) return undefined
  const match = /^(.+)-[0-9a-f]{8}$/.exec(token.slice(CLIENT_TOKEN_PREFIX.length))
  return match?.[1]
}

export function journalPathFor(buildId: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(workDirectory(env), `journal-${buildId}.json`)
}

export function manifestPathFor(buildId: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(workDirectory(env), `manifest-${buildId}.json`)
}
