/**
 * Read* filters as Outscale applies them: values inside one key are OR-ed, keys are AND-ed, name
 * filters accept `*` wildcards, and Tags entries are "KEY=VALUE". A filter key the spec allows but
 * the simulator does not implement is refused loudly rather than ignored (ricochet ignores them,
 * which hides client bugs).
 *
 * Each resource has ONE table: filter name → how to read that value from the resource, as moto
 * does (moto/ec2/utils.py, `filter_dict_attribute_mapping`). The table's keys are the filters the
 * simulator implements, in the order its error message lists them; adding a filter is adding a row.
 */
import { apiError } from './errors.js'
import type { SimContext } from './context.js'

export type Filters = Record<string, unknown>

/** Whether a resource passes one filter; `wanted` is the filter's value as the caller sent it. */
export type FilterRow<R> = (wanted: unknown, resource: R, ctx: SimContext) => boolean

/** Filter name → the row that applies it. */
export type FilterTable<R> = Record<string, FilterRow<R>>

type Scalar = string | number | boolean | undefined

/** The resource's value equals one of the filter's values. */
export function equals<R>(read: (resource: R, ctx: SimContext) => Scalar): FilterRow<R> {
  return (wanted, resource, ctx) => oneOf(wanted, read(resource, ctx))
}

/** The resource's value matches one of the filter's values, `*` being a wildcard. */
export function matches<R>(
  read: (resource: R, ctx: SimContext) => string | undefined
): FilterRow<R> {
  return (wanted, resource, ctx) => oneOf(wanted, read(resource, ctx), { wildcards: true })
}

/** One of the resource's values (e.g. one of several mappings) equals one of the filter's. */
export function includes<R>(
  read: (resource: R, ctx: SimContext) => (string | undefined)[]
): FilterRow<R> {
  return (wanted, resource, ctx) => anyOf(wanted, read(resource, ctx))
}

/** Tags, TagKeys and TagValues, the same for every resource that can be tagged. */
export function tagFilters<R extends { id: string }>(): FilterTable<R> {
  const tagsOf = (resource: R, ctx: SimContext) => ctx.store.tagsOf(resource.id)
  return {
    Tags: (wanted, resource, ctx) => tagsMatch({ Tags: wanted }, tagsOf(resource, ctx)),
    TagKeys: (wanted, resource, ctx) => tagsMatch({ TagKeys: wanted }, tagsOf(resource, ctx)),
    TagValues: (wanted, resource, ctx) => tagsMatch({ TagValues: wanted }, tagsOf(resource, ctx))
  }
}

/**
 * The resources that pass every filter given; a filter missing from the table is refused
 * (notImplementedBySimulator) before anything is filtered.
 */
export function applyFilters<R>(
  call: string,
  table: FilterTable<R>,
  filters: Filters | undefined,
  resources: R[],
  ctx: SimContext
): R[] {
  checkSupportedFilters(call, filters, Object.keys(table))
  const given = Object.entries(filters ?? {})
  return resources.filter((resource) =>
    given.every(([key, wanted]) => table[key](wanted, resource, ctx))
  )
}

export function checkSupportedFilters(
  call: string,
  filters: Filters | undefined,
  supported: string[]
): void {
  for (const key of Object.keys(filters ?? {})) {
    if (!supported.includes(key)) {
      throw apiError(
        'notImplementedBySimulator',
        `${call}: the simulator does not implement the filter '${key}' (it implements ${supported.join(', ')})`
      )
    }
  }
}

/** True when the filter is absent or empty, or one of its values equals (or matches) `actual`. */
function oneOf(wanted: unknown, actual: Scalar, options: { wildcards?: boolean } = {}): boolean {
  if (wanted === undefined) return true
  const values = Array.isArray(wanted) ? wanted : [wanted]
  if (values.length === 0) return true
  if (actual === undefined) return false
  return values.some((value) =>
    options.wildcards && typeof value === 'string' && typeof actual === 'string'
      ? wildcardMatch(value, actual)
      : value === actual
  )
}

/** True when any of the resource's values satisfies the filter (e.g. one of several links). */
function anyOf(wanted: unknown, actuals: (string | undefined)[]): boolean {
  if (wanted === undefined || (Array.isArray(wanted) && wanted.length === 0)) return true
  return actuals.some((actual) => actual !== undefined && oneOf(wanted, actual))
}

/** `*` matches any run of characters; everything else is literal and case-sensitive. */
function wildcardMatch(pattern: string, value: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${regex}$`, 's').test(value)
}

function tagsMatch(filters: Filters | undefined, tags: { Key: string; Value: string }[]): boolean {
  if (!filters) return true
  const { Tags, TagKeys, TagValues } = filters as {
    Tags?: string[]
    TagKeys?: string[]
    TagValues?: string[]
  }
  if (TagKeys?.length && !tags.some((tag) => TagKeys.includes(tag.Key))) return false
  if (TagValues?.length && !tags.some((tag) => TagValues.includes(tag.Value))) return false
  if (Tags?.length) {
    const pairs = tags.map((tag) => `${tag.Key}=${tag.Value}`)
    if (!Tags.some((wanted) => pairs.includes(wanted))) return false
  }
  return true
}
