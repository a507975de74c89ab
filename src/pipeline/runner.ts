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
  /**
   * Steps that run at the same time, in place of this one (made by `together`): each keeps its
   * own timing, journal name and error.
   */
  together?: Step<Context>[]
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

interface Ran {
  timings: StepTiming[]
  failure?: { outcome: 'failed' | 'cancelled'; error: Error }
}

function skipped<Context>({ name, title }: Step<Context>): Ran {
  return { timings: [{ name, title, seconds: 0, status: 'skipped' }] }
}

/** Runs one step (or skips it): its timing, and its error named after it. */
async function runOne<Context>(
  step: Step<Context>,
  context: Context,
  signal: AbortSignal
): Promise<Ran> {
  const { name, title } = step
  if (step.skip?.(context)) return skipped(step)
  const start = performance.now()
  try {
    await step.run(context)
    return { timings: [{ name, title, seconds: elapsedSince(start), status: 'done' }] }
  } catch (caught) {
    const seconds = elapsedSince(start)
    if (signal.aborted) {
      const error = cancellation(signal, name, 'during this step')
      return {
        timings: [{ name, title, seconds, status: 'cancelled' }],
        failure: { outcome: 'cancelled', error }
      }
    }
    const error = caught instanceof Error ? caught : new Error(String(caught))
    // need()'s error names the step already (context.ts).
    const named = error instanceof MissingStepResultError ? '' : `${name}: `
    error.message = `${named}${error.message}${adviceFor(error)}`
    return {
      timings: [{ name, title, seconds, status: 'failed' }],
      failure: { outcome: 'failed', error }
    }
  }
}

/**
 * Steps that run at the same time, in one log group. Every one of them is awaited, even after one
 * has failed (none is left running behind the cleanup), and each keeps its timing. The error that
 * stops the build is that of the first step, in the order given, that failed: the same error
 * whatever the timing (the credential check's explanation of a 401, not the name check's bare 401).
 * The others are logged.
 */
async function runTogether<Context>(
  group: Step<Context>,
  steps: Step<Context>[],
  context: Context,
  signal: AbortSignal
): Promise<Ran> {
  const ran = await log.group(group.title, () =>
    Promise.all(steps.map((step) => runOne(step, context, signal)))
  )
  const failures = ran.flatMap((one) => (one.failure ? [one.failure] : []))
  const [first, ...others] = failures
  // Plain lines, not annotations: often the same cause (a 401, a refused certificate) seen by each.
  for (const other of others) log.info(`Also failed: ${other.error.message}`)
  const cancelled = failures.find((failure) => failure.outcome === 'cancelled')
  return { timings: ran.flatMap((one) => one.timings), failure: cancelled ?? first }
}

/**
 * Steps that do not depend on one another, run at the same time: as one step of the list, whose
 * timings are theirs. Skipped ones are skipped as usual.
 */
export function together<Context>(title: string, ...steps: Step<Context>[]): Step<Context> {
  return {
    name: steps.map((step) => step.name).join('+'),
    title,
    together: steps,
    // Run directly (not by runSteps): the same rule, every step awaited, the first one's error.
    run: async (context) => {
      const settled = await Promise.allSettled(
        steps.map(async (step) => (step.skip?.(context) ? undefined : step.run(context)))
      )
      const failed = settled.find((result) => result.status === 'rejected')
      if (failed) throw failed.reason
    }
  }
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
    const ran = step.together
      ? await runTogether(step, step.together, context, signal)
      : step.skip?.(context)
        ? skipped(step)
        : await log.group(step.title, () => runOne(step, context, signal))
    timings.push(...ran.timings)
    if (ran.failure) {
      outcome = ran.failure.outcome
      error = ran.failure.error
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
