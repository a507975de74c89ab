/**
 * Writing files into the image, and putting back exactly what was there before (copy_files and
 * policy-rc.d).
 *
 * Every write is a replacement by rename: the new content goes to a fresh temporary file created
 * exclusively in the destination's own directory (mktemp: O_CREAT|O_EXCL, so no link is followed),
 * gets its mode (and owner) set explicitly, and is renamed over the destination (mv -T, rename(2)).
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
 * paths still resolve, inside the image and on its file system, to where they were.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative } from 'node:path'
import type { HostRunner } from './exec.js'
import { describePathType, inspectPath, type PathInfo, resolveInImage } from './image-path.js'

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
export type ReplacementSource = { hostFile: string } | { content: string }

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

/** Where the new content is staged on the host, for text (the runner user writes it). */
function withSourceFile<T>(
  source: ReplacementSource,
  use: (hostFile: string) => Promise<T>
): Promise<T> {
  if ('hostFile' in source) return use(source.hostFile)
  const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-'))
  const file = join(dir, 'content')
  writeFileSync(file, source.content, { mode: 0o644 })
  return use(file).finally(() => rmSync(dir, { recursive: true, force: true }))
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
  const name = basename(hostPath).slice(0, 100)
  const created = await runner.run(
    ['mktemp', `--tmpdir=${dirname(hostPath)}`, `.${name}.osc-chroot-XXXXXXXXXX`],
    { quiet: true }
  )
  const temporary = created.stdout.trim()
  try {
    await withSourceFile(source, (file) =>
      runner.run(['cp', '--', file, temporary], { quiet: true })
    )
    await runner.run(['chmod', options.mode ?? defaultMode(source), '--', temporary], {
      quiet: true
    })
    if (options.owner) {
      const { uid, gid } = options.owner
      await runner.run(['chown', `${uid}:${gid}`, '--', temporary], { quiet: true })
    }
    await runner.run(['mv', '-T', '-f', '--', temporary, hostPath], { quiet: true })
  } catch (error) {
    await runner.run(['rm', '-f', '--', temporary], { quiet: true, allowedExitCodes: [0, 1] })
    throw error
  }
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

/** The entry at pathInImage itself (not followed), its directory checked to be the image's. */
async function resolveEntry(
  runner: HostRunner,
  mountPath: string,
  pathInImage: string
): Promise<{ hostPath: string; info: PathInfo }> {
  const name = basename(pathInImage)
  if (name === '' || name === '.' || name === '..') {
    throw new Error(`Cannot put ${pathInImage} into the image: it does not name a file.`)
  }
  const parent = await resolveInImage(runner, mountPath, dirname(pathInImage), {
    stayOnImageFileSystem: true
  })
  if (parent.info.type !== 'directory') {
    throw new Error(
      `Cannot put ${pathInImage} into the image: ${parent.pathInImage} is not a directory there (${parent.info.type}).`
    )
  }
  const entry = await resolveInImage(runner, mountPath, join(parent.pathInImage, name), {
    followLastLink: false,
    stayOnImageFileSystem: true
  })
  return { hostPath: entry.hostPath, info: entry.info }
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
  const { hostPath } = await resolveEntry(runner, mountPath, pathInImage)
  const paths = {
    mountPath,
    pathInImage,
    hostPath,
    backupPath: hostPath + BACKUP_SUFFIX,
    absentMarkerPath: hostPath + ABSENT_SUFFIX
  }
  await restoreFileInImage(runner, paths)

  const { info: existing } = await resolveEntry(runner, mountPath, pathInImage)
  let replaced: ReplacedFile
  if (existing.type === 'missing') {
    await copyIntoImage(runner, { content: '' }, paths.absentMarkerPath, { mode: '0600' })
    replaced = { ...paths, original: 'none' }
  } else if (existing.type === 'file' || existing.type === 'symlink') {
    // mv renames the entry itself: a symlink is moved as a link, never followed.
    await runner.run(['mv', '-T', '--', hostPath, paths.backupPath], { quiet: true })
    replaced = { ...paths, original: existing.type, originalLinkTarget: existing.linkTarget }
  } else {
    throw new Error(
      `Cannot replace ${pathInImage} in the image: it is ${describePathType(existing)}, not a file or symlink.`
    )
  }

  try {
    await copyIntoImage(runner, source, hostPath, { mode })
  } catch (error) {
    await restoreFileInImage(runner, paths) // the image keeps its own entry
    throw error
  }
  return replaced
}

/**
 * The entry at hostPath, after checking that it still resolves inside the image, on its own file
 * system, to the same place (provisioning may have swapped a directory for a link meanwhile).
 */
async function recheckedEntry(
  runner: HostRunner,
  mountPath: string,
  hostPath: string,
  what: string
): Promise<PathInfo> {
  const inImage = `/${relative(mountPath, hostPath)}`
  const entry = await resolveInImage(runner, mountPath, inImage, {
    followLastLink: false,
    stayOnImageFileSystem: true
  })
  if (entry.hostPath !== hostPath) {
    throw new Error(
      `Not restoring ${what}: ${inImage} now leads to ${entry.pathInImage} in the image (a directory ` +
        'on its way was replaced by a symlink during provisioning); left as it is.'
    )
  }
  return entry.info
}

/** Puts back what replaceFileInImage replaced. Idempotent; does nothing if nothing is pending. */
export async function restoreFileInImage(
  runner: HostRunner,
  replaced: Pick<
    ReplacedFile,
    'mountPath' | 'pathInImage' | 'hostPath' | 'backupPath' | 'absentMarkerPath'
  >
): Promise<void> {
  const { mountPath, pathInImage } = replaced
  // No image there (it was unmounted by hand): nothing of ours can be in it.
  if ((await inspectPath(runner, mountPath)).type === 'missing') return
  const backup = await recheckedEntry(runner, mountPath, replaced.backupPath, pathInImage)
  const marker = await recheckedEntry(runner, mountPath, replaced.absentMarkerPath, pathInImage)
  if (backup.type === 'missing' && marker.type === 'missing') return
  const current = await recheckedEntry(runner, mountPath, replaced.hostPath, pathInImage)
  if (current.type === 'directory') {
    throw new Error(
      `Not restoring ${pathInImage}: provisioning made it a directory; the image's own entry is ` +
        `left at ${replaced.backupPath}.`
    )
  }
  if (backup.type !== 'missing') {
    // rename(2) over our copy: the original comes back in one step.
    await runner.run(['mv', '-T', '-f', '--', replaced.backupPath, replaced.hostPath], {
      quiet: true
    })
  } else {
    await runner.run(['rm', '-f', '--', replaced.hostPath], { quiet: true })
    await runner.run(['rm', '-f', '--', replaced.absentMarkerPath], { quiet: true })
  }
}
