/**
 * Where a build may mount the image. Mounting over a directory the runner's system lives in (or
 * over one of its parents) hides it from every process on the runner, and the cleanup would
 * then aim at the runner's own files: such a mount_path is refused before anything is created.
 */
import { posix } from 'node:path'

/** Directories a mount_path may not be, nor be a parent of (mounting there hides them). */
export const SYSTEM_DIRECTORIES = [
  '/proc',
  '/sys',
  '/dev',
  '/run',
  '/boot',
  '/usr',
  '/etc',
  '/var',
  '/bin',
  '/sbin',
  '/lib',
  '/lib32',
  '/lib64',
  '/home',
  '/root',
  '/tmp',
  '/opt',
  '/srv'
]

/**
 * Directories a mount_path may not lie inside either: trees the kernel or the package manager
 * own (/usr/local included). /var, /home, /tmp, /opt and /srv hold the runner's own data and
 * work directories, where a subdirectory is a fine mount point.
 */
export const SYSTEM_TREES = [
  '/proc',
  '/sys',
  '/dev',
  '/run',
  '/boot',
  '/usr',
  '/etc',
  '/bin',
  '/sbin',
  '/lib',
  '/lib32',
  '/lib64'
]

const isWithin = (path: string, dir: string): boolean => path.startsWith(`${dir}/`)

/** Why this absolute mount path is refused, or undefined when it is acceptable. */
export function whyUnsafeMountPath(mountPath: string): string | undefined {
  if (!posix.isAbsolute(mountPath)) {
    return 'is a relative path; use an absolute one such as /mnt/osc-chroot/{{.Device}}'
  }
  const path = posix.normalize(mountPath).replace(/(.)\/+$/, '$1')
  if (path === '/') return "is the root of the runner's own file system"
  const contained = SYSTEM_DIRECTORIES.find((dir) => dir === path || isWithin(dir, path))
  if (contained) {
    return contained === path
      ? `is the system directory ${contained}`
      : `contains the system directory ${contained}`
  }
  const tree = SYSTEM_TREES.find((dir) => isWithin(path, dir))
  if (tree) return `is inside the system directory ${tree}`
  return undefined
}

export const mountPathAdvice =
  'use a directory of its own, such as /mnt/osc-chroot/{{.Device}} (the default); ' +
  `not ${SYSTEM_DIRECTORIES.join(', ')} or a parent of one, nor inside ${SYSTEM_TREES.join(', ')}`
