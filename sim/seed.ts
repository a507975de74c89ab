/**
 * Seed OMIs: an available image on a completed snapshot whose data is a copy of a seed disk
 * (seed-disk.ts), owned by our account or by the public 'Outscale' account.
 */
import { join } from 'node:path'
import { checkImageName, checkImageNameFree } from './calls/common.js'
import type { SimContext } from './context.js'
import { copySparseFile } from './files.js'
import { seedDisk, SEED_KINDS, type SeedKind } from './seed-disk.js'
import type { HostileSeedOptions } from './seed-hostile.js'

export { SEED_KINDS, SEED_RESOLV_CONF, type SeedKind } from './seed-disk.js'
export {
  HOSTILE_CANARY_DIR,
  HOSTILE_DAEMON_SECONDS,
  HOSTILE_REPORT_DIR,
  type HostileSeedOptions
} from './seed-hostile.js'

export interface SeedImageOptions {
  kind: SeedKind
  /** 'self' (default): our account; 'foreign': the public 'Outscale' account. */
  owner?: 'self' | 'foreign'
  name?: string
  /** The size the API reports (the file is sparse); default 1. */
  sizeGiB?: number
  /** Only with kind 'hostile': the device its links and node aim at (see seed-hostile.ts). */
  hostile?: HostileSeedOptions
}

export interface SeededImage {
  imageId: string
  snapshotId: string
  name: string
}

/**
 * Registers a seed image: a completed snapshot holding a copy of the seed disk, and an available
 * image on it, in our account (private) or in the 'Outscale' account (public; its snapshot stays
 * private, so using it means copying the image first, as on the real platform).
 */
export async function seedImage(
  ctx: SimContext,
  cacheDir: string,
  options: SeedImageOptions
): Promise<SeededImage> {
  if (!SEED_KINDS.includes(options.kind)) {
    throw new Error(`seedImage: kind '${options.kind}' is not one of ${SEED_KINDS.join(', ')}`)
  }
  if (options.owner !== undefined && options.owner !== 'self' && options.owner !== 'foreign') {
    throw new Error(`seedImage: owner '${String(options.owner)}' must be 'self' or 'foreign'`)
  }
  const sizeGiB = options.sizeGiB ?? 1
  // Building a disk takes seconds: do it before taking the simulator's turn.
  const disk = await seedDisk(cacheDir, options.kind, sizeGiB, options.hostile)
  return ctx.scheduler.exclusive(() => registerSeedImage(ctx, disk, sizeGiB, options))
}

async function registerSeedImage(
  ctx: SimContext,
  disk: string,
  sizeGiB: number,
  options: SeedImageOptions
): Promise<SeededImage> {
  const foreign = options.owner === 'foreign'
  const account = foreign ? ctx.foreignAccount : ctx.ourAccount
  const name =
    options.name ??
    freeImageName(ctx, account.accountId, `${foreign ? 'Outscale' : 'osc-sim'}-${options.kind}`)
  checkImageName(name)
  checkImageNameFree(ctx, name, account.accountId)
  const now = ctx.wallClock()
  const snapshotId = ctx.store.newId('snap')
  const file = join(ctx.snapshotsDir, `${snapshotId}.img`)
  await copySparseFile(disk, file)
  ctx.store.snapshots.set(snapshotId, {
    id: snapshotId,
    accountId: account.accountId,
    size: sizeGiB,
    description: `osc-sim seed (${options.kind})`,
    state: 'completed',
    createdAt: now,
    pendingFrom: Date.now(),
    completesAt: Date.now(),
    permissions: { accountIds: [], global: false },
    file
  })
  const imageId = ctx.store.newId('ami')
  ctx.store.images.set(imageId, {
    id: imageId,
    accountId: account.accountId,
    name,
    description: `osc-sim seed image (${options.kind})`,
    architecture: 'x86_64',
    state: 'available',
    createdAt: now,
    rootDeviceName: '/dev/sda1',
    // Public images answer 'ebs' (as packer expects) while the spec says 'bsu': clients must take both.
    rootDeviceType: foreign ? 'ebs' : 'bsu',
    mappings: [
      {
        deviceName: '/dev/sda1',
        snapshotId,
        volumeSize: sizeGiB,
        volumeType: 'standard',
        deleteOnVmDeletion: true
      }
    ],
    bootModes: ['legacy'],
    productCodes: ['0001'],
    permissions: { accountIds: [], global: foreign },
    tpmMandatory: false
  })
  return { imageId, snapshotId, name }
}

function freeImageName(ctx: SimContext, accountId: string, base: string): string {
  const taken = new Set(
    [...ctx.store.images.values()]
      .filter((image) => image.accountId === accountId)
      .map((image) => image.name)
  )
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
