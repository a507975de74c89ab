/**
 * Runs the bundled action the way a GitHub runner does: `node <bundle>/main/index.js`, then
 * `node <bundle>/post/index.js`, each a separate process with INPUT_* variables and the
 * GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, against a simulator.
 * Also the checks every end-to-end test makes afterwards: what the snapshot holds, and that
 * nothing of the build is left on the machine or in the simulator.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Simulator } from '../../sim/index.js'

/**
 * An entry point of the action bundled from today's src/: the e2e tier's global setup
 * (__tests__/setup/e2e-setup.mjs) bundles it under node_modules/.cache, so a change to src/ is
 * tested without `npm run bundle` (the committed dist/ is checked by CI's dist job instead).
 */
export function bundled(entry: 'main' | 'post' | 'cli' | 'prepare' | 'finish' | 'exec'): string {
  const dir = process.env.OSC_CHROOT_TEST_BUNDLE
  if (!dir)
    throw new Error(
      'OSC_CHROOT_TEST_BUNDLE is not set: end-to-end tests run the bundle the e2e tier builds ' +
        'from src/ in its global setup; run them with `npm run test:e2e` (or jest --selectProjects e2e)'
    )
  return join(dir, entry, 'index.js')
}

export type Inputs = Record<string, string>

export interface StepResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** stdout and stderr, interleaved as they came. */
  log: string
  outputs: Record<string, string>
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** A step that is running: its process, its result once it ends, and its log so far. */
export interface RunningStep {
  child: ChildProcess
  done: Promise<StepResult>
  logSoFar: () => string
}

/** One job's worth of runner files; main and post of a step share them, as on a runner. */
export class ActionJob {
  readonly dir = mkdtempSync(join(tmpdir(), 'osc-chroot-job-'))
  readonly outputFile = join(this.dir, 'output')
  readonly stateFile = join(this.dir, 'state')
  readonly summaryFile = join(this.dir, 'summary.md')
  readonly workspace = join(this.dir, 'workspace')

  constructor(
    readonly sim: Pick<Simulator, 'endpoint' | 'metadataEndpoint' | 'credentials'>,
    readonly inputs: Inputs,
    readonly extraEnv: Record<string, string> = {}
  ) {
    for (const file of [this.outputFile, this.stateFile, this.summaryFile]) writeFileSync(file, '')
    execFileSync('mkdir', ['-p', this.workspace])
  }

  env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: this.dir,
      RUNNER_TEMP: join(this.dir, 'runner-temp'),
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_OUTPUT: this.outputFile,
      GITHUB_STATE: this.stateFile,
      GITHUB_STEP_SUMMARY: this.summaryFile,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      OSC_METADATA_ENDPOINT: this.sim.metadataEndpoint,
      INPUT_ACCESS_KEY: this.sim.credentials.accessKey,
      INPUT_SECRET_KEY: this.sim.credentials.secretKey,
      INPUT_CUSTOM_ENDPOINT_OAPI: this.sim.endpoint,
      ...this.extraEnv
    }
    for (const [name, value] of Object.entries(this.inputs)) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }
    return env
  }

  /** Starts the main step; the caller may signal it, and read its log as it grows. */
  spawnMain(): RunningStep {
    return this.spawn(bundled('main'))
  }

  async main(): Promise<StepResult> {
    return this.spawnMain().done
  }

  /**
   * The post step (post-if: always()), with the state the main step saved: the runner hands each
   * `name<<delimiter` entry of GITHUB_STATE to the post step as the variable STATE_<name>.
   */
  async post(): Promise<StepResult> {
    const stateEnv = Object.fromEntries(
      Object.entries(this.savedState()).map(([name, value]) => [`STATE_${name}`, value])
    )
    return this.spawn(bundled('post'), stateEnv).done
  }

  /** The state the main step saved (e.g. the journal's path under "journal"). */
  savedState(): Record<string, string> {
    return parseOutputFile(readFileSync(this.stateFile, 'utf8'))
  }

  summary(): string {
    return readFileSync(this.summaryFile, 'utf8')
  }

  /** Everything the action wrote: log, outputs, state, summary, journal and manifest files. */
  everythingWritten(results: StepResult[]): string {
    const files = execFileSync(
      'find',
      [this.dir, '-type', 'f', '-not', '-path', `${this.workspace}/*`],
      {
        encoding: 'utf8'
      }
    )
      .split('\n')
      .filter(Boolean)
    return [...results.map((r) => r.log), ...files.map((file) => readFileSync(file, 'utf8'))].join(
      '\n'
    )
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }

  private spawn(bundle: string, extraEnv: NodeJS.ProcessEnv = {}): RunningStep {
    const child = spawn(process.execPath, [bundle], {
      env: { ...this.env(), ...extraEnv },
      cwd: this.workspace
    })
    let log = ''
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
    const done = new Promise<StepResult>((resolvePromise, reject) => {
      child.on('error', reject)
      child.on('close', (exitCode, signal) => {
        resolvePromise({
          exitCode,
          signal,
          log,
          outputs: parseOutputFile(readFileSync(this.outputFile, 'utf8'))
        })
      })
    })
    return { child, done, logSoFar: () => log }
  }
}

