/** Reading the build's tags on a resource (context.ts buildTags writes them). */
import type { Image, ResourceTag } from '../../oapi/index.js'
import { buildIdTag, createdAtTag } from '../context.js'
import type { Candidate, OrphanKind } from './types.js'

export function tagValue(tags: ResourceTag[] | undefined, key: string): string | undefined {
  return tags?.find((tag) => tag.Key === key)?.Value
}

/** A tagged resource as a candidate: its build and age from its tags ('' when missing). */
export function candidate(
  kind: OrphanKind,
  id: string,
  tags: ResourceTag[] | undefined
): Candidate {
  const buildId = tagValue(tags, buildIdTag) ?? ''
  return { kind, id, buildId, createdAt: tagValue(tags, createdAtTag) ?? '' }
}

export function snapshotsOf(image: Image): string[] {
  return (image.BlockDeviceMappings ?? [])
    .map((mapping) => mapping.Bsu?.SnapshotId)
    .filter((id): id is string => id !== undefined)
}
