/**
 * Real block devices for linked volumes, exposed the way an Outscale VM shows them.
 *
 * A linked volume's file is attached with `losetup`; this kernel does not scan partition tables,
 * so `partx -a` adds /dev/loopNpM. An Outscale VM shows a BSU volume linked as /dev/xvdf as a QEMU
 * SCSI disk whose kernel name follows discovery order (here: the next free loop device), with the
 * udev link /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sdf (and -partN) carrying the letter asked
 * for (osc-bsu-csi-driver pkg/driver/node.go, https://github.com/outscale/osc-bsu-csi-driver;
 * docs/outscale-fidelity.md, "Devices inside the VM"):
 * 'outscale' naming creates those links; 'osc-udev' adds /dev/xvdf (and /dev/xvdfN) as an official
 * OMI's osc-udev-rules do; 'exact' naming creates the requested name itself. Several simulators
 * may share this machine, so a device name is claimed in /run/osc-sim/claims before it is used.
 */
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rm,
  rmdir,
  symlink,
  writeFile
} from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { run } from './exec.js'
import { loopBackingFile } from './loop-backing-file.js'
import type { DeviceNaming } from './options.js'

export const BY_ID_DIR = '/dev/disk/by-id'
export const BY_ID_PREFIX = 'scsi-0QEMU_QEMU_HARDDISK_'
export const CLAIMS_DIR = '/run/osc-sim/claims'

/** The paths a linked volume appears under on this machine. */
export interface ExposedPaths {
  /** The main link (the one claimed among simulators). */
  disk: string
  partition: (n: number) => string
  /** More links to the same disk (the xvd names of official OMIs' udev rules). */
  aliases: { disk: string; partition: (n: number) => string }[]
}

export function exposedPaths(deviceName: string, naming: DeviceNaming): ExposedPaths {
  if (naming === 'exact') {
    return { disk: deviceName, partition: (n) => `${deviceName}${n}`, aliases: [] }
  }
  const letters = deviceName.replace(/^\/dev\/(xvd|sd)/, '')
  const xvd = `/dev/xvd${letters}`
  const disk = join(BY_ID_DIR, `${BY_ID_PREFIX}sd${letters}`)
  const byId = { disk, partition: (n: number) => `${disk}-part${n}` }
  if (naming === 'osc-udev') {
    return { ...byId, aliases: [{ disk: xvd, partition: (n: number) => `${xvd}${n}` }] }
  }
  return { ...byId, aliases: [] }
}

export interface LoopDevice {
  /** e.g. /dev/loop3 */
  device: string
  /** The volume's file it was attached to: a loop device is detached only while it holds it. */
  file: string
  /** e.g. [{ number: 1, device: '/dev/loop3p1' }] */
  partitions: { number: number; device: string }[]
}

/** losetup + partx -a; a disk without a partition table simply has no partitions. */
export async function attachLoop(file: string): Promise<LoopDevice> {
  const { stdout } = await run('losetup', ['--find', '--show', file])
  const device = stdout.trim()
  // partx fails on a whole-disk file system ("failed to read partition table"): that is fine.
  await run('partx', ['-a', device]).catch(() => undefined)
  const partitions = await listPartitions(device)
  for (const partition of partitions) await waitForPath(partition.device)
  return { device, file, partitions }
}

async function listPartitions(device: string): Promise<LoopDevice['partitions']> {
  const name = basename(device)
  const entries = await readdir(join('/sys/block', name))
  const pattern = new RegExp(`^${name}p(\\d+)$`)
  return entries
    .map((entry) => pattern.exec(entry))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ number: Number(match[1]), device: `/dev/${match[0]}` }))
    .sort((a, b) => a.number - b.number)
}

async function waitForPath(path: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await exists(path)) return
    await sleep(20)
  }
  throw new Error(`${path} did not appear after partx -a`)
}

/**
 * Removes the partitions and detaches the loop device; tolerates a device already gone. A device
 * that no longer holds the volume's file was detached already and may be another program's now
 * (the number is reused at once, by a test's own disk or another simulator): it is left alone.
 */
export async function detachLoop(loop: LoopDevice): Promise<void> {
  if (loopBackingFile(loop.device) !== loop.file) return
  // Always: partitions added after the link (a from-scratch build partitions the disk itself)
  // would otherwise outlive the loop device and clash with its next user.
  await run('partx', ['-d', loop.device]).catch(() => undefined)
  await run('losetup', ['-d', loop.device]).catch((error: Error) => {
    if (!/No such device|No such device or address/.test(error.message)) throw error
  })
}

