import { log } from '../../log.js'
import { persist, toResourceTags, waitForImageAvailable } from '../../oapi/index.js'
import { cleanResourceName } from '../../template.js'
import { buildStep } from '../step.js'
import { buildTags, persistOptions, waitOptions } from '../context.js'

/** The longest OMI name CreateImage accepts. */
const maxImageNameLength = 128

/**
 * The copy's name: the source's, shortened if need be, then the whole build id (builds of one
 * matrix share their run id: a cut build id would name another build's copy). Packer's copy name
 * holds ':' and '+' (Go's time string), which CreateImage refuses.
 */
export function copyName(sourceName: string, buildId: string): string {
  const suffix = cleanResourceName(`-osc-chroot-copy-${buildId}`)
  const room = Math.max(0, maxImageNameLength - suffix.length)
  return cleanResourceName(sourceName).slice(0, room) + suffix
}

/**
 * A source owned by another account (e.g. Outscale's public images) cannot give its snapshot to
 * CreateVolume: copy the OMI into our account first. The copy is temporary: the journal deletes it
 * (and its snapshots) at the end, whatever happens.
 */
export const stepCopySourceOmi = buildStep({
  name: 'StepCopySourceOmi',
  title: 'Copying the source OMI into this account',
  skip: ({ config, sourceImage, accountId }) =>
    config.fromScratch || sourceImage?.AccountId === accountId,
  async run(context, { journal, need }) {
    const { client, signal, region } = context
    const source = need('sourceImage')
    const name = copyName(source.ImageName ?? source.ImageId, context.buildId)
    // Journaled by its name (it holds the build id) before the call, as the volume is.
    const found = { imageName: name, accountId: context.accountId, buildId: context.buildId }
    const recorded = journal.record({ kind: 'source-copy', ...found })
    const copy = await client.createImage(
      { SourceImageId: source.ImageId, SourceRegionName: region, ImageName: name },
      signal
    )
    recorded.update({ imageId: copy.ImageId })
    await persist(
      () =>
        client.createTags(
          { ResourceIds: [copy.ImageId], Tags: toResourceTags(buildTags(context)) },
          signal
        ),
      persistOptions(context, 'omi', `tagging the source copy ${copy.ImageId}`)
    )
    log.info(`Copying ${source.ImageId} to ${copy.ImageId}...`)
    // A copy takes far longer than a registration: its durations are learned apart.
    context.baseImage = await waitForImageAvailable(client, copy.ImageId, {
      ...waitOptions(context, 'omi'),
      learnAs: 'omi-copy'
    })
    log.info(`Copied source OMI: ${copy.ImageId}.`)
  }
})
