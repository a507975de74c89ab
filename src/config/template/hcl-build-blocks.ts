/**
 * What an HCL2 build block gives for the chosen source: its provisioner and post-processor
 * blocks in file order, Packer's only / except and override, and option blocks read as values.
 */
import { childBlocks, type BlockLocation } from './hcl-locations.js'
import { isMap } from '../parse.js'

type Body = Record<string, unknown>

/** The source a build runs: Packer's only / except and override name it type.name. */
export interface SourceIdentity {
  type: string
  name: string
}

/**
 * The blocks of a kind (provisioner, post-processor) in a block, in file order: the parser
 * groups them by type, so the located headers give the order back.
 */
export function orderedBlocks(
  parent: { block?: BlockLocation; body: Body },
  kind: string
): { type: string; block?: BlockLocation; body: Body }[] {
  const byType = isMap(parent.body[kind]) ? parent.body[kind] : {}
  const remaining = new Map(
    Object.entries(byType).map(([type, bodies]) => [type, Array.isArray(bodies) ? [...bodies] : []])
  )
  const ordered: { type: string; block?: BlockLocation; body: Body }[] = []
  for (const block of childBlocks(parent.block, kind)) {
    const body: unknown = remaining.get(block.labels[0])?.shift()
    if (isMap(body)) ordered.push({ type: block.labels[0], block, body })
  }
  // Anything the locations missed keeps the parser's order (never dropped).
  for (const [type, bodies] of remaining) {
    for (const body of bodies) if (isMap(body)) ordered.push({ type, body })
  }
  return ordered
}

/** Packer's only / except name sources as type.name (or source.type.name). */
export function appliesTo(only: unknown, except: unknown, identity: SourceIdentity): boolean {
  const names = [`${identity.type}.${identity.name}`, `source.${identity.type}.${identity.name}`]
  const listed = (list: unknown): boolean =>
    Array.isArray(list) && list.some((name) => names.includes(String(name)))
  if (only !== undefined && !listed(only)) return false
  return !listed(except)
}

/** A provisioner's `override = { "type.name" = { ... } }` for this source. */
export function overrideFor(override: unknown, identity: SourceIdentity): Body {
  if (!isMap(override)) return {}
  const entry = override[`${identity.type}.${identity.name}`] ?? override[identity.name]
  return isMap(entry) ? entry : {}
}

/** Options written as a block (source_omi_filter { ... }) come as a list of one map. */
export function unwrapSingleBlocks(options: Body): Body {
  const singleBlocks = ['source_omi_filter', 'timeouts']
  return Object.fromEntries(
    Object.entries(options).map(([key, value]) => [
      key,
      singleBlocks.includes(key) && Array.isArray(value) && value.length === 1 ? value[0] : value
    ])
  )
}
