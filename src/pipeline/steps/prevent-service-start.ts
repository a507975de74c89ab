import { installPolicyRcd } from '../../host/policy-rc-d.js'
import { buildStep } from '../step.js'

/**
 * prevent_service_start: a policy-rc.d that forbids starting services, for the duration of the
 * provisioning; the image's own entry comes back at unmount (journal kind policy-rcd).
 */
export const stepPreventServiceStart = buildStep({
  name: 'StepPreventServiceStart',
  title: 'Keeping services from starting in the chroot',
  skip: ({ config }) => !config.preventServiceStart,
  async run({ host }, { journal, need }) {
    const installed = await installPolicyRcd(host, need('mountPath'))
    journal.record({ kind: 'policy-rcd', undo: installed })
  }
})
