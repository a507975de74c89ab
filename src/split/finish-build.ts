/**
 * finish: the rest of the pipeline (pipeline.ts finishSteps) on the build prepare left open, in
 * another process. The context is rebuilt from the open build's record and its journal, so the
 * steps run exactly as they do in the all-in-one action; the cleanup after them is the same too
 * (undo.ts): a failure undoes everything of the build but a registered OMI and its snapshot.
 */
import type { CleanupCredentials } from '../config/cleanup-credentials.js'
import { log } from '../log.js'
import { createOapiClient } from '../oapi/index.js'
import { newBuildContext } from '../pipeline/context.js'
import { Journal } from '../pipeline/journal.js'
import type { BuildRun } from '../pipeline/pipeline.js'
import { finishSteps } from '../pipeline/pipeline.js'
import { runSteps, type StepTiming } from '../pipeline/runner.js'
import { stepDownloadFiles } from '../pipeline/steps/template-provisioners.js'
import { cleanUp } from '../pipeline/undo.js'
import type { OpenBuild } from './open-build.js'

export interface FinishOptions {
  build: OpenBuild
  credentials: CleanupCredentials
  signal: AbortSignal
  /** Now, in ms since the epoch (tests fix it). */
  now?: () => number
}

/** The time the workflow's own steps took between prepare and finish, as a row of the summary. */
function workflowStepsTiming(build: OpenBuild, now: number): StepTiming {
  return {
    name: 'WorkflowSteps',
    title: 'Workflow steps between prepare and finish',
    seconds: Math.max(0, Math.round((now - build.preparedAt) / 10) / 100),
    status: 'done'
  }
}

/** Runs finish's steps on the open build; every failure is in the result, after the cleanup. */
export async function finishOpenBuild(options: FinishOptions): Promise<BuildRun> {
  const { build, signal } = options
  const now = options.now ?? Date.now
  const journal = Journal.open(build.journalPath)
  if (!journal) {
    throw new Error(
      `The journal of build ${build.buildId} (${build.journalPath}) is gone: the build cannot be ` +
        'finished (was the runner temporary directory emptied?).'
    )
  }
  if (journal.active().length === 0) {
    throw new Error(
      `Build ${build.buildId} has nothing left open: it was finished or cleaned up already.`
    )
  }
  const config = {
    ...build.config,
    credentials: {
      accessKey: options.credentials.accessKey,
      secretKey: options.credentials.secretKey
    }
  }
  const client = createOapiClient(config, { endpoint: journal.endpoint, region: journal.region })
  const context = newBuildContext({
    ...build.results,
    config,
    client,
    journal,
    signal,
    buildId: build.buildId,
    startedAt: build.startedAt,
    region: build.region,
    subregion: build.subregion,
    vmId: build.vmId
  })
  log.info(
    `Finishing build ${build.buildId}: the chroot at ${build.results.mountPath ?? '?'} on ` +
      `${build.results.deviceName ?? '?'}, API ${journal.endpoint}.`
  )
  const between = workflowStepsTiming(build, now())
  try {
    const result = await runSteps([stepDownloadFiles, ...finishSteps], context, signal, (outcome) =>
      cleanUp(journal, context, outcome)
    )
    result.timings = [...build.prepareTimings, between, ...result.timings]
    return { context, result }
  } finally {
    await client.close()
  }
}
