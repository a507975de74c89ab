/**
 * The benchmark's floor (bench/floor.ts): the sequential floor, the floor of the path the build
 * takes (the unlink during the snapshot), and the per-step rows, where steps that run at the same
 * time are one row so that the rows add up to the wall time.
 */
import { describe, expect, it } from '@jest/globals'
import {
  floorMs,
  overheadByStep,
  overlappedFloorMs,
  OUTSIDE_STEPS,
  type ManifestStep
} from '../../bench/floor.js'
import { referenceProfile } from '../../bench/profiles.js'

const inputs = { provisionMs: 1000, snapshotWrittenBytes: 0 }
const { latency } = referenceProfile

const step = (name: string, seconds: number): ManifestStep => ({
  name,
  title: name,
  seconds,
  status: 'done'
})

describe('the floors', () => {
  it('the overlapped path is the sequential floor without the detach', () => {
    expect(floorMs(referenceProfile, inputs) - overlappedFloorMs(referenceProfile, inputs)).toBe(
      latency.linkDetachMs
    )
  })
})

describe('overheadByStep', () => {
  const snapshotMs = latency.snapshotQueueMs + latency.snapshotMs
  const steps = [
    step('StepCheckCredentials', 0.06),
    step('StepPrevalidateName', 0.03),
    step('StepVmInfo', 0.03),
    step('StepSourceOmi', 0.04),
    step('StepCheckSandbox', 0.02),
    step('StepCreateVolume', latency.volumeCreateMs / 1000 + 0.3),
    { ...step('StepCopySourceOmi', 0), status: 'skipped' },
    // The unlink's step ends 0.2 s after the snapshot's; both started together.
    step('StepUnlinkVolume', snapshotMs / 1000 + 0.4),
    step('StepSnapshot', snapshotMs / 1000 + 0.2)
  ]
  const inSteps = 0.06 + latency.volumeCreateMs / 1000 + 0.3 + snapshotMs / 1000 + 0.4
  const wallMs = Math.round((inSteps + 0.1) * 1000)
  const rows = overheadByStep(referenceProfile, inputs, steps, wallMs)

  it('makes one row of steps run together: the longest member against the longest cloud time', () => {
    expect(rows.map((row) => row.step)).toEqual([
      'StepCheckCredentials + StepPrevalidateName + StepVmInfo + StepSourceOmi + StepCheckSandbox',
      'StepCreateVolume',
      'StepUnlinkVolume + StepSnapshot',
      OUTSIDE_STEPS
    ])
    expect(rows[0]).toEqual({ step: rows[0].step, ms: 60, cloudMs: 0, overheadMs: 60 })
    expect(rows[2]).toEqual({
      step: 'StepUnlinkVolume + StepSnapshot',
      ms: snapshotMs + 400,
      cloudMs: snapshotMs,
      overheadMs: 400
    })
  })

  it('adds up to the wall time, the time outside the steps a small positive figure', () => {
    expect(rows.reduce((sum, row) => sum + row.ms, 0)).toBe(wallMs)
    expect(rows.at(-1)?.ms).toBe(100)
  })
})
