/**
 * The hostile seed: the tiny busybox root of the other kinds, plus what an image that wants to
 * reach the runner could carry. It is data for tests of the action's host safety, never something
 * to boot. Every link aims at a canary directory on the host, HOSTILE_CANARY_DIR, which the tests
 * create, fill and hash before and after a build: a build that follows one of these links on the
 * host changes the canary tree instead of the runner.
 *
 * What the image holds:
 *   /etc/resolv.conf        -> /var/tmp/osc-chroot-canary/resolv.conf (absolute link; copy_files
 *                              writes the host's resolv.conf there by default)
 *   /usr/sbin/policy-rc.d   -> ../../../../../../var/tmp/osc-chroot-canary/policy-rc.d (a link
 *                              climbing above the image's root; prevent_service_start writes there)
 *   /tmp                    -> /var/tmp/osc-chroot-canary/tmp (absolute; scripts are copied there)
 *   /proc                   -> /var/tmp/osc-chroot-canary/proc (absolute; a chroot mount target)
 *   /dev                    -> ../../../../../../var/tmp/osc-chroot-canary/dev (climbing; a chroot
 *                              mount target)
 * With `climbingLinks: false`, the two climbing links are absolute instead (the chroot resolves
 * both kinds to the same place inside the image, but a builder may refuse a link that climbs above
 * the root, which would stop the build before the image's code runs).
 *   /etc/app.conf           -> the `deviceLink` option (a host device path, e.g. the canary loop
 *                              device a test made; default a plain file in the canary directory)
 *   /etc/app-node.conf      -> ../usr/lib/hostile/disk (a link to the image's own device node)
 *   /usr/lib/hostile/disk   a device node with the `deviceNode` option's numbers (default the
 *                           character device 1:7, /dev/full: harmless, and a write through it
 *                           fails with ENOSPC, which shows)
 *   /usr/bin/hostile-provision  the image's own provisioning code: see HOSTILE_PROVISION_SCRIPT
 */
