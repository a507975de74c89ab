/** CreateTags and DeleteTags on the caller's VMs, volumes, snapshots and images. */
import { apiError, quotaError, type ErrorName } from '../errors.js'
import type { Body, SimContext } from '../context.js'
import type { Account } from '../state.js'
import { notFoundError, requireField } from './common.js'

const MAX_TAGS_PER_RESOURCE = 50

const NOT_FOUND_BY_PREFIX: Record<string, { error: ErrorName; field: string; what: string }> = {
  'i-': { error: 'vmNotFound', field: 'VmId', what: 'VM' },
  'vol-': { error: 'volumeNotFound', field: 'VolumeId', what: 'volume' },
  'snap-': { error: 'snapshotNotFound', field: 'SnapshotId', what: 'snapshot' },
  'ami-': { error: 'imageNotFound', field: 'ImageId', what: 'image' }
}

interface TagRequest {
  Key: string
  Value: string
}

function checkResources(ctx: SimContext, ids: string[], caller: Account): void {
  if (ids.length === 0)
    throw apiError('missingParameter', 'ResourceIds must name at least one resource')
  for (const id of ids) {
    const prefix = Object.keys(NOT_FOUND_BY_PREFIX).find((candidate) => id.startsWith(candidate))
    if (prefix === undefined) {
      throw apiError(
        'invalidId',
        `'${id}' is not a resource the simulator can tag (i-, vol-, snap-, ami-)`
      )
    }
    // A resource created a moment ago may not be taggable yet (options.fidelity.tagsAfterCreateLag).
    if (ctx.store.ownerOf(id) !== caller.accountId || ctx.consistency.tagsRefused(id)) {
      const { error, field, what } = NOT_FOUND_BY_PREFIX[prefix]
      throw notFoundError(ctx, error, field, what, id)
    }
  }
}

function checkTags(tags: TagRequest[]): void {
  if (tags.length === 0) throw apiError('missingParameter', 'Tags must hold at least one tag')
  for (const tag of tags) {
    if (tag.Key.length < 1 || tag.Key.length > 255) {
      throw apiError('invalidTagKey', `Tag key '${tag.Key}' must be 1-255 characters`)
    }
    if (tag.Value.length > 255) {
      throw apiError(
        'invalidTagValue',
        `The value of tag '${tag.Key}' is longer than 255 characters`
      )
    }
  }
}

export async function createTags(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const ids = requireField<string[]>(body, 'ResourceIds')
  const tags = requireField<TagRequest[]>(body, 'Tags')
  checkResources(ctx, ids, caller)
  checkTags(tags)
  for (const id of ids) {
    const current = new Map(ctx.store.tags.get(id))
    for (const tag of tags) current.set(tag.Key, tag.Value)
    if (current.size > MAX_TAGS_PER_RESOURCE) {
      throw quotaError(
        'tooManyTags',
        ctx.options.fidelity.quotaStatus,
        `'${id}' would have more than ${MAX_TAGS_PER_RESOURCE} tags`
      )
    }
  }
  for (const id of ids) {
    const current = ctx.store.tags.get(id) ?? new Map<string, string>()
    for (const tag of tags) current.set(tag.Key, tag.Value)
    ctx.store.tags.set(id, current)
  }
  return {}
}

/** A tag given with a non-empty Value is removed only if its value matches. */
export async function deleteTags(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const ids = requireField<string[]>(body, 'ResourceIds')
  const tags = requireField<TagRequest[]>(body, 'Tags')
  checkResources(ctx, ids, caller)
  checkTags(tags)
  for (const id of ids) {
    const current = ctx.store.tags.get(id)
    if (!current) continue
    for (const tag of tags) {
      if (tag.Value === '' || current.get(tag.Key) === tag.Value) current.delete(tag.Key)
    }
  }
  return {}
}
