/**
 * Packer's `shell-local` provisioner: scripts run on the runner, as provision_host_commands are
 * (host-commands.ts): through command_wrapper, with the allowlisted environment (host-env.ts) plus
 * the provisioner's variables (from a 0600 file, never an argv), in PID and mount namespaces of
 * their own whose view of the image's /proc is fresh (sandbox.ts). Inline commands are written to
 * a private temporary script behind their shebang, as Packer does.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { quote } from 'shell-quote'
import type { ShellLocalProvisioner } from '../config/provisioners/provisioners.js'
import { log } from '../log.js'
import { CommandError } from './exec.js'
import { runHostCommandBesideChroot } from './sandbox.js'
import type { ProvisionerRun } from './shell-provisioner.js'

export async function runShellLocalProvisioner(
  provisioner: ShellLocalProvisioner,
  run: ProvisionerRun
): Promise<void> {
  const { runner, mountPath, label } = run
  const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-shell-local-'))
  try {
    for (const [index, script] of provisioner.scripts.entries()) {
      let path: string
      if ('hostFile' in script) path = script.hostFile
      else {
        path = join(dir, `script-${index + 1}.sh`)
        writeFileSync(path, script.content, { mode: 0o700 })
        chmodSync(path, 0o700)
      }
      const name = 'hostFile' in script ? script.hostFile : 'inline commands'
      const command = provisioner.executeCommand.split('{{.Script}}').join(quote([path]))
      log.info(
        `${label}: running ${name} on the runner (${index + 1}/${provisioner.scripts.length})`
      )
      try {
        await runHostCommandBesideChroot(
          runner,
          mountPath,
          command,
          { signal: run.signal, allowedExitCodes: provisioner.validExitCodes, cwd: run.workspace },
          provisioner.environment
        )
      } catch (error) {
        if (!(error instanceof CommandError) || run.signal?.aborted) throw error
        const tail = error.stderrTail ? `\n${error.stderrTail}` : ''
        throw new Error(`${label}: ${name} failed with exit code ${error.exitCode}.${tail}`, {
          cause: error
        })
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
