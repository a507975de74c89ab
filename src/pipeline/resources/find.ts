/**
 * Reading a resource known by its id. One whose id came back a moment ago may still be missing
 * from Read* (eventual consistency): it is read again for a few seconds before it is taken for
 * gone, so an undo right after a create does not leave it behind.
 */
import { realSleep, systemClock, type Clock, type Sleep } from '../../oapi/time.js'

/** How long a resource known by its id may be missing from Read* before it counts as gone. */
export const visibilityGraceMs = 5000

/** Tests pass a fake clock. */
export const findTiming: { sleep: Sleep; now: Clock } = { sleep: realSleep, now: systemClock }

export async function readById<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  const startedAt = findTiming.now()
  for (;;) {
    const found = await read()
    if (found !== undefined || findTiming.now() - startedAt >= visibilityGraceMs) return found
    await findTiming.sleep(1000)
  }
}
