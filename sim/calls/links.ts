/**
 * LinkVolume and UnlinkVolume, and the link's life on this machine:
 *   attaching -> attached: losetup + partx, then the by-id (or exact) links appear, possibly later;
 *   detaching -> detached: only once nothing is mounted from the device (re-checked on every
 *   request and every 100 ms), then the links, partitions and loop device go away.
 */
import { apiError, quotaError } from '../errors.js'
import {
  attachLoop,
  claimDeviceName,
  detachLoop,
  exposedPaths,
  exposeLoop,
  mountPointsOf,
  releaseClaim,
  removeLinks
} from '../blockdevices.js'
import { run } from '../exec.js'
import type { Body, SimContext } from '../context.js'
import type { Account, LinkHistoryEntry, LinkRecord, VolumeRecord } from '../state.js'
import { ownVm, ownVolume, requireField } from './common.js'

/** The spec's rule for non-root devices: LinkVolume's DeviceName in https://github.com/outscale/osc-api/blob/1.40.1/outscale.yaml */
const DEVICE_NAME = /^\/dev\/(sd|xvd)[b-z][a-z]?$/
const DETACH_RECHECK_MS = 100

export async function linkVolume(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const volume = ownVolume(ctx, requireField<string>(body, 'VolumeId'), caller)
  const vm = ownVm(ctx, requireField<string>(body, 'VmId'), caller)
  const deviceName = requireField<string>(body, 'DeviceName')
  if (!DEVICE_NAME.test(deviceName)) {
    throw apiError(
      'invalidDeviceName',
      `DeviceName '${deviceName}' must be /dev/sdX, /dev/sdXX, /dev/xvdX or /dev/xvdXX (first letter b-z)`
    )
  }
  if (volume.state !== 'available') {
    throw apiError(
      'invalidVolumeState',
      `The volume '${volume.id}' is ${volume.state}; only an available volume can be linked`
    )
  }
  if (volume.subregion !== vm.subregion) {
    throw apiError(
      'zoneMismatch',
      `The volume '${volume.id}' is in ${volume.subregion} but the VM '${vm.id}' is in ${vm.subregion}`
    )
  }
  const linksOfVm = [...ctx.store.volumes.values()].filter((other) => other.link?.vmId === vm.id)
  if (linksOfVm.some((other) => other.link?.deviceName === deviceName)) {
    throw apiError('deviceInUse', `The VM '${vm.id}' already has a volume on ${deviceName}`)
  }
  const { maxVolumesPerVm, quotaStatus } = ctx.options.fidelity
  if (linksOfVm.length >= maxVolumesPerVm) {
    throw quotaError(
      'tooManyVolumes',
      quotaStatus,
      `The VM '${vm.id}' already has ${maxVolumesPerVm} volumes`
    )
  }
  const paths = exposedPaths(deviceName, ctx.options.deviceNaming)
  const claimed = await claimDeviceName(paths, { pid: process.pid, instance: ctx.instance })
  if ('taken' in claimed)
    throw apiError('deviceInUse', `Cannot link on ${deviceName}: ${claimed.taken}`)

  const history: LinkHistoryEntry = {
    volumeId: volume.id,
    vmId: vm.id,
    deviceName,
    linkedAt: Date.now()
  }
  ctx.store.linkHistory.push(history)
  const link: LinkRecord = {
    volumeId: volume.id,
    vmId: vm.id,
    deviceName,
    state: 'attaching',
    linkedAt: ctx.wallClock(),
    deleteOnVmDeletion: false,
    isRoot: false,
    claim: claimed.claim,
    links: [],
    history
  }
  volume.link = link
  volume.state = 'in-use'
  ctx.scheduler.after(ctx.options.latency.linkAttachMs, `link ${volume.id} attached`, () =>
    attach(ctx, volume, link)
  )
  return {}
}

async function attach(ctx: SimContext, volume: VolumeRecord, link: LinkRecord): Promise<void> {
  if (volume.link !== link || link.state !== 'attaching') return
  link.fault = ctx.faults.takeResourceFault('link', {
    id: volume.id,
    deviceName: link.deviceName
  }) as LinkRecord['fault'] | undefined
  if (link.fault === 'stuck') return
  if (link.fault === 'no-device') {
    link.state = 'attached'
    return
  }
  try {
    link.loop = await attachLoop(volume.file)
  } catch (error) {
    // A real attach that fails leaves the volume available again.
    ctx.log(`link ${volume.id}: ${(error as Error).message}`)
    await forgetLink(ctx, volume, link)
    return
  }
  link.state = 'attached'
  if (link.history) {
    link.history.attachedAt = Date.now()
    link.history.loopDevice = link.loop.device
  }
  ctx.log(`volume ${volume.id} attached as ${link.loop.device} (${link.deviceName})`)
  ctx.scheduler.after(ctx.options.deviceAppearDelayMs, `device of ${volume.id} appears`, () =>
    expose(ctx, volume, link)
  )
}

