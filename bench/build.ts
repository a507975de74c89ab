/**
 * One benchmark build: the bundled action's main step then its post step, against the simulator,
 * with the benchmark's provisioning, and what it measured about itself (the manifest's step
 * timings, the provisioning time from inside the chroot, the snapshot's written data).
 */
import { readFileSync, statSync } from 'node:fs'
import type { Simulator } from '../sim/index.js'
import { ActionJob, type Bundles } from './action-job.js'
import type { ManifestStep } from './floor.js'
import { provisionMsFromLog, provisionScript } from './provisioning.js'

/** OSC_CHROOT_POLL_POLICY: our waiters, or Packer's fixed 2 s polling plugged into them. */
export type PollPolicyName = 'adaptive' | 'packer'

export interface BuildRequest {
  /** Unique within the run: it names the OMI. */
  label: string
  policy: PollPolicyName
  sourceOmiId: string
  bundles: Bundles
  /**
   * The runner's tool cache (RUNNER_TOOL_CACHE): where the waiters learn the durations of
   * earlier builds, as on a self-hosted runner that keeps it between jobs.
   */
  toolCache: string
}

export interface BuildResult {
  label: string
  policy: PollPolicyName
  /** Epoch ms: main spawned, main exited, post exited. */
  startedAt: number
  mainEndedAt: number
  postEndedAt: number
  /** The main step, from spawn to exit: what a workflow waits for before the OMI is usable. */
  wallMs: number
  postMs: number
  mainPeakRssBytes: number
  postPeakRssBytes: number
  provisionMs: number
  snapshotWrittenBytes: number
  steps: ManifestStep[]
  omiId: string
  device: string
}

interface Manifest {
  builds: { custom_data: { steps: ManifestStep[] } }[]
}

function tail(log: string): string {
  return log.split('\n').slice(-40).join('\n')
}

export async function runBuild(sim: Simulator, request: BuildRequest): Promise<BuildResult> {
  const job = new ActionJob(
    request.bundles,
    sim,
    {
      source_omi: request.sourceOmiId,
      omi_name: `bench-${request.label}`,
      provision: provisionScript
    },
    { OSC_CHROOT_POLL_POLICY: request.policy, RUNNER_TOOL_CACHE: request.toolCache }
  )
  try {
    const main = await job.main()
    const post = await job.post()
    if (main.exitCode !== 0) {
      throw new Error(`Build ${request.label} failed (exit ${main.exitCode}):\n${tail(main.log)}`)
    }
    const outputs = job.outputs()
    const manifest = JSON.parse(readFileSync(outputs.manifest, 'utf8')) as Manifest
    return {
      label: request.label,
      policy: request.policy,
      startedAt: main.startedAt,
      mainEndedAt: main.endedAt,
      postEndedAt: post.endedAt,
      wallMs: main.endedAt - main.startedAt,
      postMs: post.endedAt - post.startedAt,
      mainPeakRssBytes: main.peakRssBytes,
      postPeakRssBytes: post.peakRssBytes,
      provisionMs: provisionMsFromLog(main.log),
      // What the simulator's snapshot time was computed from: the blocks of the snapshot's file.
      snapshotWrittenBytes: statSync(sim.imageFile(outputs.snapshot_id)).blocks * 512,
      steps: manifest.builds[0].custom_data.steps,
      omiId: outputs.omi_id,
      device: outputs.device
    }
  } finally {
    job.remove()
  }
}
