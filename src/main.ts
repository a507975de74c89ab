import * as core from '@actions/core'

/** The main step. The only place (with post.ts) that fails the step. */
export async function run(): Promise<void> {
  try {
    throw new Error('not implemented yet')
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
