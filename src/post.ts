import * as core from '@actions/core'
import { actionConfigSources, savedJournalPath } from './action-config.js'
import { readCleanupCredentials } from './config/cleanup-credentials.js'
import { Journal } from './pipeline/journal.js'
import { cleanupSettingsFrom } from './pipeline/cleanup-settings.js'
import { cleanUp, type UndoMeans } from './pipeline/undo.js'
import { createHostRunner } from './host/exec.js'
import {
  adaptivePolling,
  createOapiClient,
  pollPolicyFromEnv,
  type PollPolicy
} from './oapi/index.js'

/** The benchmark's polling policy when it is set right; the default otherwise (never a failure). */
function pollPolicy(): PollPolicy {
  try {
    return pollPolicyFromEnv()
  } catch {
    return adaptivePolling
  }
}

/**
 * The post step: when the main step was killed (a cancelled job gives it seconds), its journal is
 * left unfinished; undo what it lists. Idempotent, and it never fails the job: it warns.
 *
 * It never reads the configuration again: the settings cleanup needs were written in the journal
 * when the build started, and only the credentials are read, leniently (cleanup-credentials.ts).
 * A provision script deleted by a later step, a config_file changed since, an input the main step
 * would now reject: none of them stops the cleanup.
 */
export async function run(): Promise<void> {
  try {
    const journalPath = savedJournalPath()
    const journal = journalPath ? Journal.open(journalPath) : undefined
    if (!journal || journal.active().length === 0) {
      core.info('Nothing to clean up: the main step finished its own cleanup.')
      return
    }
    core.warning(
      `Build ${journal.buildId} left resources behind (the main step was stopped or its cleanup failed): cleaning up.`
    )
    const settings = cleanupSettingsFrom(journal.cleanup)
    const credentials = readCleanupCredentials(actionConfigSources(), {
      accessKey: settings.accessKey,
      profile: settings.profile
    })
    if (credentials) {
      core.info(
        `Credentials for the cleanup: access key ${credentials.accessKey} (${credentials.origin}).`
      )
    } else {
      core.info(
        'No credentials found (inputs, config_file, OSC_ACCESS_KEY/OSC_SECRET_KEY, profile): ' +
          'what is on this machine is cleaned up, the API resources cannot be.'
      )
    }
    // Without credentials the API calls fail (each reported); the host's cleanup still runs.
    const client = createOapiClient(
      {
        credentials: credentials ?? { accessKey: '', secretKey: '' },
        insecureSkipTlsVerify: settings.insecureSkipTlsVerify,
        clientCertificate: settings.clientCertificate
      },
      { endpoint: journal.endpoint, region: journal.region }
    )
    try {
      const means: UndoMeans = {
        client,
        host: createHostRunner(settings.commandWrapper),
        config: settings,
        poll: pollPolicy()
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
