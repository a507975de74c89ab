/**
 * Runs steps of the bundled action inside their own PID and mount namespaces
 * (`unshare --pid --fork --mount-proc --mount --propagation private`), so that a build that kills
 * or unmounts what it should not hits the sandbox, not this machine: it sees only the sandbox's
 * processes, and its mounts and unmounts stay in the sandbox. Files are shared with the machine,
 * so a write through a link still shows (that is what the canary tree is for).
 *
 * A sandbox runs a setup shell (e.g. a canary tmpfs and a canary process), then phases of steps
 * (the steps of one phase at once, a step may wait for a file), then a check shell; then it records
 * its mounts and its processes, and everything in it dies with its first process.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { bundled, parseOutputFile, type ActionJob, type StepResult } from './action.js'
import { IN_NEW_NAMESPACES } from './namespaced-suite.js'

const runner = resolve(import.meta.dirname, 'sandbox-runner.mjs')

export interface SandboxStep {
  /** Names its log and result (unique within the run). */
  name: string
  job: ActionJob
  step: 'main' | 'post'
  /** Start only once this path exists (polled for a minute at most). */
  waitFor?: string
  /** Create this (empty) file when the step has ended. */
  touchWhenDone?: string
  /** Shell run in the job's workspace just before the step starts. */
  before?: string
  /** SIGKILL the step as soon as its log matches this (multiline), as a runner's host dying does. */
  killOn?: RegExp
}

export interface SandboxProcess {
  pid: number
  /** From /proc/<pid>/stat: R, S, D, Z (a zombie is dead)... */
  state: string
  /** Arguments joined by spaces. */
  cmdline: string
}

export interface SandboxRun {
  steps: Record<string, StepResult>
  /** Output of the setup and check shells, each ending with "exit <status>". */
  setup: string
  check: string
  /** /proc/self/mountinfo of the sandbox after everything ran. */
  mountinfo: string
  /** The sandbox's processes after everything ran (but for its first one). */
  processes: SandboxProcess[]
}

export interface SandboxPlan {
  /** Shell run first. Background processes must leave the shell's output (`>/dev/null 2>&1 &`). */
  setup?: string
  phases: SandboxStep[][]
  check?: string
}

/** Mount points (in the sandbox) at or below `prefix`, from its recorded mountinfo. */
export function sandboxMountsUnder(run: SandboxRun, prefix: string): string[] {
  return run.mountinfo
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((target) => target !== undefined && (target === prefix || target.startsWith(prefix)))
}

/** Live (not zombie) processes of the sandbox whose command line is exactly this. */
export function sandboxProcessesRunning(run: SandboxRun, cmdline: string): SandboxProcess[] {
  return run.processes.filter((p) => p.cmdline === cmdline && !/[ZX]/.test(p.state))
}

export async function runInSandbox(plan: SandboxPlan): Promise<SandboxRun> {
  const out = mkdtempSync(join(tmpdir(), 'osc-chroot-sandbox-'))
  try {
    const steps = plan.phases.map((phase) =>
      phase.map((step) => ({
        name: step.name,
        bundle: bundled(step.step),
        env: step.job.env(),
        cwd: step.job.workspace,
        stateFile: step.step === 'post' ? step.job.stateFile : undefined,
        waitFor: step.waitFor,
        touchWhenDone: step.touchWhenDone,
        before: step.before,
        killOn: step.killOn?.source
      }))
    )
    const planFile = join(out, 'plan.json')
    writeFileSync(
      planFile,
      JSON.stringify({ out, setup: plan.setup, check: plan.check, phases: steps }),
      { mode: 0o600 }
    )
    const [unshare, ...options] = IN_NEW_NAMESPACES
    const child = spawn(unshare, [...options, '--', process.execPath, runner, planFile], {
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exitCode = await new Promise<number | null>((done, fail) => {
      child.on('error', fail)
      child.on('close', done)
    })
    if (exitCode !== 0) throw new Error(`the sandbox failed (exit ${exitCode}):\n${output}`)
    const read = (file: string): string => readFileSync(join(out, file), 'utf8')
    const readOr = (file: string): string => {
      try {
        return read(file)
      } catch {
        return ''
      }
    }
    const results: Record<string, StepResult> = {}
    for (const phase of plan.phases) {
      for (const step of phase) {
        const rc = JSON.parse(read(`${step.name}.rc`)) as {
          code: number | null
          signal: NodeJS.Signals | null
        }
        results[step.name] = {
          exitCode: rc.code,
          signal: rc.signal,
          log: read(`${step.name}.log`),
          outputs: parseOutputFile(readFileSync(step.job.outputFile, 'utf8'))
        }
      }
    }
    return {
      steps: results,
      setup: readOr('setup.txt'),
      check: readOr('check.txt'),
      mountinfo: read('mountinfo'),
      processes: JSON.parse(read('processes.json')) as SandboxProcess[]
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

/** main, then post, of one job, in one sandbox. */
export function mainThenPost(job: ActionJob): SandboxStep[][] {
  return [[{ name: 'main', job, step: 'main' }], [{ name: 'post', job, step: 'post' }]]
}

/**
 * A build that gave up in a sandbox leaves its mount point: on this machine an empty directory
 * (the mount was the sandbox's). Removes the empty directories whose path starts with `prefix`;
 * rmdir removes nothing else.
 */
export function removeEmptyMountPoints(prefix: string): void {
  const root = dirname(prefix)
  let entries: string[]
  try {
    entries = readdirSync(root)
  } catch {
    return
  }
  for (const entry of entries.filter((name) => name.startsWith(basename(prefix)))) {
    try {
      rmdirSync(join(root, entry))
    } catch {
      // not empty: not a leftover mount point
    }
  }
}
