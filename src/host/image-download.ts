/**
 * Files and directories copied out of the image into the workspace (provision_files entries with
 * direction: download, Packer's file provisioner with direction "download").
 *
 * The image is data the build does not control, so:
 * - the source is resolved inside the image (image-path.ts): its links are followed as the chroot
 *   sees them, never by the host, a path climbing out of the image is refused, and every
 *   component must be on the image's own file system (not the chroot's /proc, /sys or /dev, nor a
 *   bind of a host directory);
 * - a directory is listed with `find -P -xdev` (links not followed, other file systems not
 *   entered); only directories and regular files are copied: a symlink, device node, fifo or
 *   socket of the image is skipped with a warning, so nothing on the host can point or lead
 *   elsewhere, and no device node is ever made;
 * - files are copied with `cp -P` (a link is never followed) to a fresh name in the destination
 *   directory, checked to be a regular file, given the image's permission bits without setuid,
 *   setgid or sticky, owned by the user the action runs as, then renamed into place (a link at
 *   the destination is replaced, never written through);
 * - the destination must be inside the workspace, and every directory on its way from the
 *   workspace down must be a real directory (a symlink there could lead out of it): created when
 *   missing, refused when anything else.
 */
import { lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { describePathType, ImageEscapeError, resolveInImage } from './image-path.js'

/** Creates (or checks) every directory from the workspace down to dir; refuses links. */
function ensureWorkspaceDirectory(dir: string, workspace: string, field: string): void {
  const root = resolve(workspace)
  const rel = relative(root, resolve(dir))
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new Error(`${field}: ${dir} is outside the workspace (${root}); downloads stay in it.`)
  }
  let current = root
  for (const part of rel.split(sep).filter(Boolean)) {
    current = join(current, part)
    const stats = lstatSync(current, { throwIfNoEntry: false })
    if (!stats) mkdirSync(current, { mode: 0o755 })
    else if (!stats.isDirectory()) {
      throw new Error(
        `${field}: ${current} is ${stats.isSymbolicLink() ? 'a symlink' : 'not a directory'}; ` +
          'a download writes below the workspace through real directories only.'
      )
    }
  }
}

/** The owner the action runs as (it may reach root through command_wrapper). */
function ownUser(): string | undefined {
  const uid = process.getuid?.()
  const gid = process.getgid?.()
  return uid === undefined || gid === undefined || uid === 0 ? undefined : `${uid}:${gid}`
}

/** Copies one regular file of the image (hostPath, already resolved) to hostDestination. */
async function copyFileOut(
  runner: HostRunner,
  hostPath: string,
  mode: string,
  hostDestination: string,
  field: string
): Promise<void> {
  const existing = lstatSync(hostDestination, { throwIfNoEntry: false })
  if (existing?.isDirectory()) {
    throw new Error(`${field}: ${hostDestination} is a directory; the file cannot replace it.`)
  }
  const temporary = join(
    dirname(hostDestination),
    `.${basename(hostDestination).slice(0, 100)}.osc-chroot-${randomBytes(6).toString('hex')}`
  )
  try {
    // -P: if the entry became a link, the link is copied (and refused below), never followed.
    await runner.run(['cp', '-P', '--', hostPath, temporary], { quiet: true })
    const copied = lstatSync(temporary)
    if (!copied.isFile()) {
      throw new Error(`${field}: ${hostPath} is no longer a regular file in the image; not copied.`)
    }
    const permissions = (parseInt(mode, 8) & 0o777).toString(8)
    await runner.run(['chmod', permissions, '--', temporary], { quiet: true })
    const owner = ownUser()
    if (owner) await runner.run(['chown', owner, '--', temporary], { quiet: true })
    renameSync(temporary, hostDestination)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

interface Listed {
  type: string
  mode: string
  path: string
}

/** Entries below a directory of the image, relative, without following links or leaving its file system. */
async function listImageDirectory(runner: HostRunner, hostDir: string): Promise<Listed[]> {
  const result = await runner.run(
    ['find', '-P', hostDir, '-xdev', '-mindepth', '1', '-printf', '%y\\0%m\\0%P\\0'],
    { quiet: true }
  )
  const fields = result.stdout.split('\0')
  const entries: Listed[] = []
  for (let i = 0; i + 2 < fields.length; i += 3) {
    entries.push({ type: fields[i], mode: fields[i + 1], path: fields[i + 2] })
  }
  return entries
}

/**
 * Copies `source` (a path in the image) to `destination` (a host path inside the workspace), as
 * Packer names things: into a directory when the destination ends with / or is one; a directory
 * source with a trailing / has its contents copied. Returns the host paths written.
 */
export async function downloadFromImage(
  runner: HostRunner,
  mountPath: string,
  source: string,
  destination: string,
  workspace: string,
  field: string
): Promise<string[]> {
  let resolved
  try {
    resolved = await resolveInImage(runner, mountPath, source, { stayOnImageFileSystem: true })
  } catch (error) {
    if (!(error instanceof ImageEscapeError)) throw error
    throw new Error(`${field}: source ${JSON.stringify(source)} refused: ${error.message}`, {
      cause: error
    })
  }
  const { info } = resolved
  if (info.type !== 'file' && info.type !== 'directory') {
    throw new Error(
      `${field}: source ${source} is ${describePathType(info)} in the image; a download copies ` +
        'regular files and directories.'
    )
  }
  const destinationIsDirectory =
    destination.endsWith('/') ||
    (lstatSync(destination, { throwIfNoEntry: false })?.isDirectory() ?? false)
  const name = posix.basename(resolved.pathInImage)
  const written: string[] = []
  if (info.type === 'file') {
    const target = destinationIsDirectory ? join(destination, name) : resolve(destination)
    ensureWorkspaceDirectory(dirname(target), workspace, field)
    await copyFileOut(runner, resolved.hostPath, info.mode ?? '644', target, field)
    written.push(target)
  } else {
    const top = source.endsWith('/') ? resolve(destination) : join(destination, name)
    ensureWorkspaceDirectory(top, workspace, field)
    written.push(top)
    for (const entry of await listImageDirectory(runner, resolved.hostPath)) {
      const where = `${resolved.pathInImage}/${entry.path}`
      const target = join(top, entry.path)
      if (entry.type === 'd') {
        ensureWorkspaceDirectory(target, workspace, field)
        written.push(target)
      } else if (entry.type === 'f') {
        ensureWorkspaceDirectory(dirname(target), workspace, field)
        await copyFileOut(runner, join(resolved.hostPath, entry.path), entry.mode, target, field)
        written.push(target)
      } else {
        log.warning(
          `${field}: ${where} skipped: only regular files and directories are downloaded ` +
            `(it is ${entry.type === 'l' ? 'a symlink' : 'a special file'})`
        )
      }
    }
  }
  log.info(
    `${field}: ${resolved.pathInImage} -> ${written[0]}${written.length > 1 ? ` (${written.length} entries)` : ''}`
  )
  return written
}
