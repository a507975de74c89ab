import { log } from '../../log.js'
import { checkDevicePath, chooseDeviceName, hostDeviceLayout } from '../../host/device-name.js'
import { hostNamesLinkedVolumesById, recordByIdNaming } from '../../host/by-id-record.js'
import {
  byIdLinkTo,
  hostHasByIdNames,
  snapshotDisks,
  waitForBlockDevice,
  type BlockDevice
} from '../../host/block-device.js'
import { whileHostLockFree } from '../../host/lock.js'
import { namesClaimedByOtherBuilds, otherLinks, recordLink } from '../../host/link-ledger.js'
import { OapiError, waitForVolumeLinked } from '../../oapi/index.js'
import type { StepJournal } from '../journal.js'
import { buildStep } from '../step.js'
import { undo } from '../undo.js'
import { waitOptions, type BuildContext } from '../context.js'
import { requireHostLock, takeHostLock } from './lock.js'
import { namesUsedByVm } from './read-device-names.js'

/**
 * How many names a build tries when LinkVolume refuses them as in use. Only a link made by
 * something other than an osc-chroot build on this host (whose claims are in the ledger) since
 * the names were read can cause a refusal, so a second choice, after a fresh read, normally ends it.
 */
export const MAX_DEVICE_CHOICES = 3

/** LinkVolume's answer for a name another link of the VM holds: 409 ResourceConflict, 9003 or 9004. */
export function isDeviceNameRefused(error: unknown): boolean {
  return (
    error instanceof OapiError &&
    error.httpStatus === 409 &&
    (error.code === '9004' || error.code === '9003')
  )
}

function holdsHostLock(context: BuildContext): boolean {
  return context.journal.active('lock').length > 0
}

/**
 * Chooses a name under the host lock among those the API and the other live builds' claims leave
 * free, and writes this build's claim before the lock can be released.
 */
async function chooseAndClaim(
  context: BuildContext,
  journal: StepJournal,
  usedByVm: string[],
  sizeGiB: number
): Promise<string> {
  const { config } = context
  const volumeId = context.volume!.VolumeId!
  if (!holdsHostLock(context)) await takeHostLock(context, journal)
  const claimedByBuilds = namesClaimedByOtherBuilds(volumeId)
  const deviceName = config.devicePath
    ? checkDevicePath(config.devicePath, { usedByVm, claimedByBuilds })
    : chooseDeviceName({ usedByVm, claimedByBuilds })
  requireHostLock(context)
  recordLink({ volumeId, pid: process.pid, sizeGiB, deviceName })
  return deviceName
}

/**
 * Runs the new-disk look of the block device wait under the host lock: at once when this build
 * still holds it, else only if it is free right now (a build waiting for its own disk under the
 * lock must not block this one's by-name looks).
 */
function exclusively(context: BuildContext) {
  return async <T>(look: () => T): Promise<T | undefined> => {
    if (context.journal.active('lock').length > 0) return look()
    const done = await whileHostLockFree(look, {
      purpose: `osc-chroot build ${context.buildId} (new-disk look)`,
      host: context.host
    })
    return done?.value
  }
}

/**
 * Chooses a free device name under the host lock (among the names StepReadDeviceNames read and
 * those other live builds claimed in the link ledger), claims it in the ledger, releases the lock
 * and links the volume, then waits until the kernel shows the block device. A name LinkVolume
 * refuses as in use (linked meanwhile by something that is not an osc-chroot build) is chosen
 * again, a bounded number of times. The name given to LinkVolume is not the
 * kernel's: an Outscale VM shows /dev/xvdf as /dev/sdX with a by-id link, so the real device is
 * looked for (Packer assumed the names were equal). The claimed name is this build's alone, so
 * finding the disk by it needs no lock. Only on a host without by-id names, where the disk may
 * have to be told by its size among new disks, is the lock kept until it is found: a host that
 * shows none yet but proved a disk by its by-id link earlier in this boot (by-id-record.ts; a
 * fresh Outscale VM names nothing by id before its first link) does not keep it.
 * Whatever finds it, the disk must prove it is the new volume (by-id link or newly appeared, of
 * the volume's size, unmounted, not the root disk) before anything writes to it.
 */
