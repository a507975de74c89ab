/**
 * Processes that would keep the image busy at unmount time.
 *
 * A process whose root directory is on the build's own file system runs in the chroot:
 * provisioning started it (a daemon a package launched, gpg-agent, ...). With kill_chroot_processes
 * those are stopped (TERM, then KILL) and named in the log. The proof is the device of its root
 * (stat, following /proc/<pid>/root), which must be the device the build mounted: a path is no
 * proof (another mount may sit there), and is not even readable for provisioning's processes,
 * whose root is the image moved onto `/` of their own mount namespace (sandbox.ts), so that their
 * /proc/<pid>/root reads "/" from here. The host's `/` is never on the build's device. A process
 * that merely has its working directory, its program or an open file inside the mount runs on
 * the host (a user's shell, a host tool): it is
 * never killed, only named, here and in the unmount error if it blocks the unmount.
 *
 * /proc/<pid>/{root,cwd,exe,fd/*} of other users' processes are readable only by root: when the
 * runner spawns programs directly this process is root and reads them itself; through a
 * command_wrapper they are read by programs (one `find` for all links, one `stat` for the roots).
 */
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { log } from '../log.js'
import type { HostRunner } from './exec.js'
import { canonicalPath, majorMinorOf } from './mountinfo.js'

export type MountUse = 'root' | 'cwd' | 'program' | 'open file'

/** The order uses are listed in, most telling first. */
const USE_ORDER: MountUse[] = ['root', 'cwd', 'program', 'open file']

export interface MountUser {
  pid: number
  comm: string
  cmdline: string
  uses: MountUse[]
}

/**
 * find arguments printing "<path>\0<link target>\0" for the root, cwd, exe and fd/<n> links of
 * every process, descending only into /proc/<pid> and /proc/<pid>/fd.
 */
const PROC_LINKS = [
  ...['/proc', '-mindepth', '1', '-maxdepth', '3', '-regextype', 'posix-extended'],
  ...['(', '-regex', '/proc/[0-9]+/(root|cwd|exe|fd/[0-9]+)', '-printf', '%p\\0%l\\0', ')'],
  ...['-o', '(', '-regex', '/proc/[0-9]+(/fd)?', ')'],
  ...['-o', '-prune']
]

const TERM_GRACE_MS = 5000
const KILL_GRACE_MS = 2000
/** Rounds of scan-and-stop: a dying process may still have started another one. */
const STOP_ROUNDS = 3

function readProcText(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return ''
  }
}

/** Zombies hold nothing (their files and root are released) and vanish when reaped. */
function isRunning(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return false
  const state = /\)\s+(\S)/.exec(readProcText(pid, 'stat'))?.[1]
  return state !== undefined && state !== 'Z' && state !== 'X'
}

export function describeProcess(user: MountUser): string {
  const cmdline = user.cmdline ? ` \`${user.cmdline}\`` : ''
  return `pid ${user.pid} (${user.comm})${cmdline} [${user.uses.join(', ')}]`
}

/** The process ids in /proc, this process left out. */
function otherPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && name !== String(process.pid))
    .map(Number)
}

/** readlink, or undefined when the process exited meanwhile (or the link is not readable). */
function linkTarget(path: string): string | undefined {
  try {
    return readlinkSync(path)
  } catch {
    return undefined
  }
}

/** "<path>\0<link target>\0" for the root, cwd, exe and fd/<n> links of every process. */
async function procLinks(runner: HostRunner): Promise<string[]> {
  if (!runner.spawnsDirectly) {
    const result = await runner.run(['find', ...PROC_LINKS], {
      quiet: true,
      allowedExitCodes: [0, 1] // 1: processes that exited during the scan
    })
    return result.stdout.split('\0')
  }
  const fields: string[] = []
  const add = (path: string): void => {
    const target = linkTarget(path)
    if (target !== undefined) fields.push(path, target)
  }
  for (const pid of otherPids()) {
    for (const kind of ['root', 'cwd', 'exe']) add(`/proc/${pid}/${kind}`)
    let fds: string[] = []
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      // exited meanwhile
    }
    for (const fd of fds) add(`/proc/${pid}/fd/${fd}`)
  }
  return fields
}

/** Processes whose root, working directory, program or an open file is at or below mountPath. */
export async function findMountUsers(runner: HostRunner, mountPath: string): Promise<MountUser[]> {
  const root = canonicalPath(mountPath)
  const fields = await procLinks(runner)
  const users = new Map<number, MountUser>()
  const self = String(process.pid)
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, pidText, kind] = /^\/proc\/(\d+)\/(root|cwd|exe|fd)/.exec(fields[i]) ?? []
    const target = fields[i + 1]
    if (!pidText || pidText === self) continue
    if (target !== root && !target.startsWith(`${root}/`)) continue
    const pid = Number(pidText)
    const use: MountUse =
      kind === 'fd' ? 'open file' : kind === 'exe' ? 'program' : (kind as MountUse)
    const user = users.get(pid) ?? {
      pid,
      comm: readProcText(pid, 'comm').trim() || '?',
      cmdline: readProcText(pid, 'cmdline').replace(/\0+$/, '').replace(/\0/g, ' '),
      uses: []
    }
    if (!user.uses.includes(use)) user.uses.push(use)
    user.uses.sort((a, b) => USE_ORDER.indexOf(a) - USE_ORDER.indexOf(b))
    users.set(pid, user)
  }
  return [...users.values()].sort((a, b) => a.pid - b.pid)
}

