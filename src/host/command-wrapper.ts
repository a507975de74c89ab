/**
 * command_wrapper, read the one safe way: {{.Command}} becomes `"$@"` and the argument vector is
 * passed as the shell's positional parameters, so the wrapper's shell never reads an argument as
 * shell text. Where {{.Command}} sits inside quotes that cannot work, and the wrapper is refused.
 */
import { quote } from 'shell-quote'
import { render } from '../template.js'

/** Matches the placeholder in every spelling render() accepts: {{.Command}}, {{ .Command }}, {{Command}}. */
const COMMAND_PLACEHOLDER = /\{\{-?\s*\.?Command\s*-?\}\}/g

type QuotingContext = 'none' | 'single' | 'double'

/** Whether position `index` of the wrapper lies inside '...' or "..." (a plain sh reading). */
function quotingContextAt(wrapper: string, index: number): QuotingContext {
  let context: QuotingContext = 'none'
  for (let i = 0; i < index; i++) {
    const c = wrapper[i]
    if (context === 'single') {
      if (c === "'") context = 'none'
    } else if (c === '\\') {
      i++
    } else if (context === 'double') {
      if (c === '"') context = 'none'
    } else if (c === "'") {
      context = 'single'
    } else if (c === '"') {
      context = 'double'
    }
  }
  return context
}

/**
 * What is wrong with a command_wrapper, or undefined. {{.Command}} must appear, and never inside
 * quotes: `sh -c '{{.Command}}'` or `sudo sh -c 'exec sh -c "{{.Command}}"'` make a shell read
 * the command as text again, so a path or value chosen by the image could run on the host.
 */
export function commandWrapperProblem(commandWrapper: string): string | undefined {
  const shown = JSON.stringify(commandWrapper)
  const placeholders = [...commandWrapper.matchAll(COMMAND_PLACEHOLDER)]
  if (placeholders.length === 0) {
    return `command_wrapper ${shown} does not contain {{.Command}}; write it like 'sudo {{.Command}}'.`
  }
  if (commandInQuotes(commandWrapper)) {
    return (
      `command_wrapper ${shown} puts {{.Command}} inside quotes, where a shell would read the ` +
      `command as text again. Write {{.Command}} unquoted, as a word of its own ` +
      `(e.g. 'sudo {{.Command}}' or 'sudo -n {{.Command}}'): the command is passed as separate ` +
      `arguments ("$@"); to go through a shell, write: sh -c 'exec "$@"' sh {{.Command}}`
    )
  }
  return undefined
}

/** Whether some {{.Command}} of the wrapper lies inside '...' or "...". */
export function commandInQuotes(commandWrapper: string): boolean {
  return [...commandWrapper.matchAll(COMMAND_PLACEHOLDER)].some(
    (match) => quotingContextAt(commandWrapper, match.index) !== 'none'
  )
}

/** How one argument vector runs through the wrapper: /bin/sh -c <wrapper with "$@"> sh argv... */
export interface WrappedCommand {
  file: string
  args: string[]
  /** The wrapper with the command quoted in, for the log and errors. */
  display: string
}

export function wrapCommand(commandWrapper: string, argv: string[]): WrappedCommand {
  const problem = commandWrapperProblem(commandWrapper)
  if (problem) throw new Error(problem)
  return {
    file: '/bin/sh',
    args: ['-c', render(commandWrapper, { Command: '"$@"' }, 'command_wrapper'), 'sh', ...argv],
    display: render(commandWrapper, { Command: quote(argv) }, 'command_wrapper')
  }
}
