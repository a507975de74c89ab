/**
 * `npm run bench` (as root: builds link loop devices and mount them):
 *
 *   npm run bench [-- --profile reference|quick] [--rounds 3] [--parallel 1,2,4,8,16]
 *                 [--limited 8] [--snapshot-quota 4] [--out DIR] [--simulator realistic|test]
 *
 * Runs the bundled action (a copy of dist/ taken at the start) end to end against simulators with
 * the profile's latencies: one warm-up build, then `rounds` rounds of single builds (each round on
 * its own draw of the profile, one build with our polling and one with Packer's), then batches of
 * builds started together: a series with the simulator profile's behaviours (--parallel), and a
 * series under tighter limits of the cloud (--limited: a quota of --snapshot-quota snapshots in
 * progress per account, which a matrix of builds meets; the floor then counts the quota's wait).
 * Only progress lines are printed; the action's own logs stay in the builds (a failed build
 * prints its log's tail). The simulator plays the real cloud's behaviours (its 'realistic'
 * profile, the default; `--simulator test` for the fast and forgiving one). The action runs on the Node that runs the bench: use Node 24, the
 * action's runtime, for figures comparable with bench/results.md. Writes results.json and
 * results.md to --out (default: bench/ for the reference profile, a temporary directory for the
 * others, so a smoke run never overwrites the published figures).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Bundles } from './action-job.js'
import { renderMarkdown } from './markdown.js'
import { repositoryRoot } from './paths.js'
import { profiles, referenceReasons, type BenchProfile } from './profiles.js'
import { provisionScript } from './provisioning.js'
import { machine, summarisePolicy, trimBatch, type BenchResults } from './summary.js'
import {
  runParallelBatch,
  runSoloBuilds,
  runWarmUp,
  type BatchSeries,
  type BenchContext
} from './scenarios.js'
import { stopRunningSimulator } from './simulator.js'
import type { SimProfile } from '../sim/index.js'
import { checkTargets } from './targets.js'

interface Settings {
  profile: BenchProfile
  simProfile: SimProfile
  rounds: number
  parallel: number[]
  limited: number[]
  snapshotQuota: number
  outDir: string
}

/** Whole numbers separated by commas ('' for none). */
function counts(option: string, value: string): number[] {
  const numbers = value.split(',').filter(Boolean).map(Number)
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--${option}: whole numbers separated by commas, e.g. 1,2,4,8`)
  }
  return numbers
}

function readSettings(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      profile: { type: 'string', default: 'reference' },
      rounds: { type: 'string', default: '3' },
      parallel: { type: 'string', default: '1,2,4,8,16' },
      limited: { type: 'string', default: '8' },
      'snapshot-quota': { type: 'string', default: '4' },
      out: { type: 'string' },
      simulator: { type: 'string', default: 'realistic' }
    }
  })
  const simProfile = values.simulator
  if (simProfile !== 'realistic' && simProfile !== 'test') {
    throw new Error(`--simulator ${simProfile}: use realistic (the default) or test`)
  }
  const profile = profiles[values.profile]
  if (!profile) {
    throw new Error(`--profile ${values.profile}: use one of ${Object.keys(profiles).join(', ')}`)
  }
  const rounds = Number(values.rounds)
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error('--rounds: a whole number, 1 or more')
  const parallel = counts('parallel', values.parallel)
  const limited = counts('limited', values.limited)
  const [snapshotQuota] = counts('snapshot-quota', values['snapshot-quota'])
  const outDir =
    values.out ??
    (profile.name === 'reference'
      ? join(repositoryRoot(), 'bench')
      : mkdtempSync(join(tmpdir(), `osc-chroot-bench-${profile.name}-`)))
  return { profile, simProfile, rounds, parallel, limited, snapshotQuota, outDir }
}

/**
 * Builds take the default host lock, as on a runner. Another osc-chroot build on this machine (a
 * test suite) that holds it makes ours wait: their StepLock time shows it, and the run says so.
 */
function warnIfHostLockHeld(): void {
  const ownerFile = `${process.env.OSC_CHROOT_LOCK_PATH || '/run/osc-chroot/lock'}/owner`
  if (!existsSync(ownerFile)) return
  progress(
    `warning: the host lock is held (${readFileSync(ownerFile, 'utf8').trim()}): ` +
      'builds will wait for it and the figures will show it'
  )
}

function progress(line: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`)
}

