/**
 * Deleting the snapshot of an OMI just deregistered. The API may hold the snapshot for a moment
 * after DeleteImage (answering a conflict, 409), as any eventually consistent API may: the delete
 * is tried again while it answers so, within the deadline. Gone already counts as deleted.
 */
import { isConflict, isNotFound, persist, type OapiClient } from '../oapi/index.js'

export async function deleteReleasedSnapshot(
  client: OapiClient,
  snapshotId: string,
  timeoutSeconds: number,
  signal?: AbortSignal
): Promise<void> {
  try {
    await persist(() => client.deleteSnapshot({ SnapshotId: snapshotId }, signal), {
      what: `deleting snapshot ${snapshotId} once its OMI has let it go`,
      phase: 'omi',
      timeoutSeconds,
      worthWaiting: (error) => isConflict(error) || error.retryable,
      signal
    })
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
}
