/**
 * The orphan sweep's data: what it read (Inventory), what it thinks of each tagged resource
 * (Candidate), what it decided (SweepPlan) and what it did (SweepReport). The resource modules
 * (../resources/) say, each for its kind, how a resource becomes a candidate and how it is deleted.
 */
import type { Image, OapiClient, Snapshot, Volume } from '../../oapi/index.js'

/** The kinds the build tags with its build id: the ones the sweep may delete. */
export type OrphanKind = 'volume' | 'snapshot' | 'source-copy'

/** A resource the sweep deletes (or, in a dry run, would delete). */
export interface Orphan {
  kind: OrphanKind
  id: string
  buildId: string
  /** The created-at tag, as written by the build (ISO 8601). */
  createdAt: string
  /** A volume still linked to this VM (and not mounted here) is unlinked first. */
  unlinkFirst?: boolean
  /** A source copy's snapshots, deleted with it. */
  snapshotIds?: string[]
}

/** A tagged resource the sweep leaves alone, and why. */
export interface KeptResource {
  kind: OrphanKind
  id: string
  buildId: string
  reason: string
}

export interface SweepPlan {
  orphans: Orphan[]
  /** Old resources left alone for a reason the user should read (warnings). */
  skipped: KeptResource[]
  /** Snapshots that OMIs use: products of successful builds. */
  products: string[]
  /** Resources younger than the age. */
  young: number
}

export interface SweepReport extends SweepPlan {
  dryRun: boolean
  olderThanSeconds: number
  /** The orphans that are gone now (none in a dry run). */
  deleted: Orphan[]
  failed: { orphan: Orphan; reason: string }[]
}

/** What the sweep read: this account's tagged resources, and which snapshots OMIs use. */
export interface Inventory {
  volumes: Volume[]
  snapshots: Snapshot[]
  /** Images carrying the build-id tag: the build tags no image but its copy of the source. */
  copies: Image[]
  /** Snapshots used by an OMI other than the copies above. */
  snapshotsInUse: Set<string>
}

export interface PlanOptions {
  now: Date
  olderThanSeconds: number
  /** This runner's VM. */
  vmId: string
  /**
   * Whether the volume linked to this VM as deviceName (e.g. /dev/xvdf) is mounted here;
   * undefined when its block device cannot be found here.
   */
  mountedHere: (deviceName: string) => boolean | undefined
}

/** One tagged resource, with what the plan needs to know about it. */
export interface Candidate {
  kind: OrphanKind
  id: string
  buildId: string
  /** The created-at tag as found ('' when missing). */
  createdAt: string
  /** Why this resource shows that its build is still running. */
  running?: string
  /** Already being deleted: nothing to do, nothing to say. */
  ignored?: boolean
  /** A snapshot an OMI uses. */
  product?: boolean
  unlinkFirst?: boolean
  snapshotIds?: string[]
}

export interface DeleteMeans {
  client: OapiClient
  /** Deadline of an unlink (timeouts.link), also that of a snapshot an OMI still holds. */
  linkTimeoutSeconds: number
  signal?: AbortSignal
}

/** How the sweep treats one kind of tagged resource (see ResourceModule.sweep). */
export interface SweepRule {
  /**
   * Where this kind comes in the plan and in the deletions, lowest first: volumes before source
   * copies (a copy's snapshot may back a volume), loose snapshots last.
   */
  order: number
  /** What the sweep's log calls it ("source OMI copy"). */
  label: string
  /** This kind's resources in what was read, and what each says about its build. Reads nothing. */
  recognise(inventory: Inventory, options: PlanOptions): Candidate[]
  /** Deletes one orphan of this kind; what is already gone counts as deleted. */
  delete(orphan: Orphan, means: DeleteMeans): Promise<void>
}
