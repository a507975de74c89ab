/**
 * Host files and directories copied into the image, where they stay (provision_files uploads and
 * Packer's file provisioner), with Packer's rules for names
 * (https://developer.hashicorp.com/packer/docs/provisioners/file#directory-uploads):
 * a file goes to the destination, or under its own name into it when the destination is a
 * directory or ends with '/'; a directory named with a trailing '/' has its contents copied into
 * the destination, without one the directory itself is (destination/<name>). Missing directories
 * on the way are created (Packer leaves that undefined).
 *
 * Every path is resolved inside the image and kept on its own file system (image-path.ts), each
 * entry is looked at again just before it is written, files are placed by rename (image-file.ts),
 * and only directories and regular files are ever made: a host symlink is followed (its content
 * copied) when it stays inside the tree being copied and refused otherwise, a host device, fifo or
 * socket is refused. Modes are the host's permission bits
 * (setuid, setgid and sticky bits are not carried); everything new belongs to root.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { basename, join, posix } from 'node:path'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { fileOperations } from './file-operations.js'
import { copyIntoImage, keptAttributes, type ReplacementSource } from './image-file.js'
import { describePathType, ImageEscapeError, resolveInImage } from './image-path.js'

const writing = { stayOnImageFileSystem: true }

function modeOf(stats: Stats): string {
  return `0${(stats.mode & 0o777).toString(8)}`
}

/** Refuses a host link inside a copied tree that leads out of it (or nowhere). */
function assertWithin(hostPath: string, treeRoot: string, field: string): void {
  let target: string
  try {
    target = realpathSync(hostPath)
  } catch {
    throw new Error(
      `${field}: ${hostPath} is a dangling link; only files and directories are copied.`
    )
  }
  if (target !== treeRoot && !target.startsWith(`${treeRoot}/`)) {
    throw new Error(
      `${field}: ${hostPath} is a link to ${target}, outside the directory being copied ` +
        `(${treeRoot}); copy that file by its own path if it is meant to go into the image.`
    )
  }
}

/** Wraps an escape from the image in a message naming the entry and its destination. */
async function refusedAs<T>(
  field: string,
  destination: string,
  work: () => Promise<T>
): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof ImageEscapeError)) throw error
    throw new Error(
      `${field}: destination ${JSON.stringify(destination)} refused: ${error.message}`,
      {
        cause: error
      }
    )
  }
}

/** Makes sure pathInImage is a directory of the image, creating what is missing (mode for the last). */
async function ensureDirectory(
  runner: HostRunner,
  mountPath: string,
  pathInImage: string,
  mode: string,
  field: string
): Promise<string> {
  const target = await resolveInImage(runner, mountPath, pathInImage, writing)
  if (target.info.type === 'directory') return target.pathInImage
  if (target.info.type !== 'missing') {
    throw new Error(
      `${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image, not a directory.`
    )
  }
  const parent = posix.dirname(target.pathInImage)
  if (parent !== target.pathInImage) await ensureDirectory(runner, mountPath, parent, '0755', field)
  // The parent was just resolved and checked, and nothing is there: mkdir makes it, never follows.
  await fileOperations(runner).makeDirectory(target.hostPath, mode)
  return target.pathInImage
}

/** Copies one host file to pathInImage (an entry, not a directory to put it in). */
async function placeFile(
  runner: HostRunner,
  mountPath: string,
  hostFile: string,
  pathInImage: string,
  field: string
): Promise<string> {
  const target = await resolveInImage(runner, mountPath, pathInImage, writing)
  if (target.info.type !== 'file' && target.info.type !== 'missing') {
    throw new Error(
      `${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image; ` +
        'only a regular file (or nothing) is replaced.'
    )
  }
  await ensureDirectory(runner, mountPath, posix.dirname(target.pathInImage), '0755', field)
  const attributes =
    target.info.type === 'file' ? keptAttributes(target.info) : { mode: modeOf(statSync(hostFile)) }
  await copyIntoImage(runner, { hostFile }, target.hostPath, attributes)
  return target.pathInImage
}

/**
 * Text (the file provisioner's `content`) or a host file (a script) written at destination, a
 * file path; mode: the new file's (an existing file keeps its own unless mode is given).
 */
