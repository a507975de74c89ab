/**
 * Packer's `shell` provisioner in the chroot: each script (the inline commands behind their
 * shebang, or a script file) is uploaded to remote_path in the image, run with execute_command
 * (default `chmod +x {{.Path}}; {{.Vars}} {{.Path}}`) by /bin/sh in the same sandbox as
 * `provision` (sandbox.ts: new namespaces, fewer capabilities, nothing of the runner's
 * environment), then removed unless skip_clean. The variables reach it through its environment:
 * the action's provisioning variables (provision.ts), provision_env, then environment_vars and env.
 */
import { readFileSync } from 'node:fs'
import { quote } from 'shell-quote'
import type { ShellProvisioner } from '../config/provisioners/provisioners.js'
import { log } from '../log.js'
import { CommandError, type HostRunner } from './exec.js'
import { resolveInImage } from './image-path.js'
import { placeInImage } from './image-upload.js'
import { provisionEnvironment, type BuildInfo } from './provision.js'
import { runInSandboxedChroot } from './sandbox.js'

export interface ProvisionerRun {
  runner: HostRunner
  mountPath: string
  build: BuildInfo
  /** provision_env: under every chroot command's environment. */
  provisionEnv: Record<string, string>
  /** How messages name the provisioner: "provisioner 2/5: shell (packer.json provisioners[1])". */
  label: string
  /** Relative host paths start here (downloads land below it). */
  workspace: string
  signal?: AbortSignal
}

/** Removes the uploaded script, if it is still a regular file there. */
async function removeScript(
  runner: HostRunner,
  mountPath: string,
  pathInImage: string
): Promise<void> {
  const entry = await resolveInImage(runner, mountPath, pathInImage, {
    followLastLink: false,
    stayOnImageFileSystem: true
  })
  if (entry.info.type === 'file')
    await runner.run(['rm', '-f', '--', entry.hostPath], { quiet: true })
}

export async function runShellProvisioner(
  provisioner: ShellProvisioner,
  run: ProvisionerRun
): Promise<void> {
  const { runner, mountPath, label } = run
  const environment = {
    ...provisionEnvironment(run.build, run.provisionEnv),
    ...provisioner.environment
  }
  for (const [index, script] of provisioner.scripts.entries()) {
    const name = 'hostFile' in script ? script.hostFile : 'inline commands'
    // Packer converts Windows line endings unless `binary` (a script saved on Windows runs).
    const source =
      'hostFile' in script && !provisioner.binary
        ? { content: readFileSync(script.hostFile, 'utf8').replace(/\r\n/g, '\n') }
        : script
    const pathInImage = await placeInImage(
      runner,
      mountPath,
      source,
      provisioner.remotePath,
      label,
      '0755'
    )
    const command = provisioner.executeCommand.split('{{.Path}}').join(quote([pathInImage]))
    log.info(
      `${label}: running ${name} (${index + 1}/${provisioner.scripts.length}) as ${pathInImage}`
    )
    try {
      await runInSandboxedChroot({
        runner,
        mountPath,
        environment,
        command: ['/bin/sh', '-c', command],
        options: { signal: run.signal, allowedExitCodes: provisioner.validExitCodes }
      })
    } catch (error) {
      if (!(error instanceof CommandError) || run.signal?.aborted) throw error
      const tail = error.stderrTail ? `\n${error.stderrTail}` : ''
      throw new Error(
        `${label}: ${name} failed with exit code ${error.exitCode} in the chroot ` +
          `(allowed: ${provisioner.validExitCodes.join(', ')}).${tail}`,
        { cause: error }
      )
    } finally {
      if (!provisioner.skipClean) await removeScript(runner, mountPath, pathInImage)
    }
  }
}
