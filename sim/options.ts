/** What a simulator can be told at start-up, and the defaults tests get. */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Milliseconds each state transition takes. Tests use tiny values; benchmarks pass real ones. */
export interface LatencyProfile {
  /** Volume creating -> available. */
  volumeCreateMs: number
  /** Volume deleting -> gone. */
  volumeDeleteMs: number
  /** Link attaching -> attached. */
  linkAttachMs: number
  /** Link detaching -> detached (longer while the device is still mounted). */
  linkDetachMs: number
  /** Snapshot in-queue -> pending. */
  snapshotQueueMs: number
  /** Snapshot pending -> completed, before the part that grows with written data. */
  snapshotMs: number
  /** Extra snapshot time per GiB of data actually written in the volume. */
  snapshotMsPerGiBWritten: number
  /** Snapshot deleting -> gone. */
  snapshotDeleteMs: number
  /** Image registered from a snapshot: pending -> available. */
  imageCreateMs: number
  /** Image copied from another image: pending -> available. */
  imageCopyMs: number
}

export const TEST_LATENCY: LatencyProfile = {
  volumeCreateMs: 40,
  volumeDeleteMs: 20,
  linkAttachMs: 40,
  linkDetachMs: 40,
  snapshotQueueMs: 20,
  snapshotMs: 80,
  snapshotMsPerGiBWritten: 0,
  snapshotDeleteMs: 20,
  imageCreateMs: 40,
  imageCopyMs: 60
}

export type DeviceNaming = 'outscale' | 'exact'

export interface SimulatorOptions {
  /** Where volume and snapshot files live; default: a new temporary directory (removed on stop). */
  dataDir?: string
  /** Remove the whole dataDir on stop even though it was given (the CLI's own temporary ones). */
  removeDataDirOnStop?: boolean
  /** API port; 0 (default) picks a free one. */
  port?: number
  /** Metadata service port; 0 (default) picks a free one. */
  metadataPort?: number
  /**
   * The OpenAPI spec used to validate request bodies. Default: ../shared/oapi/outscale.yaml next to
   * the repository, and validation is off when that file is absent. An explicit path must exist.
   */
  specPath?: string
  latency?: Partial<LatencyProfile>
  /** 'outscale' (default): /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sdX; 'exact': /dev/xvdX itself. */
  deviceNaming?: DeviceNaming
  /** The block device shows up this long after the link is 'attached'. */
  deviceAppearDelayMs?: number
  /** Requests per second allowed per account (429 code 24) and per account and call (429 code 25). */
  throttle?: { perSecond?: number; perCallPerSecond?: number }
  region?: string
  subregion?: string
  /** Our account's keys; default: random ones. */
  credentials?: { accessKey: string; secretKey: string }
  /** Wall clock (epoch ms) for the signature window and CreationDate; state timing is always real. */
  clock?: () => number
  /** Page size when a Read call gives no ResultsPerPage; default: everything on one page. */
  defaultResultsPerPage?: number
  /** Check every response against the spec too and answer 500 when the simulator breaks it. */
  strictResponses?: boolean
  /** Receives one line per notable event (device set-up, transitions, errors). */
  log?: (line: string) => void
}

export interface ResolvedOptions {
  dataDir: string | undefined
  removeDataDirOnStop: boolean
  port: number
  metadataPort: number
  specPath: string | undefined
  latency: LatencyProfile
  deviceNaming: DeviceNaming
  deviceAppearDelayMs: number
  throttle: { perSecond?: number; perCallPerSecond?: number }
  region: string
  subregion: string
  credentials: { accessKey: string; secretKey: string } | undefined
  clock: () => number
  defaultResultsPerPage: number | undefined
  strictResponses: boolean
  log: (line: string) => void
}

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const region = options.region ?? 'eu-west-2'
  const subregion = options.subregion ?? `${region}a`
  if (!subregion.startsWith(region)) {
    throw new Error(`subregion '${subregion}' is not in region '${region}': use '${region}a'`)
  }
  return {
    dataDir: options.dataDir,
    removeDataDirOnStop: options.removeDataDirOnStop ?? false,
    port: options.port ?? 0,
    metadataPort: options.metadataPort ?? 0,
    specPath: resolveSpecPath(options.specPath),
    latency: { ...TEST_LATENCY, ...options.latency },
    deviceNaming: options.deviceNaming ?? 'outscale',
    deviceAppearDelayMs: options.deviceAppearDelayMs ?? 0,
    throttle: options.throttle ?? {},
    region,
    subregion,
    credentials: options.credentials,
    clock: options.clock ?? Date.now,
    defaultResultsPerPage: options.defaultResultsPerPage,
    strictResponses: options.strictResponses ?? false,
    log: options.log ?? (() => undefined)
  }
}

function resolveSpecPath(explicit: string | undefined): string | undefined {
  if (explicit !== undefined) {
    if (!existsSync(explicit)) throw new Error(`specPath '${explicit}' does not exist`)
    return explicit
  }
  const fallback = defaultSpecPath()
  return fallback !== undefined && existsSync(fallback) ? fallback : undefined
}

/**
 * OSC_OAPI_SPEC, else ../shared/oapi/outscale.yaml beside the repository (found from this file,
 * built or not).
 */
export function defaultSpecPath(): string | undefined {
  if (process.env.OSC_OAPI_SPEC) return process.env.OSC_OAPI_SPEC
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      return join(dir, '..', 'shared', 'oapi', 'outscale.yaml')
    }
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
