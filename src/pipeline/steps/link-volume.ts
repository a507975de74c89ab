import { log } from '../../log.js'
import { checkDevicePath, chooseDeviceName } from '../../host/device-name.js'
import { snapshotDisks, waitForBlockDevice } from '../../host/block-device.js'
import { waitForVolumeLinked } from '../../oapi/index.js'
import { buildStep } from '../step.js'
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
 * Chooses a free device name, links the volume to it, and waits until the kernel shows the
 * block device. The name given to LinkVolume is not the kernel's: an Outscale VM shows
 * /dev/xvdf as /dev/sdX with a by-id link, so the real device is looked for (Packer assumed the
 * names were equal). Whatever finds it, the disk must prove it is the new volume (by-id link or
 * newly appeared, of the volume's size, unmounted, not the root disk) before anything writes to it.
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
    requireHostLock(context)
    // Journaled before the call: a kill during LinkVolume must not leave a link no one undoes.
    const link = { kind: 'link', volumeId: volume.VolumeId, vmId, device: deviceName } as const
    const recorded = journal.record(link)
    await client.linkVolume(
      { VolumeId: volume.VolumeId, VmId: vmId, DeviceName: deviceName },
      signal
    )
    log.info(`Linking ${volume.VolumeId} as ${deviceName}...`)
    await waitForVolumeLinked(client, volume.VolumeId, vmId, waitOptions(context, 'link'))

    const found = await waitForBlockDevice({
      runner: context.host,
      requestedName: deviceName,
      nvmeDevicePath: config.nvmeDevicePath || undefined,
      volumeSizeGiB: volume.Size ?? 0,
      disksBeforeLink,
      timeoutSeconds: config.timeouts.device,
      signal
    })
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
