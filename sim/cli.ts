/**
 * The simulator as a program (build with `npm run build:sim`, run `node sim/dist/cli.js`):
 *
 *   start   [--data-dir D] [--port P] [--metadata-port M] [--naming outscale|osc-udev|exact]
 *           [--region R] [--subregion S] [--latency JSON] [--device-delay MS]
 *           [--profile test|realistic] [--fidelity JSON]
 *           starts a simulator in the background, writes D/sim.json (endpoints, pid,
 *           credentials) and prints it
 *   seed    --data-dir D --kind ext4-partitioned|xfs-partitioned|ext4-whole|hostile [--name N]
 *           [--foreign] [--size GIB]      seeds an image into the running simulator
 *           hostile also takes [--device-node b|c:MAJ:MIN] [--device-link PATH]
 *           [--absolute-links]
 *           (see seed-hostile.ts: what its links and device node aim at)
 *   fault   --data-dir D --call C [--status S] --code X [--times N]
 *           | --data-dir D --call C --status S --html [--times N]   (a gateway's HTML page)
 *   calls   --data-dir D                  prints the call log
 *   stop    --data-dir D                  stops it and removes what it set up
 *   cleanup [--data-dir D]                removes what a crashed simulator left behind
 *   serve   (internal) runs the simulator in the foreground; `start` runs this detached
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { processIsAlive } from './blockdevices.js'
import { cleanupLeftovers } from './cleanup.js'
import { AUTO_DIR_PREFIX } from './datadir.js'
import {
  startSimulator,
  type DeviceNaming,
  type FidelityOptions,
  type LatencyProfile,
  type SimProfile
} from './index.js'

const STATE_FILE = 'sim.json'
const LOG_FILE = 'sim.log'
const START_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 30_000

/** What `start` writes to D/sim.json (mode 0600: it holds the simulator's made-up keys). */
export interface SimState {
  pid: number
  endpoint: string
  metadataEndpoint: string
  adminEndpoint: string
  credentials: { accessKey: string; secretKey: string }
  accountId: string
  foreignAccountId: string
  vmId: string
  region: string
  subregion: string
  dataDir: string
}

const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  'metadata-port': { type: 'string' },
  naming: { type: 'string' },
  region: { type: 'string' },
  subregion: { type: 'string' },
  latency: { type: 'string' },
  'device-delay': { type: 'string' },
  profile: { type: 'string' },
  fidelity: { type: 'string' },
  html: { type: 'boolean' },
  'owns-data-dir': { type: 'boolean' },
  kind: { type: 'string' },
  name: { type: 'string' },
  foreign: { type: 'boolean' },
  size: { type: 'string' },
  'device-node': { type: 'string' },
  'device-link': { type: 'string' },
  'absolute-links': { type: 'boolean' },
  call: { type: 'string' },
  status: { type: 'string' },
  code: { type: 'string' },
  times: { type: 'string' }
} as const

type Flags = ReturnType<typeof parseFlags>

function parseFlags(args: string[]) {
  return parseArgs({ args, options: OPTIONS, allowPositionals: false }).values
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  const flags = parseFlags(rest)
  switch (command) {
    case 'start':
      return start(flags, rest)
    case 'serve':
      return serve(flags)
    case 'seed':
      return print(await admin(flags, 'POST', 'seed', seedRequest(flags)))
    case 'fault':
      return print(await admin(flags, 'POST', 'fault', faultRequest(flags)))
    case 'calls':
      return print(await admin(flags, 'GET', 'calls'))
    case 'stop':
      return stop(flags)
    case 'cleanup':
      return print(await cleanupLeftovers(flags['data-dir']))
    default:
      throw new Error(
        `Unknown command '${command ?? ''}': use start, seed, fault, calls, stop or cleanup`
      )
  }
}

async function start(flags: Flags, args: string[]): Promise<void> {
  const serveArgs = args.filter((arg) => arg !== '--owns-data-dir')
  let dataDir = flags['data-dir']
  if (dataDir === undefined) {
    dataDir = await mkdtemp(join(tmpdir(), AUTO_DIR_PREFIX))
    serveArgs.push('--data-dir', dataDir, '--owns-data-dir')
  }
  dataDir = resolve(dataDir)
  await mkdir(dataDir, { recursive: true })
  // A simulator killed earlier in this directory may have left devices behind.
  await cleanupLeftovers(dataDir)
  await rm(join(dataDir, STATE_FILE), { force: true })
  const log = await open(join(dataDir, LOG_FILE), 'a')
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve', ...serveArgs], {
    detached: true,
    stdio: ['ignore', log.fd, log.fd]
  })
  child.unref()
  await log.close()
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    const state = await readState(dataDir).catch(() => undefined)
    if (state?.pid === child.pid) return print(state)
    if (child.exitCode !== null || !processIsAlive(child.pid as number)) break
    await sleep(100)
  }
  const tail = await readFile(join(dataDir, LOG_FILE), 'utf8').catch(() => '')
  throw new Error(
    `The simulator did not start (see ${join(dataDir, LOG_FILE)}):\n${tail.slice(-2000)}`
  )
}

