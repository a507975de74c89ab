/**
 * A Packer template's builder options (a JSON builder or an HCL2 source block) as the action's
 * option keys: Packer's osc-chroot docs use some Amazon spellings (which do not work in Packer
 * itself), and Packer's builder accepts a few options it ignores.
 */
import { isMap, show, type ValueContext } from '../parse.js'

/** The builder types a template may hold for this action. */
export const builderTypes = ['osc-chroot', 'outscale-chroot']

/** Amazon spellings from Packer's osc-chroot docs → our keys. */
const amazonSpellings: Record<string, string> = {
  ami_name: 'omi_name',
  ami_description: 'omi_description',
  ami_virtualization_type: 'omi_virtualization_type',
  ami_block_device_mappings: 'omi_block_device_mappings',
  ami_users: 'omi_account_ids',
  ami_product_codes: 'product_codes',
  source_ami: 'source_omi',
  source_ami_filter: 'source_omi_filter'
}

/** Options Packer's builder accepts but ignores: accepted here too, with a warning. */
const ignoredPackerOptions = [
  'token',
  'mfa_code',
  'skip_metadata_api_check',
  'omi_regions',
  'omi_groups',
  'omi_product_codes'
]

/**
 * Renames and drops as described above; `keyAt(key)` reports about one option. `type` and `name`
 * (the builder's identity, not options) must already be removed.
 */
export function toBuilderOptions(
  options: Record<string, unknown>,
  keyAt: (key: string) => ValueContext
): Record<string, unknown> {
  const builderOptions: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    if (ignoredPackerOptions.includes(key)) {
      keyAt(key).warning(`ignored (Packer's builder ignores it too)`)
      continue
    }
    const renamed = amazonSpellings[key]
    if (renamed !== undefined) keyAt(key).warning(`an Amazon spelling; use ${renamed}`)
    const optionAt = keyAt(renamed ?? key)
    builderOptions[renamed ?? key] = key.endsWith('block_device_mappings')
      ? renameDeleteOnTermination(value, optionAt)
      : value
  }
  return builderOptions
}

/** Block device mappings in Amazon's spelling use delete_on_termination. */
function renameDeleteOnTermination(mappings: unknown, at: ValueContext): unknown {
  if (!Array.isArray(mappings)) return mappings
  return mappings.map((mapping: unknown, index) => {
    if (!isMap(mapping) || !('delete_on_termination' in mapping)) return mapping
    at.child(index).warning(
      `delete_on_termination ${show(mapping.delete_on_termination)} is an Amazon spelling; ` +
        `use delete_on_vm_deletion`
    )
    const { delete_on_termination: deleteOnTermination, ...rest } = mapping
    return { ...rest, delete_on_vm_deletion: deleteOnTermination }
  })
}
