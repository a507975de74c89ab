import { OapiError } from '../../oapi/index.js'
import { buildStep } from '../step.js'

/** A dry-run ReadVms: proves the keys, the region and the clock before anything is created. */
export const stepCheckCredentials = buildStep({
  name: 'StepCheckCredentials',
  title: 'Checking the credentials',
  async run({ client, region, signal }) {
    try {
      await client.call('ReadVms', { DryRun: true }, signal)
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
