/**
 * A job in split mode, run as a GitHub runner runs it: the bundled prepare (dist/prepare) and
 * finish (dist/finish) steps, each a process of its own with its INPUT_* variables, its own
 * GITHUB_OUTPUT and GITHUB_STATE files, and prepare's post step (dist/post) with the state its
 * main step saved; `run` steps (/bin/sh -e -c) between them. As on a runner, every step after
 * one that wrote GITHUB_ENV or GITHUB_PATH gets those variables and PATH entries.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Simulator } from '../../sim/index.js'
import {
  bundled,
  parseOutputFile,
  type Inputs,
  type RunningStep,
  type StepResult
} from './action.js'

type Sim = Pick<Simulator, 'endpoint' | 'metadataEndpoint' | 'credentials'>

/** One step of an action (main, or main then post): its own output and state files. */
export interface ActionStep {
  outputFile: string
  stateFile: string
}

export class SplitJob {
  readonly dir = mkdtempSync(join(tmpdir(), 'osc-chroot-split-job-'))
  readonly workspace = join(this.dir, 'workspace')
  readonly envFile = join(this.dir, 'github-env')
  readonly pathFile = join(this.dir, 'github-path')
  readonly summaryFile = join(this.dir, 'summary.md')
  readonly runnerTemp = join(this.dir, 'runner-temp')
  private steps = 0

  constructor(
    readonly sim: Sim,
    readonly extraEnv: Record<string, string> = {}
  ) {
    for (const file of [this.envFile, this.pathFile, this.summaryFile]) writeFileSync(file, '')
    execFileSync('mkdir', ['-p', this.workspace])
  }

  /** The variables the steps so far wrote to GITHUB_ENV (later writes win, as on a runner). */
  jobEnv(): Record<string, string> {
    return parseOutputFile(readFileSync(this.envFile, 'utf8'))
  }

  /** PATH: the GITHUB_PATH entries, newest first, before the runner's own. */
  path(): string {
    const added = readFileSync(this.pathFile, 'utf8').split('\n').filter(Boolean).reverse()
    return [...added, process.env.PATH].join(':')
  }

  /** What every step gets from the runner, then what earlier steps exported. */
  env(): NodeJS.ProcessEnv {
    return {
      HOME: this.dir,
      RUNNER_TEMP: this.runnerTemp,
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_ENV: this.envFile,
      GITHUB_PATH: this.pathFile,
      GITHUB_STEP_SUMMARY: this.summaryFile,
      GITHUB_RUN_ID: '4343',
      GITHUB_RUN_ATTEMPT: '1',
      OSC_METADATA_ENDPOINT: this.sim.metadataEndpoint,
      ...this.extraEnv,
      ...this.jobEnv(),
      PATH: this.path()
    }
  }

  /** The inputs a workflow gives the actions for this simulator (credentials, endpoint). */
  credentials(): Inputs {
    return {
      access_key: this.sim.credentials.accessKey,
      secret_key: this.sim.credentials.secretKey,
      custom_endpoint_oapi: this.sim.endpoint
    }
  }

  newStep(): ActionStep {
    this.steps++
    const step = {
      outputFile: join(this.dir, `output-${this.steps}`),
      stateFile: join(this.dir, `state-${this.steps}`)
    }
    writeFileSync(step.outputFile, '')
    writeFileSync(step.stateFile, '')
    return step
  }

  /** Starts an action's main step (prepare or finish) with these inputs. */
  spawnAction(entry: 'prepare' | 'finish', inputs: Inputs, step = this.newStep()): RunningStep {
    const env: NodeJS.ProcessEnv = {
      ...this.env(),
      GITHUB_OUTPUT: step.outputFile,
      GITHUB_STATE: step.stateFile
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    return this.spawn(process.execPath, [bundled(entry)], env, step.outputFile)
  }

  /** prepare's main step; `post` runs its post step later (post-if: always()). */
  async prepare(inputs: Inputs): Promise<StepResult & { post: () => Promise<StepResult> }> {
    const step = this.newStep()
    const result = await this.spawnAction('prepare', inputs, step).done
    return { ...result, post: () => this.post(step, inputs) }
  }

  async finish(inputs: Inputs = {}): Promise<StepResult> {
    return this.spawnAction('finish', inputs).done
  }

  /** The post step: the runner hands each entry of the step's GITHUB_STATE as STATE_<name>. */
  post(step: ActionStep, inputs: Inputs): Promise<StepResult> {
    const env: NodeJS.ProcessEnv = { ...this.env(), GITHUB_STATE: step.stateFile }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    for (const [name, value] of Object.entries(
      parseOutputFile(readFileSync(step.stateFile, 'utf8'))
    ))
      env[`STATE_${name}`] = value
    return this.spawn(process.execPath, [bundled('post')], env, step.outputFile).done
  }

  /** A `run:` step (bash -e in GitHub; /bin/sh -e here), with stdin from a file if given. */
  spawnRun(script: string, stdinFile?: string): RunningStep {
    return this.spawn('/bin/sh', ['-e', '-c', script], this.env(), undefined, stdinFile, true)
  }

  run(script: string, stdinFile?: string): Promise<StepResult> {
    return this.spawnRun(script, stdinFile).done
  }

  /** Signals a run step's whole process tree, as the runner does when the job is cancelled. */
  signalGroup(step: RunningStep, signal: NodeJS.Signals): void {
    process.kill(-step.child.pid!, signal)
  }

  summary(): string {
    return readFileSync(this.summaryFile, 'utf8')
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }

  private spawn(
    file: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    outputFile?: string,
    stdinFile?: string,
    /** Its own process group, which a cancelled job's signal goes to (see signalGroup). */
    detached = false
  ): RunningStep {
    const child = spawn(file, args, {
      env,
      cwd: this.workspace,
      detached,
      stdio: [stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe']
    })
    if (stdinFile) child.stdin!.end(readFileSync(stdinFile))
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
          outputs: outputFile ? parseOutputFile(readFileSync(outputFile, 'utf8')) : {}
        })
      })
    })
    return { child, done, logSoFar: () => log }
  }
}