export async function placeInImage(
  runner: HostRunner,
  mountPath: string,
  source: ReplacementSource,
  destination: string,
  field: string,
  mode?: string
): Promise<string> {
  return refusedAs(field, destination, async () => {
    const target = await resolveInImage(runner, mountPath, destination, writing)
    if (target.info.type !== 'file' && target.info.type !== 'missing') {
      throw new Error(
        `${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image; ` +
          'only a regular file (or nothing) is replaced.'
      )
    }
    await ensureDirectory(runner, mountPath, posix.dirname(target.pathInImage), '0755', field)
    const kept = keptAttributes(target.info)
    await copyIntoImage(runner, source, target.hostPath, mode ? { ...kept, mode } : kept)
    return target.pathInImage
  })
}

interface HostEntry {
  hostPath: string
  /** Below the copied directory, '/'-separated; '' for the directory itself. */
  relative: string
  isDirectory: boolean
  mode: string
}

/**
 * The directories and files of a host tree, parents first. A host link is followed, but only
 * within the tree: a link in a checked-out repository to /etc/shadow must not carry a runner's
 * file into the image. Anything but files and directories is refused.
 */
function hostTree(root: string, field: string): HostEntry[] {
  const treeRoot = realpathSync(root)
  const entries: HostEntry[] = []
  const visit = (hostDir: string, relative: string, ancestors: string[]): void => {
    const real = realpathSync(hostDir)
    if (ancestors.includes(real)) {
      throw new Error(`${field}: ${hostDir} links back to a directory above it (a loop).`)
    }
    entries.push({
      hostPath: hostDir,
      relative,
      isDirectory: true,
      mode: modeOf(statSync(hostDir))
    })
    for (const name of readdirSync(hostDir).sort()) {
      const hostPath = join(hostDir, name)
      if (lstatSync(hostPath).isSymbolicLink()) assertWithin(hostPath, treeRoot, field)
      const stats = statSync(hostPath)
      const below = relative === '' ? name : `${relative}/${name}`
      if (stats.isDirectory()) visit(hostPath, below, [...ancestors, real])
      else if (stats.isFile()) {
        entries.push({ hostPath, relative: below, isDirectory: false, mode: modeOf(stats) })
      } else {
        throw new Error(
          `${field}: ${hostPath} is not a file or a directory; only files and directories are copied.`
        )
      }
    }
  }
  visit(root, '', [])
  return entries
}

/**
 * Copies a host file or directory into the image (see the header). Returns the paths written in
 * the image, files and directories.
 */
export async function uploadIntoImage(
  runner: HostRunner,
  mountPath: string,
  source: string,
  destination: string,
  field: string
): Promise<string[]> {
  const stats = statSync(source, { throwIfNoEntry: false })
  if (!stats) throw new Error(`${field}: source ${source} does not exist.`)
  return refusedAs(field, destination, async () => {
    if (stats.isFile()) {
      const target = await resolveInImage(runner, mountPath, destination, writing)
      const into = target.info.type === 'directory' || destination.endsWith('/')
      const pathInImage = into ? join(target.pathInImage, basename(source)) : target.pathInImage
      const written = await placeFile(runner, mountPath, source, pathInImage, field)
      log.info(`${field}: ${source} -> ${written}`)
      return [written]
    }
    if (!stats.isDirectory()) {
      throw new Error(`${field}: source ${source} is not a file or a directory.`)
    }
    const top = source.endsWith('/') ? destination : posix.join(destination, basename(source))
    // Everything on the host side is checked before the first write into the image.
    const entries = hostTree(source.replace(/\/+$/, '') || '/', field)
    const written: string[] = []
    for (const entry of entries) {
      const inImage = entry.relative === '' ? top : posix.join(top, entry.relative)
      if (entry.isDirectory) {
        written.push(await ensureDirectory(runner, mountPath, inImage, entry.mode, field))
      } else {
        written.push(await placeFile(runner, mountPath, entry.hostPath, inImage, field))
      }
    }
    log.info(`${field}: ${source} -> ${written[0]} (${written.length} entries)`)
    return written
  })
}
