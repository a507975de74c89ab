/**
 * The one door to the log. Modules below main.ts/post.ts log through here so they stay plain,
 * testable functions; @actions/core is imported nowhere else.
 *
 * In a GitHub runner, lines go through @actions/core (groups, annotations, masking). The CLI
 * switches to plain terminal output on stderr: there, `::add-mask::<secret>` would print the
 * secret itself, since no runner is reading the workflow commands.
 */
import * as core from '@actions/core'

let terminal = false

/** Plain lines on stderr instead of workflow commands (the CLI). Debug lines need OSC_CHROOT_DEBUG=1. */
export function useTerminalOutput(): void {
  terminal = true
}

function print(line: string): void {
  process.stderr.write(`${line}\n`)
}

export const log = {
  debug: (message: string): void => {
    if (!terminal) core.debug(message)
    else if (process.env.OSC_CHROOT_DEBUG) print(`debug: ${message}`)
  },
  info: (message: string): void => (terminal ? print(message) : core.info(message)),
  warning: (message: string): void =>
    terminal ? print(`warning: ${message}`) : core.warning(message),
  notice: (message: string): void =>
    terminal ? print(`notice: ${message}`) : core.notice(message),
  /** Runs fn inside a collapsible log group (a heading line on a terminal). */
  group: <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    if (!terminal) return core.group(name, fn)
    print(`\n== ${name}`)
    return fn()
  },
  /** Masks a value in every later log line of the runner. A terminal has no masking: never print it. */
  secret: (value: string): void => {
    if (!terminal) core.setSecret(value)
  }
}
