/**
 * Printing what the image's code and the user's host commands say, without letting them speak to
 * the runner.
 *
 * The GitHub runner reads every line a step prints and acts on workflow commands in it
 * (actions/runner, src/Runner.Common/ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs):
 * a line that starts with `::` once its leading white space is trimmed (`::add-mask::`,
 * `::error::`, `::stop-commands::`...), and the older form `##[command]` anywhere in the line.
 * A package script could otherwise mask words of the log, fake an error annotation, or stop the
 * action's own commands. Such a line is printed between `::stop-commands::<token>` and
 * `::<token>::`, with a token drawn after the line was read: the line shows verbatim, the runner
 * executes nothing in it, and the printer cannot guess the token that resumes commands.
 * Each line is wrapped on its own, so no state survives it (a crash cannot leave commands off).
 *
 * The checks are wider than the runner's: its reader also ends lines at a lone carriage return,
 * and .NET's TrimStart() skips characters that JavaScript's does not (U+0085), so every part of the
 * line is checked after skipping any space, control or format character.
 */
import { randomBytes } from 'node:crypto'

const LEADING_BLANKS = /^[\s\p{Z}\p{Cc}\p{Cf}]+/u

/** Whether the runner could read the line as a workflow command. */
export function mayBeWorkflowCommand(line: string): boolean {
  if (line.includes('##[')) return true
  return line.split(/[\r\n]/).some((part) => part.replace(LEADING_BLANKS, '').startsWith('::'))
}

/** The lines to print for one line of a command's output. */
export function neutralised(line: string): string[] {
  if (!mayBeWorkflowCommand(line)) return [line]
  const token = `osc-chroot-${randomBytes(16).toString('hex')}`
  return [`::stop-commands::${token}`, line, `::${token}::`]
}
