/**
 * The configuration of a build: action inputs, config_file, the OSC_* environment and the
 * ~/.osc/config.json profile, and defaults, turned into one validated BuildConfig. Every problem
 * is found before anything else happens and all of them are reported together.
 */
import { useBuildIdentity } from '../template.js'
import { toBuildConfig } from './defaults.js'
import { parseOptions } from './inputs.js'
import type { Findings } from './parse.js'
import { templateProvisioners } from './provisioners/provisioners.js'
import { resolveOptions, type ConfigSources } from './sources.js'
import type { BuildConfig } from './types.js'
import { validateConfig } from './validate.js'

export type { ConfigSources } from './sources.js'
export type * from './types.js'
export { describeConfig } from './describe.js'
export { sweepsOnly } from './validate.js'

/** Everything wrong with a configuration; the message lists every problem. */
export class ConfigError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`
    super(
      `The configuration has ${count}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`
    )
    this.name = 'ConfigError'
    this.problems = problems
  }
}

/**
 * Reads and validates the configuration. Throws ConfigError listing every problem; warnings (for
 * options that have no effect, renamed spellings, ...) do not stop the build.
 */
export function loadConfig(sources: ConfigSources): { config: BuildConfig; warnings: string[] } {
  const findings: Findings = { problems: [], warnings: [] }
  const { raw, template, configFileUnreadable } = resolveOptions(sources, findings)
  // Without the file, "omi_name: required" and the like would only repeat its problem.
  if (configFileUnreadable) throw new ConfigError(findings.problems)
  // Packer's build_name and build_type template functions name the template's builder.
  useBuildIdentity(template?.builder)
  const parsed = parseOptions(raw, findings)
  const config = toBuildConfig(parsed.values, sources.workspace)
  config.templateProvisioners = templateProvisioners(template, parsed.values, {
    findings,
    workspace: sources.workspace,
    env: sources.env,
    buildName: template?.builder.name ?? 'osc-chroot'
  })
  validateConfig(config, parsed, findings, sources.workspace)
  if (findings.problems.length > 0) throw new ConfigError(findings.problems)
  return { config, warnings: findings.warnings }
}
