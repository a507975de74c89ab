/** prevent_service_start's policy-rc.d; the image's own (or none) comes back (host/policy-rc-d.ts). */
import type { ReplacedFile } from '../../host/image-file.js'
import { removePolicyRcd } from '../../host/policy-rc-d.js'
import type { ResourceModule } from './resource.js'

export interface PolicyRcdResource {
  kind: 'policy-rcd'
  undo: ReplacedFile
}

export const policyRcd: ResourceModule<PolicyRcdResource> = {
  describe: () => 'policy-rcd',
  undo: (resource, { host }) => removePolicyRcd(host, resource.undo)
}
