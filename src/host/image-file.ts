/**
 * Putting a file into the image for the duration of the build, and putting back exactly what was
 * there before (used by copy_files and policy-rc.d).
 *
 * Before writing, the image's own entry at that path (a file, or a symlink: even a dangling one,
 * which is never followed) is renamed to `<path>.osc-chroot-orig`; when nothing was there, an empty
 * `<path>.osc-chroot-absent` marker is left instead. Restoring reads those markers, not memory, so
 * it is idempotent and still right after a crash halfway: a backup is renamed back over our copy
 * (a symlink keeps its target, a file its content and mode); a marker means "remove our copy".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { HostRunner } from './exec.js'
import { inspectPath, resolveInImage } from './image-path.js'

export const BACKUP_SUFFIX = '.osc-chroot-orig'
export const ABSENT_SUFFIX = '.osc-chroot-absent'

/** What was replaced; plain data, enough to restore it from another process. */
export interface ReplacedFile {
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
  const parent = await resolveInImage(runner, mountPath, dirname(pathInImage))
  if (parent.info.type !== 'directory') {
    throw new Error(
      `Cannot put ${pathInImage} into the image: ${parent.pathInImage} is not a directory there (${parent.info.type}).`
    )
  }
  const hostPath = join(parent.hostPath, basename(pathInImage))
  const paths = {
    pathInImage,
    hostPath,
    backupPath: hostPath + BACKUP_SUFFIX,
    absentMarkerPath: hostPath + ABSENT_SUFFIX
  }
  await restoreFileInImage(runner, paths)

  const existing = await inspectPath(runner, hostPath)
  let replaced: ReplacedFile
  if (existing.type === 'missing') {
    await runner.run(['touch', '--', paths.absentMarkerPath], { quiet: true })
    replaced = { ...paths, original: 'none' }
  } else if (existing.type === 'file' || existing.type === 'symlink') {
    // mv renames the entry itself: a symlink is moved as a link, never followed.
    await runner.run(['mv', '-T', '--', hostPath, paths.backupPath], { quiet: true })
    replaced = { ...paths, original: existing.type, originalLinkTarget: existing.linkTarget }
  } else {
    throw new Error(
      `Cannot replace ${pathInImage} in the image: it is a ${existing.type}, not a file or symlink.`
    )
  }

  try {
    await copyIntoImage(runner, source, hostPath)
    if (mode) await runner.run(['chmod', mode, '--', hostPath], { quiet: true })
  } catch (error) {
    await restoreFileInImage(runner, paths) // the image keeps its own entry
    throw error
  }
  return replaced
}

/** Writes the source at hostPath (a path already resolved inside the image). */
export async function copyIntoImage(
  runner: HostRunner,
  source: ReplacementSource,
  hostPath: string
): Promise<void> {
  if ('hostFile' in source) {
    await runner.run(['cp', '-L', '--', source.hostFile, hostPath], { quiet: true })
    return
  }
  // Written as the runner user first, then copied in as root by the wrapper.
  const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-'))
  try {
    const file = join(dir, basename(hostPath))
    writeFileSync(file, source.content, { mode: 0o644 })
    await runner.run(['cp', '--', file, hostPath], { quiet: true })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Puts back what replaceFileInImage replaced. Idempotent; does nothing if nothing is pending. */
export async function restoreFileInImage(
  runner: HostRunner,
  replaced: Pick<ReplacedFile, 'hostPath' | 'backupPath' | 'absentMarkerPath'>
): Promise<void> {
  if ((await inspectPath(runner, replaced.backupPath)).type !== 'missing') {
    // rename(2) over our copy: the original comes back in one step.
    await runner.run(['mv', '-T', '-f', '--', replaced.backupPath, replaced.hostPath], {
      quiet: true
    })
  } else if ((await inspectPath(runner, replaced.absentMarkerPath)).type !== 'missing') {
    await runner.run(['rm', '-f', '--', replaced.hostPath], { quiet: true })
    await runner.run(['rm', '-f', '--', replaced.absentMarkerPath], { quiet: true })
  }
}
