/**
 * zod checks the shape of the documents we read (a Packer template, ~/.osc/config.json); this
 * turns what it found into our own words, naming where in the document the problem is.
 */
import type { z } from 'zod'

const typeWords: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  record: 'a map'
}

/** The first problem zod found, e.g. `builders[0].type must be a string`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  const where =
    issue.path
      .map((part, index) =>
        typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`
      )
      .join('') || 'the document'
  switch (issue.code) {
    case 'invalid_type':
      return `${where} must be ${typeWords[issue.expected] ?? issue.expected}`
    case 'too_small':
      return `${where} must not be empty`
    case 'invalid_union':
      return `${where} must be a single value (a string, a number, true/false or null)`
    default:
      return `${where} is not valid`
  }
}