/** Reads files from a disk image (a snapshot's backing file): read-only loop, mount, read, undo. */
export function readFromDiskImage(
  file: string,
  paths: string[],
  partition = 1
): Record<string, { content?: string; link?: string; missing?: boolean }> {
  const loop = execFileSync('losetup', ['--find', '--show', '--read-only', file], {
    encoding: 'utf8'
  }).trim()
  const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-read-'))
  let mounted = false
  try {
    execFileSync('partx', ['-a', loop], { stdio: 'ignore' })
    const device = partition === 0 ? loop : `${loop}p${partition}`
    const fsType = execFileSync('blkid', ['-p', '-o', 'value', '-s', 'TYPE', device], {
      encoding: 'utf8'
    }).trim()
    execFileSync('mount', ['-o', fsType === 'xfs' ? 'ro,nouuid,norecovery' : 'ro', device, dir])
    mounted = true
    const found: Record<string, { content?: string; link?: string; missing?: boolean }> = {}
    for (const path of paths) {
      const hostPath = join(dir, path)
      const stat = lstatSync(hostPath, { throwIfNoEntry: false })
      if (!stat) found[path] = { missing: true }
      else if (stat.isSymbolicLink()) found[path] = { link: readlinkSync(hostPath) }
      else found[path] = { content: readFileSync(hostPath, 'utf8') }
    }
    return found
  } finally {
    if (mounted) execFileSync('umount', [dir])
    rmSync(dir, { recursive: true, force: true })
    execFileSync('partx', ['-d', loop], { stdio: 'ignore' })
    execFileSync('losetup', ['-d', loop])
  }
}

/** Loop devices backed by files under dir. */
export function loopDevicesUnder(dir: string): string[] {
  return execFileSync('losetup', ['--list', '--noheadings', '--output', 'NAME,BACK-FILE'], {
    encoding: 'utf8'
  })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([name, file]) => name && file?.startsWith(`${dir}/`))
    .map(([name]) => name)
}

/**
 * Mount points below the action's default mount root, or those starting with `prefix` (a suite
 * that sets its own mount_path checks only its own mounts while other suites build in parallel).
 */
export function mountsUnderMountRoot(prefix = '/mnt/osc-chroot/'): string[] {
  return readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((target) => target?.startsWith(prefix))
}

/** Who holds the host lock, if anyone (its owner record, inside the lock directory, names a pid). */
export function hostLockOwnerPid(path = '/run/osc-chroot/lock'): number | undefined {
  const ownerFile = join(path, 'owner')
  if (!existsSync(ownerFile)) return undefined
  try {
    return (JSON.parse(readFileSync(ownerFile, 'utf8')) as { pid: number }).pid
  } catch {
    return undefined
  }
}
