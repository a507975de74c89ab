/** What every call handler and transition works with. */
import type { Consistency } from './consistency.js'
import type { ErrorCatalogue } from './error-catalogue.js'
import type { Faults } from './faults.js'
import type { ResolvedOptions } from './options.js'
import type { Scheduler } from './scheduler.js'
import type { Account, Store } from './state.js'

export interface SimContext {
  store: Store
  options: ResolvedOptions
  scheduler: Scheduler
  faults: Faults
  consistency: Consistency
  /** Outscale's error catalogue, when its file is there (see error-catalogue.ts). */
  errorCatalogue: ErrorCatalogue | undefined
  /** Where volume and snapshot files live. */
  volumesDir: string
  snapshotsDir: string
  /** Identifies this simulator among others on the machine (device-name claims). */
  instance: string
  /** Wall clock for dates (options.clock). */
  wallClock: () => number
  ourAccount: Account
  foreignAccount: Account
  /** The runner's VM. */
  vmId: string
  log: (line: string) => void
}

/** A request body, already checked against the spec's schema when the spec is present. */
export type Body = Record<string, unknown>

export type CallHandler = (ctx: SimContext, body: Body, caller: Account) => Promise<Body>
