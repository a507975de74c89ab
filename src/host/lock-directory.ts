/**
 * The directory the host lock lives in. Not /var/lock (/run/lock): everyone may write there, so
 * another user could plant a link where root writes, or remove the lock. The lock's directory is
 * one only its owner can write to:
 *
 * - by default /run/osc-chroot, created 0755 when missing (/run is emptied at boot, as a lock
 *   should be). When the action runs as root (the usual case), it is owned by root. When the Node
 *   process is not root (command_wrapper `sudo {{.Command}}`), it cannot create it in /run
 *   itself: it does through the wrapper, then gives it to the runner user (still 0755), so that
 *   the lock itself is taken and refreshed by the Node process without the wrapper.
 * - with OSC_CHROOT_LOCK_PATH, the directory of that path, which must exist.
 *
 * Either way it is refused, with an error saying why, when it is a symbolic link, not a
 * directory, writable by group or others, or owned by a user other than root and this process's.
 */
import { lstatSync, mkdirSync } from 'node:fs'
import { log } from '../log.js'
import { directoryProblem } from './checked-directory.js'
import type { HostRunner } from './exec.js'

export interface LockDirectoryOptions {
  /** Create it when missing (the default directory only). */
  create: boolean
  /** Runs mkdir and chown when this process is not root. */
  host?: HostRunner
  /** This process's user and group (tests pretend to be another user). */
  uid?: number
  gid?: number
}

function currentUid(): number {
  return process.getuid?.() ?? 0
}

function currentGid(): number {
  return process.getgid?.() ?? 0
}

/** Throws, naming the directory and the fix, unless it is a safe place for the lock. */
export function checkLockDirectory(directory: string, uid = currentUid()): void {
  const problem = directoryProblem(directory, [0, uid])
  if (!problem) return
  const fix = 'or set OSC_CHROOT_LOCK_PATH to a lock path in a directory only root can write to.'
  const name = `The host lock's directory ${directory}`
  switch (problem.kind) {
    case 'missing':
      throw new Error(`${name} does not exist: create it (mode 0755, owned by root), ${fix}`)
    case 'symbolic link':
      throw new Error(
        `${name} is a symbolic link: refusing to use it (whoever ` +
          `controls the link decides where the lock goes). Remove the link, ${fix}`
      )
    case 'not a directory':
      throw new Error(`${name} is not a directory. Remove it, ${fix}`)
    case 'writable by others':
      throw new Error(
        `${name} is writable by group or others (mode ${problem.mode}): ` +
          `anyone could replace or remove the lock there. Run \`chmod go-w ${directory}\`, ${fix}`
      )
    case 'foreign owner':
      throw new Error(
        `${name} belongs to uid ${problem.uid}, neither root nor this ` +
          `process (uid ${uid}): refusing to use it. Run \`chown root ${directory}\`, ${fix}`
      )
    default:
      return unexpected(problem)
  }
}

function unexpected(problem: never): never {
  throw new Error(`unexpected directory problem ${JSON.stringify(problem)}`)
}

/** Makes sure the lock's directory exists (when allowed to create it) and is safe to use. */
export async function prepareLockDirectory(
  directory: string,
  options: LockDirectoryOptions
): Promise<void> {
  const uid = options.uid ?? currentUid()
  if (options.create && !lstatSync(directory, { throwIfNoEntry: false })) {
    await createLockDirectory(directory, uid, options)
  }
  checkLockDirectory(directory, uid)
}

async function createLockDirectory(
  directory: string,
  uid: number,
  options: LockDirectoryOptions
): Promise<void> {
  if (uid === 0) {
    try {
      mkdirSync(directory, { mode: 0o755 })
    } catch (error) {
      // Another build made it meanwhile: the check that follows decides.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    return
  }
  if (!options.host) {
    throw new Error(
      `The host lock's directory ${directory} does not exist and this process (uid ${uid}) ` +
        'cannot create it: run the action as root or with command_wrapper.'
    )
  }
  const gid = options.gid ?? currentGid()
  log.info(`Creating the host lock's directory ${directory} (owned by uid ${uid}, mode 0755)`)
  const made = await options.host.run(['mkdir', '-m', '0755', directory], {
    quiet: true,
    allowedExitCodes: [0, 1]
  })
  // Exit 1: it exists now (another build made it); only a directory made here is given away.
  if (made.exitCode === 0) {
    await options.host.run(['chown', `${uid}:${gid}`, directory], { quiet: true })
  }
}
