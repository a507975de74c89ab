/**
 * Running one configuration through the bundled main step and reading how it was refused: the
 * error annotations it printed, and what it asked of the simulator meanwhile.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Simulator } from '../../sim/index.js'
import { ActionJob, type Inputs, type StepResult } from './action.js'
import { writeCalls } from './orphans.js'

export interface Refusal {
  result: StepResult
  /** The text of every ::error:: annotation, in order. */
  errors: string[]
  /** The OAPI calls made while the step ran. */
  calls: string[]
  /** Those of them that create, change or delete something. */
  writes: string[]
}

/** Runs the main step with these inputs (and files in its workspace), then removes the job. */
export async function runRefused(
  sim: Simulator,
  inputs: Inputs,
  files: Record<string, string> = {}
): Promise<Refusal> {
  const job = new ActionJob(sim, inputs)
  try {
    for (const [path, content] of Object.entries(files)) {
      const file = join(job.workspace, path)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, content)
    }
    const before = sim.calls().length
    const result = await job.main()
    const calls = sim
      .calls()
      .slice(before)
      .map((entry) => entry.call)
    const errors = result.log
      .split('\n')
      .filter((line) => line.startsWith('::error::'))
      .map((line) => line.slice('::error::'.length).replace(/%0A/g, '\n'))
    return { result, errors, calls, writes: calls.filter((call) => writeCalls.test(call)) }
  } finally {
    job.remove()
  }
}
