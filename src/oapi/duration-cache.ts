/**
 * How long the cloud's operations recently took on this runner (volume available, link attached,
 * OMI available...), so that the waiters read around the moment an operation usually ends
 * instead of on a blind schedule (waiters.ts).
 *
 * A small JSON file under the runner's tool cache (RUNNER_TOOL_CACHE, kept between jobs on a
 * self-hosted runner, which is where this action runs), owner-only, a few samples per operation.
 * It only ever changes when reads happen, never what a build does: a missing, foreign, oversized
 * or corrupt file is ignored (the waiters then poll as they do without it), and a write that
 * fails is dropped.
 */
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** One completed wait: the operation ended after lowMs and by highMs from its start. */
export interface DurationSample {
  lowMs: number
  highMs: number
}

/** Where the waiters find and leave durations. */
export interface DurationStore {
  /** The latest samples of one kind of operation, oldest first (empty when none). */
  recent(kind: string): Promise<DurationSample[]>
  record(kind: string, sample: DurationSample): Promise<void>
}

/** Samples kept per kind of operation: enough for a spread, few enough to follow a change. */
export const samplesPerKind = 8
/** Kinds kept in the file; the least recently recorded go first. */
export const maxKinds = 16
/** A larger file is not ours (a full one is about 3 KB): it is ignored, then replaced. */
export const maxFileBytes = 16 * 1024
/** A sample longer than a day is not a duration this cache can use. */
const maxSampleMs = 24 * 3600 * 1000

type Samples = Record<string, DurationSample[]>

function validSample(value: unknown): value is DurationSample {
  if (typeof value !== 'object' || value === null) return false
  const { lowMs, highMs } = value as Record<string, unknown>
  return (
    typeof lowMs === 'number' &&
    typeof highMs === 'number' &&
    Number.isFinite(lowMs) &&
    Number.isFinite(highMs) &&
    lowMs >= 0 &&
    lowMs <= highMs &&
    highMs <= maxSampleMs
  )
}

/** The file's samples; anything that is not exactly what this module writes yields none. */
export function parseSamples(text: string): Samples {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {}
  }
  if (typeof parsed !== 'object' || parsed === null) return {}
  const { version, kinds } = parsed as { version?: unknown; kinds?: unknown }
  if (version !== 1) return {}
  if (typeof kinds !== 'object' || kinds === null || Array.isArray(kinds)) return {}
  const samples: Samples = {}
  for (const [kind, list] of Object.entries(kinds).slice(-maxKinds)) {
    if (!Array.isArray(list)) continue
    const valid = list.filter(validSample).slice(-samplesPerKind)
    if (valid.length > 0) samples[kind] = valid.map(({ lowMs, highMs }) => ({ lowMs, highMs }))
  }
  return samples
}

/** Adds a sample, keeping the bounds: the kind just recorded moves last (most recent). */
export function withSample(samples: Samples, kind: string, sample: DurationSample): Samples {
  const rest = Object.entries(samples).filter(([name]) => name !== kind)
  const list = [...(samples[kind] ?? []), sample].slice(-samplesPerKind)
  return Object.fromEntries([...rest, [kind, list]].slice(-maxKinds))
}

/** The file's samples, or none when it is missing, not a regular file, not ours or too big. */
async function readOwnFile(file: string): Promise<Samples> {
  try {
    const stats = await lstat(file)
    if (!stats.isFile() || stats.size > maxFileBytes) return {}
    if (process.getuid && stats.uid !== process.getuid()) return {}
    return parseSamples(await readFile(file, 'utf8'))
  } catch {
    return {}
  }
}

/** The durations file of this runner; one read per process, merged again at each write. */
export class FileDurationStore implements DurationStore {
  private loaded?: Promise<Samples>

  constructor(readonly file: string) {}

  async recent(kind: string): Promise<DurationSample[]> {
    this.loaded ??= readOwnFile(this.file)
    return (await this.loaded)[kind] ?? []
  }

  async record(kind: string, sample: DurationSample): Promise<void> {
    // Read again: another build on this runner may have recorded meanwhile.
    const samples = withSample(await readOwnFile(this.file), kind, sample)
    this.loaded = Promise.resolve(samples)
    const directory = join(this.file, '..')
    const temporary = `${this.file}.${randomBytes(6).toString('hex')}.tmp`
    try {
      await mkdir(directory, { recursive: true, mode: 0o700 })
      await writeFile(temporary, JSON.stringify({ version: 1, kinds: samples }), {
        mode: 0o600,
        flag: 'wx'
      })
      await rename(temporary, this.file)
    } catch {
      // Only timing depends on this file; a build never fails for it.
      await rm(temporary, { force: true }).catch(() => undefined)
    }
  }
}

/** Durations kept in memory (tests, or a caller with its own persistence). */
export class MemoryDurationStore implements DurationStore {
  samples: Samples = {}

  async recent(kind: string): Promise<DurationSample[]> {
    return this.samples[kind] ?? []
  }

  async record(kind: string, sample: DurationSample): Promise<void> {
    this.samples = withSample(this.samples, kind, sample)
  }
}

let runnerStore: { toolCache: string; store: FileDurationStore } | undefined

/**
 * The runner's store: RUNNER_TOOL_CACHE/osc-chroot/durations.json. None outside a runner (the
 * CLI, tests), where the waiters keep their fixed schedule.
 */
export function runnerDurationStore(
  env: NodeJS.ProcessEnv = process.env
): DurationStore | undefined {
  const toolCache = env.RUNNER_TOOL_CACHE?.trim()
  if (!toolCache) return undefined
  if (runnerStore?.toolCache !== toolCache) {
    const file = join(toolCache, 'osc-chroot', 'durations.json')
    runnerStore = { toolCache, store: new FileDurationStore(file) }
  }
  return runnerStore.store
}
