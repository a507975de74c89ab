/**
 * What the steps share: the configuration, the means (API client, host runner, journal), and
 * what the build has found or made so far. A step reads what earlier steps set and sets its own.
 */
import type { BuildConfig } from '../config/types.js'
import type { HostRunner } from '../host/exec.js'
import type {
  Image,
  OapiClient,
  PollPolicy,
  Snapshot,
  Vm,
  Volume,
  WaitProgress
} from '../oapi/index.js'
import { formatDuration } from '../oapi/index.js'
import { log } from '../log.js'
import { render } from '../template.js'
import type { Journal } from './journal.js'

export interface BuildContext {
  config: BuildConfig
  client: OapiClient
  host: HostRunner
  journal: Journal
  signal: AbortSignal
  poll: PollPolicy
  /** This build's id: tagged on every temporary resource, names the journal. */
  buildId: string
  /** When the build started (ISO), tagged with the build id. */
  startedAt: string

  region: string
  subregion: string
  vmId: string
  accountId?: string
  vm?: Vm
  /** The OMI the user asked for (by id or filters). */
  sourceImage?: Image
  /** The OMI the volume is made from: the source, or our copy of a foreign-owned source. */
  baseImage?: Image
  /** The name given to LinkVolume, e.g. /dev/xvdf. */
  deviceName?: string
  /** The block device the kernel shows for it, e.g. /dev/sdf or /dev/loop3. */
  blockDevice?: string
  volume?: Volume
  mountPath?: string
  snapshot?: Snapshot
  image?: Image
  /** The templates that use the source OMI, rendered as soon as it is known (render-templates.ts). */
  rendered?: RenderedTemplates
}

export interface RenderedTemplates {
  tags: Record<string, string>
  snapshotTags: Record<string, string>
  rootVolumeTags: Record<string, string>
  omiDescription: string
}

/**
 * The variables templates of tags, descriptions and volume tags can use: Packer's "build template
 * data" (src/template.ts, templateVariables), with BuildRegion always set.
 */
export function buildInfoVars(context: BuildContext): Record<string, unknown> {
  const source = context.sourceImage
  return {
    BuildRegion: context.region,
    SourceOMI: source?.ImageId ?? '',
    SourceOMIName: source?.ImageName ?? '',
    SourceOMITags: Object.fromEntries((source?.Tags ?? []).map((tag) => [tag.Key, tag.Value]))
  }
}

/** Renders a map option (tags, snapshot_tags, root_volume_tags), keys and values. */
export function renderMap(
  map: Record<string, string>,
  context: BuildContext,
  field: string
): Record<string, string> {
  const vars = buildInfoVars(context)
  return Object.fromEntries(
    Object.entries(map).map(([key, value]) => [
      render(key, vars, field),
      render(value, vars, field)
    ])
  )
}

/** Tag keys of every temporary resource; the orphan sweep (sweep.ts) finds orphans by them. */
export const buildIdTag = 'osc-chroot:build-id'
export const createdAtTag = 'osc-chroot:created-at'

/**
 * The tags every temporary resource carries, so an orphan can be traced to its build. Both go in
 * one CreateTags call: a resource never has a build id without the age the sweep needs.
 */
export function buildTags(context: BuildContext): Record<string, string> {
  return { [buildIdTag]: context.buildId, [createdAtTag]: context.startedAt }
}

/** Waiter options for a phase: the user's deadline, cancellation, and a log line per change. */
export function waitOptions(context: BuildContext, phase: keyof BuildConfig['timeouts']) {
  let lastLine = ''
  return {
    timeoutSeconds: context.config.timeouts[phase],
    signal: context.signal,
    policy: context.poll,
    onProgress: (progress: WaitProgress) => {
      const percent = progress.progress === undefined ? '' : ` ${progress.progress}%`
      const line = `${progress.state}${percent}`
      if (line !== lastLine) {
        log.info(`  ${line} (${formatDuration(progress.elapsedMs)})`)
        lastLine = line
      }
    }
  }
}

/** persist() options for a phase: the user's deadline for it, and cancellation. */
export function persistOptions(
  context: BuildContext,
  phase: keyof BuildConfig['timeouts'],
  what: string
) {
  return { what, phase, timeoutSeconds: context.config.timeouts[phase], signal: context.signal }
}
