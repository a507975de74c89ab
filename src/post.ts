import * as core from '@actions/core'

/** The post step: finishes whatever cleanup the main step could not. Never fails the job. */
export async function run(): Promise<void> {
  try {
    core.info('Nothing to clean up.')
  } catch (error) {
    core.warning(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