async function serve(flags: Flags): Promise<void> {
  const dataDir = resolve(required(flags, 'data-dir'))
  const sim = await startSimulator({
    dataDir,
    port: optionalNumber(flags, 'port'),
    metadataPort: optionalNumber(flags, 'metadata-port'),
    deviceNaming: (flags.naming ?? 'outscale') as DeviceNaming,
    profile: (flags.profile ?? 'test') as SimProfile,
    fidelity:
      flags.fidelity === undefined
        ? undefined
        : (JSON.parse(flags.fidelity) as Partial<FidelityOptions>),
    region: flags.region,
    subregion: flags.subregion,
    latency:
      flags.latency === undefined
        ? undefined
        : (JSON.parse(flags.latency) as Partial<LatencyProfile>),
    deviceAppearDelayMs: optionalNumber(flags, 'device-delay'),
    removeDataDirOnStop: flags['owns-data-dir'] ?? false,
    log: (line) => console.log(`${new Date().toISOString()} ${line}`)
  })
  const state: SimState = {
    pid: process.pid,
    endpoint: sim.endpoint,
    metadataEndpoint: sim.metadataEndpoint,
    adminEndpoint: sim.endpoint.replace(/\/api\/v1$/, '/_sim'),
    credentials: sim.credentials,
    accountId: sim.accountId,
    foreignAccountId: sim.foreignAccountId,
    vmId: sim.vmId,
    region: sim.region,
    subregion: sim.subregion,
    dataDir
  }
  const statePath = join(dataDir, STATE_FILE)
  await writeFile(`${statePath}.tmp`, JSON.stringify(state, null, 2), { mode: 0o600 })
  await rename(`${statePath}.tmp`, statePath)
  console.log(
    `simulator ${sim.endpoint} (metadata ${sim.metadataEndpoint}) running as pid ${process.pid}`
  )
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void sim.stop())
  await sim.stopped
  await rm(statePath, { force: true })
  process.exit(0)
}

async function stop(flags: Flags): Promise<void> {
  const dataDir = resolve(required(flags, 'data-dir'))
  const state = await readState(dataDir).catch(() => undefined)
  if (state && processIsAlive(state.pid)) {
    await fetch(`${state.adminEndpoint}/stop`, { method: 'POST' }).catch(() =>
      process.kill(state.pid, 'SIGTERM')
    )
    const deadline = Date.now() + STOP_TIMEOUT_MS
    while (processIsAlive(state.pid) && Date.now() < deadline) await sleep(100)
    if (processIsAlive(state.pid)) process.kill(state.pid, 'SIGKILL')
  }
  // Whatever a killed or unreachable simulator left goes too.
  const report = await cleanupLeftovers(dataDir)
  print({ stopped: state?.pid ?? null, cleanup: report })
}

async function admin(
  flags: Flags,
  method: string,
  route: string,
  body?: unknown
): Promise<unknown> {
  const state = await readState(resolve(required(flags, 'data-dir')))
  const response = await fetch(`${state.adminEndpoint}/${route}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const answer = (await response.json()) as unknown
  if (!response.ok) throw new Error(`${route}: ${JSON.stringify(answer)}`)
  return answer
}

function seedRequest(flags: Flags): unknown {
  return {
    kind: required(flags, 'kind'),
    owner: flags.foreign ? 'foreign' : 'self',
    name: flags.name,
    sizeGiB: optionalNumber(flags, 'size'),
    hostile: {
      deviceNode: deviceNode(flags['device-node']),
      deviceLink: flags['device-link'],
      climbingLinks: !flags['absolute-links']
    }
  }
}

/** --device-node b:7:3 or c:1:7 (block or character, major, minor). */
function deviceNode(
  value: string | undefined
): { type: 'block' | 'char'; major: number; minor: number } | undefined {
  if (value === undefined) return undefined
  const match = /^([bc]):(\d+):(\d+)$/.exec(value)
  if (!match) throw new Error(`--device-node '${value}' must be b:MAJOR:MINOR or c:MAJOR:MINOR`)
  return {
    type: match[1] === 'b' ? 'block' : 'char',
    major: Number(match[2]),
    minor: Number(match[3])
  }
}

function faultRequest(flags: Flags): unknown {
  if (flags.html) {
    return {
      call: required(flags, 'call'),
      status: Number(required(flags, 'status')),
      code: '',
      html: true,
      times: optionalNumber(flags, 'times')
    }
  }
  return {
    call: required(flags, 'call'),
    status: optionalNumber(flags, 'status'),
    code: required(flags, 'code'),
    times: optionalNumber(flags, 'times')
  }
}

async function readState(dataDir: string): Promise<SimState> {
  try {
    return JSON.parse(await readFile(join(dataDir, STATE_FILE), 'utf8')) as SimState
  } catch {
    throw new Error(
      `No simulator is running in ${dataDir} (no ${STATE_FILE}); run 'start --data-dir ${dataDir}' first`
    )
  }
}

function required(flags: Flags, name: keyof Flags): string {
  const value = flags[name]
  if (typeof value !== 'string') throw new Error(`--${name} is required`)
  return value
}

function optionalNumber(flags: Flags, name: keyof Flags): number | undefined {
  const value = flags[name]
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isFinite(number))
    throw new Error(`--${name} must be a number, got '${String(value)}'`)
  return number
}

function print(value: unknown): void {
  console.log(JSON.stringify(value, null, 2))
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`osc-sim: ${(error as Error).message}`)
  process.exit(1)
})
