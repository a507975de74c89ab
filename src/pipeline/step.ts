/**
 * How a build step is written: buildStep gives each step, when it runs, its own journal (what it
 * records carries its name) and `need`, which reads what an earlier step set and fails naming
 * this step when none has. The runner (runner.ts) runs the result like any other step.
 */
import type { Step } from './runner.js'
import { need, type BuildContext, type StepResults } from './context.js'
import type { StepJournal } from './journal.js'

export interface StepTools {
  /** The build's journal, as this step: `journal.record(resource)`. */
  journal: StepJournal
  /** What an earlier step set (context.ts StepResults); throws naming this step if none has. */
  need<K extends keyof StepResults>(result: K): StepResults[K]
}

export interface BuildStepDefinition {
  /** Short name, used in the journal, the job summary and errors ("StepLinkVolume"). */
  name: string
  /** Log group title ("Linking the volume"). */
  title: string
  /** A step that does not apply to this build (e.g. copy a source owned by us) says so here. */
  skip?: (context: BuildContext) => boolean
  run: (context: BuildContext, tools: StepTools) => Promise<void>
}

export type BuildStep = Step<BuildContext>

export function buildStep(definition: BuildStepDefinition): BuildStep {
  const { name, title, skip, run } = definition
  return {
    name,
    title,
    ...(skip ? { skip } : {}),
    run: (context) =>
      run(context, {
        journal: context.journal.forStep(name),
        need: (result) => need(context, result, name)
      })
  }
}
