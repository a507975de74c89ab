/**
 * Split mode's open build: what prepare leaves for the workflow's later steps (osc-chroot-exec)
 * and for finish. The journal already lists every resource; this record adds what finish needs
 * to carry on where prepare stopped: what the steps found (source OMI, volume, device, mount
 * path, rendered templates), the configuration, and prepare's step timings.
 *
 * It is a 0600 file in the runner's temporary directory, and never holds a secret: the secret key
 * is blanked and the provisioning inputs (whose provision_env may hold passwords) are left out,
 * since finish does not provision. finish reads the credentials again from its own inputs and
 * environment, as the post step does (src/config/cleanup-credentials.ts).
 *
 * Later steps find it through an environment variable prepare writes to GITHUB_ENV:
 * OSC_CHROOT_BUILD for the unnamed build, OSC_CHROOT_BUILD_<NAME> for a named one.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { BuildConfig } from '../config/types.js'
import type { BuildContext, StepResults } from '../pipeline/context.js'
import { workDirectory } from '../pipeline/identity.js'
import type { StepTiming } from '../pipeline/runner.js'

export interface OpenBuild {
  /** The format's version, so that a later finish can refuse a record it cannot read. */
  version: 1
  /** The `name` input ('' for the unnamed build). */
  name: string
  buildId: string
  journalPath: string
  startedAt: string
  region: string
  subregion: string
  vmId: string
  /** What prepare's steps found or made (ids, paths, API descriptions: nothing secret). */
  results: Partial<StepResults>
  /** The configuration, without the secret key or the provisioning inputs (see above). */
  config: BuildConfig
  /** prepare's steps, for finish's summary and manifest. */
  prepareTimings: StepTiming[]
  /** When prepare's steps ended (ms since the epoch): the workflow's own steps start then. */
  preparedAt: number
}

/** What the `name` input may be: it becomes part of an environment variable's name. */
export const BUILD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/

/** Fails, naming the input, the value and what is allowed, on a name that cannot be used. */
export function checkBuildName(name: string, what = 'name'): string {
  const trimmed = name.trim()
  if (trimmed === '' || BUILD_NAME.test(trimmed)) return trimmed
  throw new Error(
    `${what} ${JSON.stringify(name)} is not a build name: use a letter then letters, digits or ` +
      '_ (at most 40), e.g. "web", or leave it empty for the unnamed build.'
  )
}

/** The variable that points later steps to the open build of this name. */
export function buildVariable(name: string): string {
  return name ? `OSC_CHROOT_BUILD_${name.toUpperCase()}` : 'OSC_CHROOT_BUILD'
}

export function openBuildPathFor(buildId: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(workDirectory(env), `open-build-${buildId}.json`)
}

/** The provisioning inputs finish never runs: they may hold secrets (provision_env), so dropped. */
function withoutSecrets(config: BuildConfig): BuildConfig {
  return {
    ...config,
    credentials: { ...config.credentials, secretKey: '' },
    provision: '',
    provisionScripts: [],
    provisionEnv: {},
    provisionHostCommands: [],
    templateProvisioners: []
  }
}

const resultKeys: (keyof StepResults)[] = [
  'accountId',
  'vm',
  'sourceImage',
  'baseImage',
  'deviceName',
  'blockDevice',
  'volume',
  'mountPath',
  'snapshot',
  'image',
  'rendered'
]

/** The record of a build prepare left open (the steps' results read from its context). */
export function openBuildOf(
  context: BuildContext,
  name: string,
  prepareTimings: StepTiming[],
  preparedAt: number = Date.now()
): OpenBuild {
  const results: Partial<StepResults> = {}
  for (const key of resultKeys) {
    if (context[key] !== undefined) Object.assign(results, { [key]: context[key] })
  }
  return {
    version: 1,
    name,
    buildId: context.buildId,
    journalPath: context.journal.path,
    startedAt: context.startedAt,
    region: context.region,
    subregion: context.subregion,
    vmId: context.vmId,
    results,
    config: withoutSecrets(context.config),
    prepareTimings,
    preparedAt
  }
}

/** Written whole (temporary file, then rename), readable by root only. */
export function writeOpenBuild(path: string, build: OpenBuild): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.tmp`
  writeFileSync(temporary, JSON.stringify(build, null, 2), { mode: 0o600 })
  renameSync(temporary, path)
}

/** Thrown when a step looks for an open build and there is none: its message is the sentence. */
export class NoOpenBuildError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NoOpenBuildError'
  }
}

function describeBuild(name: string): string {
  return name ? `no open build named "${name}"` : 'no open build'
}

/**
 * The open build of this name, found through its variable; NoOpenBuildError, in one sentence that
 * says what to do, when there is none (no prepare ran, or finish already closed it).
 */
export function findOpenBuild(name: string, env: NodeJS.ProcessEnv = process.env): OpenBuild {
  const variable = buildVariable(name)
  const path = env[variable]?.trim()
  const hint = name
    ? `run the prepare action with name: ${name} earlier in this job`
    : 'run the prepare action earlier in this job (or pass --build NAME for a named build)'
  if (!path) {
    throw new NoOpenBuildError(`There is ${describeBuild(name)} (${variable} is not set): ${hint}.`)
  }
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new NoOpenBuildError(
      `There is ${describeBuild(name)}: ${variable} names ${path}, which does not exist ` +
        '(finish has already closed that build, or the runner removed its temporary files).'
    )
  }
  const build = JSON.parse(text) as OpenBuild
  if (build.version !== 1) {
    throw new NoOpenBuildError(
      `The open build in ${path} was written by another version of osc-chroot (format ` +
        `${String(build.version)}): use the same version for prepare, osc-chroot-exec and finish.`
    )
  }
  return build
}
