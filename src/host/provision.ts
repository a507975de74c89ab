/**
 * Provisioning inside the chroot: the inline `provision` script, then each `provision_scripts`
 * file, in order.
 *
 * Scripts are copied into the image under /tmp/osc-chroot-<build id>/ and removed afterwards.
 * The inline script is run by provision_shell (default "/bin/sh -e"); a script file runs by its
 * own #! line when it has one, else by provision_shell. Each runs chrooted into the image in new
 * PID, mount, IPC and UTS namespaces with a /proc of its own (sandbox.ts), through
 * command_wrapper, with a clean environment (nothing of the runner's, such as its credentials,
 * leaks into the image):
 *   PATH, HOME=/root, DEBIAN_FRONTEND=noninteractive,
 *   OSC_CHROOT=1, OSC_CHROOT_BUILD_ID, OMI_NAME, SOURCE_OMI, SOURCE_OMI_NAME, BUILD_REGION,
 *   then provision_env (which may override any of them).
 * The environment reaches the chroot through a 0600 file read by the sandbox on the host side,
 * never through an argv (where `ps` or sudo's log would show provision_env's passwords).
 * Output is streamed to the log; a failure names the script and its exit code.
 */
import { readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parse } from 'shell-quote'
import { log } from '../log.js'
import { CommandError, type HostRunner } from './exec.js'
import { assertVariableNames } from '../config/values.js'
import { fileOperations } from './file-operations.js'
import { copyIntoImage } from './image-file.js'
import { resolveInImage } from './image-path.js'
import { assertSandboxAvailable, runInSandboxedChroot } from './sandbox.js'

/** The build's facts a provisioning script may want. */
export interface BuildInfo {
  buildId: string
  omiName: string
  /** The source OMI id ('' when building from scratch). */
  sourceOmi: string
  sourceOmiName: string
  region: string
}

export interface ProvisionOptions {
  runner: HostRunner
  mountPath: string
  build: BuildInfo
  /** provision: inline script ('' for none). */
  inline: string
  /** provision_shell, e.g. "/bin/sh -e". */
  shell: string
  /** provision_scripts: host paths, relative to the working directory. */
  scripts: string[]
  /** provision_env. */
  env: Record<string, string>
  signal?: AbortSignal
}

const CHROOT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** The environment of every command run in the chroot (see the header). */
export function provisionEnvironment(
  build: BuildInfo,
  provisionEnv: Record<string, string>
): Record<string, string> {
  assertVariableNames(Object.keys(provisionEnv), 'provision_env')
  return {
    PATH: CHROOT_PATH,
    HOME: '/root',
    DEBIAN_FRONTEND: 'noninteractive',
    OSC_CHROOT: '1',
    OSC_CHROOT_BUILD_ID: build.buildId,
    OMI_NAME: build.omiName,
    SOURCE_OMI: build.sourceOmi,
    SOURCE_OMI_NAME: build.sourceOmiName,
    BUILD_REGION: build.region,
    ...provisionEnv
  }
}

/** The directory, inside the image, that holds this build's scripts while they run. */
export function provisionWorkDir(buildId: string): string {
  return `/tmp/osc-chroot-${buildId.replace(/[^A-Za-z0-9._-]/g, '-')}`
}

/** Removes the scripts' directory from the image. Idempotent. */
export async function removeProvisionWorkDir(
  runner: HostRunner,
  mountPath: string,
  buildId: string
): Promise<void> {
  const workDir = await resolveInImage(runner, mountPath, provisionWorkDir(buildId), {
    followLastLink: false,
    stayOnImageFileSystem: true
  })
  // --one-file-system: whatever got mounted below it during provisioning is not ours to empty.
  if (workDir.info.type !== 'missing')
    await runner.run(['rm', '-rf', '--one-file-system', '--', workDir.hostPath], { quiet: true })
}

function parseShell(shell: string): string[] {
  const words = parse(shell)
  if (words.length === 0 || words.some((word) => typeof word !== 'string')) {
    throw new Error(
      `provision_shell ${JSON.stringify(shell)}: give a program and its options, e.g. "/bin/sh -e".`
    )
  }
  return words as string[]
}

function hasShebang(path: string): boolean {
  return readFileSync(path).subarray(0, 2).toString() === '#!'
}

interface Script {
  /** How errors and the log name it: "provision" or "provision_scripts[1] (setup.sh)". */
  label: string
  fileName: string
  source: { hostFile: string } | { content: string }
  runByShell: boolean
}

function scriptsToRun(options: ProvisionOptions): Script[] {
  const scripts: Script[] = []
  if (options.inline.trim()) {
    scripts.push({
      label: 'provision',
      fileName: 'provision.sh',
      source: { content: options.inline },
      runByShell: true
    })
  }
  for (const [index, script] of options.scripts.entries()) {
    const label = `provision_scripts[${index}] (${script})`
    const hostFile = resolve(script)
    let runByShell: boolean
    try {
      runByShell = !hasShebang(hostFile)
    } catch {
      throw new Error(
        `${label}: cannot read ${hostFile} (relative paths are relative to ${process.cwd()}).`
      )
    }
    const fileName = `script-${String(index + 1).padStart(2, '0')}-${basename(script)}`
    scripts.push({ label, fileName, source: { hostFile }, runByShell })
  }
  return scripts
}

export async function runProvisioning(options: ProvisionOptions): Promise<void> {
  const { runner, mountPath } = options
  const scripts = scriptsToRun(options)
  if (scripts.length === 0) return
  const shell = parseShell(options.shell)
  const environment = provisionEnvironment(options.build, options.env)
  await assertSandboxAvailable(runner)
  const workDirInImage = provisionWorkDir(options.build.buildId)

  await removeProvisionWorkDir(runner, mountPath, options.build.buildId)
  // Written by the host into the image: resolved there, on the image's own file system, created
  // fresh (mkdir fails on anything already there), the scripts placed by rename (image-file.ts).
  const workDir = await resolveInImage(runner, mountPath, workDirInImage, {
    stayOnImageFileSystem: true
  })
  const parent = await resolveInImage(runner, mountPath, dirname(workDir.pathInImage), {
    stayOnImageFileSystem: true
  })
  if (parent.info.type === 'missing') {
    await fileOperations(runner).makeDirectories(parent.hostPath)
  }
  await fileOperations(runner).makeDirectory(workDir.hostPath, '0700')
  try {
    for (const script of scripts) {
      await copyIntoImage(runner, script.source, join(workDir.hostPath, script.fileName), {
        mode: '0700'
      })
    }
    for (const script of scripts) {
      const command = [...(script.runByShell ? shell : []), `${workDirInImage}/${script.fileName}`]
      log.info(`Running ${script.label} in the chroot`)
      try {
        await runInSandboxedChroot({
          runner,
          mountPath,
          environment,
          command,
          options: { signal: options.signal }
        })
      } catch (error) {
        if (!(error instanceof CommandError) || options.signal?.aborted) throw error
        const tail = error.stderrTail ? `\n${error.stderrTail}` : ''
        throw new Error(
          `${script.label} failed with exit code ${error.exitCode} in the chroot.${tail}`,
          {
            cause: error
          }
        )
      }
    }
  } finally {
    await removeProvisionWorkDir(runner, mountPath, options.build.buildId)
  }
}
