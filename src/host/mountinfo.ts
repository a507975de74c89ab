/**
 * What is mounted right now, from /proc/self/mountinfo (readable by any user).
 *
 * Read at the moment of asking, so it includes what provisioning mounted inside the chroot.
 * Only this mount namespace is seen: a container that holds a copy of a mount is not.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'

export interface MountEntry {
  id: number
  parentId: number
  /** "major:minor" of the mounted device. */
  majorMinor: string
  mountPoint: string
  fsType: string
  source: string
}

/** mountinfo escapes space, tab, newline and backslash as \ooo octal. */
function unescapeMountPath(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_match, octal: string) =>
    String.fromCharCode(parseInt(octal, 8))
  )
}

export function parseMountInfo(text: string): MountEntry[] {
  const entries: MountEntry[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    // id parent major:minor root mountpoint options [optional fields...] - fstype source superoptions
    const [before, after = ''] = line.split(' - ')
    const fields = before.split(' ')
    const [fsType, source] = after.split(' ')
    entries.push({
      id: Number(fields[0]),
      parentId: Number(fields[1]),
      majorMinor: fields[2],
      mountPoint: unescapeMountPath(fields[4]),
      fsType,
      source: unescapeMountPath(source ?? '')
    })
  }
  return entries
}

/**
 * The mounts as two reads of mountinfo see them together. The kernel serves the file a page per
 * read() and is consistent only within one: while other builds on the runner mount and unmount,
 * one read may skip a mount that exists (https://github.com/moby/sys/issues/161). A mount two
 * reads both skip is far less likely; one unmounted between them is listed still, which errs on
 * the side of "mounted" wherever the answer decides whether to touch a disk.
 */
export function readMountInfo(): MountEntry[] {
  const read = () => parseMountInfo(readFileSync('/proc/self/mountinfo', 'utf8'))
  const [first, second] = [read(), read()]
  const seen = new Set(second.map((entry) => entry.id))
  return [...second, ...first.filter((entry) => !seen.has(entry.id))]
}

/** The path as the kernel reports mount points (symlinks resolved) when it exists. */
export function canonicalPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

/** Mounts at or below path, in mountinfo order. */
export function mountsUnder(path: string, entries: MountEntry[] = readMountInfo()): MountEntry[] {
  const root = canonicalPath(path)
  const prefix = root.endsWith('/') ? root : `${root}/`
  return entries.filter((m) => m.mountPoint === root || m.mountPoint.startsWith(prefix))
}

/** "major:minor" of a block device and, for a whole disk, of its partitions (from sysfs). */
function deviceNumbers(device: string): string[] {
  const dir = join('/sys/class/block', basename(canonicalPath(device)))
  const numbers: string[] = []
  const readDev = (path: string): void => {
    try {
      numbers.push(readFileSync(join(path, 'dev'), 'utf8').trim())
    } catch {
      // not a device directory
    }
  }
  readDev(dir)
  try {
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith(basename(dir))) readDev(join(dir, entry))
    }
  } catch {
    // not a block device known to sysfs
  }
  return numbers
}

/** Every mount of the device or (for a whole disk) of one of its partitions. */
export function mountsOf(device: string, entries: MountEntry[] = readMountInfo()): MountEntry[] {
  const numbers = deviceNumbers(device)
  const path = canonicalPath(device)
  return entries.filter(
    (m) => numbers.includes(m.majorMinor) || m.source === path || m.source === device
  )
}

/** Whether the device (or a partition of it) is mounted: such a volume must never be unlinked. */
export function isMounted(device: string): boolean {
  return mountsOf(device).length > 0
}

/**
 * "major:minor" of a device number as stat() returns it (st_dev, st_rdev), decoded the way
 * glibc's major()/minor() do: https://man7.org/linux/man-pages/man3/makedev.3.html
 */
export function majorMinorOf(deviceNumber: number): string {
  const high = Math.floor(deviceNumber / 2 ** 32)
  const low = deviceNumber % 2 ** 32
  const major = ((low >>> 8) & 0xfff) | ((high & 0xfffff000) >>> 0)
  const minor = (low & 0xff) | ((low >>> 12) & 0xfffff00)
  return `${major}:${minor}`
}

/** "major:minor" of a block device node, or undefined when the path is not one. */
export function blockDeviceNumber(device: string): string | undefined {
  try {
    const stats = statSync(device)
    return stats.isBlockDevice() ? majorMinorOf(stats.rdev) : undefined
  } catch {
    return undefined
  }
}

/**
 * A whole disk's "major:minor" and those of its partitions, from sysfs (/sys/dev/block/M:m is
 * the kernel's own index by number, so a renamed or replaced /dev node cannot mislead it).
 */
export function diskFamily(diskMajorMinor: string): string[] {
  const dir = join('/sys/dev/block', diskMajorMinor)
  const numbers = [diskMajorMinor]
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return numbers
  }
  for (const entry of entries) {
    try {
      readFileSync(join(dir, entry, 'partition'), 'utf8')
      numbers.push(readFileSync(join(dir, entry, 'dev'), 'utf8').trim())
    } catch {
      // not a partition (holders, queue, ...)
    }
  }
  return numbers
}

/**
 * A mount and every mount made on top of or below it (its descendants), parents first; empty once
 * the root is unmounted. The root is matched by its id, mount point and device together: the
 * kernel gives the id of a mount just unmounted to the next mount made anywhere, so an id alone
 * may soon name another build's mount (16 builds at once unmounted one another's /dev that way).
 */
export function mountTree(root: MountEntry, entries: MountEntry[] = readMountInfo()): MountEntry[] {
  const tree = entries.filter(
    (m) => m.id === root.id && m.mountPoint === root.mountPoint && m.majorMinor === root.majorMinor
  )
  for (let i = 0; i < tree.length; i++) {
    tree.push(...entries.filter((m) => m.parentId === tree[i].id && m.id !== tree[i].id))
  }
  return tree
}

/** The mounts whose mount point is exactly path (a stack, bottom first). */
export function mountsAt(path: string, entries: MountEntry[] = readMountInfo()): MountEntry[] {
  const root = canonicalPath(path)
  return entries.filter((m) => m.mountPoint === root)
}
