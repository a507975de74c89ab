/**
 * A simulator's data directory: volumes/, snapshots/, cache/ (seed disks) and an owner file that
 * tells a later `cleanup` whose leftovers these are and whether the owner is still running.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { claimIsLive } from './blockdevices.js'

export const OWNER_FILE = '.osc-sim-owner.json'
/** Every directory a simulator creates for itself is named like this (cleanup looks for them). */
export const AUTO_DIR_PREFIX = 'osc-sim-'

export interface OwnerRecord {
  pid: number
  /** Identifies the simulator inside its process (its data directory). */
  instance: string
  /** The directory goes whole on stop (the simulator made it, or was told to). */
  removeWhole: boolean
  startedAt: string
}

export interface DataDir {
  path: string
  removeWhole: boolean
  volumes: string
  snapshots: string
  cache: string
}

/** Creates (or takes over) the data directory and writes its owner file. */
export async function prepareDataDir(
  requested: string | undefined,
  removeOnStop: boolean
): Promise<DataDir> {
  let path: string
  let removeWhole = removeOnStop
  if (requested === undefined) {
    path = await mkdtemp(join(tmpdir(), AUTO_DIR_PREFIX))
    removeWhole = true
  } else {
    path = requested
    await mkdir(path, { recursive: true })
    const previous = await readOwner(path)
    if (previous && claimIsLive({ pid: previous.pid, instance: previous.instance })) {
      throw new Error(
        `dataDir '${path}' is used by a running simulator (pid ${previous.pid}); stop it first`
      )
    }
  }
  const owner: OwnerRecord = {
    pid: process.pid,
    instance: path,
    removeWhole,
    startedAt: new Date().toISOString()
  }
  await writeFile(join(path, OWNER_FILE), JSON.stringify(owner))
  const dir = {
    path,
    removeWhole,
    volumes: join(path, 'volumes'),
    snapshots: join(path, 'snapshots'),
    cache: join(path, 'cache')
  }
  await mkdir(dir.volumes, { recursive: true })
  await mkdir(dir.snapshots, { recursive: true })
  return dir
}

export async function readOwner(path: string): Promise<OwnerRecord | undefined> {
  try {
    return JSON.parse(await readFile(join(path, OWNER_FILE), 'utf8')) as OwnerRecord
  } catch {
    return undefined
  }
}

/** A directory we made goes whole; in a given one the seed cache stays for the next run. */
export async function removeData(path: string, removeWhole: boolean): Promise<void> {
  if (removeWhole) {
    await rm(path, { recursive: true, force: true })
    return
  }
  for (const entry of ['volumes', 'snapshots', OWNER_FILE]) {
    await rm(join(path, entry), { recursive: true, force: true })
  }
}
