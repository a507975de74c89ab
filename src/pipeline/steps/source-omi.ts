import { log } from '../../log.js'
import type { FiltersImage, Image } from '../../oapi/index.js'
import type { SourceOmiFilter } from '../../config/types.js'
import { buildStep } from '../step.js'
import { readAccountId } from '../first-reads.js'

/** Packer's filter keys (the 7 it supports) and their OAPI names; OAPI names are accepted as is. */
const packerFilterNames: Record<string, keyof FiltersImage> = {
  'account-alias': 'AccountAliases',
  'account-id': 'AccountIds',
  architecture: 'Architectures',
  'image-id': 'ImageIds',
  'image-name': 'ImageNames',
  'virtualization-type': 'VirtualizationTypes',
  'root-device-type': 'RootDeviceTypes'
}

/**
 * The ReadImages filters for source_omi and source_omi_filter together. Packer drops source_omi
 * when filters are set; here both apply. Owners: account ids (12 digits) go to AccountIds, `self`
 * to our own id (the OAPI `self` alias matches nothing), others to aliases. Packer's:
 * https://github.com/outscale/packer-plugin-outscale/blob/35975cea494085e64650ad8bf3d23aa54a7729fc/builder/common/step_source_omi_info.go
 */
export function sourceImageFilters(
  sourceOmi: string,
  filter: SourceOmiFilter | undefined,
  ownAccountId: string
): FiltersImage {
  const filters: Record<string, string[]> = {}
  const add = (name: string, values: string[]) => {
    filters[name] = [...(filters[name] ?? []), ...values]
  }
  if (sourceOmi) add('ImageIds', [sourceOmi])
  for (const [key, value] of Object.entries(filter?.filters ?? {})) {
    add(packerFilterNames[key] ?? key, Array.isArray(value) ? value : [value])
  }
  for (const owner of filter?.owners ?? []) {
    if (owner === 'self') add('AccountIds', [ownAccountId])
    else if (/^\d{12}$/.test(owner)) add('AccountIds', [owner])
    else add('AccountAliases', [owner])
  }
  return filters as FiltersImage
}

/** ISO 8601 dates in one format sort as text; localeCompare would load ICU's collation data. */
function newestFirst(a: Image, b: Image): number {
  const [newer, older] = [b.CreationDate ?? '', a.CreationDate ?? '']
  return newer < older ? -1 : newer > older ? 1 : 0
}

/** Finds the source OMI by id and/or filters; most_recent picks the newest of several. */
export const stepSourceOmi = buildStep({
  name: 'StepSourceOmi',
  title: 'Finding the source OMI',
  skip: ({ config }) => config.fromScratch,
  async run(context) {
    const { client, config, signal } = context
    // Only `owners: [self]` needs our account id; otherwise this read goes out with the others.
    const needsAccount = config.sourceOmiFilter?.owners?.includes('self') ?? false
    const filters = sourceImageFilters(
      config.sourceOmi,
      config.sourceOmiFilter,
      needsAccount ? await readAccountId(context) : ''
    )
    const images = (await client.readImages(filters, signal)).filter(
      (image) => image.State === 'available'
    )
    const described = JSON.stringify(filters)
    if (images.length === 0) {
      throw new Error(
        `no available OMI matches source_omi/source_omi_filter (${described}). Check the id, the filters and the owners.`
      )
    }
    if (images.length > 1 && !config.sourceOmiFilter?.mostRecent) {
      const names = images.slice(0, 5).map((image) => `${image.ImageId} (${image.ImageName})`)
      throw new Error(
        `${images.length} OMIs match source_omi_filter (${described}): ${names.join(', ')}${images.length > 5 ? ', ...' : ''}. ` +
          'Make the filters more specific, or set most_recent: true to take the newest.'
      )
    }
    const [image] = images.sort(newestFirst)
    context.sourceImage = image
    context.baseImage = image
    log.info(
      `Source OMI: ${image.ImageId} "${image.ImageName}" (account ${image.AccountId}, created ${image.CreationDate}).`
    )
  }
})
