/**
 * The orphan sweep (cleanup_orphans, `osc-chroot sweep`): deletes the temporary resources of
 * builds whose runner died without running the post step, so that no journal is left to undo them.
 *
 * Every temporary resource carries osc-chroot:build-id and osc-chroot:created-at (buildTags). The
 * rules, each chosen so that a mistake keeps a resource rather than deletes one:
 * - Only resources of this account carrying the build-id tag are looked at, and volumes whose
 *   ClientToken is a build's (osc-chroot-<build id>-...): a runner that died between CreateVolume
 *   and CreateTags leaves one untagged; its age is then its CreationDate. One without a readable
 *   created-at tag is reported and kept.
 * - Only resources older than the age are swept. The age is what protects a build that is still
 *   running but looks idle (its volume waiting, unlinked, for the host lock): choose one longer
 *   than your longest build.
 * - A build is running when one of its resources is still being made (volume creating, snapshot
 *   in progress, source copy pending), or its volume is linked to another VM, or linked to this VM
 *   and mounted here (or its device cannot be found here to tell). Nothing of a running build is
 *   touched; it is reported.
 * - A snapshot that an OMI uses, or that carries the product marker (osc-chroot:product, set when
 *   a build keeps it), is a product of a build: kept, whatever its other tags.
 * - A volume linked to this VM and not mounted here is unlinked, then deleted. "Mounted here" is
 *   decided from the disk's by-id link (which carries the requested name), never by guessing
 *   that the kernel's name (discovery order) carries the requested letter.
 * - Something already gone (InvalidResource no-such-*) counts as deleted.
 * - A copied source OMI (the only images the build tags) is deleted with its snapshots, unless
 *   another OMI uses them.
 *
 * In parts: sweep/plan.ts decides (pure), sweep/run.ts reads, probes and deletes, sweep/report.ts
 * tells; each resource kind's own rule is in its module (resources/volume.ts, snapshot.ts,
 * source-copy.ts). This file runs the sweep as the action and the CLI do.
 */
import type { BuildConfig } from '../config/types.js'
import { createOapiClient, OapiError, readVmIdentity, resolveEndpoint } from '../oapi/index.js'
import { readOwnAccountId } from './account.js'
import { sweepOrphans } from './sweep/run.js'
import type { SweepReport } from './sweep/types.js'

export type * from './sweep/types.js'
export { planSweep } from './sweep/plan.js'
export { linkedDeviceMountedHere, sweepOrphans, type SweepOptions } from './sweep/run.js'
export { sweepSummaryLine, sweepSummaryRows } from './sweep/report.js'
export { buildIdOfClientToken } from './identity.js'

/**
 * The sweep as the action and the CLI run it: on this runner VM (the metadata service says
 * which), with the configuration's credentials and endpoint, for resources older than
 * cleanup_orphans; dry_run only tells.
 */
export async function runSweep(config: BuildConfig, signal?: AbortSignal): Promise<SweepReport> {
  const identity = await readVmIdentity({ signal })
  const region = config.region || identity.region
  const client = createOapiClient(config, {
    endpoint: resolveEndpoint(region, config.customEndpointOapi),
    region
  })
  try {
    const accountId = await readOwnAccountId(client, identity.vmId, signal).catch(
      (error: unknown) => {
        if (error instanceof OapiError || !(error instanceof Error)) throw error
        // The sweep looks only at this account's resources; without its id, say how to go on.
        throw new Error(`cleanup_orphans: ${error.message} Or set cleanup_orphans: 0.`, {
          cause: error
        })
      }
    )
    return await sweepOrphans({
      client,
      accountId,
      vmId: identity.vmId,
      olderThanSeconds: config.cleanupOrphans,
      dryRun: config.dryRun,
      linkTimeoutSeconds: config.timeouts.link,
      signal
    })
  } finally {
    await client.close()
  }
}
