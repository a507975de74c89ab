/**
 * A fixed mount_path (one without {{.Device}}) is the same directory for every build on this
 * runner: two builds running at once would mount over each other, and the cleanup of one would
 * aim at the other's mount. So a build claims its mount path before creating anything: a file
 * per mount path in a root-owned directory, made atomically (written aside, then hard-linked to
 * its name, which fails if the name exists), naming the build and its process.
 *
 * A claim whose process is gone (same pid and start time no longer running) is stale and taken
 * over; a mount its build left behind is then still refused, by the "already a mount point"
 * check. Replacing a stale claim is not atomic by itself: call claimMountPath under the host lock.
 */
import { createHash, randomUUID } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { directoryProblem } from './checked-directory.js'
import { processStartTicks } from './process-start.js'

/** Beside the host lock's directory (/run/osc-chroot), root-owned, not writable by others. */
export const DEFAULT_CLAIMS_DIR = '/run/osc-chroot/claims'

/** Plain data: the journal keeps it so that the post step releases the claim. */
export interface MountPathClaim {
  file: string
  mountPath: string
  buildId: string
  pid: number
  /** The process's start time (/proc/<pid>/stat field 22): a reused pid is not the claimant. */
  startTime: string
}

/** The start time as claims record it (a string of clock ticks). */
function startTimeOf(pid: number): string | undefined {
  const ticks = processStartTicks(pid)
  return ticks === undefined ? undefined : String(ticks)
}

function isAlive(claim: MountPathClaim): boolean {
  return startTimeOf(claim.pid) === claim.startTime
}

function readClaim(file: string): MountPathClaim | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as MountPathClaim
  } catch {
    return undefined
  }
}

/** Creates the directory (0755) and refuses one that anyone but its owner could plant files in. */
function ensureClaimsDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o755 })
  const uid = process.getuid?.()
  const problem = directoryProblem(dir, uid === undefined ? [] : [uid])
  // Without a uid (not POSIX) only the owner rule cannot be checked.
  if (problem && !(uid === undefined && problem.kind === 'foreign owner')) {
    throw new Error(
      `${dir} (where osc-chroot records which build uses which mount_path) is not a directory ` +
        `owned by this user and writable only by it. Remove it; the next build recreates it.`
    )
  }
}

export interface ClaimOptions {
  /** Tests use their own directory. */
  dir?: string
  pid?: number
}

/** Claims mountPath for buildId, or throws naming the build that uses it. */
export function claimMountPath(
  mountPath: string,
  buildId: string,
  options: ClaimOptions = {}
): MountPathClaim {
  const dir = options.dir ?? DEFAULT_CLAIMS_DIR
  ensureClaimsDir(dir)
  const pid = options.pid ?? process.pid
  const name = createHash('sha256').update(mountPath).digest('hex').slice(0, 32)
  const claim: MountPathClaim = {
    file: join(dir, `${name}.json`),
    mountPath,
    buildId,
    pid,
    startTime: startTimeOf(pid) ?? ''
  }
  const written = join(dir, `.${name}.${randomUUID()}.tmp`)
  writeFileSync(written, JSON.stringify(claim), { mode: 0o644, flag: 'wx' })
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(written, claim.file)
        return claim
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const holder = readClaim(claim.file)
      if (holder && holder.buildId === buildId) return holder // the same build, claiming again
      if (holder && isAlive(holder)) {
        throw new Error(
          `mount_path ${mountPath} is in use by build ${holder.buildId} (pid ${holder.pid}) on ` +
            'this runner. Builds running at the same time need their own mount_path: put ' +
            '{{.Device}} in it (the default, /mnt/osc-chroot/{{.Device}}, does), or run them one after the other.'
        )
      }
      rmSync(claim.file, { force: true }) // stale: its build is gone
    }
    throw new Error(`mount_path ${mountPath}: could not claim it in ${dir}; try again.`)
  } finally {
    rmSync(written, { force: true })
  }
}

/** Removes the claim if it is still this build's. Idempotent. */
export function releaseMountPathClaim(claim: MountPathClaim): void {
  const holder = readClaim(claim.file)
  if (holder && holder.buildId === claim.buildId && holder.mountPath === claim.mountPath) {
    rmSync(claim.file, { force: true })
  }
}
