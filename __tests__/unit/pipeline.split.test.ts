/**
 * Split mode shares the all-in-one pipeline: one list cut in two at the ready chroot, never a
 * copy. prepare ends with the chroot mounted and provisioned; finish starts by unmounting.
 */
import { describe, expect, it } from '@jest/globals'
import { buildSteps, finishSteps, prepareSteps } from '../../src/pipeline/pipeline.js'
import type { Step } from '../../src/pipeline/runner.js'

/** Step names, with the steps a together() group runs at the same time listed one by one. */
const namesOf = <C>(steps: Step<C>[]): string[] =>
  steps.flatMap((step) => (step.together ? namesOf(step.together) : [step.name]))

describe('the pipeline split at the ready chroot', () => {
  it('is the all-in-one list, cut in two', () => {
    expect(buildSteps).toEqual([...prepareSteps, ...finishSteps])
  })

  it('prepare holds everything up to the provisioned chroot, finish the rest', () => {
    const prepare = namesOf(prepareSteps)
    const finish = namesOf(finishSteps)
    expect(prepare).toEqual(
      expect.arrayContaining([
        'StepCreateVolume',
        'StepLinkVolume',
        'StepMount',
        'StepCopyFiles',
        'StepPreventServiceStart',
        'StepChrootMounts',
        'StepProvision'
      ])
    )
    expect(finish[0]).toBe('StepUnmount')
    expect(finish).toEqual(
      expect.arrayContaining(['StepUnlinkVolume', 'StepSnapshot', 'StepRegisterOmi', 'StepTags'])
    )
    expect(prepare.filter((name) => finish.includes(name))).toEqual([])
  })
})
