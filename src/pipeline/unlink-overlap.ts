/**
 * How StepSnapshot and StepUnlinkVolume take turns when they run together: the snapshot is
 * requested while the volume is still linked (nothing writes to it since the unmount, and its data
 * is cut when the snapshot completes: https://docs.outscale.com/en/userguide/About-Snapshots.html),
 * and UnlinkVolume goes out once CreateSnapshot has answered, so the unlink runs while the snapshot
 * is made instead of before it; whether the volume is detached is read once the snapshot is done. When the API refuses CreateSnapshot of a linked
 * volume (409), the snapshot is requested again once the unlink is done: the order without overlap.
 */
import type { BuildContext } from './context.js'

export interface UnlinkOutcome {
  unlinked: boolean
}

export interface UnlinkOverlap {
  /** Resolves once CreateSnapshot has answered, whatever the answer (or was never sent). */
  snapshotAnswered: Promise<void>
  answerSnapshot(): void
  /**
   * Resolves once the snapshot step has ended, or waits for the unlink: from then on the unlink
   * reads whether the volume is detached. The detach is long done by the time a snapshot
   * completes, so one read replaces a poll during it.
   */
  unlinkAwaited: Promise<void>
  awaitUnlink(): void
  /** Resolves (never rejects: the unlink step reports its own error) once the unlink has ended. */
  unlinkEnded: Promise<UnlinkOutcome>
  endUnlink(outcome: UnlinkOutcome): void
}

const overlaps = new WeakMap<BuildContext, UnlinkOverlap>()

function newOverlap(): UnlinkOverlap {
  let answerSnapshot!: () => void
  let awaitUnlink!: () => void
  let endUnlink!: (outcome: UnlinkOutcome) => void
  const snapshotAnswered = new Promise<void>((resolve) => (answerSnapshot = resolve))
  const unlinkAwaited = new Promise<void>((resolve) => (awaitUnlink = resolve))
  const unlinkEnded = new Promise<UnlinkOutcome>((resolve) => (endUnlink = resolve))
  return { snapshotAnswered, answerSnapshot, unlinkAwaited, awaitUnlink, unlinkEnded, endUnlink }
}

/** The build's overlap: one per build, shared by the two steps. */
export function unlinkOverlapOf(context: BuildContext): UnlinkOverlap {
  let overlap = overlaps.get(context)
  if (!overlap) {
    overlap = newOverlap()
    overlaps.set(context, overlap)
  }
  return overlap
}
