/**
 * User shell commands run on the host through command_wrapper: pre_mount_commands,
 * post_mount_commands and provision_host_commands. Each is a template ({{.Device}},
 * {{.MountPath}}) rendered just before it runs, and run with /bin/sh -c as Packer users expect
 * (pipes, &&, redirections). A failure names the option, the index and the exit code.
 *
 * They get the allowlisted environment (host-env.ts), never the action's secrets, and their output
 * cannot issue workflow commands (exec.ts). provision_host_commands, which reach into the chroot
 * (`ansible-playbook -c chroot`), run in new PID and mount namespaces where the image's /proc is a
 * fresh proc (sandbox.ts): what they start in the chroot sees no host process and ends with them.
 */
import { log } from '../log.js'
import type { TemplateVars } from '../template.js'
import { render } from '../template.js'
import { CommandError, type HostRunner } from './exec.js'
import { runHostCommandBesideChroot } from './sandbox.js'

export async function runHostCommands(
  runner: HostRunner,
  field: string,
  commands: string[],
  vars: TemplateVars,
  signal?: AbortSignal,
  /** The image's mount path, for commands that reach into the chroot. */
  chrootRoot?: string
): Promise<void> {
  for (const [index, template] of commands.entries()) {
    const name = `${field}[${index}]`
    const command = render(template, vars, name)
    log.info(`${name}: ${command}`)
    try {
      if (chrootRoot) await runHostCommandBesideChroot(runner, chrootRoot, command, { signal })
      else await runner.shell(command, { signal })
    } catch (error) {
      if (!(error instanceof CommandError)) throw error
      const tail = error.stderrTail ? `\n${error.stderrTail}` : ''
      throw new Error(`${name} failed with exit code ${error.exitCode}: ${command}${tail}`, {
        cause: error
      })
    }
  }
}
