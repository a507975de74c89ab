/**
 * A local stand-in for the Outscale API (OAPI) for tests, the demo and benchmarks: an HTTP server
 * that speaks OAPI, a metadata service, time-driven resource states, fault injection, and real
 * block devices (loop devices) for linked volumes. It shares no code with src/: it is written
 * against the spec and the facts, so that when the client or the simulator is wrong they disagree.
 *
 *   const sim = await startSimulator()
 *   const { imageId } = await sim.seedImage({ kind: 'ext4-partitioned' })
 *   ... point the client at sim.endpoint with sim.credentials ...
 *   await sim.stop()
 */
import { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdminHandler } from './admin.js'
import { liveInstances } from './blockdevices.js'
import { teardownLinks } from './calls/links.js'
import { createRunnerVm } from './calls/vms.js'
import { Consistency } from './consistency.js'
import type { SimContext } from './context.js'
import { defaultCataloguePath, loadErrorCatalogue } from './error-catalogue.js'
import { prepareDataDir, removeData } from './datadir.js'
import { Faults, type CallFault, type ResourceFault } from './faults.js'
import { newAccountId, newCredentials } from './ids.js'
import { createMetadataServer } from './metadata.js'
import { resolveOptions, type SimulatorOptions } from './options.js'
import { resourcesView, type ResourcesView } from './resources.js'
import { Scheduler } from './scheduler.js'
import { seedImage, type SeedImageOptions, type SeededImage } from './seed.js'
import { createApiServer, type CallLogEntry } from './server.js'
import { Store, type Account, type LinkHistoryEntry } from './state.js'
import { SpecValidator } from './validation.js'

export type {
  SimulatorOptions,
  TlsOptions,
  LatencyProfile,
  DeviceNaming,
  FidelityOptions,
  SimProfile
} from './options.js'
export type { CallFault, ResourceFault, ResourceKind, ResourceOutcome } from './faults.js'
export type { CallLogEntry } from './server.js'
export type { ResourcesView } from './resources.js'
export type { LinkHistoryEntry } from './state.js'
export type { SeedKind, SeedImageOptions, SeededImage } from './seed.js'
export {
  SEED_KINDS,
  SEED_RESOLV_CONF,
  HOSTILE_CANARY_DIR,
  HOSTILE_DAEMON_SECONDS,
  HOSTILE_REPORT_DIR
} from './seed.js'
export type { HostileSeedOptions } from './seed.js'
export { TEST_LATENCY, TEST_FIDELITY, REALISTIC_FIDELITY } from './options.js'
export { ERRORS } from './errors.js'

export interface Simulator {
  /** e.g. http://127.0.0.1:41234/api/v1 */
  endpoint: string
  /** e.g. http://127.0.0.1:41235 (serves /latest/meta-data/...) */
  metadataEndpoint: string
  credentials: { accessKey: string; secretKey: string }
  accountId: string
  /** The 'Outscale' account that owns public images. */
  foreignAccountId: string
  /** The runner's VM. */
  vmId: string
  region: string
  subregion: string
  dataDir: string
  /** True when request bodies are checked against the spec. */
  validating: boolean
  seedImage(options: SeedImageOptions): Promise<SeededImage>
  /** The next `times` (default 1) calls of `call` fail with this status and code. */
  injectFault(fault: CallFault): void
  /** A resource ends in its fail state, or never finishes (see ResourceFault). */
  failResource(fault: ResourceFault): void
  calls(): CallLogEntry[]
  resources(): ResourcesView
  /** Every link made so far, with when its device name was taken and released. */
  linkHistory(): LinkHistoryEntry[]
  /** The file behind a snapshot (mount it with a loop device to inspect an image). */
  imageFile(snapshotId: string): string
  volumeFile(volumeId: string): string
  /** Unlinks what it linked, detaches its loop devices, removes its links and files. Idempotent. */
  stop(): Promise<void>
  /** Resolves once stop() has finished. */
  stopped: Promise<void>
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const resolved = resolveOptions(options)
  const dir = await prepareDataDir(resolved.dataDir, resolved.removeDataDirOnStop)
  const instance = dir.path
  liveInstances.add(instance)

