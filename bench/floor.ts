/**
 * The floor of a build: what the cloud itself takes (create, link, unlink, snapshot, register, as
 * the simulator was told) one after the other, plus the provisioning as measured in the chroot;
 * and the floor of the path the build takes, where the unlink runs during the snapshot. Everything
 * above the latter is ours. Step by step, the same split says where our part goes.
 */
import type { BenchProfile } from './profiles.js'

const GIB = 1024 ** 3

/** A step of the manifest's custom_data.steps (src/pipeline/runner.ts StepTiming). */
export interface ManifestStep {
  name: string
  title: string
  seconds: number
  status: string
}

/** What a build did that the floor depends on. */
export interface FloorInputs {
  provisionMs: number
  /** Bytes written in the snapshotted volume: the simulator's snapshot time grows with them. */
  snapshotWrittenBytes: number
}

/** The cloud's (and provisioning's) own milliseconds inside each step that has any. */
export function cloudMsByStep(profile: BenchProfile, inputs: FloorInputs): Record<string, number> {
  const { latency } = profile
  const writtenGiB = inputs.snapshotWrittenBytes / GIB
  return {
    StepCreateVolume: latency.volumeCreateMs,
    StepLinkVolume: latency.linkAttachMs,
    StepProvision: inputs.provisionMs,
    StepUnlinkVolume: latency.linkDetachMs,
    StepSnapshot:
      latency.snapshotQueueMs + latency.snapshotMs + latency.snapshotMsPerGiBWritten * writtenGiB,
    StepRegisterOmi: latency.imageCreateMs
  }
}

export function floorMs(profile: BenchProfile, inputs: FloorInputs): number {
  return Object.values(cloudMsByStep(profile, inputs)).reduce((sum, ms) => sum + ms, 0)
}

/**
 * The floor of the path the build takes: the unlink runs while the snapshot is made (it is
 * requested once CreateSnapshot has answered, and a detach is shorter than a snapshot), so the
 * cloud's own critical path is the sequential floor without the unlink's time. A build that only
 * reaches it has no overhead at all; the sequential floor is what Packer's order would take.
 */
export function overlappedFloorMs(profile: BenchProfile, inputs: FloorInputs): number {
  const cloud = cloudMsByStep(profile, inputs)
  return floorMs(profile, inputs) - Math.min(cloud.StepUnlinkVolume, cloud.StepSnapshot)
}

/**
 * Steps the pipeline runs at the same time (`together()` in src/pipeline/pipeline.ts): they start
 * together, so the group takes as long as its longest member, and its cloud time is the longest
 * of its members' (the unlink's detach happens during the snapshot). Each group is one row.
 */
export const stepGroups: string[][] = [
  [
    'StepCheckCredentials',
    'StepPrevalidateName',
    'StepVmInfo',
    'StepSourceOmi',
    'StepCheckSandbox'
  ],
  ['StepUnlinkVolume', 'StepSnapshot']
]

export interface OverheadRow {
  /** A step name, or "(outside the steps)" for process start-up, configuration and reporting. */
  step: string
  ms: number
  cloudMs: number
  overheadMs: number
}

export const OUTSIDE_STEPS = '(outside the steps)'

/** The steps' rows, the members of a group (stepGroups) merged into one row where the first ran. */
function groupedRows(rows: OverheadRow[]): OverheadRow[] {
  const merged: OverheadRow[] = []
  for (const row of rows) {
    const group = stepGroups.find((members) => members.includes(row.step))
    if (!group) {
      merged.push(row)
      continue
    }
    const name = group.join(' + ')
    const existing = merged.find((other) => other.step === name)
    if (!existing) {
      merged.push({ ...row, step: name })
      continue
    }
    existing.ms = Math.max(existing.ms, row.ms)
    existing.cloudMs = Math.max(existing.cloudMs, row.cloudMs)
    existing.overheadMs = existing.ms - existing.cloudMs
  }
  return merged
}

/**
 * Where the overhead of one build goes: each step's time minus its cloud time, steps that run at
 * the same time as one row (stepGroups), so the rows add up to the wall time.
 */
export function overheadByStep(
  profile: BenchProfile,
  inputs: FloorInputs,
  steps: ManifestStep[],
  wallMs: number
): OverheadRow[] {
  const cloud = cloudMsByStep(profile, inputs)
  const rows = groupedRows(
    steps
      .filter((step) => step.status !== 'skipped')
      .map((step) => {
        const ms = Math.round(step.seconds * 1000)
        const cloudMs = Math.round(cloud[step.name] ?? 0)
        return { step: step.name, ms, cloudMs, overheadMs: ms - cloudMs }
      })
  )
  const inSteps = rows.reduce((sum, row) => sum + row.ms, 0)
  rows.push({ step: OUTSIDE_STEPS, ms: wallMs - inSteps, cloudMs: 0, overheadMs: wallMs - inSteps })
  return rows
}
