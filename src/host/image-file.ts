/**
 * Writing files into the image, and putting back exactly what was there before (copy_files and
 * policy-rc.d).
 *
 * Every write is a replacement by rename: the new content goes to a fresh temporary file created
 * exclusively in the destination's own directory (O_CREAT|O_EXCL, so no link is followed), gets its
 * owner and mode set explicitly, and is renamed over the destination (rename(2)); in-process or
 * through programs, whichever the runner allows (file-operations.ts).
 * Writing through an existing entry (`cp src dest`) would follow a symlink the image planted, open
 * a device node, or change a file hard-linked elsewhere; a rename only ever replaces a name in a
 * directory that has been resolved inside the image and checked to be on the image's own file
 * system (image-path.ts). A destination that is anything but a regular file or absent is refused.
 *
 * Replacing for the duration of the build: the image's own entry at that path (a file, or a
 * symlink: even a dangling one, which is never followed) is renamed to `<path>.osc-chroot-orig`;
 * when nothing was there, an empty `<path>.osc-chroot-absent` marker is left instead. Restoring
 * reads those markers, not memory, so it is idempotent and still right after a crash halfway: a
 * backup is renamed back over our copy (a symlink keeps its target, a file its content and mode);
 * a marker means "remove our copy". Before it touches anything, a restore checks again that the
 * paths still resolve, inside the image and on its file system, to where they were. The entry, its
 * backup and its marker share a directory: it is resolved once for the three.
 */
import { statSync } from 'node:fs'
import { basename, dirname, relative } from 'node:path'
import type { HostRunner } from './exec.js'
import { type FileSource, fileOperations } from './file-operations.js'
import {
  describePathType,
  inspectPath,
  type PathInfo,
  type ResolvedEntries,
  resolveEntriesInImage
} from './image-path.js'

export const BACKUP_SUFFIX = '.osc-chroot-orig'
export const ABSENT_SUFFIX = '.osc-chroot-absent'

/** What was replaced; plain data, enough to restore it from another process. */
export interface ReplacedFile {
  /** Where the image is mounted: restores resolve the paths below again from there. */
  mountPath: string
  /** The path the user named, inside the image. */
  pathInImage: string
  /** Where it is on the host (parent directories resolved inside the image). */
  hostPath: string
  /** The image's own entry, renamed (exists while replaced, when there was one). */
  backupPath: string
  /** Present while replaced when the image had nothing at that path. */
  absentMarkerPath: string
  /** What the image had there before. */
  original: 'file' | 'symlink' | 'none'
  /** For a symlink: its target, for the log. */
  originalLinkTarget?: string
}

/** What to put at the path: a host file (symlinks followed: its content is copied) or text. */
export type ReplacementSource = FileSource

export interface PlaceOptions {
  /** Permission bits, octal text ("0644"). Default: the host file's, or 0644 for text. */
  mode?: string
  /** Numeric owner and group to give the new file (default: root, who writes it). */
  owner?: { uid: string; gid: string }
}

function defaultMode(source: ReplacementSource): string {
  if (!('hostFile' in source)) return '0644'
  return `0${(statSync(source.hostFile).mode & 0o777).toString(8)}`
}

/**
 * Writes the source at `hostPath` by rename (see the header). `hostPath`'s directory must already
 * be resolved inside the image and checked; its entry must be a regular file or absent.
 */
export async function copyIntoImage(
  runner: HostRunner,
  source: ReplacementSource,
  hostPath: string,
  options: PlaceOptions = {}
): Promise<void> {
  const existing = await inspectPath(runner, hostPath)
  if (existing.type !== 'file' && existing.type !== 'missing') {
    throw new Error(
      `Refusing to write ${hostPath}: it is ${describePathType(existing)} in the image; ` +
        'only a regular file (or nothing) is ever replaced.'
    )
  }
  await fileOperations(runner).writeByRename(hostPath, source, {
    mode: options.mode ?? defaultMode(source),
    owner: options.owner
  })
}

/** The owner and mode of an existing file, to keep them on its replacement. */
export function keptAttributes(existing: PathInfo): PlaceOptions {
  if (existing.type !== 'file' || !existing.mode) return {}
  const owner =
    existing.uid !== undefined && existing.gid !== undefined
      ? { uid: existing.uid, gid: existing.gid }
      : undefined
  return { mode: `0${existing.mode}`, owner }
}

/** The paths replaceFileInImage works with, and what restores them. */
type ReplacedPaths = Pick<
  ReplacedFile,
  'mountPath' | 'pathInImage' | 'hostPath' | 'backupPath' | 'absentMarkerPath'
>

/**
 * The entry at pathInImage itself (not followed) with its backup and marker beside it, its
 * directory resolved once and checked to be the image's.
 */
