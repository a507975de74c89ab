/**
 * The floor of a build: what the cloud itself takes on the critical path (create, link, unlink,
 * snapshot, register, as the simulator was told) plus the provisioning as measured in the
 * chroot. Everything above it is ours. Step by step, the same split says where our part goes.
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

export interface OverheadRow {
  /** A step name, or "(outside the steps)" for process start-up, configuration and reporting. */
  step: string
  ms: number
  cloudMs: number
  overheadMs: number
}

export const OUTSIDE_STEPS = '(outside the steps)'

/** Where the overhead of one build goes: each step's time minus its cloud time. */
export function overheadByStep(
  profile: BenchProfile,
  inputs: FloorInputs,
  steps: ManifestStep[],
  wallMs: number
): OverheadRow[] {
  const cloud = cloudMsByStep(profile, inputs)
  const rows = steps
    .filter((step) => step.status !== 'skipped')
    .map((step) => {
      const ms = Math.round(step.seconds * 1000)
      const cloudMs = Math.round(cloud[step.name] ?? 0)
      return { step: step.name, ms, cloudMs, overheadMs: ms - cloudMs }
    })
  const inSteps = rows.reduce((sum, row) => sum + row.ms, 0)
  rows.push({ step: OUTSIDE_STEPS, ms: wallMs - inSteps, cloudMs: 0, overheadMs: wallMs - inSteps })
  return rows
}
