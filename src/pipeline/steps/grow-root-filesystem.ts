import { existsSync } from 'node:fs'
import { log } from '../../log.js'
import {
  growFileSystem,
  growRoot,
  partitionNumberOf,
  proveOwnDisk,
  rootLocation,
  type OwnDisk
} from '../../host/grow-root.js'
import { detectFsType } from '../../host/filesystem.js'
import { blockDeviceNumber, diskFamily, mountsAt } from '../../host/mountinfo.js'
import type { Step } from '../runner.js'
import type { BuildContext } from '../context.js'

/**
 * What is left for after the mount: an XFS root (it only grows mounted), or everything when
 * mount_partition is auto (the root partition is known once mounted). Kept here, not in the
 * context: no other step needs it.
 */
const leftForMounted = new WeakMap<BuildContext, 'file system' | 'partition and file system'>()

/** The size of the source's root volume in GiB (0 when the source does not say). */
function sourceRootSize(context: BuildContext): number {
  const base = context.baseImage ?? context.sourceImage
  const root = base?.BlockDeviceMappings?.find((m) => m.DeviceName === base.RootDeviceName)
  return root?.Bsu?.VolumeSize ?? 0
}

/**
 * True when the new volume is larger than the source's root: root_volume_size asked for room
 * that the source's file system does not have yet.
 */
export function wantsGrowth(context: BuildContext): boolean {
  const { config, volume } = context
  if (!config.growRootFilesystem || config.fromScratch) return false
  return (volume?.Size ?? 0) > sourceRootSize(context)
}

function ownDisk(context: BuildContext, mountPath?: string): OwnDisk {
  return { disk: context.blockDevice!, volumeSizeGiB: context.volume!.Size!, mountPath }
}

function sizes(context: BuildContext): string {
  return `${sourceRootSize(context) || '?'} GiB → ${context.volume!.Size} GiB`
}

/**
 * Before the mount: grows the root partition (when it is the last one) and an ext2/3/4 root file
 * system, offline. An XFS root grows after the mount (stepGrowMountedFilesystem), and so does
 * everything when mount_partition is auto. See src/host/grow-root.ts for why this order.
 */
export const stepGrowRootFilesystem: Step<BuildContext> = {
  name: 'StepGrowRootFilesystem',
  title: 'Growing the root partition and file system',
  skip: (context) => !wantsGrowth(context),
  async run(context) {
    const { config, host } = context
    if (config.mountPartition === 'auto') {
      leftForMounted.set(context, 'partition and file system')
      log.info('mount_partition auto: the root partition is grown once it is found and mounted.')
      return
    }
    const root = await rootLocation(host, context.blockDevice!, Number(config.mountPartition))
    if (!existsSync(root.device)) {
      // No such partition: the mount step names the ones there are.
      log.debug(`${root.device} does not exist: nothing to grow before the mount.`)
      return
    }
    log.info(`Growing ${root.device} (${root.fsType ?? 'no file system found'}): ${sizes(context)}`)
    const outcome = await growRoot(host, ownDisk(context), root)
    if (outcome === 'after mount') leftForMounted.set(context, 'file system')
    if (outcome === 'grown')
      log.info(`${root.device} now fills the ${context.volume!.Size} GiB volume.`)
  }
}

/** After the mount, before anything else uses it: what could only grow mounted. */
export const stepGrowMountedFilesystem: Step<BuildContext> = {
  name: 'StepGrowMountedFilesystem',
  title: 'Growing the mounted root file system',
  skip: (context) => !leftForMounted.has(context),
  async run(context) {
    const { host } = context
    const mountPath = context.mountPath!
    const what = leftForMounted.get(context)
    leftForMounted.delete(context)
    // The build's own mount: at its mount path, of its own disk or one of its partitions.
    const family = diskFamily(blockDeviceNumber(context.blockDevice!) ?? '')
    const mount = mountsAt(mountPath).find((entry) => family.includes(entry.majorMinor))
    if (!mount)
      throw new Error(`${context.blockDevice} is not mounted at ${mountPath}: not growing it.`)
    const device = mount.source
    if (blockDeviceNumber(device) !== mount.majorMinor) {
      throw new Error(`${device} is not the device mounted at ${mountPath}: not growing it.`)
    }
    const own = ownDisk(context, mountPath)
    let outcome
    if (what === 'file system') {
      proveOwnDisk(own)
      outcome = await growFileSystem(host, device, await detectFsType(host, device), mountPath)
    } else {
      const root = { device, partition: partitionNumberOf(device), fsType: mount.fsType }
      log.info(`Growing ${device} (${mount.fsType}) mounted at ${mountPath}: ${sizes(context)}`)
      outcome = await growRoot(host, own, root)
    }
    if (outcome === 'grown') log.info(`The root file system at ${mountPath} now fills the volume.`)
  }
}
