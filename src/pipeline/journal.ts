/**
 * The journal: every resource the build creates or changes, written to disk the moment it exists
 * (before any wait on it), so that whatever happens to this process, the post step (another
 * process) can find it and undo it.
 *
 * An entry is "active" until it is undone or kept. Cleanup is one mechanism for every path: the
 * happy path undoes entries early (unmount before the snapshot, unlink before the snapshot), a
 * failure undoes what is left in reverse order, and the post step does the same from the file.
 * It holds ids and paths only: never a credential.
 *
 * A resource is journaled *before* the call that creates it, by what finds it again when the
 * answer (and so its id) never arrives, e.g. because the process was killed meanwhile: the
 * ClientToken of a volume or snapshot, the name of an OMI. The id is added once it is known.
 * A link and a mount are journaled before they are made, too; their undo checks they exist.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Timeouts } from '../config/types.js'
import type { Resource, ResourceKind, ResourceOf } from './resources/index.js'

export type { Resource, ResourceKind } from './resources/index.js'

export interface JournalEntry {
  id: number
  step: string
  resource: Resource
  /** active: still to undo; undone: cleaned up; kept: a product of a successful build */
  status: 'active' | 'undone' | 'kept'
}

/**
 * The settings that shape cleanup, copied from the configuration when the build starts: the post
 * step reads them here instead of reading (and re-validating) the configuration again, so a
 * provision script deleted since, or a config_file changed since, cannot stop it from cleaning.
 * Never a secret: the access key is the key's public id (the configuration log shows it too).
 */
export interface CleanupSettings {
  commandWrapper: string
  killChrootProcesses: boolean
  /** How long a busy mount is retried; absent: unmount.ts's default. */
  unmountBusyTimeoutSeconds?: number
  timeouts: Timeouts
  insecureSkipTlsVerify: boolean
  /** Which key pair the build used, so the post step picks the same one among the sources. */
  accessKey: string
  /** The ~/.osc/config.json profile the build named ('' when none). */
  profile: string
  /** The client certificate's file paths (never their content), when the API needs one. */
  clientCertificate?: { certPath: string; keyPath: string }
}

/** The journal file's content: enough for the post step to reconnect to the API and clean up. */
export interface JournalFile {
  buildId: string
  region: string
  endpoint: string
  /** Absent in a journal written by hand (tests) or by an older version: defaults apply. */
  cleanup?: CleanupSettings
  entries: JournalEntry[]
}

export class Journal {
  private data: JournalFile

  constructor(
    readonly path: string,
    init: Omit<JournalFile, 'entries'> & Partial<JournalFile>
  ) {
    this.data = { entries: [], ...init }
    this.save()
  }

  /** Reopens a journal a killed main step left behind; undefined if there is none. */
  static open(path: string): Journal | undefined {
    let content: JournalFile
    try {
      content = JSON.parse(readFileSync(path, 'utf8')) as JournalFile
    } catch {
      return undefined
    }
    return new Journal(path, content)
  }

  get buildId(): string {
    return this.data.buildId
  }
  get region(): string {
    return this.data.region
  }
  get endpoint(): string {
    return this.data.endpoint
  }
  get cleanup(): CleanupSettings | undefined {
    return this.data.cleanup
  }

  /** Connection details become known after the journal is opened (the region may come from metadata). */
  setConnection(region: string, endpoint: string): void {
    this.data.region = region
    this.data.endpoint = endpoint
    this.save()
  }

  record(step: string, resource: Resource): JournalEntry {
    const entry: JournalEntry = {
      id: this.data.entries.length + 1,
      step,
      resource,
      status: 'active'
    }
    this.data.entries.push(entry)
    this.save()
    return entry
  }

  /** Changes what an active entry holds (e.g. the undo data of copied files once known). */
  update(entry: JournalEntry, resource: Resource): void {
    entry.resource = resource
    this.save()
  }

  mark(entry: JournalEntry, status: 'undone' | 'kept'): void {
    entry.status = status
    this.save()
  }

  /** The journal as one step sees it: what it records carries the step's name. */
  forStep(step: string): StepJournal {
    return new StepJournal(this, step)
  }

  /** Active entries, newest first: the order to undo them in. */
  active(kind?: ResourceKind): JournalEntry[] {
    return this.data.entries
      .filter((e) => e.status === 'active' && (!kind || e.resource.kind === kind))
      .reverse()
  }

  entries(): readonly JournalEntry[] {
    return this.data.entries
  }

  /** Written to a temporary file and renamed, so a kill mid-write never leaves half a journal. */
  private save(): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 })
    const temporary = `${this.path}.tmp`
    writeFileSync(temporary, JSON.stringify(this.data, null, 2), { mode: 0o600 })
    renameSync(temporary, this.path)
  }
}

/** An entry a step recorded, to complete once the create call answers (its id, the proof). */
export interface Recorded<R extends Resource> {
  readonly entry: JournalEntry
  /** Adds to (or changes) what the entry holds; the kind stays. */
  update(changes: Partial<Omit<R, 'kind'>>): void
}

/**
 * A step's own journal, which the build's steps get from buildStep (step.ts): a step records its
 * resources without naming itself again.
 */
export class StepJournal {
  constructor(
    private readonly journal: Journal,
    readonly step: string
  ) {}

  /** Records a resource before the call that makes it (see the top of this file). */
  record<K extends ResourceKind>(resource: ResourceOf<K>): Recorded<ResourceOf<K>> {
    const entry = this.journal.record(this.step, resource)
    let current = resource
    return {
      entry,
      update: (changes) => {
        current = { ...current, ...changes }
        this.journal.update(entry, current)
      }
    }
  }

  /** Active entries of this kind in the whole journal, newest first. */
  active(kind?: ResourceKind): JournalEntry[] {
    return this.journal.active(kind)
  }
}
