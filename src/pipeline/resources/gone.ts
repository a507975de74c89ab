/**
 * The API answers a call on something already gone with InvalidResource no-such-* (HTTP 400, and
 * Details that may be empty): that is success for an undo or a sweep. Decided by the error code.
 */
import { isNotFound } from '../../oapi/index.js'

export async function ignoringGone(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
}
