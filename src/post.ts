import * as core from '@actions/core'
import { homedir } from 'node:os'
import { loadConfig } from './config/index.js'
import { Journal } from './build/journal.js'
import { cleanUp } from './build/undo.js'
import { createHostRunner } from './host/exec.js'
import { OapiClient, pollPolicyFromEnv } from './oapi/index.js'
import { JOURNAL_STATE } from './build/identity.js'

/**
 * The post step: when the main step was killed (a cancelled job gives it seconds), its journal is
 * left unfinished; undo what it lists. Idempotent, and it never fails the job: it warns.
 */
export async function run(): Promise<void> {
  try {
    const journalPath = core.getState(JOURNAL_STATE)
    const journal = journalPath ? Journal.open(journalPath) : undefined
    if (!journal || journal.active().length === 0) {
      core.info('Nothing to clean up: the main step finished its own cleanup.')
      return
    }
    core.warning(
      `Build ${journal.buildId} left resources behind (the main step was stopped or its cleanup failed): cleaning up.`
    )
    const { config } = loadConfig({
      getInput: (name) => core.getInput(name),
      env: process.env,
      homeDir: homedir(),
      workspace: process.env.GITHUB_WORKSPACE || process.cwd()
    })
    const client = new OapiClient({
      endpoint: journal.endpoint,
      region: journal.region,
      accessKey: config.credentials.accessKey,
      secretKey: config.credentials.secretKey,
      insecureSkipTlsVerify: config.insecureSkipTlsVerify
    })
    try {
      const means = {
        client,
        host: createHostRunner(config.commandWrapper),
        config,
        poll: pollPolicyFromEnv()
      }
      await core.group('Cleaning up after the main step', () =>
        cleanUp(journal, means, 'cancelled')
      )
      core.info('Everything the build created has been removed.')
    } finally {
      await client.close()
    }
  } catch (error) {
    core.warning(
      `Cleanup failed: ${error instanceof Error ? error.message : String(error)}\n` +
        'Nothing will try again: once the cause is fixed, remove what is listed by hand ' +
        '(unmount the mount path, unlink and delete the volume, delete the snapshot or OMI).'
    )
  }
}
