import { OapiError } from '../../oapi/index.js'
import { buildStep } from '../step.js'
import { readRunnerVm } from '../first-reads.js'

/**
 * Proves the keys, the region and the clock before anything is created, with the runner VM's
 * ReadVms that StepVmInfo needs anyway (one request for both, first-reads.ts): it says here what a
 * 401 means; whether the VM is visible is StepVmInfo's to say.
 */
export const stepCheckCredentials = buildStep({
  name: 'StepCheckCredentials',
  title: 'Checking the credentials',
  async run(context) {
    const { region } = context
    try {
      await readRunnerVm(context)
    } catch (error) {
      if (error instanceof OapiError && error.httpStatus === 401) {
        throw new Error(
          `the Outscale API refused the credentials in region ${region} (${error.message}). ` +
            'Check access_key/secret_key (or OSC_ACCESS_KEY/OSC_SECRET_KEY), region, and that the runner clock is right.',
          { cause: error }
        )
      }
      throw error
    }
  }
})
