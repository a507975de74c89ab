/**
 * The device name to link the volume as (/dev/xvdf ...), chosen while holding the host lock.
 *
 * LinkVolume accepts /dev/xvd[b-z][a-z]? and /dev/sd[b-z][a-z]?; the guest does not necessarily
 * show the disk under that name. An Outscale VM shows it as a QEMU SCSI disk whose udev link
 * /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sd<letters> carries the requested letters
 * (docs/outscale-fidelity.md, "Devices inside the VM"). A name is free only if nothing on this host
 * uses its letters under any of those forms and no link of this VM (in any state: a detaching
 * volume still holds its slot, https://github.com/hashicorp/packer/issues/3060) uses them
 * according to the API.
 */
import { lstatSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { log } from '../log.js'

/** Where this host shows its devices; tests point these at temporary directories. */
export interface DeviceLayout {
  devDir: string
  sysBlockDir: string
  byIdDir: string
}

export const hostDeviceLayout: DeviceLayout = {
  devDir: '/dev',
  sysBlockDir: '/sys/block',
  byIdDir: '/dev/disk/by-id'
}

export const QEMU_BY_ID_PREFIX = 'scsi-0QEMU_QEMU_HARDDISK_sd'

/** Letters tried for a chosen name, in order (a-e are left to the image's own disks). */
const CANDIDATE_LETTERS = 'fghijklmnopqrstuvwxyz'.split('')

/** The letters that identify a device slot: /dev/xvdf, /dev/sdf and /dev/sdf1 all give "f". */
export function deviceLetters(deviceName: string): string | undefined {
  return /^(?:\/dev\/)?(?:xvd|sd|vd)([a-z]+)\d*$/.exec(deviceName)?.[1]
}

/** The udev by-id name under which an Outscale VM shows a volume linked as deviceName. */
export function qemuByIdName(deviceName: string): string | undefined {
  const letters = deviceLetters(deviceName)
  return letters === undefined ? undefined : `${QEMU_BY_ID_PREFIX}${letters}`
}

function exists(path: string): boolean {
  try {
    lstatSync(path) // a dangling by-id link still marks the slot as taken
    return true
  } catch {
    return false
  }
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path)
  } catch {
    return []
  }
}

/** xvd, unless the host's disks are named sd* (and none xvd*); vd is not accepted by the API. */
export function devicePrefix(layout: DeviceLayout = hostDeviceLayout): 'xvd' | 'sd' {
  const disks = listDir(layout.sysBlockDir)
  if (disks.some((disk) => disk.startsWith('xvd'))) return 'xvd'
  if (disks.some((disk) => disk.startsWith('sd'))) return 'sd'
  return 'xvd'
}

/** Why a device name cannot be used, or undefined when it is free. */
function whyInUse(
  deviceName: string,
  options: ChooseDeviceOptions,
  layout: DeviceLayout
): string | undefined {
  const letters = deviceLetters(deviceName)
  const name = deviceName.replace(/^\/dev\//, '')
  const usedLink = options.usedByVm.find((used) => deviceLetters(used) === letters)
  if (usedLink) return `a volume of this VM is linked as ${usedLink}`
  const claimed = options.claimedByBuilds?.find((used) => deviceLetters(used) === letters)
  if (claimed) return `another osc-chroot build on this host is linking a volume as ${claimed}`
  const hostPaths = [
    join(layout.devDir, name),
    join(layout.devDir, `${name}1`),
    join(layout.sysBlockDir, name),
    join(layout.byIdDir, `${QEMU_BY_ID_PREFIX}${letters}`)
  ]
  const present = hostPaths.find(exists)
  return present ? `${present} exists on this host` : undefined
}

export interface ChooseDeviceOptions {
  /** Device names of this VM's current links according to the API (ReadVms BlockDeviceMappings). */
  usedByVm: string[]
  /** Names other live builds on this host claimed in the link ledger (link-ledger.ts). */
  claimedByBuilds?: string[]
  layout?: DeviceLayout
}

/** The first free /dev/<prefix>[f-z]. Call it while holding the host lock. */
export function chooseDeviceName(options: ChooseDeviceOptions): string {
  const layout = options.layout ?? hostDeviceLayout
  const prefix = devicePrefix(layout)
  const reasons: string[] = []
  for (const letter of CANDIDATE_LETTERS) {
    const candidate = `/dev/${prefix}${letter}`
    const reason = whyInUse(candidate, options, layout)
    if (!reason) {
      log.info(`Device name: ${candidate}`)
      return candidate
    }
    reasons.push(`${candidate}: ${reason}`)
  }
  throw new Error(
    `No free device name: /dev/${prefix}f to /dev/${prefix}z are all in use ` +
      `(${reasons.join('; ')}). Unlink leftover volumes from this VM, or set device_path.`
  )
}

const LINKABLE_NAME = /^\/dev\/(?:xvd|sd)[b-z][a-z]?$/

/**
 * Checks a device_path given by the user: a name LinkVolume accepts (/dev/vdX is rewritten to
 * /dev/xvdX, as Packer does) and free in the same sense as a chosen one. Returns the name to link.
 */
export function checkDevicePath(devicePath: string, options: ChooseDeviceOptions): string {
  const layout = options.layout ?? hostDeviceLayout
  let name = devicePath
  if (name.startsWith('/dev/vd')) {
    name = name.replace('/dev/vd', '/dev/xvd')
    log.info(`device_path: ${devicePath} becomes ${name} (the API does not accept /dev/vd names)`)
  }
  if (!LINKABLE_NAME.test(name)) {
    throw new Error(
      `device_path ${JSON.stringify(devicePath)} is not a name LinkVolume accepts: use /dev/xvd[b-z] ` +
        `or /dev/sd[b-z] (optionally with a second letter a-z), or leave it empty to choose one.`
    )
  }
  const reason = whyInUse(name, options, layout)
  if (reason) {
    throw new Error(
      `device_path ${name} is already in use: ${reason}. Choose another device_path or leave it empty.`
    )
  }
  return name
}
