import { log } from '../../log.js'
import { buildStep } from '../step.js'
import { unlinkOverlapOf } from '../unlink-overlap.js'
import { awaitUnlinked, requestUnlink } from '../resources/link.js'

/**
 * Unlinks the volume (never while mounted; resources/link.ts), run together with
 * stepSnapshotWhileLinked (snapshot.ts): UnlinkVolume goes out once
 * CreateSnapshot has answered, and whether the volume is detached is read once the snapshot is
 * done (or needs the unlink first), the journal entry marked undone only then.
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
        const requested = await requestUnlink(entry.resource, context, context.journal)
        await overlap.unlinkAwaited
        if (requested) await awaitUnlinked(entry.resource, context)
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