async function expose(ctx: SimContext, volume: VolumeRecord, link: LinkRecord): Promise<void> {
  if (volume.link !== link || link.state !== 'attached' || !link.loop) return
  try {
    link.links = await exposeLoop(
      link.loop,
      exposedPaths(link.deviceName, ctx.options.deviceNaming)
    )
  } catch (error) {
    ctx.log(`link ${volume.id}: the device could not be exposed: ${(error as Error).message}`)
  }
}

export async function unlinkVolume(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const volume = ownVolume(ctx, requireField<string>(body, 'VolumeId'), caller)
  const link = volume.link
  // A second unlink gets "409 Conflict" (osc-bsu-csi-driver issue #9): volume-not-in-use.
  if (!link) throw apiError('volumeNotInUse', `The volume '${volume.id}' is not linked to a VM`)
  if (link.isRoot) {
    throw apiError(
      'operationNotSupported',
      `The volume '${volume.id}' is the root device of the running VM '${link.vmId}'`
    )
  }
  if (link.state === 'detaching') return {}
  // A guess (options.fidelity.linkedVolumeSnapshot): nothing says whether the real API refuses it.
  if (ctx.options.fidelity.linkedVolumeSnapshot === 'unlink-refused') {
    const inProgress = [...ctx.store.snapshots.values()].find(
      (snapshot) =>
        snapshot.volumeId === volume.id &&
        (snapshot.state === 'in-queue' || snapshot.state === 'pending')
    )
    if (inProgress) {
      throw apiError(
        'invalidVolumeState',
        `The volume '${volume.id}' has snapshot '${inProgress.id}' in progress; it cannot be unlinked now`
      )
    }
  }
  link.state = 'detaching'
  link.detachDueAt = Date.now() + ctx.options.latency.linkDetachMs
  ctx.scheduler.at(link.detachDueAt, `link ${volume.id} detached`, () =>
    detachWhenFree(ctx, volume, link)
  )
  return {}
}

/** Called before every request: a device unmounted a moment ago is detached before we answer. */
export async function recheckDetaching(ctx: SimContext): Promise<void> {
  for (const volume of ctx.store.volumes.values()) {
    const link = volume.link
    if (link?.state === 'detaching' && (link.detachDueAt ?? Infinity) <= Date.now()) {
      await tryDetach(ctx, volume, link)
    }
  }
}

/** The scheduled side of a detach: tries, and tries again every 100 ms while still mounted. */
async function detachWhenFree(
  ctx: SimContext,
  volume: VolumeRecord,
  link: LinkRecord
): Promise<void> {
  if (await tryDetach(ctx, volume, link)) return
  if (volume.link === link && link.state === 'detaching') {
    ctx.scheduler.after(DETACH_RECHECK_MS, `link ${volume.id} detach re-check`, () =>
      detachWhenFree(ctx, volume, link)
    )
  }
}

/** Finishes a detach if nothing is mounted from the device; true when the link is gone. */
async function tryDetach(
  ctx: SimContext,
  volume: VolumeRecord,
  link: LinkRecord
): Promise<boolean> {
  if (volume.link !== link || link.state !== 'detaching') return false
  if (link.loop && (await mountPointsOf(link.loop)).length > 0) return false
  await releaseDevice(link)
  await forgetLink(ctx, volume, link)
  ctx.log(`volume ${volume.id} detached`)
  return true
}

async function forgetLink(ctx: SimContext, volume: VolumeRecord, link: LinkRecord): Promise<void> {
  // ReadVms may go on describing the link for a while (options.fidelity.vmMappingsLagMs).
  ctx.consistency.linkEnded({
    vmId: link.vmId,
    volumeId: volume.id,
    deviceName: link.deviceName,
    state: 'detaching',
    linkedAt: link.linkedAt
  })
  if (link.claim) await releaseClaim(link.claim)
  link.claim = undefined
  link.state = 'detached'
  if (link.history) link.history.releasedAt = Date.now()
  volume.link = undefined
  volume.state = 'available'
}

/** Removes the exposed links, the partitions and the loop device. */
async function releaseDevice(link: LinkRecord): Promise<void> {
  if (!link.loop) return
  await removeLinks(link.links, link.loop)
  await detachLoop(link.loop)
  link.links = []
  link.loop = undefined
}

/**
 * At stop: every device this simulator set up goes, even if a test left it mounted (a lazy
 * unmount, so nothing of ours stays on the machine).
 */
export async function teardownLinks(ctx: SimContext): Promise<void> {
  for (const volume of ctx.store.volumes.values()) {
    const link = volume.link
    if (!link || link.isRoot) continue
    if (link.loop) {
      for (const mountPoint of (await mountPointsOf(link.loop)).reverse()) {
        ctx.log(`stop: ${mountPoint} was still mounted from ${link.loop.device}; unmounting it`)
        await run('umount', ['-l', mountPoint]).catch(() => undefined)
      }
    }
    await releaseDevice(link)
    await forgetLink(ctx, volume, link)
  }
}
