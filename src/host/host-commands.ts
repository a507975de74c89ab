/**
 * User shell commands run on the host through command_wrapper: pre_mount_commands,
 * post_mount_commands and provision_host_commands. Each is a template ({{.Device}},
 * {{.MountPath}}) rendered just before it runs, and run with /bin/sh -c as Packer users expect
 * (pipes, &&, redirections). A failure names the option, the index and the exit code.
 */
import { log } from '../log.js'
import type { TemplateVars } from '../template.js'
import { render } from '../template.js'
import { CommandError, type HostRunner } from './exec.js'

export async function runHostCommands(
  runner: HostRunner,
  field: string,
  commands: string[],
  vars: TemplateVars,
  signal?: AbortSignal
): Promise<void> {
  for (const [index, template] of commands.entries()) {
    const name = `${field}[${index}]`
    const command = render(template, vars, name)
    log.info(`${name}: ${command}`)
    try {
      await runner.shell(command, { signal })
    } catch (error) {
      if (!(error instanceof CommandError)) throw error
      const tail = error.stderrTail ? `\n${error.stderrTail}` : ''
      throw new Error(`${name} failed with exit code ${error.exitCode}: ${command}${tail}`, {
        cause: error
      })
    }
  }
}
