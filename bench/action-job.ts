/**
 * One job's run of the bundled action, as a GitHub runner does it: `node dist/main/index.js`,
 * then `node dist/post/index.js`, each its own process with INPUT_* variables and the
 * GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files. (The end-to-end tests have the same
 * harness in __tests__/helpers/action.ts; this one also times the processes and their memory.)
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { watchPeakRss } from './peak-rss.js'

/** dist/main/index.js and dist/post/index.js, or copies of them. */
export interface Bundles {
  main: string
  post: string
}

export interface ProcessRun {
  exitCode: number | null
  /** Epoch ms just before the spawn, and when the process had exited. */
  startedAt: number
  endedAt: number
  peakRssBytes: number
  /** stdout and stderr, interleaved. */
  log: string
}

export interface Endpoints {
  endpoint: string
  metadataEndpoint: string
  credentials: { accessKey: string; secretKey: string }
}

export class ActionJob {
  readonly dir = mkdtempSync(join(tmpdir(), 'osc-chroot-bench-job-'))
  private readonly outputFile = join(this.dir, 'output')
  private readonly workspace = join(this.dir, 'workspace')
  private readonly env: NodeJS.ProcessEnv

  constructor(
    private readonly bundles: Bundles,
    sim: Endpoints,
    inputs: Record<string, string>,
    extraEnv: Record<string, string>
  ) {
    mkdirSync(this.workspace)
    const files = { output: this.outputFile, state: join(this.dir, 'state') }
    for (const file of Object.values(files)) writeFileSync(file, '')
    writeFileSync(join(this.dir, 'summary.md'), '')
    this.env = {
      PATH: process.env.PATH,
      HOME: this.dir,
      RUNNER_TEMP: join(this.dir, 'runner-temp'),
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: join(this.dir, 'summary.md'),
      GITHUB_RUN_ID: '7007',
      GITHUB_RUN_ATTEMPT: '1',
      OSC_METADATA_ENDPOINT: sim.metadataEndpoint,
      INPUT_ACCESS_KEY: sim.credentials.accessKey,
      INPUT_SECRET_KEY: sim.credentials.secretKey,
      INPUT_CUSTOM_ENDPOINT_OAPI: sim.endpoint,
      ...extraEnv
    }
    for (const [name, value] of Object.entries(inputs)) {
      this.env[`INPUT_${name.toUpperCase()}`] = value
    }
  }

  main(): Promise<ProcessRun> {
    return this.run(this.bundles.main)
  }

  post(): Promise<ProcessRun> {
    return this.run(this.bundles.post)
  }

  /** The step outputs written so far (`name<<delimiter` blocks, as @actions/core writes them). */
  outputs(): Record<string, string> {
    const outputs: Record<string, string> = {}
    const lines = readFileSync(this.outputFile, 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
      if (!match) continue
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
      outputs[match[1]] = value.join('\n')
    }
    return outputs
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }

  private run(bundle: string): Promise<ProcessRun> {
    const startedAt = Date.now()
    const child = spawn(process.execPath, [bundle], { env: this.env, cwd: this.workspace })
    const memory = watchPeakRss(child.pid as number)
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    return new Promise((resolvePromise, reject) => {
      child.on('error', (error) => {
        memory.stop()
        reject(error)
      })
      child.on('close', (exitCode) => {
        resolvePromise({
          exitCode,
          startedAt,
          endedAt: Date.now(),
          peakRssBytes: memory.stop(),
          log
        })
      })
    })
  }
}