  const store = new Store()
  const ourAccount: Account = {
    accountId: newAccountId(),
    email: 'sim-user@example.com',
    ...toKeys(resolved.credentials ?? newCredentials())
  }
  const foreignAccount: Account = {
    accountId: newAccountId(),
    alias: 'Outscale',
    email: 'images@outscale.example',
    ...toKeys(newCredentials())
  }
  store.accounts.set(ourAccount.accountId, ourAccount)
  store.accounts.set(foreignAccount.accountId, foreignAccount)

  const scheduler = new Scheduler((label, error) =>
    resolved.log(`${label}: ${(error as Error).message}`)
  )
  const cataloguePath = defaultCataloguePath()
  const errorCatalogue = cataloguePath ? loadErrorCatalogue(cataloguePath) : undefined
  const ctx: SimContext = {
    store,
    options: resolved,
    scheduler,
    faults: new Faults(
      resolved.throttle,
      resolved.fidelity.identicalRequests,
      errorCatalogue,
      resolved.fidelity.quotaStatus
    ),
    consistency: new Consistency(resolved.fidelity),
    errorCatalogue,
    volumesDir: dir.volumes,
    snapshotsDir: dir.snapshots,
    instance,
    wallClock: resolved.clock,
    ourAccount,
    foreignAccount,
    vmId: '',
    log: resolved.log
  }
  let validator: SpecValidator | undefined
  try {
    ctx.vmId = await createRunnerVm(ctx)
    validator = resolved.specPath ? SpecValidator.load(resolved.specPath) : undefined
  } catch (error) {
    await removeData(dir.path, dir.removeWhole)
    liveInstances.delete(instance)
    throw error
  }
  const callLog: CallLogEntry[] = []

  let apiServer: Server | undefined
  let metadataServer: Server | undefined
  let stopping: Promise<void> | undefined
  let markStopped: () => void = () => undefined
  const stopped = new Promise<void>((resolve) => (markStopped = resolve))

  const sim: Simulator = {
    endpoint: '',
    metadataEndpoint: '',
    credentials: {
      accessKey: ourAccount.accessKey as string,
      secretKey: ourAccount.secretKey as string
    },
    accountId: ourAccount.accountId,
    foreignAccountId: foreignAccount.accountId,
    vmId: ctx.vmId,
    region: resolved.region,
    subregion: resolved.subregion,
    dataDir: dir.path,
    validating: validator !== undefined,
    seedImage: (seedOptions) => seedImage(ctx, dir.cache, seedOptions),
    injectFault: (fault) => ctx.faults.injectCallFault(fault),
    failResource: (fault) => ctx.faults.addResourceFault(fault),
    calls: () => callLog.map((entry) => ({ ...entry })),
    resources: () => resourcesView(ctx),
    linkHistory: () => store.linkHistory.map((entry) => ({ ...entry })),
    imageFile: (snapshotId) => fileOf(store.snapshots.get(snapshotId)?.file, snapshotId),
    volumeFile: (volumeId) => fileOf(store.volumes.get(volumeId)?.file, volumeId),
    stopped,
    stop: () => {
      stopping ??= (async () => {
        await closeServer(apiServer)
        await closeServer(metadataServer)
        await scheduler.stop()
        await teardownLinks(ctx)
        await removeData(dir.path, dir.removeWhole)
        liveInstances.delete(instance)
        markStopped()
      })()
      return stopping
    }
  }

  try {
    apiServer = createApiServer({ ctx, validator, callLog, admin: createAdminHandler(sim) })
    metadataServer = createMetadataServer({ vmId: ctx.vmId, subregion: resolved.subregion })
    const scheme = resolved.tls ? 'https' : 'http'
    sim.endpoint = `${scheme}://127.0.0.1:${await listen(apiServer, resolved.port)}/api/v1`
    sim.metadataEndpoint = `http://127.0.0.1:${await listen(metadataServer, resolved.metadataPort)}`
  } catch (error) {
    await sim.stop()
    throw error
  }
  return sim
}

function toKeys(credentials: {
  accessKey: string
  secretKey: string
}): Pick<Account, 'accessKey' | 'secretKey'> {
  return { accessKey: credentials.accessKey, secretKey: credentials.secretKey }
}

function fileOf(file: string | undefined, id: string): string {
  if (file === undefined) throw new Error(`The simulator has no resource '${id}'`)
  return file
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

async function closeServer(server: Server | undefined): Promise<void> {
  if (!server?.listening) return
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
