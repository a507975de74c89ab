import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'
import { undo } from '../undo.js'

/** Unlinks the volume (never while mounted) and waits until it is free to snapshot. */
export const stepUnlinkVolume: Step<BuildContext> = {
  name: 'StepUnlinkVolume',
  title: 'Unlinking the volume',
  async run(context) {
    await undo(context.journal, context, ['link'])
  }
}
