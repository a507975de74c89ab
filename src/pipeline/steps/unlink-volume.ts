import { log } from '../../log.js'
import { realSleep } from '../../oapi/time.js'
import { buildStep } from '../step.js'
import { unlinkOverlapOf } from '../unlink-overlap.js'
import { awaitUnlinked, requestUnlink } from '../resources/link.js'

/**
 * When the detach is read while the snapshot is still being made: a detach takes a couple of
 * seconds, a snapshot tens of them, so one read this long after UnlinkVolume usually finds it
 * done, off the build's critical path (read at the snapshot's end, it would add its own time).
 * An object, so that tests can shorten it.
 */
export const detachRead = { afterMs: 10_000 }

/**
 * Unlinks the volume (never while mounted; resources/link.ts), run together with
 * stepSnapshotWhileLinked (snapshot.ts): UnlinkVolume goes out once CreateSnapshot has answered,
 * and whether the volume is detached is read detachRead.afterMs later, or once the snapshot is
 * done or needs the unlink first if that comes sooner, the journal entry marked undone only then.
 */
export const stepUnlinkAlongsideSnapshot = buildStep({
  name: 'StepUnlinkVolume',
  title: 'Unlinking the volume',
  async run(context) {
    const overlap = unlinkOverlapOf(context)
    await overlap.snapshotAnswered
    try {
      for (const entry of context.journal.active()) {
        if (entry.resource.kind !== 'link') continue
        const requestedAt = Date.now()
        const requested = await requestUnlink(entry.resource, context, context.journal, true)
        await untilDetachRead(overlap.unlinkAwaited)
        if (requested) await awaitUnlinked(entry.resource, context, requestedAt)
        context.journal.mark(entry, 'undone')
        log.debug(`Undone: link ${entry.resource.volumeId}`)
      }
      overlap.endUnlink({ unlinked: true })
    } catch (error) {
      overlap.endUnlink({ unlinked: false })
      throw error
    }
  }
})

/**
 * detachRead.afterMs, or sooner when `sooner` resolves (the snapshot step ended, also when the
 * build is cancelled: the unlink then still reads the detach, and the snapshot's step says it was
 * cancelled); the timer never outlives it.
 */
async function untilDetachRead(sooner: Promise<void>): Promise<void> {
  const done = new AbortController()
  try {
    await Promise.race([sooner, realSleep(detachRead.afterMs, done.signal).catch(() => undefined)])
  } finally {
    done.abort()
  }
}