export const stepLinkVolume = buildStep({
  name: 'StepLinkVolume',
  title: 'Linking the volume to this VM',
  async run(context, { journal, need }) {
    const { client, config, signal, vmId } = context
    const volume = need('volume')
    const sizeGiB = volume.Size ?? 0
    // Where disks have no by-id names, ours may only be told by its size among new disks: no
    // other build links until it is found. Elsewhere the lock ends once the name is claimed.
    const { byIdDir } = hostDeviceLayout
    const keepLock =
      !config.nvmeDevicePath && !hostHasByIdNames(byIdDir) && !hostNamesLinkedVolumesById()
    if (keepLock) {
      log.info(
        `This host shows no disk in ${byIdDir} and none was proven by its by-id name since boot: ` +
          'the host lock is kept until this build finds its disk.'
      )
    }
    let usedByVm = context.namesInUse ?? (await namesUsedByVm(context))
    const refused: string[] = []
    let deviceName = await chooseAndClaim(context, journal, usedByVm, sizeGiB)
    let disksBeforeLink = snapshotDisks()
    // Journaled before the call: a kill during LinkVolume must not leave a link no one undoes.
    const link = { kind: 'link', volumeId: volume.VolumeId, vmId, device: deviceName } as const
    const recorded = journal.record(link)
    for (let choice = 1; ; choice++) {
      context.deviceName = deviceName
      if (!keepLock) await undo(context.journal, context, ['lock'])
      try {
        await client.linkVolume(
          { VolumeId: volume.VolumeId, VmId: vmId, DeviceName: deviceName },
          signal
        )
        break
      } catch (error) {
        if (!isDeviceNameRefused(error) || config.devicePath || choice >= MAX_DEVICE_CHOICES) {
          throw error
        }
        // Something that is not an osc-chroot build of this host linked it since the read.
        refused.push(deviceName)
        log.warning(
          `LinkVolume refused ${deviceName} as in use (${(error as Error).message}); reading the ` +
            `names in use again and choosing another (choice ${choice + 1} of at most ${MAX_DEVICE_CHOICES}).`
        )
        usedByVm = [...(await namesUsedByVm(context)), ...refused]
        deviceName = await chooseAndClaim(context, journal, usedByVm, sizeGiB)
        disksBeforeLink = snapshotDisks()
        recorded.update({ device: deviceName })
      }
    }
    log.info(`Linking ${volume.VolumeId} as ${deviceName}...`)

    // The disk may show before the API says attached: both are awaited at once (the device
    // timeout still counts from the attach), and a failed link stops the wait for its disk.
    const linking = new AbortController()
    const stopWaiting = (): void => linking.abort(signal.reason)
    signal.addEventListener('abort', stopWaiting, { once: true })
    let found: BlockDevice
    // The disk in the kernel is the link done: the API's attach is read then, not at its next
    // scheduled read.
    let diskShown!: () => void
    const readNow = new Promise<void>((resolve) => (diskShown = resolve))
    try {
      const attached = waitForVolumeLinked(client, volume.VolumeId, vmId, {
        ...waitOptions(context, 'link'),
        readNow,
        signal: linking.signal
      }).catch((error: unknown) => {
        linking.abort(error)
        throw error
      })
      const disk = waitForBlockDevice({
        runner: context.host,
        requestedName: deviceName,
        nvmeDevicePath: config.nvmeDevicePath || undefined,
        volumeSizeGiB: sizeGiB,
        disksBeforeLink,
        byIdDir,
        timeoutSeconds: config.timeouts.device,
        timeoutStarts: attached,
        exclusively: exclusively(context),
        otherLinks: () => otherLinks(volume.VolumeId),
        signal: linking.signal
      })
        .then(async (proven) => {
          // Noted the moment it is proven (other builds' new-disk looks must not take it), and
          // the lock kept for that look goes then, not when the API's attach is read.
          recordLink({
            volumeId: volume.VolumeId,
            pid: process.pid,
            sizeGiB,
            deviceName,
            majorMinor: proven.majorMinor
          })
          // The next builds of this boot need not keep the lock through their disk wait.
          if (proven.byIdPath) {
            recordByIdNaming({ byIdPath: proven.byIdPath, deviceName, device: proven.device })
          }
          diskShown()
          if (keepLock) await undo(context.journal, context, ['lock'])
          return proven
        })
        .catch((error: unknown) => {
          linking.abort(error)
          throw error
        })
      ;[, found] = await Promise.all([attached, disk])
    } finally {
      signal.removeEventListener('abort', stopWaiting)
    }
    // A disk told by its size may get its by-id link a moment later (udev follows the kernel):
    // by the API's attach it normally has it, and that proves the naming as well.
    const laterByIdPath = found.byIdPath ? undefined : byIdLinkTo(deviceName, found.device, byIdDir)
    if (laterByIdPath)
      recordByIdNaming({ byIdPath: laterByIdPath, deviceName, device: found.device })
    // waitForBlockDevice proved it is the new volume (device-proof.ts); what proves it later
    // (the still-mounted check before unlinking) is its major:minor, not its name.
    context.blockDevice = found.device
    recorded.update({
      blockDevice: found.device,
      majorMinor: found.majorMinor,
      byIdPath: found.byIdPath
    })
    log.info(`${deviceName} is ${found.device} (found by ${found.foundBy}).`)
  }
})
