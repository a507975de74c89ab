/**
 * Namespaces around the image's code.
 *
 * A chroot alone shares everything else with the host: the image's code would see every host
 * process in /proc (with its environ, holding the runner's credentials, and /proc/1/root, the
 * host's root), could signal them, and a daemon started by a package would outlive the build.
 * So provisioning runs under util-linux's `unshare` in new PID, mount, IPC and UTS namespaces,
 * and a fresh proc of the new PID namespace is mounted over the image's /proc before chroot:
 * the image sees its own processes only. When the namespace's first process exits, the kernel
 * kills everything left in it (pid_namespaces(7)): that is how daemons started by packages end.
 * `--kill-child` ends the namespace when unshare itself is killed (cancellation).
 *
 * Two more things keep root inside the chroot from reaching the host. In the new mount namespace
 * the image is moved onto `/` before chroot (as switch_root(8) does), so a process that chroots
 * again and climbs with ".." (the classic chroot escape) ends at the image's root, not the host's.
 * And the image's code runs with Docker's default capability set only
 * (https://github.com/moby/moby/blob/master/oci/caps/defaults.go): without CAP_SYS_ADMIN it
 * cannot mount (a devtmpfs would show every disk of the runner), without CAP_SYS_RAWIO,
 * CAP_SYS_MODULE, CAP_NET_ADMIN, CAP_SYS_TIME, CAP_SYS_BOOT and the others it cannot touch the
 * host's hardware, kernel, network or clock. Package installs need no more than that set.
 *
 * The scripts below are fixed text: every value reaches them as a positional parameter ("$@"),
 * never spliced into shell text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { quote } from 'shell-quote'
import type { BuildConfig } from '../config/types.js'
import { assertVariableNames } from '../config/values.js'
import { CommandError, type HostRunner, type RunOptions, type RunResult } from './exec.js'
import { resolveInImage } from './image-path.js'

const NAMESPACES = ['--pid', '--fork', '--kill-child', '--mount', '--propagation', 'private']
const PROVISION_NAMESPACES = [...NAMESPACES, '--ipc', '--uts']

/** The options of the fresh proc: read-only, so the host's kernel settings stay out of reach. */
const PROC_OPTIONS = 'ro,nosuid,nodev,noexec'

/** What the image's code may do as root: Docker's default set, everything else dropped. */
export const IMAGE_CAPABILITIES = [
  'chown',
  'dac_override',
  'fowner',
  'fsetid',
  'kill',
  'setgid',
  'setuid',
  'setpcap',
  'setfcap',
  'mknod',
  'net_bind_service',
  'net_raw',
  'sys_chroot',
  'audit_write'
]
const BOUNDING_SET = ['-all', ...IMAGE_CAPABILITIES.map((name) => `+${name}`)].join(',')

/** $0 of the sandbox scripts, as ps shows them. */
const SCRIPT_NAME = 'osc-chroot-sandbox'

/**
 * Provisioning: $1 image root, $2 its /proc on the host, $3 the environment file, $4 the
 * capability bounding set, then the command to run in the chroot. The environment file is read
 * here, on the host side, and never enters the image: the values reach the command through its
 * environment only. It is removed as soon as it is read, with the private directory holding it
 * (writeEnvironmentFile: one `rm -rf` of that directory, the file's path up to its last "/"), so
 * that a build killed while the command runs leaves no file of its variables behind. The host's setpriv and chroot are looked up before the file can change PATH;
 * after the image is moved onto `/`, a path is still resolved from this process's root, the
 * host's, until chroot.
 */
const PROVISION_SCRIPT = `set -e
root=$1 proc=$2 environment=$3 capabilities=$4
shift 4
mount -t proc -o ${PROC_OPTIONS} osc-chroot-proc "$proc" || {
  echo "osc-chroot: cannot mount a private /proc on $proc" >&2
  exit 125
}
setpriv=$(command -v setpriv) chroot=$(command -v chroot)
cd "$root"
mount --move . /
set -a
. "$environment"
set +a
rm -rf -- "\${environment%/*}"
exec "$setpriv" --bounding-set "$capabilities" "$chroot" . "$@"`

/**
 * A host command (provision_host_commands): $1 the image's /proc on the host, $2 the command,
 * $3 (may be empty) a file of variables to add to its environment (values never in an argv).
 * The command keeps the host's own /proc and file system; what it starts in the chroot sees the
 * fresh proc of the new PID namespace.
 */
const HOST_COMMAND_SCRIPT = `set -e
proc=$1
mount -t proc -o ${PROC_OPTIONS} osc-chroot-proc "$proc" || {
  echo "osc-chroot: cannot mount a private /proc on $proc" >&2
  exit 125
}
if [ -n "$3" ]; then
  set -a
  . "$3"
  set +a
  rm -rf -- "\${3%/*}"
fi
exec /bin/sh -c "$2"`

/** Whether the build runs anything in the sandbox (provisioning or provision_host_commands). */
export function needsSandbox(
  config: Pick<BuildConfig, 'provision' | 'provisionScripts' | 'provisionHostCommands'> &
    Partial<Pick<BuildConfig, 'templateProvisioners'>>
): boolean {
  return (
    config.provision.trim() !== '' ||
    config.provisionScripts.length > 0 ||
    config.provisionHostCommands.length > 0 ||
    (config.templateProvisioners ?? []).some((provisioner) => provisioner.type !== 'file')
  )
}

