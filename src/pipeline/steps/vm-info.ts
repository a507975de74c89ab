import { log } from '../../log.js'
import { buildStep } from '../step.js'
import { readRunnerVm } from '../first-reads.js'

/** The runner's own VM: where the volume is created (its subregion) and linked. */
export const stepVmInfo = buildStep({
  name: 'StepVmInfo',
  title: "Reading the runner's VM",
  async run(context) {
    const { vmId, region } = context
    const vm = await readRunnerVm(context)
    if (!vm) {
      throw new Error(
        `VM ${vmId} (this runner, from the metadata service) is not visible with these credentials in region ${region}. ` +
          "The credentials must belong to the account that owns the runner VM, and region must be the VM's region."
      )
    }
    context.vm = vm
    const subregion = vm.Placement?.SubregionName
    if (subregion && subregion !== context.subregion) {
      log.warning(
        `The metadata service says subregion ${context.subregion}, the API says ${subregion}; using ${subregion}.`
      )
      context.subregion = subregion
    }
    log.info(`Runner VM ${vm.VmId} in ${context.subregion}.`)
  }
})
