/**
 * What every resource kind the journal records has to say about itself, in one module per kind
 * (this directory): what its journal entry holds, how to undo it (finding out first what exists,
 * and proving it is this build's), how the cleanup names it, whether it is a product the build
 * keeps, and, for the temporary resources the build tags, how the orphan sweep recognises and
 * deletes them. index.ts registers them all in one map.
 */
import type { HostRunner } from '../../host/exec.js'
import type { Image, OapiClient, PollPolicy } from '../../oapi/index.js'
import type { CleanupSettings, Journal } from '../journal.js'
import type { SweepRule } from '../sweep/types.js'

/**
 * What undoing needs: the API, the host, and the user's settings that shape cleanup. The settings
 * are the build's configuration in the main step, the journal's copy of them in the post step.
 */
export interface UndoMeans {
  client: OapiClient
  host: HostRunner
  config: Pick<CleanupSettings, 'killChrootProcesses' | 'timeouts' | 'unmountBusyTimeoutSeconds'>
  poll: PollPolicy
}

export interface ResourceModule<R extends { kind: string }> {
  /** How the cleanup names it in its log and in the list of what it left behind. */
  describe(resource: R): string
  /**
   * Undoes it. The entry was journaled before the resource was made: the undo first finds out
   * what exists (an id that never came back, a link never made) and counts what is gone as undone.
   * `journal` is the whole build's, for an undo that needs another entry as proof.
   */
  undo(resource: R, means: UndoMeans, journal: Journal): Promise<void>
  /**
   * Finds the API resource again after a crash, by its id or, when the id never came back, by
   * what the entry recorded before the create call (a ClientToken, a name). Host resources have
   * none: their undo proves ownership from the facts the entry recorded (device numbers, mount id).
   */
  find?(client: OapiClient, resource: R): Promise<object | undefined>
  /**
   * Present for a build's products (kept once its OMI is registered, never undone then); `kept`
   * runs when the entry is kept (the snapshot then becomes a marked product).
   */
  product?: { kept?(resource: R, image: Image, means: UndoMeans): Promise<void> }
  /**
   * Present for the temporary API resources the build tags with its build id and creation time
   * (context.ts buildTags): how the orphan sweep recognises and deletes them.
   */
  sweep?: SweepRule
}