/**
 * Copies of dist/main and dist/post: every build of the run uses the same bundle even if someone
 * rebuilds dist/ meanwhile.
 */
function copyBundles(workDir: string): Bundles {
  const dist = join(repositoryRoot(), 'dist')
  const bundles = {
    main: join(workDir, 'main', 'index.js'),
    post: join(workDir, 'post', 'index.js')
  }
  for (const entry of ['main', 'post']) {
    if (!existsSync(join(dist, entry, 'index.js'))) {
      throw new Error(`${dist}/${entry}/index.js is missing: run \`npm run bundle\` first.`)
    }
    cpSync(join(dist, entry), join(workDir, entry), { recursive: true })
  }
  return bundles
}

async function benchmark(settings: Settings, bundles: Bundles, workDir: string) {
  const context: BenchContext = {
    profile: settings.profile,
    simProfile: settings.simProfile,
    bundles,
    dataDir: join(workDir, 'sim'),
    toolCache: join(workDir, 'tool-cache'),
    progress
  }
  progress('warm-up build (not measured)')
  await runWarmUp(context)
  progress(`single builds: ${settings.rounds} round(s), one build per policy each`)
  const solo = await runSoloBuilds(context, ['adaptive', 'packer'], settings.rounds)
  const batches = []
  const simulatorLimits: BatchSeries = { name: 'parallel', fidelity: {} }
  const quotaLimits: BatchSeries = {
    name: `quota ${settings.snapshotQuota}`,
    fidelity: { maxConcurrentSnapshots: settings.snapshotQuota }
  }
  for (const [series, builds] of [
    [simulatorLimits, settings.parallel],
    [quotaLimits, settings.limited]
  ] as const) {
    for (const count of builds) {
      progress(`${series.name}: ${count} build(s) at once`)
      batches.push(await runParallelBatch(context, count, series))
    }
  }
  return { solo, batches }
}

/**
 * The builds record for the boot, beside the default host lock, that this host names linked disks
 * by id (src/host/by-id-record.ts), as on a runner: the run removes the record if it made it.
 */
const BY_ID_RECORD = '/run/osc-chroot/names-by-id.json'

async function main(): Promise<void> {
  const started = performance.now()
  const byIdRecordWasThere = existsSync(BY_ID_RECORD)
  const settings = readSettings(process.argv.slice(2))
  if (process.getuid?.() !== 0) {
    throw new Error('The benchmark links loop devices and mounts them: run it as root.')
  }
  const { profile } = settings
  const workDir = mkdtempSync(join(tmpdir(), 'osc-chroot-bench-'))
  const stopOnSignal = () => void stopRunningSimulator().finally(() => process.exit(130))
  process.once('SIGINT', stopOnSignal)
  process.once('SIGTERM', stopOnSignal)
  try {
    const bundles = copyBundles(workDir)
    progress(`profile ${profile.name}, simulator ${settings.simProfile}, Node ${process.version}`)
    warnIfHostLockHeld()
    const { solo, batches } = await benchmark(settings, bundles, workDir)
    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      command: [
        'npm run bench',
        ...(process.argv.length > 2 ? ['--'] : []),
        ...process.argv.slice(2)
      ].join(' '),
      runtimeSeconds: (performance.now() - started) / 1000,
      machine: machine(),
      profile: { ...profile, reasons: referenceReasons },
      simulator: settings.simProfile,
      provisioning: provisionScript,
      policies: [summarisePolicy('adaptive', solo), summarisePolicy('packer', solo)],
      parallel: batches.map(trimBatch),
      targets: checkTargets(solo, batches),
      soloBuilds: solo
    }
    mkdirSync(settings.outDir, { recursive: true })
    writeFileSync(join(settings.outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n')
    writeFileSync(join(settings.outDir, 'results.md'), renderMarkdown(results))
    for (const target of results.targets) {
      progress(`${target.met ? 'met    ' : 'MISSED '} ${target.target}: ${target.measured}`)
    }
    progress(
      `results in ${settings.outDir}/results.{json,md} after ${Math.round(results.runtimeSeconds)} s`
    )
  } finally {
    rmSync(workDir, { recursive: true, force: true })
    if (!byIdRecordWasThere) rmSync(BY_ID_RECORD, { force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
