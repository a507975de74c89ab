/**
 * The few file operations the host makes on the mounted image: lstat, a write by rename, rename,
 * unlink, mkdir. Two implementations with the same meaning:
 *
 * - in-process (node:fs), when the runner spawns commands directly as this process (the default
 *   command_wrapper `{{.Command}}`): a program it ran would have had exactly this process's
 *   privileges, so the same system calls are made here, without a process per call;
 * - through programs (find, mktemp, cp, chown, chmod, mv, rm, mkdir) run by the runner, when a
 *   command_wrapper is set: the runner user may not be root nor read the image, only the wrapped
 *   programs can.
 *
 * Either way nothing the image planted is ever followed: lstat (find -P) never follows a final
 * link, a new file is created exclusively under a name nobody can predict in the destination's
 * own directory (O_CREAT|O_EXCL|O_NOFOLLOW, what mktemp does), gets its owner and then its mode
 * set, and is renamed over the destination (rename(2), mv -T), which replaces a name and never
 * writes through what was there. Callers resolve and check the directories first (image-path.ts).
 */
import { randomBytes } from 'node:crypto'
import {
  type FileHandle,
  lstat,
  mkdir,
  open,
  readlink,
  rename,
  rmdir,
  unlink
} from 'node:fs/promises'
import {
  type BigIntStats,
  constants,
  createReadStream,
  mkdtempSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import type { PathInfo, PathType } from './image-path.js'

/** What to write: a host file (read with the action's own privileges) or text. */
export type FileSource = { hostFile: string } | { content: string }

export interface FileAttributes {
  /** Permission bits, octal text ("0644", "04755"). */
  mode: string
  /** Numeric owner and group (default: whoever writes it, root). */
  owner?: { uid: string; gid: string }
}

export interface FileOperations {
  /** 'in-process' or 'programs': which implementation this is (for the log and tests). */
  readonly kind: 'in-process' | 'programs'
  /** What is at hostPath, never following a final symlink (lstat). */
  inspect(hostPath: string): Promise<PathInfo>
  /**
   * Writes source to a fresh temporary file in hostPath's directory, sets its owner and mode, and
   * renames it over hostPath (whatever entry is there is replaced, never written through).
   */
  writeByRename(hostPath: string, source: FileSource, attributes: FileAttributes): Promise<void>
  /** rename(2): `to` names what `from` named; an entry at `to` is replaced (mv -T -f). */
  rename(from: string, to: string): Promise<void>
  /** Removes the entry (not a directory); nothing there is fine (rm -f). */
  remove(hostPath: string): Promise<void>
  /** Creates one directory with exactly this mode; fails if anything is there (mkdir -m). */
  makeDirectory(hostPath: string, mode: string): Promise<void>
  /** Creates the directory and its missing parents (mkdir -p). */
  makeDirectories(hostPath: string): Promise<void>
  /** Removes an empty directory (rmdir). */
  removeDirectory(hostPath: string): Promise<void>
}

/** The implementation for this runner: in-process when it spawns programs directly. */
export function fileOperations(runner: HostRunner): FileOperations {
  return runner.spawnsDirectly ? inProcessFileOperations : programFileOperations(runner)
}

/** The temporary name next to the destination: hidden, named after it, unpredictable. */
function temporaryPrefix(hostPath: string): string {
  return `.${basename(hostPath).slice(0, 100)}.osc-chroot-`
}

function parseMode(mode: string): number {
  if (!/^[0-7]{1,5}$/.test(mode) || parseInt(mode, 8) > 0o7777) {
    throw new Error(`Invalid file mode ${JSON.stringify(mode)}: octal permission bits expected.`)
  }
  return parseInt(mode, 8)
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

const specialTypes: [keyof BigIntStats, string][] = [
  ['isBlockDevice', 'block device'],
  ['isCharacterDevice', 'character device'],
  ['isFIFO', 'fifo'],
  ['isSocket', 'socket']
]

function typeOf(stats: BigIntStats): { type: PathType; special?: string } {
  if (stats.isFile()) return { type: 'file' }
  if (stats.isDirectory()) return { type: 'directory' }
  if (stats.isSymbolicLink()) return { type: 'symlink' }
  const special = specialTypes.find(([is]) => (stats[is] as () => boolean).call(stats))
  return { type: 'other', special: special?.[1] ?? 'special file' }
}

const WRITE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW

/** Creates a fresh temporary file next to hostPath, exclusively; retries on a name clash. */
async function createTemporary(hostPath: string): Promise<{ path: string; handle: FileHandle }> {
  for (let attempt = 0; ; attempt++) {
    const path = join(dirname(hostPath), temporaryPrefix(hostPath) + randomBytes(8).toString('hex'))
    try {
      return { path, handle: await open(path, WRITE_NEW, 0o600) }
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || attempt >= 5) throw error
    }
  }
}

/** The text, or the host file's content read as a stream, written through the exclusive handle. */
function writeSource(handle: FileHandle, source: FileSource): Promise<void> {
  return handle.writeFile('content' in source ? source.content : createReadStream(source.hostFile))
}

/** The same system calls as the programs would make, in this process (see the header). */
export const inProcessFileOperations: FileOperations = {
  kind: 'in-process',

  async inspect(hostPath) {
    let stats: BigIntStats
    try {
      stats = await lstat(hostPath, { bigint: true })
    } catch (error) {
      // find -P prints nothing for these; anything else (EACCES, EIO) is not "missing".
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
        return { type: 'missing' }
      throw error
    }
    const info: PathInfo = {
      ...typeOf(stats),
      device: stats.dev.toString(),
      mode: (stats.mode & 0o7777n).toString(8),
      uid: stats.uid.toString(),
      gid: stats.gid.toString()
    }
    if (info.type === 'symlink') info.linkTarget = await readlink(hostPath)
    return info
  },

  async writeByRename(hostPath, source, attributes) {
    const mode = parseMode(attributes.mode)
    const temporary = await createTemporary(hostPath)
    try {
      await writeSource(temporary.handle, source)
      // The owner first: chown clears setuid and setgid bits, the mode then sets them.
      if (attributes.owner) {
        await temporary.handle.chown(Number(attributes.owner.uid), Number(attributes.owner.gid))
      }
      await temporary.handle.chmod(mode)
      await temporary.handle.close()
      await rename(temporary.path, hostPath)
      log.debug(`wrote ${hostPath} by rename (mode ${attributes.mode})`)
    } catch (error) {
      await temporary.handle.close().catch(() => undefined)
      await unlink(temporary.path).catch(() => undefined)
      throw error
    }
  },

  async rename(from, to) {
    await rename(from, to)
    log.debug(`renamed ${from} to ${to}`)
  },

  async remove(hostPath) {
    try {
      await unlink(hostPath)
      log.debug(`removed ${hostPath}`)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
    }
  },

  async makeDirectory(hostPath, mode) {
    const bits = parseMode(mode)
    await mkdir(hostPath, { mode: bits & 0o777 })
    log.debug(`made the directory ${hostPath} (mode ${mode})`)
    // The umask may have cleared bits, and mkdir ignores the special ones: set them on what was
    // just made, opened without following a link.
    const handle = await open(
      hostPath,
      constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW
    )
    try {
      await handle.chmod(bits)
    } finally {
      await handle.close()
    }
  },

  async makeDirectories(hostPath) {
    await mkdir(hostPath, { recursive: true })
  },

  async removeDirectory(hostPath) {
    await rmdir(hostPath)
  }
}

const findTypes: Record<string, PathType> = { f: 'file', d: 'directory', l: 'symlink' }
const findSpecialTypes: Record<string, string> = {
  b: 'block device',
  c: 'character device',
  p: 'fifo',
  s: 'socket',
  D: 'door'
}

/** Where text is staged on the host for cp (the runner user writes it, the wrapper reads it). */
async function withSourceFile<T>(
  source: FileSource,
  use: (hostFile: string) => Promise<T>
): Promise<T> {
  if ('hostFile' in source) return use(source.hostFile)
  const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-'))
  const file = join(dir, 'content')
  writeFileSync(file, source.content, { mode: 0o644 })
  try {
    return await use(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The same operations through programs run by the runner (and so through command_wrapper). */
export function programFileOperations(runner: HostRunner): FileOperations {
  const run = (argv: string[], allowedExitCodes?: number[]) =>
    runner.run(argv, { quiet: true, allowedExitCodes })
  return {
    kind: 'programs',

    async inspect(hostPath) {
      // find prints nothing (exit 1) for a missing path; -P (the default) never follows the start
      // point. The link target comes last: it is the only field that may hold any character but NUL.
      const result = await run(
        ['find', hostPath, '-maxdepth', '0', '-printf', '%y\\0%D\\0%m\\0%U\\0%G\\0%l'],
        [0, 1]
      )
      if (result.stdout === '') return { type: 'missing' }
      const [kind, device, mode, uid, gid, ...link] = result.stdout.split('\0')
      const type = findTypes[kind] ?? 'other'
      const info: PathInfo = { type, device, mode, uid, gid }
      if (type === 'symlink') info.linkTarget = link.join('\0')
      if (type === 'other') info.special = findSpecialTypes[kind] ?? `file of type ${kind}`
      return info
    },

    async writeByRename(hostPath, source, attributes) {
      parseMode(attributes.mode)
      const created = await run([
        'mktemp',
        `--tmpdir=${dirname(hostPath)}`,
        `${temporaryPrefix(hostPath)}XXXXXXXXXX`
      ])
      const temporary = created.stdout.trim()
      try {
        await withSourceFile(source, (file) => run(['cp', '--', file, temporary]))
        // The owner first: chown clears setuid and setgid bits, the mode then sets them.
        if (attributes.owner) {
          const { uid, gid } = attributes.owner
          await run(['chown', `${uid}:${gid}`, '--', temporary])
        }
        await run(['chmod', attributes.mode, '--', temporary])
        await run(['mv', '-T', '-f', '--', temporary, hostPath])
      } catch (error) {
        await run(['rm', '-f', '--', temporary], [0, 1])
        throw error
      }
    },

    async rename(from, to) {
      await run(['mv', '-T', '-f', '--', from, to])
    },

    async remove(hostPath) {
      await run(['rm', '-f', '--', hostPath])
    },

    async makeDirectory(hostPath, mode) {
      parseMode(mode)
      await run(['mkdir', '-m', mode, '--', hostPath])
    },

    async makeDirectories(hostPath) {
      await run(['mkdir', '-p', '--', hostPath])
    },

    async removeDirectory(hostPath) {
      await run(['rmdir', '--', hostPath])
    }
  }
}
