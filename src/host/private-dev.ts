/**
 * A private /dev for the chroot: what a package script needs, and nothing of the host's.
 *
 * Binding the host's /dev (Packer's default) hands the image's code every raw disk of the runner.
 * Instead /dev is a small tmpfs holding the standard nodes (the numbers of the kernel's
 * Documentation/admin-guide/devices.txt), the usual links, a devpts instance of its own (so the
 * image sees no terminal of the host) and a tmpfs /dev/shm, plus the build's own disk and its
 * partitions under their kernel names, so that `grub-install /dev/sdb` works on a from-scratch
 * build. It is built in the host's mount namespace under the mount path, so unmounting everything
 * below the mount path removes it with the rest.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import { basename } from 'node:path'
import type { HostRunner } from './exec.js'

interface DeviceNode {
  name: string
  kind: 'c' | 'b'
  major: number
  minor: number
  mode: string
  /** Group id: 0 (root), 6 (disk) for block devices, 5 (tty) for terminals. */
  gid: number
}

/**
 * The standard character devices. /dev/console is the null device: the host's console must not be
 * readable or writable from the image, and what a package script prints there is not needed.
 */
export const standardNodes: DeviceNode[] = [
  { name: 'null', kind: 'c', major: 1, minor: 3, mode: '0666', gid: 0 },
  { name: 'zero', kind: 'c', major: 1, minor: 5, mode: '0666', gid: 0 },
  { name: 'full', kind: 'c', major: 1, minor: 7, mode: '0666', gid: 0 },
  { name: 'random', kind: 'c', major: 1, minor: 8, mode: '0666', gid: 0 },
  { name: 'urandom', kind: 'c', major: 1, minor: 9, mode: '0666', gid: 0 },
  { name: 'tty', kind: 'c', major: 5, minor: 0, mode: '0666', gid: 5 },
  { name: 'console', kind: 'c', major: 1, minor: 3, mode: '0600', gid: 0 }
]

export const standardLinks: [name: string, target: string][] = [
  ['ptmx', 'pts/ptmx'],
  ['fd', '/proc/self/fd'],
  ['stdin', '/proc/self/fd/0'],
  ['stdout', '/proc/self/fd/1'],
  ['stderr', '/proc/self/fd/2']
]

/** major:minor of a block device by its kernel name, from sysfs. */
function deviceNumbers(kernelName: string): { major: number; minor: number } {
  const [major, minor] = readFileSync(`/sys/class/block/${kernelName}/dev`, 'utf8')
    .trim()
    .split(':')
    .map(Number)
  return { major, minor }
}

/**
 * The build's disk and its partitions, by kernel name (`/dev/disk/by-id/...` links are resolved:
 * inside the image the disk is /dev/sdb, as grub and fstab tools name it).
 */
export function diskNodes(disk: string): DeviceNode[] {
  let kernelName: string
  let entries: string[]
  try {
    kernelName = basename(realpathSync(disk))
    entries = readdirSync(`/sys/class/block/${kernelName}`)
  } catch (error) {
    throw new Error(
      `chroot_mounts: the private /dev should hold the build's disk ${disk}, but it is not a ` +
        `block device known to /sys/class/block (${error instanceof Error ? error.message : error}).`,
      { cause: error }
    )
  }
  const partitions = entries.filter((entry) => {
    try {
      readFileSync(`/sys/class/block/${kernelName}/${entry}/partition`)
      return true
    } catch {
      return false
    }
  })
  return [kernelName, ...partitions.sort()].map((name) => ({
    name,
    kind: 'b',
    ...deviceNumbers(name),
    mode: '0660',
    gid: 6
  }))
}

/**
 * The private /dev, made by one shell (fixed text; every name and number is a positional
 * parameter, never spliced into it): $1 the target, then the nodes as "name kind major minor
 * mode gid" groups, `--`, then the links as "name target" pairs. One program started by this
 * process instead of about twenty (each node, link and mount its own), which on a busy runner is
 * most of the step's time: a start from a shell costs a fraction of one from Node. `set -e`: the
 * first failure ends it, and nothing is mounted after it exits (the cleanup's unmount comes later).
 * Once the tmpfs is mounted every path below it is ours, so plain joins are safe. Read-only at
 * the end, so that no device node can be added: the tmpfs cannot be nodev, since it holds nodes.
 * The devpts is a new instance: the image's terminals are its own, and it cannot open the
 * host's /dev/pts/N.
 */
const PRIVATE_DEV_SCRIPT = `set -e
dev=$1
shift
mount -t tmpfs -o mode=0755,nosuid,noexec,size=1m,nr_inodes=4096 osc-chroot-dev "$dev"
mkdir -m 0755 -- "$dev/pts"
mkdir -m 1777 -- "$dev/shm"
while [ "$1" != -- ]; do
  mknod -m "$5" -- "$dev/$1" "$2" "$3" "$4"
  if [ "$6" != 0 ]; then chgrp -- "$6" "$dev/$1"; fi
  shift 6
done
shift
while [ $# -gt 0 ]; do
  ln -s -- "$2" "$dev/$1"
  shift 2
done
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5,nosuid,noexec devpts "$dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$dev/shm"
mount -o remount,ro,bind "$dev"`

/** Builds the private /dev on `hostTarget` (the image's /dev, already resolved inside the image). */
export async function mountPrivateDev(
  runner: HostRunner,
  hostTarget: string,
  disk: string | undefined
): Promise<void> {
  const nodes = [...standardNodes, ...(disk ? diskNodes(disk) : [])]
  await runner.run(
    [
      '/bin/sh',
      '-c',
      PRIVATE_DEV_SCRIPT,
      'osc-chroot-private-dev',
      hostTarget,
      ...nodes.flatMap((node) => [
        node.name,
        node.kind,
        `${node.major}`,
        `${node.minor}`,
        node.mode,
        `${node.gid}`
      ]),
      '--',
      ...standardLinks.flat()
    ],
    { display: `osc-chroot-private-dev ${hostTarget}` }
  )
}
