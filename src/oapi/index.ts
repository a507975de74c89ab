/** The OAPI client, its waiters and the VM metadata client: what the rest of osc-chroot uses. */
export { OapiClient, defaultRequestTimeoutMs, toResourceTags } from './client.js'
export type { OapiClientOptions } from './client.js'
export { createOapiClient, userAgent } from './client-factory.js'
export type { ApiTarget, ClientSettings } from './client-factory.js'
export { resolveEndpoint } from './endpoint.js'
export {
  OapiError,
  isConflict,
  isNotFound,
  notFoundCodes,
  tooManyConcurrentSnapshotsCode
} from './errors.js'
export { defaultRetryPolicy, retryRules } from './retry.js'
export type { RetryPolicy } from './retry.js'
export { formatDuration } from './time.js'
export type { Clock, Sleep } from './time.js'
export {
  WaitError,
  adaptivePolling,
  packerPolling,
  readImage,
  readSnapshot,
  readVolume,
  pollPolicyFromEnv,
  waitFor,
  waitForImageAvailable,
  waitForSnapshotCompleted,
  waitForVolumeAvailable,
  waitForVolumeLinked,
  waitForVolumeUnlinked
} from './waiters.js'
export type {
  PollPolicy,
  WaitErrorReason,
  WaitForOptions,
  WaitPhase,
  WaitProgress,
  WaiterOptions
} from './waiters.js'
export { defaultMetadataEndpoint, readVmIdentity } from './metadata.js'
export type { MetadataOptions, VmIdentity } from './metadata.js'
export type * from './types.js'
export { isWorthWaitingFor, persist } from './persist.js'
export type { PersistOptions } from './persist.js'
