import * as core from '@actions/core'
import { homedir } from 'node:os'
import { ConfigError, describeConfig, loadConfig } from './config/index.js'

/** The main step. The only place (with post.ts) that fails the step. */
export async function run(): Promise<void> {
  try {
    const { config, warnings } = loadConfig({
      getInput: (name) => core.getInput(name),
      env: process.env,
      homeDir: homedir(),
      workspace: process.env.GITHUB_WORKSPACE || process.cwd()
    })
    for (const warning of warnings) core.warning(warning)
    core.startGroup('Configuration')
    core.info(describeConfig(config))
    core.endGroup()
    core.notice(
      'The configuration is valid. The build pipeline is not wired in yet: nothing was built.'
    )
  } catch (error) {
    if (error instanceof ConfigError) {
      // One annotation per problem, so each shows on its own in the run's summary.
      for (const problem of error.problems) core.error(problem)
      const count = error.problems.length
      core.setFailed(
        `The configuration has ${count} problem${count === 1 ? '' : 's'} (listed above).`
      )
    } else {
      core.setFailed(error instanceof Error ? error.message : String(error))
    }
  }
}
