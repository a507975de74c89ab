// Renders a step's stdout as a GitHub runner's log shows it, for `npm run demo`: workflow
// commands (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions)
// become what the log page displays instead of raw `::name::` lines.
//
// - `::group::Title` is a heading, `::endgroup::` nothing;
// - `::debug::` lines are hidden, unless debug is on (as ACTIONS_STEP_DEBUG does);
// - `::warning::`, `::error::` and `::notice::` read `warning: message`;
// - `::add-mask::value` is hidden and the value shows as *** in every later line, as the runner
//   does, so nothing the action masks is printed;
// - between `::stop-commands::token` and `::token::` lines show verbatim (the action prints the
//   image's output so: see src/host/workflow-output.ts);
// - other workflow commands (save-state, set-output, echo...) are hidden.

const COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
])

/** A command's message, unescaped as the runner does (%25, %0D, %0A). */
function unescapeData(text) {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** { name, message } when the line is a workflow command, else undefined. */
function parseCommand(line) {
  const trimmed = line.trimStart()
  if (!trimmed.startsWith('::')) return undefined
  const end = trimmed.indexOf('::', 2)
  if (end < 0) return undefined
  const name = trimmed.slice(2, end).split(' ')[0]
  return { name, message: unescapeData(trimmed.slice(end + 2)) }
}

/** A function from one line of the step's stdout to the lines to show (none, one or more). */
export function runnerLog({ debug = false } = {}) {
  const secrets = []
  let stopToken
  const mask = (text) => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text)

  return (line) => {
    const command = parseCommand(line)
    if (stopToken !== undefined) {
      if (command?.name !== stopToken) return [mask(line)]
      stopToken = undefined
      return []
    }
    if (command === undefined || !COMMANDS.has(command.name.toLowerCase())) return [mask(line)]
    const { message } = command
    switch (command.name.toLowerCase()) {
      case 'add-mask':
        if (message.trim()) secrets.push(message.trim())
        return []
      case 'stop-commands':
        stopToken = message
        return []
      case 'group':
        return ['', mask(`== ${message}`)]
      case 'debug':
        return debug ? mask(`debug: ${message}`).split('\n') : []
      case 'warning':
      case 'error':
      case 'notice':
        return mask(`${command.name.toLowerCase()}: ${message}`).split('\n')
      default:
        return []
    }
  }
}
