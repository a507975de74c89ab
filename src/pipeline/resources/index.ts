/**
 * Every kind of resource the journal records, each with its module. The map's type makes a kind
 * without a module (or a module without its kind) a compile error, so a kind added to the journal
 * can never be silently "undone" by doing nothing. To add a kind: write its module (resource.ts
 * says what it answers), add its entry type to Resource and its module to `resources`.
 */
import type { Image } from '../../oapi/index.js'
import type { Journal } from '../journal.js'
import type { SweepRule } from '../sweep/types.js'
import { copiedFiles, type CopiedFilesResource } from './copied-files.js'
import { image, type ImageResource } from './image.js'
import { link, type LinkResource } from './link.js'
import { lock, type LockResource } from './lock.js'
import { mount, type MountResource } from './mount.js'
import { mountPathClaim, type MountPathClaimResource } from './mount-path-claim.js'
import { policyRcd, type PolicyRcdResource } from './policy-rcd.js'
import type { ResourceModule, UndoMeans } from './resource.js'
import { snapshot, type SnapshotResource } from './snapshot.js'
import { sourceCopy, type SourceCopyResource } from './source-copy.js'
import { volume, type VolumeResource } from './volume.js'

export type { ResourceModule, UndoMeans } from './resource.js'

/**
 * What a journal entry stands for, with just the data needed to undo it in another process.
 * Created resources have their id, or (until the create call answers) what finds them without it.
 */
export type Resource =
  | SourceCopyResource
  | LockResource
  | VolumeResource
  | LinkResource
  | MountResource
  | MountPathClaimResource
  | CopiedFilesResource
  | PolicyRcdResource
  | SnapshotResource
  | ImageResource

export type ResourceKind = Resource['kind']

export type ResourceOf<K extends ResourceKind> = Extract<Resource, { kind: K }>

/** One module per kind: a kind without its module, or a module of the wrong kind, does not compile. */
export type ResourceModules = { [K in ResourceKind]: ResourceModule<ResourceOf<K>> }

export const resources: ResourceModules = {
  'source-copy': sourceCopy,
  lock,
  volume,
  link,
  mount,
  'mount-path-claim': mountPathClaim,
  'copied-files': copiedFiles,
  'policy-rcd': policyRcd,
  snapshot,
  image
}

/** The module of a resource, typed for that resource's kind (no cast: the map's type says so). */
function moduleOf<K extends ResourceKind>(
  resource: ResourceOf<K> & { kind: K }
): ResourceModule<ResourceOf<K>> {
  return resources[resource.kind]
}

export function describeResource(resource: Resource): string {
  return moduleOf(resource).describe(resource)
}

export function undoResource(
  resource: Resource,
  means: UndoMeans,
  journal: Journal
): Promise<void> {
  return moduleOf(resource).undo(resource, means, journal)
}

/** Whether the build keeps it once its OMI is registered (the OMI and its snapshot). */
export function isProduct(resource: Resource): boolean {
  return moduleOf(resource).product !== undefined
}

/** What keeping a product involves beyond not undoing it (a snapshot becomes a marked product). */
export async function keepProduct(
  resource: Resource,
  image: Image,
  means: UndoMeans
): Promise<void> {
  await moduleOf(resource).product?.kept?.(resource, image, means)
}

/** The kinds the orphan sweep treats, with their rules, in the sweep's order. */
export function sweepRules(): { kind: ResourceKind; rule: SweepRule }[] {
  return (Object.keys(resources) as ResourceKind[])
    .flatMap((kind) => {
      const rule: SweepRule | undefined = resources[kind].sweep
      return rule ? [{ kind, rule }] : []
    })
    .sort((a, b) => a.rule.order - b.rule.order)
}
