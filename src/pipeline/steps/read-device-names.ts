import { buildStep } from '../step.js'
import type { BuildContext } from '../context.js'

/**
 * Device names this VM's links already use, according to the API. ReadVms describes a VM with a
 * refresh interval (its data may lag behind the links), so the volumes linked to the VM are read
 * too, fresh, and both are merged. The VM as StepVmInfo read it at the start serves for the first
 * part: a fresh ReadVms would be no fresher, and 8 builds on one runner sending the same ReadVms
 * at once meet the API's throttling of identical requests.
 */
export async function namesUsedByVm(context: BuildContext): Promise<string[]> {
  const { client, vmId, signal } = context
  const [vm, volumes] = await Promise.all([
    context.vm ?? client.readVms({ VmIds: [vmId] }, signal).then((vms) => vms[0]),
    client.readVolumes({ LinkVolumeVmIds: [vmId] }, signal)
  ])
  const fromVm = (vm?.VmId === vmId ? (vm.BlockDeviceMappings ?? []) : []).map(
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
 * Reads the device names in use before the host lock is taken: the API's answer takes a round
 * trip (longer when other builds' identical reads are throttled), and no other build should wait
 * for it. What happens between this read and the choice is covered under the lock by the names
 * other builds on this host claimed (link-ledger.ts), and, for links made by anything else, by
 * LinkVolume's refusal of a name in use (link-volume.ts chooses again).
 */
export const stepReadDeviceNames = buildStep({
  name: 'StepReadDeviceNames',
  title: "Reading the device names of this VM's links",
  async run(context) {
    context.namesInUse = await namesUsedByVm(context)
  }
})
