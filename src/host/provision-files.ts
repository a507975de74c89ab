/**
 * provision_files: host files copied into the image, where they stay (unlike copy_files).
 *
 * The destination is resolved inside the image (image-path.ts): its symlinks are followed as the
 * chroot would see them, and a destination that leads outside the image (`../../etc/x`, or a
 * symlink in the image climbing above its root) is refused before anything is copied. A
 * destination that is a directory (or ends with '/') receives the file under its own name.
 * Every directory on the way must be on the image's own file system (not a mount inside it), and
 * the final destination a regular file or nothing: a device node, fifo, socket or directory the
 * image put there is refused. The file is written by rename (image-file.ts), never through the
 * existing file, whose mode and owner the new one keeps.
 * A directory is copied entry by entry under the same rules (image-upload.ts), never by `cp -r`,
 * which would follow the image's symlinks on the host. Downloads (direction: download) are not
 * done here but after provisioning (image-download.ts).
 */
import { statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { ProvisionFile } from '../config/types.js'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { fileOperations } from './file-operations.js'
import { copyIntoImage, keptAttributes, type PlaceOptions } from './image-file.js'
import { describePathType, ImageEscapeError, resolveInImage } from './image-path.js'
import { uploadIntoImage } from './image-upload.js'

export interface ProvisionedFile {
  source: string
  /** Where it landed, inside the image (links resolved). */
  pathInImage: string
}

function checkSource(field: string, source: string): { path: string; isDirectory: boolean } {
  const path = resolve(source)
  let stats
  try {
    stats = statSync(path)
  } catch {
    throw new Error(
      `${field}: source ${path} does not exist (relative paths are relative to ${process.cwd()}).`
    )
  }
  if (!stats.isFile() && !stats.isDirectory()) {
    throw new Error(`${field}: source ${path} is not a file or a directory.`)
  }
  // resolve() drops a trailing /, which says "the directory's contents" (Packer's rule).
  return { path: source.endsWith('/') ? `${path}/` : path, isDirectory: stats.isDirectory() }
}

/** Copies every file into the image; all destinations are checked before the first copy. */
export async function copyProvisionFiles(
  runner: HostRunner,
  mountPath: string,
  files: ProvisionFile[]
): Promise<ProvisionedFile[]> {
  const planned: {
    source: string
    hostPath: string
    pathInImage: string
    parentMissing: boolean
    attributes: PlaceOptions
  }[] = []
  const writing = { stayOnImageFileSystem: true }
  const directories: { field: string; source: string; destination: string }[] = []
  for (const [index, file] of files.entries()) {
    if (file.direction === 'download') continue
    const field = `provision_files[${index}]`
    const { path: source, isDirectory } = checkSource(field, file.source)
    if (isDirectory) {
      directories.push({ field, source, destination: file.destination })
      continue
    }
    try {
      let target = await resolveInImage(runner, mountPath, file.destination, writing)
      if (target.info.type === 'directory' || file.destination.endsWith('/')) {
        target = await resolveInImage(
          runner,
          mountPath,
          join(target.pathInImage, basename(source)),
          writing
        )
      }
      if (target.info.type !== 'file' && target.info.type !== 'missing') {
        throw new Error(
          `${field}: destination ${JSON.stringify(file.destination)} refused: ${target.pathInImage} ` +
            `is ${describePathType(target.info)} in the image; provision_files writes regular files only.`
        )
      }
      const parent = await resolveInImage(runner, mountPath, dirname(target.pathInImage), writing)
      if (parent.info.type !== 'directory' && parent.info.type !== 'missing') {
        throw new Error(
          `${field}: destination ${JSON.stringify(file.destination)} refused: ${parent.pathInImage} ` +
            `is ${describePathType(parent.info)} in the image, not a directory.`
        )
      }
      planned.push({
        source,
        hostPath: target.hostPath,
        pathInImage: target.pathInImage,
        parentMissing: parent.info.type === 'missing',
        // A file replaced keeps its mode and owner, as writing into it did.
        attributes: keptAttributes(target.info)
      })
    } catch (error) {
      if (!(error instanceof ImageEscapeError)) throw error
      throw new Error(
        `${field}: destination ${JSON.stringify(file.destination)} refused: ${error.message}`,
        {
          cause: error
        }
      )
    }
  }

  for (const file of planned) {
    if (file.parentMissing) {
      // Below the last existing directory (resolved and checked) nothing exists, so no link.
      await fileOperations(runner).makeDirectories(dirname(file.hostPath))
    }
    await copyIntoImage(runner, { hostFile: file.source }, file.hostPath, file.attributes)
    log.info(`provision_files: ${file.source} -> ${file.pathInImage}`)
  }
  const copied = planned.map(({ source, pathInImage }) => ({ source, pathInImage }))
  for (const directory of directories) {
    const written = await uploadIntoImage(
      runner,
      mountPath,
      directory.source,
      directory.destination,
      directory.field
    )
    copied.push({ source: directory.source, pathInImage: written[0] })
  }
  return copied
}
