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

/**
 * How a linked volume shows up on the runner (docs/outscale-fidelity.md, "Devices inside the VM"):
 * - 'outscale': a QEMU SCSI disk whose kernel name follows discovery order, found through
 *   /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sd<letters> (the letters asked for);
 * - 'osc-udev': the same, plus /dev/xvd<letters> (and -N partitions) as an official Outscale OMI's
 *   udev rules (osc-udev-rules, 96-osc.rules) create them;
 * - 'exact': only /dev/xvd<letters> itself (an idealised cloud; kept for tests that want it).
 */
export type DeviceNaming = 'outscale' | 'osc-udev' | 'exact'

/** 'test' (default): fast and forgiving; 'realistic': every modelled real-cloud behaviour on. */
export type SimProfile = 'test' | 'realistic'

/**
 * Behaviours of the real cloud that are not in the spec (REAL-BEHAVIOUR.md; docs/outscale-fidelity.md
 * gives the evidence and what is assumed). Each is an option; the profile picks the defaults.
 */
export interface FidelityOptions {
  /**
   * Details of a not-found error: 'real' "The VolumeId 'vol-…' doesn't exist." as the real API
   * words it, 'empty' "" (also seen for real), 'legacy' "The volume 'vol-…' does not exist".
   */
  notFoundDetails: 'real' | 'empty' | 'legacy'
  /** The status of TooManyResources (quota) errors: not known (400 or 409). */
  quotaStatus: number
  /** Snapshots in-queue or pending at once per account; more answer 10008. null: unlimited. */
  maxConcurrentSnapshots: number | null
  /** Volumes linked to one VM, its root included; one more answers 10018. */
  maxVolumesPerVm: number
  /** Identical requests (same account, call and body) allowed per window before 503 code 6. null: no limit. */
  identicalRequests: { max: number; windowMs: number } | null
  /** A volume, snapshot or image is missing from Read* for this long after its creation. */
  readAfterCreateLagMs: number
  /** During that window CreateTags/DeleteTags on it also answer not-found. */
  tagsAfterCreateLag: boolean
  /** ReadVms BlockDeviceMappings show a link this long after LinkVolume and after its end. */
  vmMappingsLagMs: number
  /** A deleted image keeps its snapshots busy (DeleteSnapshot answers 409) this long. */
  deletedImageHoldsSnapshotMs: number
  /** Calls our access key is denied by an EIM policy (403 code 4), e.g. ['ReadAccounts']. */
  deniedCalls: string[]
  /** Accept a signature whose scope names another region (the real gateway does). */
  lenientScopeRegion: boolean
  /**
   * A snapshot of a volume still linked to a VM, and the unlink while that snapshot is in
   * progress. Outscale documents snapshots of attached volumes (the data is cut when the snapshot
   * completes), and says nothing of unlinking meanwhile, so this is a guess either way:
   * 'allowed' accepts both; 'snapshot-refused' answers CreateSnapshot of a linked volume 409
   * (6007 invalid-volume-state); 'unlink-refused' answers UnlinkVolume of a volume with a
   * snapshot in progress 409 (6007).
   */
  linkedVolumeSnapshot: 'allowed' | 'snapshot-refused' | 'unlink-refused'
}

export const TEST_FIDELITY: FidelityOptions = {
  notFoundDetails: 'legacy',
  quotaStatus: 400,
  maxConcurrentSnapshots: null,
  maxVolumesPerVm: 40,
  identicalRequests: null,
  readAfterCreateLagMs: 0,
  tagsAfterCreateLag: false,
  vmMappingsLagMs: 0,
  deletedImageHoldsSnapshotMs: 0,
  deniedCalls: [],
  lenientScopeRegion: false,
  linkedVolumeSnapshot: 'allowed'
}

