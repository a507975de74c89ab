import { log } from '../../log.js'
import { buildStep } from '../step.js'
import { readAccountId } from '../first-reads.js'

/**
 * Our account id, and the OMI name free in it. Only our own images count: someone else's public
 * image with the same name is not a conflict (Packer looks the name up in every image the account
 * can see: https://github.com/outscale/packer-plugin-outscale/blob/08cb69433a89242fcb098bd917ae4ddaebd871a4/builder/common/step_pre_validate.go).
 */
export const stepPrevalidateName = buildStep({
  name: 'StepPrevalidateName',
  title: 'Checking the OMI name',
  async run(context) {
    const { client, config, signal } = context
    const accountId = await readAccountId(context)
    context.accountId = accountId

    if (config.forceDeregister) {
      log.info(
        `force_deregister is set: an existing OMI named "${config.omiName}" will be replaced.`
      )
      return
    }
    const taken = await client.readImages(
      { ImageNames: [config.omiName], AccountIds: [accountId] },
      signal
    )
    const same = taken.find((image) => image.ImageName === config.omiName)
    if (same) {
      throw new Error(
        `omi_name "${config.omiName}" is already used by ${same.ImageId} in this account. ` +
          'Choose another name (e.g. add {{timestamp}}) or set force_deregister: true to replace it.'
      )
    }
    log.info(`OMI name "${config.omiName}" is free.`)
  }
})
