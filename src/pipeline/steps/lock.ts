import { acquireHostLock, hostLockProblem } from '../../host/lock.js'
import type { StepJournal } from '../journal.js'
import { buildStep } from '../step.js'
import type { BuildContext } from '../context.js'

/** Waits for the host lock and journals it, so that the post step releases it after a kill. */
export async function takeHostLock(
  { buildId, signal, host }: Pick<BuildContext, 'buildId' | 'signal' | 'host'>,
  journal: StepJournal
): Promise<void> {
  const held = await acquireHostLock({ purpose: `osc-chroot build ${buildId}`, signal, host })
  journal.record({ kind: 'lock', lock: held.lock })
}

/**
 * The host-wide lock: choosing a device name and claiming it in the link ledger happen under it,
 * so parallel builds on one runner never pick the same name. The volume is created and the names
 * in use are read before it; StepLinkVolume releases it once its claim is written (before
 * LinkVolume; on a host without by-id names nor a record of them since boot, once the disk is
 * found: by-id-record.ts), which keeps it short.
 */
export const stepLock = buildStep({
  name: 'StepLock',
  title: 'Taking the host device lock',
  async run(context, { journal }) {
    await takeHostLock(context, journal)
  }
})

/**
 * Called right before the device name is claimed: a lock lost by then (not refreshed in time, or
 * taken over by another build) means another build may be choosing the same device name, so the
 * build stops before linking. Once the claim is written, a lost lock is only a warning.
 */
export function requireHostLock({ journal }: Pick<BuildContext, 'journal'>): void {
  for (const entry of journal.active('lock')) {
    if (entry.resource.kind !== 'lock') continue
    const { lock } = entry.resource
    const problem = hostLockProblem(lock)
    if (problem) {
      throw new Error(
        `The host lock ${lock.path} was lost before LinkVolume (${problem}): another build on ` +
          'this runner may choose the same device name, so this one stops before linking. ' +
          'Run it again; if it keeps happening, the runner is too loaded to refresh the lock in time.'
      )
    }
  }
}