/** The defaults of the 'realistic' profile; the values Outscale does not publish are assumed. */
export const REALISTIC_FIDELITY: FidelityOptions = {
  notFoundDetails: 'real',
  quotaStatus: 400,
  maxConcurrentSnapshots: 10,
  maxVolumesPerVm: 40,
  identicalRequests: { max: 10, windowMs: 2000 },
  readAfterCreateLagMs: 1000,
  tagsAfterCreateLag: true,
  vmMappingsLagMs: 2000,
  deletedImageHoldsSnapshotMs: 1000,
  deniedCalls: [],
  lenientScopeRegion: true,
  linkedVolumeSnapshot: 'allowed'
}

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
   * The OpenAPI spec used to validate request bodies (Outscale's, from
   * https://github.com/outscale/osc-api/blob/1.40.1/outscale.yaml).
   * Default: defaultSpecPath(), and validation is off when that file is absent. An explicit path
   * must exist.
   */
  specPath?: string
  latency?: Partial<LatencyProfile>
  /** Picks the defaults of `fidelity`. */
  profile?: SimProfile
  /** Real-cloud behaviours, each overriding the profile's default. */
  fidelity?: Partial<FidelityOptions>
  /** See DeviceNaming; default 'outscale'. */
  deviceNaming?: DeviceNaming
  /** The block device shows up this long after the link is 'attached'. */
  deviceAppearDelayMs?: number
  /**
   * Every API answer is sent this long after the request arrived (a network round trip), without
   * holding up other requests and outside the call log's `ms`: requests sent at the same time
   * then overlap in the call log as they would against the real API. Default 0.
   */
  answerDelayMs?: number
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
  /** Serve the API over HTTPS (see TlsOptions); default: plain HTTP. */
  tls?: TlsOptions
}

/**
 * HTTPS for the API (the metadata service stays HTTP, as on a VM). With `clientCa`, the server
 * requires a client certificate signed by it and ends the handshake of a client without one:
 * an endpoint that authenticates clients by certificate (x509_cert_path in the action).
 */
export interface TlsOptions {
  /** PEM private key and certificate of the server. */
  key: string
  cert: string
  /** PEM certificate of the authority whose client certificates are accepted. */
  clientCa?: string
}

export interface ResolvedOptions {
  dataDir: string | undefined
  removeDataDirOnStop: boolean
  port: number
  metadataPort: number
  specPath: string | undefined
  latency: LatencyProfile
  profile: SimProfile
  fidelity: FidelityOptions
  deviceNaming: DeviceNaming
  deviceAppearDelayMs: number
  answerDelayMs: number
  throttle: { perSecond?: number; perCallPerSecond?: number }
  region: string
  subregion: string
  credentials: { accessKey: string; secretKey: string } | undefined
  clock: () => number
  defaultResultsPerPage: number | undefined
  strictResponses: boolean
  log: (line: string) => void
  tls: TlsOptions | undefined
}

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const region = options.region ?? 'eu-west-2'
  const subregion = options.subregion ?? `${region}a`
  if (!subregion.startsWith(region)) {
    throw new Error(`subregion '${subregion}' is not in region '${region}': use '${region}a'`)
  }
  const profile = options.profile ?? 'test'
  if (profile !== 'test' && profile !== 'realistic') {
    throw new Error(`profile '${String(profile)}' is not one of test, realistic`)
  }
  const naming = options.deviceNaming ?? 'outscale'
  if (!['outscale', 'osc-udev', 'exact'].includes(naming)) {
    throw new Error(`deviceNaming '${naming}' is not one of outscale, osc-udev, exact`)
  }
  const fidelity: FidelityOptions = {
    ...(profile === 'realistic' ? REALISTIC_FIDELITY : TEST_FIDELITY),
    ...definedOnly(options.fidelity ?? {})
  }
  return {
    dataDir: options.dataDir,
    removeDataDirOnStop: options.removeDataDirOnStop ?? false,
    port: options.port ?? 0,
    metadataPort: options.metadataPort ?? 0,
    specPath: resolveSpecPath(options.specPath),
    latency: { ...TEST_LATENCY, ...options.latency },
    profile,
    fidelity,
    deviceNaming: naming,
    deviceAppearDelayMs: options.deviceAppearDelayMs ?? 0,
    answerDelayMs: options.answerDelayMs ?? 0,
    throttle: options.throttle ?? {},
    region,
    subregion,
    credentials: options.credentials,
    clock: options.clock ?? Date.now,
    defaultResultsPerPage: options.defaultResultsPerPage,
    strictResponses: options.strictResponses ?? false,
    log: options.log ?? (() => undefined),
    tls: options.tls
  }
}

/** `{ a: undefined }` must not hide the profile's default for `a`. */
function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined)
  ) as Partial<T>
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
 * OSC_OAPI_SPEC, else the copy kept in a directory beside the repository (the path below, found
 * from this file, built or not).
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