/** Mount points (in this mount namespace) of the loop device or any of its partitions. */
export async function mountPointsOf(loop: LoopDevice): Promise<string[]> {
  const numbers = new Set<string>()
  for (const device of [loop.device, ...loop.partitions.map((p) => p.device)]) {
    const dev = await readFile(join('/sys/class/block', basename(device), 'dev'), 'utf8').catch(
      () => undefined
    )
    if (dev !== undefined) numbers.add(dev.trim())
  }
  const mountinfo = await readFile('/proc/self/mountinfo', 'utf8')
  return mountinfo
    .split('\n')
    .map((line) => line.split(' '))
    .filter((fields) => fields.length > 4 && numbers.has(fields[2]))
    .map((fields) => unescapeMountPath(fields[4]))
}

function unescapeMountPath(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8))
  )
}

/** Creates the disk link and one link per partition; returns every path created. */
export async function exposeLoop(loop: LoopDevice, paths: ExposedPaths): Promise<string[]> {
  const links: { path: string; target: string }[] = []
  for (const names of [paths, ...paths.aliases]) {
    links.push({ path: names.disk, target: loop.device })
    for (const partition of loop.partitions) {
      links.push({ path: names.partition(partition.number), target: partition.device })
    }
  }
  const created: string[] = []
  try {
    for (const link of links) {
      await createLink(link.path, link.target)
      created.push(link.path)
    }
  } catch (error) {
    await removeLinks(created, loop)
    throw error
  }
  return created
}

async function createLink(path: string, target: string): Promise<void> {
  // Another simulator may remove an empty /dev/disk/by-id between our mkdir and symlink: retry.
  for (let attempt = 0; ; attempt++) {
    await mkdir(dirname(path), { recursive: true })
    try {
      await symlink(relative(dirname(path), target), path)
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 5) throw error
    }
  }
}

/** Removes links, but only those that still point at this loop device or its partitions. */
export async function removeLinks(paths: string[], loop: LoopDevice): Promise<void> {
  const ours = new Set(
    [loop.device, ...loop.partitions.map((p) => p.device)].map((d) => basename(d))
  )
  for (const path of paths) {
    const target = await readlink(path).catch(() => undefined)
    if (target !== undefined && ours.has(basename(target))) await rm(path, { force: true })
  }
  await removeEmptyDirs(paths.map((path) => dirname(path)))
}

/** /dev/disk/by-id and /dev/disk did not exist on this machine before us: leave none empty. */
async function removeEmptyDirs(dirs: string[]): Promise<void> {
  for (const dir of new Set(dirs)) {
    if (!dir.startsWith('/dev/disk')) continue
    await rmdir(dir).catch(() => undefined)
    await rmdir(dirname(dir)).catch(() => undefined)
  }
}

export async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false
  )
}

/* ---- Claims: one device name, one owner on this machine ---- */

export interface ClaimOwner {
  pid: number
  /** Identifies the simulator instance inside its process (its data directory). */
  instance: string
}

/** Simulator instances alive in this process; a claim by a stopped one is stale. */
export const liveInstances = new Set<string>()

/**
 * Claims the name a link will be exposed under. Returns the claim file, or a reason why the name
 * is taken (another simulator claimed it, or the path already exists on this machine).
 */
export async function claimDeviceName(
  paths: ExposedPaths,
  owner: ClaimOwner
): Promise<{ claim: string } | { taken: string }> {
  for (const path of [paths.disk, ...paths.aliases.map((alias) => alias.disk)]) {
    if (await exists(path)) return { taken: `${path} already exists on this machine` }
  }
  const claim = join(CLAIMS_DIR, basename(paths.disk))
  for (let attempt = 0; attempt < 3; attempt++) {
    await mkdir(CLAIMS_DIR, { recursive: true })
    try {
      await writeFile(claim, JSON.stringify(owner), { flag: 'wx' })
      return { claim }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') continue
      if (code !== 'EEXIST') throw error
    }
    const holder = await readClaim(claim)
    if (holder !== undefined && claimIsLive(holder)) {
      return { taken: `${paths.disk} is in use by another simulator (pid ${holder.pid})` }
    }
    await rm(claim, { force: true })
  }
  return { taken: `${paths.disk} could not be claimed` }
}

export async function releaseClaim(claim: string): Promise<void> {
  await rm(claim, { force: true })
  await rmdir(CLAIMS_DIR).catch(() => undefined)
  await rmdir(dirname(CLAIMS_DIR)).catch(() => undefined)
}

export async function readClaim(path: string): Promise<ClaimOwner | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ClaimOwner
  } catch {
    return undefined
  }
}

export function claimIsLive(owner: ClaimOwner): boolean {
  if (owner.pid === process.pid) return liveInstances.has(owner.instance)
  return processIsAlive(owner.pid)
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
