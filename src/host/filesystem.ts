/**
 * The file system on a device, and the mount options it needs.
 */
import type { HostRunner } from './exec.js'

/** The file system type blkid finds on the device, or undefined when it finds none. */
export async function detectFsType(
  runner: HostRunner,
  device: string
): Promise<string | undefined> {
  // -p probes the device itself (the blkid cache may not know a disk linked a second ago).
  // Exit 2: nothing found; 8: ambivalent result.
  const result = await runner.run(['blkid', '-p', '-o', 'value', '-s', 'TYPE', device], {
    quiet: true,
    allowedExitCodes: [0, 2, 8]
  })
  return result.stdout.trim() || undefined
}

/**
 * The user's mount_options, plus:
 * - `nouuid` for XFS: the volume is a clone of an image whose root file system often has the same
 *   UUID as the host's, and XFS refuses to mount a duplicate UUID;
 * - `nodev`, always and last (so a user's `dev` cannot undo it): a device node the image carries
 *   (say a copy of the runner's disk's major:minor) must not open the host's device, whether the
 *   host writes to it by mistake or the image's code opens it during provisioning.
 */
export function mountOptionsFor(fsType: string, userOptions: string[]): string[] {
  const options = [...userOptions]
  if (fsType === 'xfs' && !userOptions.includes('nouuid')) options.push('nouuid')
  options.push('nodev')
  return options
}

/** `mount` arguments: type, each option as its own -o, device, target. */
export function mountArgv(
  fsType: string,
  options: string[],
  device: string,
  target: string
): string[] {
  return ['mount', '-t', fsType, ...options.flatMap((option) => ['-o', option]), device, target]
}
