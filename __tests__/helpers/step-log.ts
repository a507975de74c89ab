/**
 * Reading what a step told the user: the workflow commands @actions/core prints (`::error::`,
 * `::warning::`), with their escapes undone, so tests assert on the message a user reads.
 */

/** Undoes @actions/core's escaping of a command's message (%25, %0D, %0A). */
function unescapeCommandData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** Every message of one kind of annotation, in order. */
export function annotations(log: string, kind: 'error' | 'warning'): string[] {
  const prefix = `::${kind}::`
  return log
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => unescapeCommandData(line.slice(prefix.length)))
}

/** The message the step failed with (core.setFailed prints it as the last ::error::). */
export function failureMessage(log: string): string {
  const errors = annotations(log, 'error')
  if (errors.length === 0) throw new Error(`the step did not fail with a message:\n${log}`)
  return errors[errors.length - 1]
}
