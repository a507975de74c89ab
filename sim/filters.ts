/**
 * Read* filters as Outscale applies them: values inside one key are OR-ed, keys are AND-ed, name
 * filters accept `*` wildcards, and Tags entries are "KEY=VALUE". A filter key the spec allows but
 * the simulator does not implement is refused loudly rather than ignored (ricochet ignores them,
 * which hides client bugs).
 */
import { apiError } from './errors.js'

export type Filters = Record<string, unknown>

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
export function oneOf(
  wanted: unknown,
  actual: string | number | boolean | undefined,
  options: { wildcards?: boolean } = {}
): boolean {
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
export function anyOf(wanted: unknown, actuals: (string | undefined)[]): boolean {
  if (wanted === undefined || (Array.isArray(wanted) && wanted.length === 0)) return true
  return actuals.some((actual) => actual !== undefined && oneOf(wanted, actual))
}

/** `*` matches any run of characters; everything else is literal and case-sensitive. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${regex}$`, 's').test(value)
}

export function tagsMatch(
  filters: Filters | undefined,
  tags: { Key: string; Value: string }[]
): boolean {
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

export const TAG_FILTERS = ['Tags', 'TagKeys', 'TagValues']
