import { installPolicyRcd } from '../../host/policy-rc-d.js'
import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'

/**
 * prevent_service_start: a policy-rc.d that forbids starting services, for the duration of the
 * provisioning; the image's own entry comes back at unmount (journal kind policy-rcd).
 */
export const stepPreventServiceStart: Step<BuildContext> = {
  name: 'StepPreventServiceStart',
  title: 'Keeping services from starting in the chroot',
  skip: ({ config }) => !config.preventServiceStart,
  async run({ host, journal, mountPath }) {
    const installed = await installPolicyRcd(host, mountPath!)
    journal.record('StepPreventServiceStart', { kind: 'policy-rcd', undo: installed })
  }
}
