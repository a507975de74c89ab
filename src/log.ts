/**
 * The one door to the runner's log and state. Modules below main.ts/post.ts log through here so
 * they stay plain, testable functions; @actions/core is imported nowhere else.
 */
import * as core from '@actions/core'

export const log = {
  debug: (message: string): void => core.debug(message),
  info: (message: string): void => core.info(message),
  warning: (message: string): void => core.warning(message),
  notice: (message: string): void => core.notice(message),
  /** Runs fn inside a collapsible log group. */
  group: <T>(name: string, fn: () => Promise<T>): Promise<T> => core.group(name, fn),
  /** Masks a value in every later log line. */
  secret: (value: string): void => core.setSecret(value)
}
