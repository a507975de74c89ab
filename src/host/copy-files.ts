/**
 * copy_files: host files (default /etc/resolv.conf, so the chroot can resolve names) copied over
 * the same paths in the image for provisioning, and the image's own entries put back afterwards.
 *
 * Packer's builder copied with `cp --remove-destination` and removed the copy afterwards, which
 * destroyed the image's resolv.conf (a systemd symlink, or a file) for good
 * (https://github.com/hashicorp/packer/issues/4698, https://github.com/hashicorp/packer/issues/500).
 * Here the image's entry is kept aside and restored exactly (see image-file.ts).
 */
import { existsSync, statSync } from 'node:fs'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { type ReplacedFile, replaceFileInImage, restoreFileInImage } from './image-file.js'

export interface CopiedFiles {
  mountPath: string
  files: ReplacedFile[]
}

function describeOriginal(file: ReplacedFile): string {
  if (file.original === 'symlink')
    return `the image's symlink -> ${file.originalLinkTarget} kept aside`
  if (file.original === 'file') return `the image's own file kept aside`
  return 'the image had none'
}

/**
 * Copies each host path to the same path in the image (host symlinks followed: content copied).
 * All or nothing: when one copy fails, those already made are restored before the error.
 */
export async function copyFiles(
  runner: HostRunner,
  mountPath: string,
  paths: string[]
): Promise<CopiedFiles> {
  const missing = paths.filter((path) => !existsSync(path))
  if (missing.length > 0) {
    throw new Error(
      `copy_files: ${missing.join(', ')} not found on this host; remove it from copy_files.`
    )
  }
  // Content is copied (host links followed): a host device or fifo would be read, not copied.
  const special = paths.filter((path) => !statSync(path).isFile())
  if (special.length > 0) {
    throw new Error(
      `copy_files: ${special.join(', ')} is not a regular file on this host; copy_files copies files only.`
    )
  }
  const copied: CopiedFiles = { mountPath, files: [] }
  try {
    for (const path of paths) {
      const file = await replaceFileInImage(runner, mountPath, path, { hostFile: path })
      copied.files.push(file)
      log.info(`copy_files: ${path} copied from the host (${describeOriginal(file)})`)
    }
  } catch (error) {
    await restoreCopiedFiles(runner, copied)
    throw error
  }
  return copied
}

/** Puts back what the image had at each copied path. Idempotent. */
export async function restoreCopiedFiles(runner: HostRunner, copied: CopiedFiles): Promise<void> {
  for (const file of [...copied.files].reverse()) {
    await restoreFileInImage(runner, file)
    log.info(
      `copy_files: ${file.pathInImage} restored (${file.original === 'none' ? 'removed' : `the image's own ${file.original}`})`
    )
  }
}
