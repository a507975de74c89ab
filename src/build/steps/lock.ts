import { acquireHostLock } from '../../host/lock.js'
import type { Step } from '../runner.js'
import { undo } from '../undo.js'
import type { BuildContext } from '../context.js'

/**
 * The host-wide lock: choosing a device name, linking and waiting for the block device happen
 * under it, so parallel builds on one runner never pick the same name. The volume is created
 * before it (that takes seconds and needs no device), which keeps the lock short.
 */
export const stepLock: Step<BuildContext> = {
  name: 'StepLock',
  title: 'Taking the host device lock',
  async run({ journal, buildId, signal }) {
    const held = await acquireHostLock({ purpose: `osc-chroot build ${buildId}`, signal })
    journal.record('StepLock', { kind: 'lock', lock: held.lock })
  }
}

/** Releases the lock as soon as the block device is visible. */
export const stepUnlock: Step<BuildContext> = {
  name: 'StepUnlock',
  title: 'Releasing the host device lock',
  async run(context) {
    await undo(context.journal, context, ['lock'])
  }
}
