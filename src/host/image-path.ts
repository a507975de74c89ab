/**
 * Paths inside the mounted image, resolved the way a process chrooted into it would see them.
 *
 * The host must never follow the image's symlinks itself: an absolute link in the image
 * (`/sbin -> /usr/sbin`, `/etc/resolv.conf -> /run/...`) names a path inside the image, but the
 * host kernel would resolve it against the host's own root and a copy would land on the host.
 * So every component is looked at with lstat (through the runner: the runner user may not read
 * the image) and links are followed here, re-rooted at the mount path. A path that climbs above the
 * image root (`../../etc/x`, or a link like `../../../..`) is refused: the chroot would clamp it,
 * the host would not, and it is never what the user meant.
 */
import { join } from 'node:path'
import type { HostRunner } from './exec.js'

export type PathType = 'file' | 'directory' | 'symlink' | 'other' | 'missing'

export interface PathInfo {
  type: PathType
  /** For a symlink: its target, as written in the link. */
  linkTarget?: string
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

const findTypes: Record<string, PathType> = { f: 'file', d: 'directory', l: 'symlink' }

/** lstat through the runner: what is at hostPath, without following a final symlink. */
export async function inspectPath(runner: HostRunner, hostPath: string): Promise<PathInfo> {
  // find prints nothing (exit 1) for a missing path; -P (the default) never follows the start point.
  const result = await runner.run(['find', hostPath, '-maxdepth', '0', '-printf', '%y\\0%l'], {
    quiet: true,
    allowedExitCodes: [0, 1]
  })
  if (result.stdout === '') return { type: 'missing' }
  const [kind, linkTarget] = result.stdout.split('\0')
  const type = findTypes[kind] ?? 'other'
  return type === 'symlink' ? { type, linkTarget } : { type }
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

/**
 * Resolves pathInImage inside the image mounted at mountPath. With followLastLink false, a final
 * symlink is reported as a symlink (to replace the link itself, not its target).
 */
export async function resolveInImage(
  runner: HostRunner,
  mountPath: string,
  pathInImage: string,
  options: { followLastLink?: boolean } = {}
): Promise<ResolvedImagePath> {
  const followLastLink = options.followLastLink ?? true
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
        throw new ImageEscapeError(`${pathInImage} leads outside the image (${how}).`)
      }
      resolved.pop()
      info = { type: 'directory' }
      continue
    }
    resolved.push(component.name)
    if (missing) continue // nothing below a missing directory can be a link

    const hostPath = join(mountPath, ...resolved)
    info = await inspectPath(runner, hostPath)
    if (info.type === 'missing') {
      missing = true
    } else if (info.type === 'symlink' && (!isLast || followLastLink)) {
      if (++links > MAX_LINKS) {
        throw new Error(`${pathInImage}: too many levels of symbolic links in the image.`)
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
