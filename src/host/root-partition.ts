/**
 * mount_partition: which partition of the volume holds the image's root file system.
 *
 * A number picks that partition (0 = the whole disk, unpartitioned). `auto` looks: every
 * partition with a file system is mounted read-only at the mount path (so a probe interrupted
 * halfway is still cleaned up with the root mount, unmountOwnTree), searched for /etc/os-release, /bin/sh or /sbin/init
 * (links followed inside the image), and unmounted. Exactly one must qualify.
 */
import { log } from '../log.js'
import type { Partition } from './block-device.js'
import type { HostRunner } from './exec.js'
import { detectFsType, mountArgv, mountOptionsFor } from './filesystem.js'
import { resolveInImage } from './image-path.js'

export interface RootCandidate {
  /** 0 for the whole disk. */
  number: number
  path: string
}

const ROOT_MARKERS = ['/etc/os-release', '/bin/sh', '/sbin/init']

function describePartitions(disk: string, partitions: Partition[]): string {
  if (partitions.length === 0) return `${disk} has no partitions`
  return `partitions of ${disk}: ${partitions.map((p) => `${p.number} (${p.path})`).join(', ')}`
}

/** The partition mount_partition names (a number as text, or "auto"). */
export async function selectRootPartition(
  runner: HostRunner,
  disk: string,
  partitions: Partition[],
  mountPartition: string,
  probeMountPath: string
): Promise<RootCandidate> {
  if (mountPartition === 'auto') return findRootPartition(runner, disk, partitions, probeMountPath)
  const number = Number(mountPartition)
  if (!Number.isInteger(number) || number < 0) {
    throw new Error(
      `mount_partition ${JSON.stringify(mountPartition)}: use a partition number, 0 for the whole disk, or auto.`
    )
  }
  if (number === 0) return { number, path: disk }
  const partition = partitions.find((p) => p.number === number)
  if (!partition) {
    throw new Error(
      `mount_partition ${number}: ${disk} has no partition ${number} (${describePartitions(disk, partitions)}). ` +
        `Set mount_partition to one of them, 0 for the whole disk, or auto.`
    )
  }
  return partition
}

interface Probe {
  candidate: RootCandidate
  fsType?: string
  isRoot: boolean
  note: string
}

async function probe(
  runner: HostRunner,
  candidate: RootCandidate,
  mountPath: string
): Promise<Probe> {
  const fsType = await detectFsType(runner, candidate.path)
  if (!fsType) return { candidate, isRoot: false, note: 'no file system' }
  if (fsType === 'swap') return { candidate, fsType, isRoot: false, note: 'swap' }
  const options = mountOptionsFor(fsType, ['ro'])
  const mounted = await runner.run(mountArgv(fsType, options, candidate.path, mountPath), {
    quiet: true,
    allowedExitCodes: [0, 1, 32]
  })
  if (mounted.exitCode !== 0) {
    return { candidate, fsType, isRoot: false, note: `cannot mount: ${mounted.stderr.trim()}` }
  }
  try {
    for (const marker of ROOT_MARKERS) {
      const found = await resolveInImage(runner, mountPath, marker)
      if (found.info.type !== 'missing')
        return { candidate, fsType, isRoot: true, note: `has ${marker}` }
    }
    return { candidate, fsType, isRoot: false, note: `none of ${ROOT_MARKERS.join(', ')}` }
  } finally {
    await runner.run(['umount', mountPath], { quiet: true })
  }
}

async function findRootPartition(
  runner: HostRunner,
  disk: string,
  partitions: Partition[],
  probeMountPath: string
): Promise<RootCandidate> {
  const candidates: RootCandidate[] =
    partitions.length > 0 ? partitions : [{ number: 0, path: disk }]
  const probes: Probe[] = []
  for (const candidate of candidates) probes.push(await probe(runner, candidate, probeMountPath))
  const roots = probes.filter((p) => p.isRoot)
  const summary = probes
    .map(
      (p) =>
        `${p.candidate.number} (${p.candidate.path}${p.fsType ? `, ${p.fsType}` : ''}: ${p.note})`
    )
    .join('; ')
  if (roots.length === 1) {
    log.info(
      `mount_partition auto: partition ${roots[0].candidate.number} (${roots[0].candidate.path}) holds the root file system`
    )
    return roots[0].candidate
  }
  const what = roots.length === 0 ? 'no partition holds' : `${roots.length} partitions hold`
  throw new Error(
    `mount_partition auto: ${what} a root file system on ${disk}: ${summary}. ` +
      `Set mount_partition to the number of the root partition (0 for the whole disk).`
  )
}