import { chmod, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from './exec.js'

/** Where the hostile image's links point on the host; tests create and remove it. */
export const HOSTILE_CANARY_DIR = '/var/tmp/osc-chroot-canary'

export interface HostileSeedOptions {
  /** The device node the image carries at /usr/lib/hostile/disk. */
  deviceNode?: { type: 'block' | 'char'; major: number; minor: number }
  /** Where /etc/app.conf points (an absolute host path, e.g. a device the test made). */
  deviceLink?: string
  /** Default true: /usr/sbin/policy-rc.d and /dev climb above the root (see the header). */
  climbingLinks?: boolean
}

/** Where the script writes what it saw, inside the image (read back from the snapshot). */
export const HOSTILE_REPORT_DIR = '/var/log/hostile'
/** The argv the script's daemon keeps running (`sleep` and this number), so a test can find it. */
export const HOSTILE_DAEMON_SECONDS = 31337

/**
 * The image's provisioning code (busybox sh): it tries what code in a source image could try
 * against the runner, and writes what it saw under HOSTILE_REPORT_DIR, one file per attempt:
 *   environ, cmdline   every /proc/<pid>/environ and cmdline it can read
 *   devices            every block and character device under /dev: "<type> <hex maj>:<hex min> path"
 *   root-device        the major:minor of its root file system (from mountinfo), and own-disks:
 *                      that device's disk and the disk's partitions (from sysfs), "maj:min" each
 *   proc1-root         what /proc/1/root shows, and whether it could write into the canary
 *                      directory through it
 *   mount              whether it could mount a tmpfs, in the chroot and over the canary directory
 * It leaves a daemon (sleep HOSTILE_DAEMON_SECONDS), prints what it read, and prints workflow
 * commands (::add-mask::, ::error::, ::stop-commands::) that must reach no runner.
 */
export const HOSTILE_PROVISION_SCRIPT = `#!/bin/sh
out=${HOSTILE_REPORT_DIR}
canary=${HOSTILE_CANARY_DIR}
mkdir -p "$out"
for f in /proc/[0-9]*/environ; do echo "== $f"; tr '\\000' '\\n' < "$f"; echo; done > "$out/environ" 2>&1
for f in /proc/[0-9]*/cmdline; do echo "== $f"; tr '\\000' ' ' < "$f"; echo; done > "$out/cmdline" 2>&1
find /dev/ \\( -type b -o -type c \\) -exec stat -c '%F %t:%T %n' {} \\; > "$out/devices" 2>&1
root=$(awk '$5 == "/" { print $3 }' /proc/self/mountinfo | tail -n 1)
echo "$root" > "$out/root-device"
: > "$out/own-disks"
if [ -n "$root" ] && [ -e "/sys/dev/block/$root" ]; then
  node=$(readlink -f "/sys/dev/block/$root")
  if [ -e "$node/partition" ]; then disk=$(dirname "$node"); else disk=$node; fi
  cat "$disk/dev" >> "$out/own-disks"
  for part in "$disk"/*/partition; do
    [ -e "$part" ] && cat "$(dirname "$part")/dev" >> "$out/own-disks"
  done
fi
{
  ls -a /proc/1/root/ 2>&1
  if echo "written by the image through /proc/1/root" > /proc/1/root$canary/written-through-proc-1-root 2>/dev/null
  then echo "wrote into $canary through /proc/1/root"
  else echo "could not write through /proc/1/root"
  fi
} > "$out/proc1-root" 2>&1
{
  mkdir -p /mnt/hostile
  if mount -t tmpfs hostile /mnt/hostile 2>&1; then echo "mounted a tmpfs in the chroot"; fi
  if mount -t tmpfs hostile /proc/1/root$canary/tmp 2>&1; then
    echo "mounted a tmpfs over $canary/tmp through /proc/1/root"
  fi
} > "$out/mount" 2>&1
sleep ${HOSTILE_DAEMON_SECONDS} < /dev/null > /dev/null 2>&1 &
echo "hostile: the environment variables I could read:"
cat "$out/environ"
echo "hostile: the command lines I could read:"
cat "$out/cmdline"
echo '::add-mask::hostile-image-mask'
echo '::error::hostile-image-fake-error'
echo '::stop-commands::hostile-image-stop-token'
echo 'hostile: done'
`

export async function writeHostileTree(root: string, options: HostileSeedOptions): Promise<void> {
  const canary = HOSTILE_CANARY_DIR.slice(1)
  const climb = options.climbingLinks === false ? '/' : '../../../../../../'
  const relink = async (path: string, target: string): Promise<void> => {
    await rm(join(root, path), { recursive: true, force: true })
    await symlink(target, join(root, path))
  }
  await relink('etc/resolv.conf', `/${canary}/resolv.conf`)
  await relink('usr/sbin/policy-rc.d', `${climb}${canary}/policy-rc.d`)
  await relink('tmp', `/${canary}/tmp`)
  await relink('proc', `/${canary}/proc`)
  await relink('dev', `${climb}${canary}/dev`)
  await relink('etc/app.conf', options.deviceLink ?? `/${canary}/not-a-device`)
  await relink('etc/app-node.conf', '../usr/lib/hostile/disk')
  await mkdir(join(root, 'usr/lib/hostile'), { recursive: true })
  const node = options.deviceNode ?? { type: 'char', major: 1, minor: 7 }
  await run('mknod', [
    '-m',
    '0600',
    join(root, 'usr/lib/hostile/disk'),
    node.type === 'block' ? 'b' : 'c',
    String(node.major),
    String(node.minor)
  ])
  await writeFile(join(root, 'usr/bin/hostile-provision'), HOSTILE_PROVISION_SCRIPT)
  await chmod(join(root, 'usr/bin/hostile-provision'), 0o755)
}

/** A file-name-safe key of the options, so each variant is built once per data directory. */
export function hostileVariant(options: HostileSeedOptions): string {
  const node = options.deviceNode
  const nodePart = node ? `${node.type[0]}${node.major}-${node.minor}` : 'default'
  const linkPart = (options.deviceLink ?? 'default').replace(/[^A-Za-z0-9]+/g, '_')
  const climbPart = options.climbingLinks === false ? 'absolute' : 'climbing'
  return `${nodePart}-${linkPart}-${climbPart}`
}
