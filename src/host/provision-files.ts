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
 * Only files are copied: copying a directory tree into the image would let cp follow the
 * image's symlinks on the host.
 */
import { statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { ProvisionFile } from '../config/types.js'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { copyIntoImage, keptAttributes, type PlaceOptions } from './image-file.js'
import { describePathType, ImageEscapeError, resolveInImage } from './image-path.js'

export interface ProvisionedFile {
  source: string
  /** Where it landed, inside the image (links resolved). */
  pathInImage: string
}

function checkSource(field: string, source: string): string {
  const path = resolve(source)
  let isFile: boolean
  try {
    isFile = statSync(path).isFile()
  } catch {
    throw new Error(
      `${field}: source ${path} does not exist (relative paths are relative to ${process.cwd()}).`
    )
  }
  if (!isFile) {
    throw new Error(
      `${field}: source ${path} is not a file; provision_files copies files (pack a directory, or copy it in a script).`
    )
  }
  return path
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
  for (const [index, file] of files.entries()) {
    const field = `provision_files[${index}]`
    const source = checkSource(field, file.source)
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
      await runner.run(['mkdir', '-p', '--', dirname(file.hostPath)], { quiet: true })
    }
    await copyIntoImage(runner, { hostFile: file.source }, file.hostPath, file.attributes)
    log.info(`provision_files: ${file.source} -> ${file.pathInImage}`)
  }
  return planned.map(({ source, pathInImage }) => ({ source, pathInImage }))
}
