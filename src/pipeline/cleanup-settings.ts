/**
 * What the post step needs to clean up, taken from the validated configuration when the build
 * starts and written in the journal's header (see CleanupSettings). A journal without it (written
 * by hand, or by an older version) gets the defaults.
 */
import type { BuildConfig } from '../config/types.js'
import { defaultTimeouts } from '../config/defaults.js'
import { DEFAULT_COMMAND_WRAPPER } from '../host/exec.js'
import type { CleanupSettings } from './journal.js'

export function cleanupSettingsOf(config: BuildConfig): CleanupSettings {
  return {
    commandWrapper: config.commandWrapper,
    killChrootProcesses: config.killChrootProcesses,
    timeouts: config.timeouts,
    insecureSkipTlsVerify: config.insecureSkipTlsVerify,
    accessKey: config.credentials.accessKey,
    profile: config.profile,
    clientCertificate: config.clientCertificate
  }
}

export const defaultCleanupSettings: CleanupSettings = {
  commandWrapper: DEFAULT_COMMAND_WRAPPER,
  killChrootProcesses: true,
  timeouts: defaultTimeouts,
  insecureSkipTlsVerify: false,
  accessKey: '',
  profile: ''
}

/** The journal's settings, any field it lacks taken from the defaults. */
export function cleanupSettingsFrom(
  recorded: Partial<CleanupSettings> | undefined
): CleanupSettings {
  return {
    ...defaultCleanupSettings,
    ...recorded,
    timeouts: { ...defaultTimeouts, ...recorded?.timeouts }
  }
}
