/**
 * Paths inside the mounted image, resolved the way a process chrooted into it would see them.
 *
 * The host must never follow the image's symlinks itself: an absolute link in the image
 * (`/sbin -> /usr/sbin`, `/etc/resolv.conf -> /run/...`) names a path inside the image, but the
 * host kernel would resolve it against the host's own root and a copy would land on the host.
 * So every component is looked at with lstat (in-process, or through a program when a
 * command_wrapper is set: the runner user may not read the image; file-operations.ts) and links
 * are followed here, re-rooted at the mount path. A path that climbs above the image root
 * (`../../etc/x`, or a link like `../../../..`) is refused: the chroot would clamp it, the host
 * would not, and it is never what the user meant.
 *
 * Paths the host writes to are also kept on the image's own file system (stayOnImageFileSystem):
 * a component whose device (st_dev) differs from the image root's, or that is a mount point
 * below it, is another file system mounted into the image (a bind of a host directory, the host's
 * /dev...), and a write there would land outside the image.
 */
import { join, relative } from 'node:path'
import type { HostRunner } from './exec.js'
import { fileOperations } from './file-operations.js'
import { canonicalPath, type MountEntry, mountsUnder } from './mountinfo.js'

export type PathType = 'file' | 'directory' | 'symlink' | 'other' | 'missing'

export interface PathInfo {
  type: PathType
  /** For a symlink: its target, as written in the link. */
  linkTarget?: string
  /** For 'other': what it is (a block device, a fifo...), for error messages. */
  special?: string
  /** st_dev of the entry itself (lstat), in decimal. */
  device?: string
  /** Permission bits, octal (e.g. "644"). */
  mode?: string
  /** Numeric owner and group. */
  uid?: string
  gid?: string
}

export interface ResolvedImagePath {
  /** The same file seen from the host: <mountPath>/<pathInImage>. */
  hostPath: string
  /** The canonical path inside the image (links followed), starting with '/'. */
  pathInImage: string
  /** What is there (after following the last link, unless asked not to). */
  info: PathInfo
}

export class ImageEscapeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImageEscapeError'
  }
}

/** Linux gives up after 40 links (ELOOP); so do we. */
const MAX_LINKS = 40

/** What a PathInfo is, in words: "a directory", "a block device". */
export function describePathType(info: PathInfo): string {
  if (info.type === 'other') return `a ${info.special ?? 'special file'}`
  if (info.type === 'missing') return 'missing'
  return `a ${info.type}`
}

/**
 * lstat: what is at hostPath, without following a final symlink. In-process when the runner
 * spawns programs directly, through `find` otherwise (file-operations.ts).
 */
export function inspectPath(runner: HostRunner, hostPath: string): Promise<PathInfo> {
  return fileOperations(runner).inspect(hostPath)
}

/** The image root, and what the on-file-system check compares against (read once per resolve). */
interface ImageRoot {
  mountPath: string
  device: string
  /** The root's canonical path and the mounts at or below it. */
  mounts(): { root: string; mounts: MountEntry[] }
}

function imageRoot(mountPath: string, device: string): ImageRoot {
  let read: { root: string; mounts: MountEntry[] } | undefined
  return {
    mountPath,
    device,
    mounts: () => (read ??= { root: canonicalPath(mountPath), mounts: mountsUnder(mountPath) })
  }
}

/**
 * Refuses hostPath when it is not on the image's own file system: another device, or a mount
 * point below the image root (a bind mount of the same file system has the same device).
 */
function assertOnImageFileSystem(
  pathInImage: string,
  componentInImage: string,
  hostPath: string,
  info: PathInfo,
  image: ImageRoot
): void {
  const { root, mounts } = image.mounts()
  // hostPath's directories are already resolved (no link in them); its last component may be the
  // image's link, which realpath would follow on the host: only the image root is canonicalised.
  const target = join(root, relative(image.mountPath, hostPath))
  const mountHere = mounts.find((m) => m.mountPoint !== root && m.mountPoint === target)
  if (info.device === image.device && !mountHere) return
  const containing = mounts
    .filter((m) => m.mountPoint !== root && (target + '/').startsWith(m.mountPoint + '/'))
    .sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0]
  const mount = mountHere ?? containing
  const what = mount
    ? `the mount of ${mount.source} (${mount.fsType}) at ${mount.mountPoint}`
    : `another file system (device ${info.device}, the image is on ${image.device})`
  throw new ImageEscapeError(
    `${pathInImage}: ${componentInImage} is on ${what}, not on the image's own file system; ` +
      `the host writes into the image only.`
  )
}

interface Component {
  name: string
  /** The link this component came from, for error messages ("/a/link -> ../.."). */
  viaLink?: string
}

function components(path: string, viaLink?: string): Component[] {
  return path
    .split('/')
    .filter((name) => name !== '' && name !== '.')
    .map((name) => ({ name, viaLink }))
}

