/**
 * Where the configuration is read from, and how it is loaded, for the action's two steps and the
 * CLI. The main step and the CLI load the whole configuration; the post step reads only the
 * credentials, from the same sources (config/cleanup-credentials.ts), and the journal's path from
 * the state the main step saved: it never validates the configuration again.
 */
import * as core from '@actions/core'
import { homedir } from 'node:os'
import { describeConfig, loadConfig, type BuildConfig, type ConfigSources } from './config/index.js'
import { log } from './log.js'
import { JOURNAL_STATE } from './pipeline/identity.js'

/** The sources for given inputs; relative paths (config_file, provision files) start at workspace. */
export function configSources(
  getInput: (name: string) => string,
  workspace: string = process.cwd()
): ConfigSources {
  return { getInput, env: process.env, homeDir: homedir(), workspace }
}

/** The action's sources: its inputs, the runner's environment, ~/.osc and the workspace. */
export function actionConfigSources(): ConfigSources {
  return configSources((name) => core.getInput(name), process.env.GITHUB_WORKSPACE || process.cwd())
}

/**
 * Loads the configuration (ConfigError lists every problem), logs its warnings, and shows it as
 * resolved (no secret: see describeConfig) in a log group.
 */
export async function loadAndShowConfig(sources: ConfigSources): Promise<BuildConfig> {
  const { config, warnings } = loadConfig(sources)
  for (const warning of warnings) log.warning(warning)
  await log.group('Configuration', async () => log.info(describeConfig(config)))
  return config
}

/** Saved before anything exists, so that a killed main step still leads the post step to it. */
export function saveJournalPath(path: string): void {
  core.saveState(JOURNAL_STATE, path)
}

/** The journal path the main step saved; '' when it saved none (it failed before a build). */
export function savedJournalPath(): string {
  return core.getState(JOURNAL_STATE)
}