async function resolveEntry(
  runner: HostRunner,
  mountPath: string,
  pathInImage: string
): Promise<ResolvedEntries> {
  const name = basename(pathInImage)
  if (name === '' || name === '.' || name === '..') {
    throw new Error(`Cannot put ${pathInImage} into the image: it does not name a file.`)
  }
  const resolved = await resolveEntriesInImage(runner, mountPath, dirname(pathInImage), [
    name,
    name + BACKUP_SUFFIX,
    name + ABSENT_SUFFIX
  ])
  const parent = resolved.directory
  if (parent.info.type !== 'directory') {
    throw new Error(
      `Cannot put ${pathInImage} into the image: ${parent.pathInImage} is not a directory there (${parent.info.type}).`
    )
  }
  return resolved
}

/**
 * Replaces pathInImage with the source for the duration of the build. A leftover of an earlier,
 * interrupted build (backup or marker present) is restored first.
 */
export async function replaceFileInImage(
  runner: HostRunner,
  mountPath: string,
  pathInImage: string,
  source: ReplacementSource,
  mode?: string
): Promise<ReplacedFile> {
  const files = fileOperations(runner)
  let resolved = await resolveEntry(runner, mountPath, pathInImage)
  const [entry] = resolved.entries
  const paths: ReplacedPaths = {
    mountPath,
    pathInImage,
    hostPath: entry.hostPath,
    backupPath: entry.hostPath + BACKUP_SUFFIX,
    absentMarkerPath: entry.hostPath + ABSENT_SUFFIX
  }
  const [, backup, marker] = resolved.entries
  if (backup.info.type !== 'missing' || marker.info.type !== 'missing') {
    // A leftover of an interrupted build: put the image's entry back, then look again.
    await restoreFileInImage(runner, paths)
    resolved = await resolveEntry(runner, mountPath, pathInImage)
  }
  // Nothing ran since the entries were resolved: what they showed is still there.
  const existing = resolved.entries[0].info
  const { hostPath } = paths
  let replaced: ReplacedFile
  if (existing.type === 'missing') {
    // Known to be absent (resolved just above): created exclusively, renamed into place.
    await files.writeByRename(paths.absentMarkerPath, { content: '' }, { mode: '0600' })
    replaced = { ...paths, original: 'none' }
  } else if (existing.type === 'file' || existing.type === 'symlink') {
    // rename(2) moves the entry itself: a symlink is moved as a link, never followed.
    await files.rename(hostPath, paths.backupPath)
    replaced = { ...paths, original: existing.type, originalLinkTarget: existing.linkTarget }
  } else {
    throw new Error(
      `Cannot replace ${pathInImage} in the image: it is ${describePathType(existing)}, not a file or symlink.`
    )
  }

  try {
    // The path is empty now (its entry was moved aside, or there was none).
    await files.writeByRename(hostPath, source, { mode: mode ?? defaultMode(source) })
  } catch (error) {
    await restoreFileInImage(runner, paths) // the image keeps its own entry
    throw error
  }
  return replaced
}

/**
 * The entries at hostPath, its backup and its marker, after checking that their directory still
 * resolves inside the image, on its own file system, to the same place (provisioning may have
 * swapped a directory for a link meanwhile).
 */
async function recheckedEntries(
  runner: HostRunner,
  replaced: ReplacedPaths
): Promise<{ current: PathInfo; backup: PathInfo; marker: PathInfo }> {
  const { mountPath, pathInImage } = replaced
  const backupInImage = `/${relative(mountPath, replaced.backupPath)}`
  const { directory, entries } = await resolveEntriesInImage(
    runner,
    mountPath,
    dirname(backupInImage),
    [replaced.hostPath, replaced.backupPath, replaced.absentMarkerPath].map((path) =>
      basename(path)
    ),
    { nameInErrors: backupInImage }
  )
  if (directory.hostPath !== dirname(replaced.backupPath)) {
    throw new Error(
      `Not restoring ${pathInImage}: ${backupInImage} now leads to ` +
        `${entries[1].pathInImage} in the image (a directory on its way was replaced by a ` +
        'symlink during provisioning); left as it is.'
    )
  }
  const [current, backup, marker] = entries.map((entry) => entry.info)
  return { current, backup, marker }
}

/** Puts back what replaceFileInImage replaced. Idempotent; does nothing if nothing is pending. */
export async function restoreFileInImage(
  runner: HostRunner,
  replaced: ReplacedPaths
): Promise<void> {
  const { mountPath, pathInImage } = replaced
  // No image there (it was unmounted by hand): nothing of ours can be in it.
  if ((await inspectPath(runner, mountPath)).type === 'missing') return
  const { current, backup, marker } = await recheckedEntries(runner, replaced)
  if (backup.type === 'missing' && marker.type === 'missing') return
  if (current.type === 'directory') {
    throw new Error(
      `Not restoring ${pathInImage}: provisioning made it a directory; the image's own entry is ` +
        `left at ${replaced.backupPath}.`
    )
  }
  const files = fileOperations(runner)
  if (backup.type !== 'missing') {
    // rename(2) over our copy: the original comes back in one step.
    await files.rename(replaced.backupPath, replaced.hostPath)
  } else {
    await files.remove(replaced.hostPath)
    await files.remove(replaced.absentMarkerPath)
  }
}
