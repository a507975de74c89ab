/**
 * Runs the pipeline's steps in order, then the cleanup, whatever happened: success, a failing
 * step, or a cancellation (SIGINT/SIGTERM abort the signal; the build stops at the next safe
 * point, i.e. the current step's next wait or the next step boundary).
 */
import { log } from '../log.js'
import { WaitError } from '../oapi/index.js'
import { MissingStepResultError } from './context.js'

/** A build step is written with buildStep (step.ts), which gives it its journal and `need`. */
export interface Step<Context> {
  /** Short name, used in the journal, the job summary and errors ("StepLinkVolume"). */
  name: string
  /** Log group title ("Linking the volume"). */
  title: string
  /** A step that does not apply to this build (e.g. copy a source owned by us) says so here. */
  skip?: (context: Context) => boolean
  run: (context: Context) => Promise<void>
}

export type Outcome = 'succeeded' | 'failed' | 'cancelled'

export interface StepTiming {
  name: string
  title: string
  seconds: number
  status: 'done' | 'skipped' | 'failed' | 'cancelled'
}

export interface PipelineResult {
  outcome: Outcome
  /** The first error: the one that stopped the build. */
  error?: Error
  timings: StepTiming[]
}

/** Thrown when the build is stopped by a signal. */
export class CancelledError extends Error {
  constructor(reason = 'the build was cancelled') {
    super(reason)
    this.name = 'CancelledError'
  }
}

/**
 * The error of a cancelled build, named after the step it stopped at: the signal's reason (main.ts
 * aborts with "the build was cancelled (SIGINT)") and where it landed.
 */
function cancellation(signal: AbortSignal, step: string, where: string): CancelledError {
  const reason = signal.reason instanceof Error ? signal.reason.message : 'the build was cancelled'
  return new CancelledError(`${step}: ${reason} ${where}.`)
}

/**
 * What to do, for the failures whose own message cannot say it: a resource that Outscale put in a
 * fail state (volume or snapshot in error, OMI failed) has no option to fix.
 */
function adviceFor(error: Error): string {
  if (error instanceof WaitError && error.reason === 'failed') {
    return (
      ' Outscale will not recover it: run the build again, and if it fails the same way, ' +
      'give Outscale support the resource id above.'
    )
  }
  return ''
}

function elapsedSince(start: number): number {
  return Math.round((performance.now() - start) / 10) / 100
}

/**
 * Runs `steps`, then `cleanup(outcome)`. Errors of the cleanup are added to the result's error
 * (never hidden), but a cleanup error after a success makes the build fail: something was left.
 */
export async function runSteps<Context>(
  steps: Step<Context>[],
  context: Context,
  signal: AbortSignal,
  cleanup: (outcome: Outcome) => Promise<void>
): Promise<PipelineResult> {
  const timings: StepTiming[] = []
  let outcome: Outcome = 'succeeded'
  let error: Error | undefined

  for (const step of steps) {
    if (signal.aborted) {
      outcome = 'cancelled'
      error = cancellation(signal, step.name, 'before this step started')
      break
    }
    const start = performance.now()
    if (step.skip?.(context)) {
      timings.push({ name: step.name, title: step.title, seconds: 0, status: 'skipped' })
      continue
    }
    try {
      await log.group(step.title, () => step.run(context))
      timings.push({
        name: step.name,
        title: step.title,
        seconds: elapsedSince(start),
        status: 'done'
      })
    } catch (caught) {
      outcome = signal.aborted ? 'cancelled' : 'failed'
      if (signal.aborted) {
        error = cancellation(signal, step.name, 'during this step')
      } else {
        error = caught instanceof Error ? caught : new Error(String(caught))
        // need()'s error names the step already (context.ts).
        const named = error instanceof MissingStepResultError ? '' : `${step.name}: `
        error.message = `${named}${error.message}${adviceFor(error)}`
      }
      timings.push({
        name: step.name,
        title: step.title,
        seconds: elapsedSince(start),
        status: outcome === 'cancelled' ? 'cancelled' : 'failed'
      })
      break
    }
  }

  const start = performance.now()
  try {
    await log.group(
      outcome === 'succeeded' ? 'Cleaning up' : `Cleaning up after the build ${outcome}`,
      () => cleanup(outcome)
    )
    timings.push({
      name: 'Cleanup',
      title: 'Cleaning up',
      seconds: elapsedSince(start),
      status: 'done'
    })
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught)
    timings.push({
      name: 'Cleanup',
      title: 'Cleaning up',
      seconds: elapsedSince(start),
      status: 'failed'
    })
    if (error) {
      error.message += `\nCleanup also failed: ${message}`
    } else {
      outcome = 'failed'
      error = new Error(`Cleanup: ${message}`)
    }
  }
  return { outcome, error, timings }
}
