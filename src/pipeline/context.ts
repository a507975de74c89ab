/**
 * What the steps share: the configuration, the means (API client, host runner, journal), and
 * what the build has found or made so far. A step reads what earlier steps set and sets its own.
 */
import type { BuildConfig } from '../config/types.js'
import { createHostRunner, type HostRunner } from '../host/exec.js'
import type {
  Image,
  OapiClient,
  PollPolicy,
  Snapshot,
  Vm,
  Volume,
  WaitProgress
} from '../oapi/index.js'
import { formatDuration, pollPolicyFromEnv } from '../oapi/index.js'
import { log } from '../log.js'
import { render } from '../template.js'
import type { Journal } from './journal.js'

/**
 * What steps find or make for later steps. A step reads one with `need` (step.ts), which fails
 * naming the step when no earlier step has set it.
 */
export interface StepResults {
  accountId: string
  vm: Vm
  /** The OMI the user asked for (by id or filters). */
  sourceImage: Image
  /** The OMI the volume is made from: the source, or our copy of a foreign-owned source. */
  baseImage: Image
  /** The device names this VM's links use according to the API, read before the host lock. */
  namesInUse: string[]
  /** The name given to LinkVolume, e.g. /dev/xvdf. */
  deviceName: string
  /** The block device the kernel shows for it, e.g. /dev/sdf or /dev/loop3. */
  blockDevice: string
  volume: Volume
  mountPath: string
  snapshot: Snapshot
  image: Image
  /** The templates that use the source OMI, rendered as soon as it is known (render-templates.ts). */
  rendered: RenderedTemplates
}

/** What each result is, and which step sets it: the words of `need`'s error. */
const stepResults: { [K in keyof StepResults]: { what: string; setBy: string } } = {
  accountId: { what: 'the account id', setBy: 'StepPrevalidateName' },
  vm: { what: "the runner's VM", setBy: 'StepVmInfo' },
  sourceImage: { what: 'the source OMI', setBy: 'StepSourceOmi' },
  baseImage: { what: 'the OMI to make the volume from', setBy: 'StepSourceOmi, StepCopySourceOmi' },
  namesInUse: { what: "the device names of the VM's links", setBy: 'StepReadDeviceNames' },
  deviceName: { what: 'the device name', setBy: 'StepLinkVolume' },
  blockDevice: { what: 'the block device', setBy: 'StepLinkVolume' },
  volume: { what: 'the volume', setBy: 'StepCreateVolume' },
  mountPath: { what: 'the mount path', setBy: 'StepMount' },
  snapshot: { what: 'the snapshot', setBy: 'StepSnapshot' },
  image: { what: 'the OMI', setBy: 'StepRegisterOmi' },
  rendered: { what: 'the rendered templates', setBy: 'StepRenderTemplates' }
}

/** Thrown by `need`: the steps run in an order that does not give a step what it reads. */
export class MissingStepResultError extends Error {
  constructor(
    readonly step: string,
    readonly result: keyof StepResults
  ) {
    const { what, setBy } = stepResults[result]
    super(`step ${step} needs ${what} from an earlier step (set by ${setBy}), and none has set it.`)
    this.name = 'MissingStepResultError'
  }
}

/** What an earlier step set; throws, naming `step`, when none has. */
export function need<K extends keyof StepResults>(
  context: Partial<StepResults>,
  result: K,
  step: string
): StepResults[K] {
  const value = context[result]
  if (value === undefined) throw new MissingStepResultError(step, result)
  return value as StepResults[K]
}

export interface BuildContext extends Partial<StepResults> {
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
  /** Split mode's prepare: the build stays open for osc-chroot-exec (src/split/). */
  leftOpen?: boolean

  region: string
  subregion: string
  vmId: string
}

/**
 * A build's context from what says which build it is and where: the host runner and the polling
 * policy follow from the configuration and the environment, the same for a whole build as for
 * split mode's finish.
 */
export function newBuildContext(fields: Omit<BuildContext, 'host' | 'poll'>): BuildContext {
  return {
    ...fields,
    host: createHostRunner(fields.config.commandWrapper),
    poll: pollPolicyFromEnv()
  }
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
