/**
 * The `osc-chroot-exec` command later steps call: a small shell launcher, in a directory prepare
 * adds to GITHUB_PATH, that runs the bundled exec entry with the node that runs this action (the
 * runner's own: a job's PATH may have no node, or another one).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { quote } from 'shell-quote'
import { workDirectory } from '../pipeline/identity.js'

export const EXEC_COMMAND = 'osc-chroot-exec'

export function launcherScript(node: string, execBundle: string): string {
  return `#!/bin/sh\nexec ${quote([node, execBundle])} "$@"\n`
}

/** Writes the launcher (atomically: another build's step may be running it) and returns its directory. */
export function installExecLauncher(
  execBundle: string,
  node: string = process.execPath,
  env: NodeJS.ProcessEnv = process.env
): string {
  const directory = join(workDirectory(env), 'bin')
  mkdirSync(directory, { recursive: true, mode: 0o755 })
  const path = join(directory, EXEC_COMMAND)
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, launcherScript(node, execBundle), { mode: 0o755 })
  renameSync(temporary, path)
  return directory
}
