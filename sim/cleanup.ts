/**
 * Removes what a crashed (killed) simulator left on the machine: its loop devices, the by-id or
 * exact-name links pointing at them, its device-name claims, and its files.
 *
 * A leftover is recognised by its data directory's owner file (index.ts, OWNER_FILE): only
 * directories whose owner process is gone are touched, so simulators that other people run on
 * this machine at the same time are left alone. A device that is still mounted is reported and
 * kept (unmounting is for whoever mounted it).
 */
import { readdir, readlink, rm, rmdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import {
  BY_ID_DIR,
  BY_ID_PREFIX,
  CLAIMS_DIR,
  claimIsLive,
  detachLoop,
  mountPointsOf,
  readClaim,
  releaseClaim,
  type LoopDevice
} from './blockdevices.js'
import { run } from './exec.js'
import { AUTO_DIR_PREFIX, readOwner, removeData, type OwnerRecord } from './datadir.js'

export interface CleanupReport {
  loopDevices: string[]
  links: string[]
  claims: string[]
  dataDirs: string[]
  /** Things left in place, with the reason. */
  kept: string[]
}

/** Cleans one data directory, or every dead simulator's directory found on the machine. */
export async function cleanupLeftovers(dataDir?: string): Promise<CleanupReport> {
  const report: CleanupReport = { loopDevices: [], links: [], claims: [], dataDirs: [], kept: [] }
  const loops = await listLoopDevices()
  const candidates = dataDir !== undefined ? [resolve(dataDir)] : await findDataDirs(loops)
  for (const dir of candidates) {
    const owner = await readOwner(dir)
    if (owner && claimIsLive({ pid: owner.pid, instance: owner.instance })) {
      report.kept.push(`${dir}: its simulator (pid ${owner.pid}) is running`)
      continue
    }
    await cleanDataDir(dir, owner, loops, report)
  }
  await removeStaleClaims(report)
  return report
}

interface LoopEntry {
  device: string
  backingFile: string
}

async function listLoopDevices(): Promise<LoopEntry[]> {
  const { stdout } = await run('losetup', ['--list', '--json', '--output', 'NAME,BACK-FILE'])
  if (stdout.trim() === '') return []
  const parsed = JSON.parse(stdout) as {
    loopdevices: { name: string; 'back-file': string | null }[]
  }
  return parsed.loopdevices
    .filter((entry) => entry['back-file'])
    .map((entry) => ({
      device: entry.name,
      backingFile: (entry['back-file'] as string).replace(/ \(deleted\)$/, '')
    }))
}

/** Directories with an owner file: osc-sim-* in the temp directory, and those behind loop devices. */
async function findDataDirs(loops: LoopEntry[]): Promise<string[]> {
  const dirs = new Set<string>()
  for (const entry of await readdir(tmpdir()).catch(() => [] as string[])) {
    if (entry.startsWith(AUTO_DIR_PREFIX)) dirs.add(join(tmpdir(), entry))
  }
  for (const loop of loops) {
    if (basename(dirname(loop.backingFile)) === 'volumes')
      dirs.add(dirname(dirname(loop.backingFile)))
  }
  const withOwner: string[] = []
  for (const dir of dirs) if (await readOwner(dir)) withOwner.push(dir)
  return withOwner
}

async function cleanDataDir(
  dir: string,
  owner: OwnerRecord | undefined,
  loops: LoopEntry[],
  report: CleanupReport
): Promise<void> {
  const volumesDir = join(dir, 'volumes') + '/'
  let keptDevice = false
  for (const entry of loops.filter((loop) => loop.backingFile.startsWith(volumesDir))) {
    const loop = await describeLoop(entry.device, entry.backingFile)
    const mounted = await mountPointsOf(loop)
    if (mounted.length > 0) {
      report.kept.push(
        `${loop.device}: still mounted on ${mounted.join(', ')}; unmount it and run cleanup again`
      )
      keptDevice = true
      continue
    }
    report.links.push(...(await removeLinksTo(loop)))
    await detachLoop(loop)
    report.loopDevices.push(loop.device)
  }
  for (const claim of await listClaims()) {
    const holder = await readClaim(claim)
    if (holder?.instance === (owner?.instance ?? dir)) {
      await releaseClaim(claim)
      report.claims.push(claim)
    }
  }
  if (keptDevice) return
  await removeData(dir, owner?.removeWhole ?? false)
  report.dataDirs.push(dir)
}

async function describeLoop(device: string, file: string): Promise<LoopDevice> {
  const name = basename(device)
  const entries = await readdir(join('/sys/block', name)).catch(() => [] as string[])
  const partitions = entries
    .map((entry) => new RegExp(`^${name}p(\\d+)$`).exec(entry))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ number: Number(match[1]), device: `/dev/${match[0]}` }))
  return { device, file, partitions }
}

/** by-id links and exact-name links (/dev/xvdf, /dev/sdf1, ...) that point at this loop device. */
async function removeLinksTo(loop: LoopDevice): Promise<string[]> {
  const ours = new Set(
    [loop.device, ...loop.partitions.map((p) => p.device)].map((d) => basename(d))
  )
  const candidates = [
    ...(await readdir(BY_ID_DIR).catch(() => [] as string[]))
      .filter((name) => name.startsWith(BY_ID_PREFIX))
      .map((name) => join(BY_ID_DIR, name)),
    ...(await readdir('/dev'))
      .filter((name) => /^(xvd|sd)[b-z][a-z]?\d*$/.test(name))
      .map((name) => join('/dev', name))
  ]
  const removed: string[] = []
  for (const path of candidates) {
    const target = await readlink(path).catch(() => undefined)
    if (target !== undefined && ours.has(basename(target))) {
      await rm(path, { force: true })
      removed.push(path)
    }
  }
  for (const dir of [BY_ID_DIR, dirname(BY_ID_DIR)]) await rmdir(dir).catch(() => undefined)
  return removed
}

async function listClaims(): Promise<string[]> {
  return (await readdir(CLAIMS_DIR).catch(() => [] as string[])).map((name) =>
    join(CLAIMS_DIR, name)
  )
}

async function removeStaleClaims(report: CleanupReport): Promise<void> {
  for (const claim of await listClaims()) {
    const holder = await readClaim(claim)
    if (holder === undefined || !claimIsLive(holder)) {
      await releaseClaim(claim)
      report.claims.push(claim)
    }
  }
}
