import { log } from '../../log.js'
import { render } from '../../template.js'
import { buildStep } from '../step.js'
import { buildInfoVars, renderMap } from '../context.js'

/**
 * Renders every template that uses the source OMI (tags, snapshot_tags, root_volume_tags, their
 * keys included, and omi_description) as soon as the source is known: a missing tag such as
 * {{.SourceOMITags.Version}} fails here, in dry_run too, before anything is created, never
 * after the OMI exists. omi_name is rendered earlier, with the configuration.
 */
export const stepRenderTemplates = buildStep({
  name: 'StepRenderTemplates',
  title: 'Rendering the templates',
  async run(context) {
    const { config } = context
    const problems: string[] = []
    const attempt = <T>(renderIt: () => T, empty: T): T => {
      try {
        return renderIt()
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error))
        return empty
      }
    }
    const rendered = {
      tags: attempt(() => renderMap(config.tags, context, 'tags'), {}),
      snapshotTags: attempt(() => renderMap(config.snapshotTags, context, 'snapshot_tags'), {}),
      rootVolumeTags: attempt(
        () => renderMap(config.rootVolumeTags, context, 'root_volume_tags'),
        {}
      ),
      omiDescription: attempt(
        () => render(config.omiDescription, buildInfoVars(context), 'omi_description'),
        ''
      )
    }
    if (problems.length > 0) {
      throw new Error(
        `${problems.length} template(s) cannot be rendered:\n- ${problems.join('\n- ')}`
      )
    }
    context.rendered = rendered
    log.info('Every template renders with this source OMI.')
  }
})
