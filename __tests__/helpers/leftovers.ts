/**
 * The checks every end-to-end test makes after a build, whatever its outcome: nothing of the build
 * is left in the simulator (volume, link, copied source OMI; snapshot and OMI unless they are the
 * products of a successful build) or on the machine (mount, loop device, host lock).
 *
 * Other suites build on the same machine at the same time, so every check is limited to what the
 * checked builds could own: this simulator's resources, loop devices and their mounts, mounts under
 * a prefix only the suite uses, and the host lock only when a dead process (as the checked builds'
 * are) holds it.
 */
import { expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Simulator } from '../../sim/index.js'
import { hostLockOwnerPid, loopDevicesUnder, mountsUnderMountRoot } from './action.js'

/** The ids a simulator holds at one moment, to tell a build's resources from older ones. */
export interface ResourceIds {
  volumes: string[]
  snapshots: string[]
  images: string[]
}

export function resourceIds(sim: Simulator): ResourceIds {
  const resources = sim.resources()
  return {
    volumes: resources.volumes.map((v) => String(v.VolumeId)),
    snapshots: resources.snapshots.map((s) => String(s.SnapshotId)),
    images: resources.images.map((i) => String(i.ImageId))
  }
}

export interface LeftoverCheck {
  /** resourceIds(sim) before the build: anything newer that still exists was left by it. */
  before?: ResourceIds
  /** What a successful build keeps: its OMI and snapshot ids. */
  kept?: string[]
  /**
   * Where the checked builds mount (their mount_path up to {{.Device}}), when no other build on
   * the machine mounts there; mounts of this simulator's volumes are checked in any case.
   */
  mountPrefix?: string
}

/** A resource being deleted is gone as far as the user is concerned (it no longer costs). */
function stillThere(resource: Record<string, unknown>): boolean {
  return resource.State !== 'deleting'
}

/** Mount points of this simulator's volumes (their loop devices), and everything below them. */
function mountsOfSimulatorVolumes(sim: Simulator): string[] {
  const loops = loopDevicesUnder(sim.dataDir)
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
  const roots = mounts
    .filter(([source]) => loops.some((loop) => source === loop || source.startsWith(`${loop}p`)))
    .map(([, target]) => target)
  return mounts
    .map(([, target]) => target)
    .filter((target) => roots.some((root) => target === root || target.startsWith(`${root}/`)))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export function expectNothingLeft(sim: Simulator, check: LeftoverCheck = {}): void {
  const resources = sim.resources()
  const volumes = resources.volumes.filter(stillThere)
  const buildVolumes = resources.tags.filter(
    (t) => t.key === 'osc-chroot:build-id' && t.resourceId.startsWith('vol-')
  )
  expect(buildVolumes.filter((t) => volumes.some((v) => v.VolumeId === t.resourceId))).toEqual([])
  expect(resources.links).toEqual([])
  const copies = resources.images.filter((i) => String(i.ImageName).includes('-osc-chroot-copy-'))
  expect(copies).toEqual([])

  if (check.before) {
    const { before } = check
    const kept = check.kept ?? []
    const isNew = (known: string[], id: unknown): boolean =>
      !known.includes(String(id)) && !kept.includes(String(id))
    expect(volumes.filter((v) => isNew(before.volumes, v.VolumeId))).toEqual([])
    expect(
      resources.snapshots.filter((s) => stillThere(s) && isNew(before.snapshots, s.SnapshotId))
    ).toEqual([])
    expect(resources.images.filter((i) => isNew(before.images, i.ImageId))).toEqual([])
  }

  expect(mountsOfSimulatorVolumes(sim)).toEqual([])
  expect(loopDevicesUnder(sim.dataDir)).toEqual([])
  if (check.mountPrefix) expect(mountsUnderMountRoot(check.mountPrefix)).toEqual([])

  // A build of another suite may hold the lock now; a dead process (ours are all dead) never.
  const holder = hostLockOwnerPid()
  if (holder !== undefined)
    expect({ holder, alive: isAlive(holder) }).toEqual({ holder, alive: true })
}
