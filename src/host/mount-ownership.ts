/**
 * Proving that what is mounted at a build's mount path is the mount the build made, before any
 * unmount or kill. A path alone proves nothing: another build, the runner's own disks or an
 * operator may have something mounted there (mount_path /mnt on a VM with an ephemeral disk, or a
 * mount that failed because the path was taken). The proof is the device: the journal records
 * the disk's "major:minor" before mounting, and the mounted device and the mount id (from
 * /proc/self/mountinfo) once mounted.
 */
import { diskFamily, type MountEntry, readMountInfo } from './mountinfo.js'

/** What the journal knows about a mount the build made (or was about to make). */
export interface MountFacts {
  /** The mount point, as the kernel reports it (symlinks resolved). */
  mountPath: string
  /** "major:minor" of the whole disk whose file system is mounted (known before mounting). */
  diskMajorMinor?: string
  /** "major:minor" of the device mounted (the disk or one of its partitions), once mounted. */
  majorMinor?: string
  /** The mount's id in mountinfo, once mounted. */
  mountId?: number
}

export type MountProof =
  /** Our mount: unmount it and what is mounted below it. */
  | { owner: 'us'; mount: MountEntry }
  /** Nothing is mounted at the path: nothing to undo. */
  | { owner: 'nobody' }
  /** Something else is mounted there: leave it alone. */
  | { owner: 'someone else'; description: string }

function describeMount(mount: MountEntry): string {
  return `${mount.source || '?'} (${mount.fsType}, device ${mount.majorMinor}, mount id ${mount.id})`
}

export function proveOwnMount(
  facts: MountFacts,
  entries: MountEntry[] = readMountInfo()
): MountProof {
  const here = entries.filter((m) => m.mountPoint === facts.mountPath)
  let ours: MountEntry | undefined
  if (facts.mountId !== undefined) {
    ours = here.find((m) => m.id === facts.mountId && m.majorMinor === facts.majorMinor)
  } else if (facts.diskMajorMinor) {
    // Journaled before the mount (or killed before the id was written): the disk's own file
    // systems, including a read-only probe of mount_partition auto, are ours.
    const family = diskFamily(facts.diskMajorMinor)
    ours = here.find((m) => family.includes(m.majorMinor))
  }
  if (ours) return { owner: 'us', mount: ours }
  if (here.length === 0) return { owner: 'nobody' }
  return { owner: 'someone else', description: here.map(describeMount).join(', ') }
}