const checked = new WeakMap<HostRunner, Promise<void>>()

/**
 * Fails early, with what is needed, when unshare is missing or cannot make the namespaces (an
 * old util-linux, a container without the privilege). Checked once per runner.
 */
export function assertSandboxAvailable(runner: HostRunner): Promise<void> {
  let check = checked.get(runner)
  if (!check) {
    const probe = ['unshare', ...PROVISION_NAMESPACES, '--', 'setpriv', '--bounding-set']
    check = runner.run([...probe, BOUNDING_SET, 'true'], { quiet: true }).then(
      () => undefined,
      (error: unknown) => {
        checked.delete(runner)
        const reason = error instanceof CommandError ? error.stderrTail || error.message : error
        throw new Error(
          `Provisioning runs in its own PID, mount, IPC and UTS namespaces with fewer ` +
            `capabilities, but "unshare ${PROVISION_NAMESPACES.join(' ')} -- setpriv ` +
            `--bounding-set ... true" failed: ${String(reason)}. It needs util-linux's unshare ` +
            `and setpriv (2.32 or later, package util-linux) run as root ` +
            `(through command_wrapper), on a kernel with namespaces.`
        )
      }
    )
    checked.set(runner, check)
  }
  return check
}

/** The image's /proc, as a host path, created when the image has none. */
async function imageProc(runner: HostRunner, mountPath: string): Promise<string> {
  const proc = await resolveInImage(runner, mountPath, '/proc')
  if (proc.info.type === 'missing') {
    await runner.run(['mkdir', '-p', '-m', '0555', '--', proc.hostPath], { quiet: true })
  } else if (proc.info.type !== 'directory') {
    throw new Error(`The image's /proc (${proc.pathInImage}) is not a directory.`)
  }
  return proc.hostPath
}

/**
 * Writes variables to a 0600 file in a new 0700 directory, shell-quoted for `. file`, and gives
 * its path and a function that removes it. Values never appear in any argv.
 */
export function writeEnvironmentFile(environment: Record<string, string>): {
  path: string
  remove(): void
} {
  assertVariableNames(Object.keys(environment), 'the environment of a sandboxed command')
  const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-env-'))
  const path = join(dir, 'environment')
  const lines = Object.entries(environment).map(([name, value]) => `${name}=${quote([value])}\n`)
  const remove = (): void => rmSync(dir, { recursive: true, force: true })
  try {
    writeFileSync(path, lines.join(''), { mode: 0o600, flag: 'wx' })
  } catch (error) {
    remove()
    throw error
  }
  return { path, remove }
}

export interface SandboxedChroot {
  runner: HostRunner
  mountPath: string
  /** The command's whole environment (nothing else is inherited). */
  environment: Record<string, string>
  /** The command inside the chroot. */
  command: string[]
  options?: RunOptions
}

/** Runs a command chrooted into the image, in new namespaces, with only `environment`. */
export async function runInSandboxedChroot(sandboxed: SandboxedChroot): Promise<RunResult> {
  const { runner, mountPath, command } = sandboxed
  await assertSandboxAvailable(runner)
  const proc = await imageProc(runner, mountPath)
  const environmentFile = writeEnvironmentFile(sandboxed.environment)
  try {
    return await runner.run(
      [
        // Nothing of the runner's environment goes on: the file gives the command's.
        'env',
        '-i',
        'PATH=/usr/sbin:/usr/bin:/sbin:/bin',
        'unshare',
        ...PROVISION_NAMESPACES,
        '--',
        '/bin/sh',
        '-c',
        PROVISION_SCRIPT,
        SCRIPT_NAME,
        mountPath,
        proc,
        environmentFile.path,
        BOUNDING_SET,
        ...command
      ],
      { display: `chroot ${mountPath} ${quote(command)}`, ...sandboxed.options }
    )
  } finally {
    environmentFile.remove()
  }
}

/**
 * Runs a user's host command (shell text) in new PID and mount namespaces whose view of the
 * image's /proc is a fresh proc, so that what it starts in the chroot sees no host process.
 */
export async function runHostCommandBesideChroot(
  runner: HostRunner,
  mountPath: string,
  command: string,
  options: RunOptions = {},
  /** Variables added to the command's environment, through a 0600 file. */
  environment: Record<string, string> = {}
): Promise<RunResult> {
  await assertSandboxAvailable(runner)
  const proc = await imageProc(runner, mountPath)
  const environmentFile =
    Object.keys(environment).length > 0 ? writeEnvironmentFile(environment) : undefined
  try {
    return await runner.run(
      [
        'unshare',
        ...NAMESPACES,
        '--',
        '/bin/sh',
        '-c',
        HOST_COMMAND_SCRIPT,
        SCRIPT_NAME,
        proc,
        command,
        environmentFile?.path ?? ''
      ],
      { display: command, userCommand: true, ...options }
    )
  } finally {
    environmentFile?.remove()
  }
}
