import { buildStep } from '../step.js'
import { undo } from '../undo.js'

/** Unlinks the volume (never while mounted) and waits until it is free to snapshot. */
export const stepUnlinkVolume = buildStep({
  name: 'StepUnlinkVolume',
  title: 'Unlinking the volume',
  async run(context) {
    await undo(context.journal, context, ['link'])
  }
})