export interface ResolveOptions {
  /** false: a final symlink is reported as a symlink (to replace the link, not its target). */
  followLastLink?: boolean
  /**
   * true: every component must be on the image root's file system (ImageEscapeError otherwise).
   * For every path the host writes to or removes; false only to place the chroot's own mounts.
   */
  stayOnImageFileSystem?: boolean
  /** The path named in errors, when it is not pathInImage (default: pathInImage). */
  nameInErrors?: string
}

/** Resolves pathInImage inside the image mounted at mountPath (see the header). */
export async function resolveInImage(
  runner: HostRunner,
  mountPath: string,
  pathInImage: string,
  options: ResolveOptions = {}
): Promise<ResolvedImagePath> {
  const image = options.stayOnImageFileSystem
    ? await checkedImageRoot(runner, mountPath)
    : undefined
  return walk(runner, mountPath, pathInImage, options, image)
}

async function checkedImageRoot(runner: HostRunner, mountPath: string): Promise<ImageRoot> {
  const root = await inspectPath(runner, mountPath)
  if (root.type !== 'directory') {
    throw new Error(`The image root ${mountPath} is not a directory (${describePathType(root)}).`)
  }
  return imageRoot(mountPath, root.device ?? '')
}

/** Follows pathInImage component by component (see resolveInImage). */
async function walk(
  runner: HostRunner,
  mountPath: string,
  pathInImage: string,
  options: ResolveOptions,
  image: ImageRoot | undefined
): Promise<ResolvedImagePath> {
  const followLastLink = options.followLastLink ?? true
  const named = options.nameInErrors ?? pathInImage
  const resolved: string[] = []
  let pending = components(pathInImage)
  let info: PathInfo = { type: 'directory' }
  let links = 0
  let missing = false

  while (pending.length > 0) {
    const component = pending.shift() as Component
    const isLast = pending.length === 0
    if (component.name === '..') {
      if (resolved.length === 0) {
        const how = component.viaLink ? `through the symlink ${component.viaLink}` : 'with ".."'
        throw new ImageEscapeError(`${named} leads outside the image (${how}).`)
      }
      resolved.pop()
      info = { type: 'directory' }
      continue
    }
    resolved.push(component.name)
    if (missing) continue // nothing below a missing directory can be a link

    const hostPath = join(mountPath, ...resolved)
    info = await inspectPath(runner, hostPath)
    if (image && info.type !== 'missing') {
      assertOnImageFileSystem(named, `/${resolved.join('/')}`, hostPath, info, image)
    }
    if (info.type === 'missing') {
      missing = true
    } else if (info.type === 'symlink' && (!isLast || followLastLink)) {
      if (++links > MAX_LINKS) {
        throw new Error(`${named}: too many levels of symbolic links in the image.`)
      }
      const target = info.linkTarget ?? ''
      const link = `/${resolved.join('/')} -> ${target}`
      resolved.pop()
      if (target.startsWith('/')) resolved.length = 0 // absolute: from the image root
      pending = [...components(target, link), ...pending]
    }
  }
  if (missing) info = { type: 'missing' }
  return {
    hostPath: join(mountPath, ...resolved),
    pathInImage: `/${resolved.join('/')}`,
    info
  }
}

export interface ResolvedEntries {
  /** The directory, links followed. */
  directory: ResolvedImagePath
  /** Each name in it, not followed (a symlink is reported as one); all missing when it is. */
  entries: ResolvedImagePath[]
}

/**
 * Several entries of one directory of the image: the directory is resolved once (links followed,
 * on the image's own file system), then each entry is looked at with lstat and checked to be on
 * it too, as resolveInImage(dir/name, { followLastLink: false, stayOnImageFileSystem: true })
 * would for each.
 */
export async function resolveEntriesInImage(
  runner: HostRunner,
  mountPath: string,
  directoryInImage: string,
  names: string[],
  options: { nameInErrors?: string } = {}
): Promise<ResolvedEntries> {
  for (const name of names) {
    if (name === '' || name === '.' || name === '..' || name.includes('/')) {
      throw new Error(`${JSON.stringify(name)} is not the name of an entry of a directory.`)
    }
  }
  const image = await checkedImageRoot(runner, mountPath)
  const named = options.nameInErrors ?? directoryInImage
  const directory = await walk(runner, mountPath, directoryInImage, { nameInErrors: named }, image)
  const entries: ResolvedImagePath[] = []
  for (const name of names) {
    const hostPath = join(directory.hostPath, name)
    const pathInImage = join(directory.pathInImage, name)
    if (directory.info.type === 'missing') {
      entries.push({ hostPath, pathInImage, info: { type: 'missing' } })
      continue
    }
    const info = await inspectPath(runner, hostPath)
    if (info.type !== 'missing') assertOnImageFileSystem(named, pathInImage, hostPath, info, image)
    entries.push({ hostPath, pathInImage, info })
  }
  return { directory, entries }
}