async function signalAndWait(
  runner: HostRunner,
  processes: MountUser[],
  signal: 'TERM' | 'KILL',
  graceMs: number
): Promise<MountUser[]> {
  const pids = processes.map((p) => String(p.pid))
  await runner.run(['kill', '-s', signal, ...pids], { quiet: true, allowedExitCodes: [0, 1] })
  for (let waited = 0; waited < graceMs; waited += 100) {
    if (!processes.some((p) => isRunning(p.pid))) break
    await sleep(100)
  }
  return processes.filter((p) => isRunning(p.pid))
}

/** "major:minor" of the file system holding each process's root directory (root only). */
async function rootDevices(runner: HostRunner, pids: number[]): Promise<Map<number, string>> {
  const devices = new Map<number, string>()
  if (pids.length === 0) return devices
  if (runner.spawnsDirectly) {
    for (const pid of pids) {
      try {
        devices.set(pid, majorMinorOf(statSync(`/proc/${pid}/root`).dev))
      } catch {
        // exited meanwhile
      }
    }
    return devices
  }
  const result = await runner.run(
    ['stat', '-L', '--printf', '%n %d\\n', ...pids.map((pid) => `/proc/${pid}/root`)],
    { quiet: true, allowedExitCodes: [0, 1] } // 1: a process exited meanwhile
  )
  for (const line of result.stdout.split('\n')) {
    const [, pid, device] = /^\/proc\/(\d+)\/root (\d+)$/.exec(line) ?? []
    if (pid) devices.set(Number(pid), majorMinorOf(Number(device)))
  }
  return devices
}

/** The processes whose root directory is on rootDevice (see the header), as users of the mount. */
async function rootedOn(runner: HostRunner, rootDevice: string): Promise<MountUser[]> {
  const pids = otherPids()
  const devices = await rootDevices(runner, pids)
  return pids
    .filter((pid) => devices.get(pid) === rootDevice)
    .map((pid) => ({
      pid,
      comm: readProcText(pid, 'comm').trim() || '?',
      cmdline: readProcText(pid, 'cmdline').replace(/\0+$/, '').replace(/\0/g, ' '),
      uses: ['root']
    }))
}

/** Users of the mount by path, and those rooted on its device, each once. */
async function usersOf(
  runner: HostRunner,
  mountPath: string,
  rootDevice: string
): Promise<{ all: MountUser[]; rooted: MountUser[] }> {
  const byPath = await findMountUsers(runner, mountPath)
  const onDevice = canonicalPath(mountPath) === '/' ? [] : await rootedOn(runner, rootDevice)
  const all = new Map(byPath.map((user) => [user.pid, user]))
  for (const user of onDevice) {
    const known = all.get(user.pid)
    if (!known) all.set(user.pid, user)
    else if (!known.uses.includes('root')) known.uses.unshift('root')
  }
  return {
    all: [...all.values()].sort((a, b) => a.pid - b.pid),
    rooted: onDevice.map((user) => all.get(user.pid)!)
  }
}

export interface StopResult {
  /** Processes that ran in the chroot and were stopped. */
  stopped: MountUser[]
  /** Processes still using the mount (host processes, or chroot ones left running). */
  remaining: MountUser[]
}

/**
 * Stops the processes left running in the chroot (with kill true) and names every process that
 * still uses the mount. Call it after provisioning, before unmounting, with the "major:minor" of
 * the device the build mounted at mountPath (proven by mount-ownership.ts): only processes whose
 * root is on that device are stopped.
 */
export async function stopChrootProcesses(
  runner: HostRunner,
  mountPath: string,
  options: { kill: boolean; rootDevice: string }
): Promise<StopResult> {
  const stopped: MountUser[] = []
  let users = await usersOf(runner, mountPath, options.rootDevice)
  for (let round = 0; round < STOP_ROUNDS && options.kill; round++) {
    const inChroot = users.rooted
    if (inChroot.length === 0) break
    log.info(`Stopping ${inChroot.length} process(es) left running in the chroot:`)
    for (const user of inChroot) log.info(`  ${describeProcess(user)}`)
    const stubborn = await signalAndWait(runner, inChroot, 'TERM', TERM_GRACE_MS)
    if (stubborn.length > 0) {
      log.info(`Killing what did not stop on SIGTERM: ${stubborn.map((p) => p.pid).join(', ')}`)
      await signalAndWait(runner, stubborn, 'KILL', KILL_GRACE_MS)
    }
    stopped.push(...inChroot.filter((p) => !isRunning(p.pid)))
    users = await usersOf(runner, mountPath, options.rootDevice)
  }

  const chrooted = new Set(users.rooted.map((user) => user.pid))
  for (const user of users.all) {
    const why = !chrooted.has(user.pid)
      ? user.uses.includes('root')
        ? `its root is not on the build's file system (${options.rootDevice}), so osc-chroot does not stop it`
        : 'it runs on the host, not in the chroot, so osc-chroot does not stop it'
      : options.kill
        ? 'it did not stop'
        : 'kill_chroot_processes is false'
    log.warning(
      `Still using ${mountPath}: ${describeProcess(user)}; ${why}. It may block the unmount.`
    )
  }
  return { stopped, remaining: users.all }
}
