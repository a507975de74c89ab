/**
 * The build, in Packer's order with what it lacks: the steps below run one after the other, every
 * resource is journaled the moment it exists, and the cleanup runs whatever happens. dry_run stops
 * after the checks, having created nothing. Packer's steps are listed in its Run:
 * https://github.com/outscale/packer-plugin-outscale/blob/35975cea494085e64650ad8bf3d23aa54a7729fc/builder/chroot/builder.go
 */
import { log } from '../log.js'
import type { BuildConfig } from '../config/types.js'
import { assertCanRunPrivileged } from '../host/exec.js'
import { createOapiClient, readVmIdentity, resolveEndpoint } from '../oapi/index.js'
import { newBuildContext, type BuildContext } from './context.js'
import { cleanupSettingsOf } from './cleanup-settings.js'
import { Journal } from './journal.js'
import { runSteps, together, type PipelineResult, type Step } from './runner.js'
import { cleanUp } from './undo.js'
import { stepCheckCredentials } from './steps/check-credentials.js'
import { stepCheckSandbox } from './steps/check-sandbox.js'
import { stepClaimMountPath } from './steps/claim-mount-path.js'
import { stepCopySourceOmi } from './steps/copy-source-omi.js'
import { stepCreateVolume } from './steps/create-volume.js'
import { stepDeregister } from './steps/deregister.js'
import { stepLinkVolume } from './steps/link-volume.js'
import { stepLock } from './steps/lock.js'
import { stepReadDeviceNames } from './steps/read-device-names.js'
import { stepChrootMounts } from './steps/chroot-mounts.js'
import { stepCopyFiles } from './steps/copy-files.js'
import { stepGrowMountedFilesystem, stepGrowRootFilesystem } from './steps/grow-root-filesystem.js'
import { stepMount, stepPostMountCommands, stepPreMountCommands } from './steps/mount.js'
import { stepPermissions } from './steps/permissions.js'
import { stepPrevalidateName } from './steps/prevalidate-name.js'
import { stepPreventServiceStart } from './steps/prevent-service-start.js'
import { stepProvisionFiles } from './steps/provision-files.js'
import { stepProvision, stepUnmount } from './steps/provision.js'
import { stepRegisterOmi } from './steps/register-omi.js'
import { stepSnapshotWhileLinked } from './steps/snapshot.js'
import { stepSourceOmi } from './steps/source-omi.js'
import { stepTags } from './steps/tags.js'
import { stepRenderTemplates } from './steps/render-templates.js'
import { stepDownloadFiles, withTemplateProvisioners } from './steps/template-provisioners.js'
import { stepUnlinkAlongsideSnapshot } from './steps/unlink-volume.js'
import { stepVmInfo } from './steps/vm-info.js'

/**
 * What dry_run checks: configuration (already), credentials, metadata, source OMI, free name. The
 * reads do not depend on one another and go out at the same time (first-reads.ts shares the ones
 * several steps need), with the sandbox's tool check alongside.
 */
const checks: Step<BuildContext>[] = [
  together(
    'Checking the credentials, the OMI name, the runner VM and the source OMI',
    stepCheckCredentials,
    stepPrevalidateName,
    stepVmInfo,
    stepSourceOmi,
    stepCheckSandbox
  ),
  stepRenderTemplates
]

/** Up to a ready chroot: what split mode's prepare runs, leaving the build open. */
export const prepareSteps: Step<BuildContext>[] = [
  ...checks,
  stepClaimMountPath,
  stepCopySourceOmi,
  stepCreateVolume,
  stepReadDeviceNames,
  stepLock,
  stepLinkVolume,
  stepPreMountCommands,
  stepGrowRootFilesystem,
  stepMount,
  stepGrowMountedFilesystem,
  stepPostMountCommands,
  // The host places its files while nothing of the host is mounted inside the image yet.
  stepCopyFiles,
  stepPreventServiceStart,
  stepProvisionFiles,
  stepChrootMounts,
  stepProvision
]

/** From a provisioned chroot to the OMI: what split mode's finish runs on the open build. */
export const finishSteps: Step<BuildContext>[] = [
  stepUnmount,
  // Nothing writes to the volume any more: it is snapshotted while the unlink runs (unlink-overlap.ts).
  // The unlink comes first in the list: when both fail, its error is the cause.
  together(
    'Unlinking the volume while it is snapshotted',
    stepUnlinkAlongsideSnapshot,
    stepSnapshotWhileLinked
  ),
  stepDeregister,
  stepRegisterOmi,
  stepPermissions,
  stepTags
]

export const buildSteps: Step<BuildContext>[] = [...prepareSteps, ...finishSteps]

export interface BuildOptions {
  config: BuildConfig
  buildId: string
  journalPath: string
  signal: AbortSignal
  /** Counts API calls (benchmarks); called before every HTTP request. */
  onRequest?: (call: string) => void
  /**
   * 'prepare' (split mode) stops at the ready chroot and, when it got there, leaves the build
   * open for finish (src/split/); a failure is cleaned up as always.
   */
  part?: 'prepare'
}

/** The steps a build runs: the checks (dry_run), up to the ready chroot (prepare), or all. */
function stepsFor(config: BuildConfig, part: BuildOptions['part']): Step<BuildContext>[] {
  if (config.dryRun) return checks
  if (part !== 'prepare') return withTemplateProvisioners(buildSteps, config)
  // provision_files' downloads wait for finish: the workflow's steps may still change the image.
  return withTemplateProvisioners(prepareSteps, config).filter((step) => step !== stepDownloadFiles)
}

export interface BuildRun {
  context: BuildContext
  result: PipelineResult
}

/**
 * Runs one build. Throws only for what happens before anything can be created (not on an
 * Outscale VM, not root); every later failure is in the result, after the cleanup.
 */
export async function runBuild(options: BuildOptions): Promise<BuildRun> {
  const { config, signal } = options
  if (!config.dryRun) assertCanRunPrivileged(config.commandWrapper)
  const identity = await readVmIdentity({ signal })
  const region = config.region || identity.region
  if (config.region && config.region !== identity.region) {
    throw new Error(
      `region is ${config.region} but this runner VM is in ${identity.region} (${identity.subregion}). ` +
        "A chroot build links the volume to the runner itself: set region to the runner's region, or leave it empty."
    )
  }
  const endpoint = resolveEndpoint(region, config.customEndpointOapi)
  const client = createOapiClient(config, { endpoint, region }, options.onRequest)
  // What cleanup needs is saved with the journal: the post step never reads the configuration.
  const journal = new Journal(options.journalPath, {
    buildId: options.buildId,
    region,
    endpoint,
    cleanup: cleanupSettingsOf(config)
  })
  const context = newBuildContext({
    config,
    client,
    journal,
    signal,
    buildId: options.buildId,
    startedAt: new Date().toISOString(),
    leftOpen: options.part === 'prepare',
    region,
    subregion: identity.subregion,
    vmId: identity.vmId
  })
  log.info(
    `Build ${options.buildId}: VM ${identity.vmId} in ${identity.subregion}, API ${endpoint}.`
  )
  try {
    const leaveOpen = context.leftOpen && !config.dryRun
    const result = await runSteps(stepsFor(config, options.part), context, signal, (outcome) =>
      leaveOpen && outcome === 'succeeded'
        ? Promise.resolve()
        : cleanUp(journal, context, outcome, context.image)
    )
    return { context, result }
  } finally {
    await client.close()
  }
}
