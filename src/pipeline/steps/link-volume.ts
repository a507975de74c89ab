import { log } from '../../log.js'
import { checkDevicePath, chooseDeviceName, hostDeviceLayout } from '../../host/device-name.js'
import {
  hostHasByIdNames,
  snapshotDisks,
  waitForBlockDevice,
  type BlockDevice
} from '../../host/block-device.js'
import { whileHostLockFree } from '../../host/lock.js'
import { otherLinks, recordLink } from '../../host/link-ledger.js'
import { waitForVolumeLinked } from '../../oapi/index.js'
import { buildStep } from '../step.js'
import { undo } from '../undo.js'
import { waitOptions, type BuildContext } from '../context.js'
import { requireHostLock } from './lock.js'

/**
 * Device names this VM's links already use, according to the API, read fresh (another build may
 * have linked a moment ago). ReadVms describes a VM with a refresh interval (its data may lag
 * behind the links), so the volumes linked to the VM are read too, and both are merged.
 */
export async function namesUsedByVm(context: BuildContext): Promise<string[]> {
  const { client, vmId, signal } = context
  const [vms, volumes] = await Promise.all([
    client.readVms({ VmIds: [vmId] }, signal),
    client.readVolumes({ LinkVolumeVmIds: [vmId] }, signal)
  ])
  const fromVm = (vms.find((vm) => vm.VmId === vmId)?.BlockDeviceMappings ?? []).map(
    (mapping) => mapping.DeviceName
  )
  const fromVolumes = volumes.flatMap((volume) =>
    (volume.LinkedVolumes ?? [])
      .filter((link) => link.VmId === vmId && link.State !== 'detached')
      .map((link) => link.DeviceName)
  )
  return [...new Set([...fromVm, ...fromVolumes].filter((name): name is string => !!name))]
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
 * Chooses a free device name and links the volume under the host lock, then releases the lock
 * and waits until the kernel shows the block device. The name given to LinkVolume is not the
 * kernel's: an Outscale VM shows /dev/xvdf as /dev/sdX with a by-id link, so the real device is
 * looked for (Packer assumed the names were equal). Once LinkVolume is accepted the name is the
 * API's, so finding the disk by it needs no lock. Only on a host without by-id names, where the
 * disk may have to be told by its size among new disks, is the lock kept until it is found.
 * Whatever finds it, the disk must prove it is the new volume (by-id link or newly appeared, of
 * the volume's size, unmounted, not the root disk) before anything writes to it.
 */
export const stepLinkVolume = buildStep({
  name: 'StepLinkVolume',
  title: 'Linking the volume to this VM',
  async run(context, { journal, need }) {
    const { client, config, signal, vmId } = context
    const volume = need('volume')
    const usedByVm = await namesUsedByVm(context)
    const deviceName = config.devicePath
      ? checkDevicePath(config.devicePath, { usedByVm })
      : chooseDeviceName({ usedByVm })
    context.deviceName = deviceName

    const disksBeforeLink = snapshotDisks()
    const sizeGiB = volume.Size ?? 0
    // Where disks have no by-id names, ours may only be told by its size among new disks: no
    // other build links until it is found. Elsewhere the lock ends with LinkVolume.
    const keepLock = !config.nvmeDevicePath && !hostHasByIdNames(hostDeviceLayout.byIdDir)
    requireHostLock(context)
    // Journaled before the call: a kill during LinkVolume must not leave a link no one undoes.
    const link = { kind: 'link', volumeId: volume.VolumeId, vmId, device: deviceName } as const
    const recorded = journal.record(link)
    recordLink({ volumeId: volume.VolumeId, pid: process.pid, sizeGiB })
    await client.linkVolume(
      { VolumeId: volume.VolumeId, VmId: vmId, DeviceName: deviceName },
      signal
    )
    log.info(`Linking ${volume.VolumeId} as ${deviceName}...`)
    if (!keepLock) await undo(context.journal, context, ['lock'])

    // The disk may show before the API says attached: both are awaited at once (the device
    // timeout still counts from the attach), and a failed link stops the wait for its disk.
    const linking = new AbortController()
    const stopWaiting = (): void => linking.abort(signal.reason)
    signal.addEventListener('abort', stopWaiting, { once: true })
    let found: BlockDevice
    try {
      const attached = waitForVolumeLinked(client, volume.VolumeId, vmId, {
        ...waitOptions(context, 'link'),
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
        timeoutSeconds: config.timeouts.device,
        timeoutStarts: attached,
        exclusively: exclusively(context),
        otherLinks: () => otherLinks(volume.VolumeId),
        signal: linking.signal
      }).catch((error: unknown) => {
        linking.abort(error)
        throw error
      })
      ;[, found] = await Promise.all([attached, disk])
    } finally {
      signal.removeEventListener('abort', stopWaiting)
    }
    // waitForBlockDevice proved it is the new volume (device-proof.ts); what proves it later
    // (the still-mounted check before unlinking) is its major:minor, not its name.
    context.blockDevice = found.device
    recorded.update({
      blockDevice: found.device,
      majorMinor: found.majorMinor,
      byIdPath: found.byIdPath
    })
    recordLink({
      volumeId: volume.VolumeId,
      pid: process.pid,
      sizeGiB,
      majorMinor: found.majorMinor
    })
    if (keepLock) await undo(context.journal, context, ['lock'])
    log.info(`${deviceName} is ${found.device} (found by ${found.foundBy}).`)
  }
})
