import { buildStep } from '../step.js'
import { undo } from '../undo.js'
import { unlinkOverlapOf } from '../unlink-overlap.js'

/** Unlinks the volume (never while mounted) and waits until it is free to snapshot. */
export const stepUnlinkVolume = buildStep({
  name: 'StepUnlinkVolume',
  title: 'Unlinking the volume',
  async run(context) {
    await undo(context.journal, context, ['link'])
  }
})

/**
 * The same, run together with stepSnapshotWhileLinked (snapshot.ts): UnlinkVolume goes out once
 * CreateSnapshot has answered, and the unlink's wait runs while the snapshot is made.
 */
export const stepUnlinkAlongsideSnapshot = buildStep({
  name: 'StepUnlinkVolume',
  title: 'Unlinking the volume',
  async run(context) {
    const overlap = unlinkOverlapOf(context)
    await overlap.snapshotAnswered
    try {
      await undo(context.journal, context, ['link'])
      overlap.endUnlink({ unlinked: true })
    } catch (error) {
      overlap.endUnlink({ unlinked: false })
      throw error
    }
  }
})
