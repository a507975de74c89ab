/**
 * What the GitHub runner would do with a step's log: a small reading of actions/runner's
 * ActionCommand.TryParseV2 / TryParse and ActionCommandManager (stop-commands), enough to tell
 * which workflow commands a log would really execute.
 */
const REGISTERED = new Set([
  'add-mask',
  'error',
  'warning',
  'notice',
  'debug',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'group',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
  'stop-commands'
])

function commandName(line: string, registered: Set<string>): string | undefined {
  // TryParseV2: the line, with leading white space trimmed (.NET: also U+0085), starts with "::".
  const trimmed = line.replace(/^[\s\u0085]+/, '')
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2)
    if (end >= 0) {
      const name = trimmed.slice(2, end).split(' ')[0].toLowerCase()
      if (registered.has(name)) return name
    }
  }
  // TryParse (the old form): "##[name ...]" anywhere in the line.
  const start = line.indexOf('##[')
  if (start >= 0) {
    const end = line.indexOf(']', start)
    if (end >= 0) {
      const name = line
        .slice(start + 3, end)
        .split(' ')[0]
        .toLowerCase()
      if (registered.has(name)) return name
    }
  }
  return undefined
}

/** The workflow commands (with their lines) that the runner would execute, in order. */
export function executedCommands(output: string): { name: string; line: string }[] {
  const registered = new Set(REGISTERED)
  const executed: { name: string; line: string }[] = []
  let stopToken: string | undefined
  // The runner's reader ends a line at \n, \r\n or a lone \r.
  for (const line of output.split(/\r\n|\r|\n/)) {
    const name = commandName(line, registered)
    if (name === undefined) continue
    if (stopToken !== undefined) {
      if (name === stopToken) {
        registered.delete(stopToken)
        stopToken = undefined
      }
      continue
    }
    if (name === 'stop-commands') {
      const trimmed = line.replace(/^[\s\u0085]+/, '')
      stopToken = trimmed.slice(trimmed.indexOf('::', 2) + 2).toLowerCase()
      registered.add(stopToken)
      continue
    }
    executed.push({ name, line })
  }
  return executed
}
