/**
 * Running programs on this machine, through command_wrapper.
 *
 * The runner user is usually not root, so every privileged command (mount, file
 * copies into the image, chroot, kill...) goes through command_wrapper, e.g. `sudo {{.Command}}`.
 * The wrapper is the one place a shell is used, and it never re-reads the command: {{.Command}}
 * becomes `"$@"` and the argument vector follows as the shell's positional parameters
 * (`/bin/sh -c 'sudo "$@"' sh mount -o ro /dev/sdb1 /mnt/x`), so no argument is ever parsed as
 * shell text. A wrapper that puts {{.Command}} inside quotes would need the command re-parsed, and
 * is refused (commandWrapperProblem). With the default wrapper (`{{.Command}}`) no shell is
 * involved at all: the argument vector is spawned directly.
 *
 * Every process gets the allowlisted environment of host-env.ts, never the action's own (which
 * holds its inputs and the runner's tokens). Output is streamed to the log line by line, with
 * anything the runner could read as a workflow command neutralised, and captured (bounded) for the
 * caller; a failure throws a CommandError naming the command, its exit code and the last lines of
 * its stderr.
 */
// Not @actions/exec: it takes no AbortSignal, cannot kill a command's process group, and echoes argv.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { constants } from 'node:os'
import { quote } from 'shell-quote'
import { log } from '../log.js'
import { assertVariableNames } from '../config/values.js'
import { wrapCommand } from './command-wrapper.js'
import { hostEnvironment } from './host-env.js'
import { neutralised } from './workflow-output.js'

export interface RunOptions {
  /** Text written to the command's standard input (otherwise it is empty). */
  input?: string
  /** A stream piped to the command's standard input instead (osc-chroot-exec passes its own). */
  stdin?: NodeJS.ReadableStream
  /**
   * Extra environment variables. They are passed as `env NAME=value ... <command>` inside the
   * wrapper, because wrappers like sudo reset the environment they are given: they are in the
   * command's argv, so never put a secret here.
   */
  env?: Record<string, string>
  /**
   * A user's command (pre/post mount, provision_host_commands): it keeps the runner's locale.
   * Every other command runs with LC_ALL=C, since the action may parse what it says.
   */
  userCommand?: boolean
  cwd?: string
  /**
   * Internal probes: the command goes to the debug log and its output is only captured (it is
   * data for the caller, and in an error when the command fails).
   */
  quiet?: boolean
  /** Exit codes that are not failures; default [0]. */
  allowedExitCodes?: number[]
  /** How the command is shown in the log and in errors, when the real one would leak values. */
  display?: string
  /** Aborting kills the command's whole process group (TERM, then KILL). */
  signal?: AbortSignal
}

export interface RunResult {
  /** The command as shown in the log and errors. */
  command: string
  exitCode: number
  stdout: string
  stderr: string
}

export interface HostRunner {
  readonly commandWrapper: string
  /**
   * true: programs are spawned directly, as this process (the default wrapper), so a file
   * operation on the image can be made in-process with the same privileges (file-operations.ts).
   * Absent or false: file operations run as programs, through the wrapper.
   */
  readonly spawnsDirectly?: boolean
  /** Runs one program with its arguments (quoted for the wrapper, never split by a shell). */
  run(argv: string[], options?: RunOptions): Promise<RunResult>
  /** Runs shell text (user commands: pre/post mount, provision_host_commands) with /bin/sh -c. */
  shell(script: string, options?: RunOptions): Promise<RunResult>
}

/** A command that ran and failed (or could not start): what ran, how it ended, what it said. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly command: string,
    readonly exitCode: number,
    readonly stderr: string
  ) {
    super(message)
    this.name = 'CommandError'
  }

  /** The last lines of stderr: what explains the failure. */
  get stderrTail(): string {
    return lastLines(this.stderr, STDERR_LINES_IN_ERROR)
  }
}

export { commandWrapperProblem, wrapCommand } from './command-wrapper.js'

export const DEFAULT_COMMAND_WRAPPER = '{{.Command}}'

/** stdout is returned to callers that parse it; past this size the rest is dropped. */
const MAX_STDOUT_BYTES = 8 * 1024 * 1024
/** Only the end of stderr is kept: it explains the failure. */
const MAX_STDERR_BYTES = 64 * 1024
const STDERR_LINES_IN_ERROR = 20
/**
 * A background process started by the command (a daemon in the chroot) inherits its stdout and
 * keeps the pipe open after the command exits; waiting for the pipe to close would hang forever.
 */
const OUTPUT_DRAIN_MS = 2000
const KILL_GRACE_MS = 5000

export function isDefaultWrapper(commandWrapper: string): boolean {
  return /^\{\{-?\s*\.?Command\s*-?\}\}$/.test(commandWrapper.trim())
}

/**
 * Fails before anything is done when nothing can give us root: not root, and no wrapper.
 * (With a wrapper we trust the user: `sudo` will say itself if it cannot run.)
 */
export function assertCanRunPrivileged(
  commandWrapper: string,
  uid: number | undefined = process.getuid?.()
): void {
  if (uid === undefined || uid === 0 || !isDefaultWrapper(commandWrapper)) return
  throw new Error(
    `osc-chroot needs root to mount and chroot, but it runs as uid ${uid} and command_wrapper is ` +
      `the default "{{.Command}}". Set command_wrapper: 'sudo {{.Command}}' (passwordless sudo ` +
      `for the runner user) or run the runner as root.`
  )
}

function signalNumber(signal: NodeJS.Signals): number {
  return constants.signals[signal] ?? 0
}

/** Splits a stream into lines for the log; the last partial line is flushed at the end. */
function lineLogger(write: (line: string) => void): { push(chunk: string): void; end(): void } {
  let pending = ''
  return {
    push(chunk) {
      const lines = (pending + chunk).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) write(line.replace(/\r$/, ''))
    },
    end() {
      if (pending) write(pending)
      pending = ''
    }
  }
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n')
}

/** Spawns one process, streams and captures its output, and settles when it has exited. */
function execute(
  file: string,
  args: string[],
  display: string,
  options: RunOptions
): Promise<RunResult> {
  // The command line too: it may hold names chosen by the image, even a carriage return.
  if (options.quiet) log.debug(`$ ${display}`)
  else for (const printed of neutralised(`$ ${display}`)) log.info(printed)
  const logLine = (line: string): void => {
    if (!options.quiet) for (const printed of neutralised(line)) log.info(printed)
  }
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new CommandError(`Cancelled before it started: ${display}`, display, 130, ''))
      return
    }
    // Its own process group, so cancelling kills what the command started too.
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: hostEnvironment({ internal: !options.userCommand }),
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stdoutTruncated = false
    let stderr = ''
    const outLog = lineLogger(logLine)
    const errLog = lineLogger(logLine)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      outLog.push(chunk)
      if (stdout.length + chunk.length <= MAX_STDOUT_BYTES) stdout += chunk
      else stdoutTruncated = true
    })
    child.stderr.on('data', (chunk: string) => {
      errLog.push(chunk)
      stderr = (stderr + chunk).slice(-MAX_STDERR_BYTES)
    })
    // Without input, stdin is closed at once: a command that reads it sees end of file, never hangs.
    child.stdin.on('error', () => undefined) // the program may exit without reading it all
    if (options.stdin) options.stdin.pipe(child.stdin)
    else child.stdin.end(options.input ?? '')

    let killTimer: NodeJS.Timeout | undefined
    const killGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid) process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    const onAbort = (): void => {
      log.info(`Cancelling: ${display}`)
      killGroup('SIGTERM')
      killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS)
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const cleanup = (): void => {
      options.signal?.removeEventListener('abort', onAbort)
      if (killTimer) clearTimeout(killTimer)
    }

    child.on('error', (error) => {
      cleanup()
      reject(new CommandError(`Cannot run ${display}: ${error.message}`, display, 127, ''))
    })

    child.on('exit', (code, signal) => {
      void drainOutput(child, display).then(() => {
        outLog.end()
        errLog.end()
        cleanup()
        if (stdoutTruncated)
          log.debug(`Output of "${display}" truncated to ${MAX_STDOUT_BYTES} bytes.`)
        const exitCode = code ?? 128 + signalNumber(signal ?? 'SIGKILL')
        const allowed = options.allowedExitCodes ?? [0]
        if (options.signal?.aborted) {
          reject(new CommandError(`Cancelled: ${display}`, display, exitCode, stderr))
        } else if (!allowed.includes(exitCode)) {
          const how = signal ? `was killed by ${signal}` : `failed with exit code ${exitCode}`
          const tail = lastLines(stderr, STDERR_LINES_IN_ERROR)
          const message = `Command ${how}: ${display}${tail ? `\n${tail}` : ''}`
          reject(new CommandError(message, display, exitCode, stderr))
        } else {
          resolve({ command: display, exitCode, stdout, stderr })
        }
      })
    })
  })
}

/**
 * After the command exited: waits for the rest of its output, but not for a background process
 * that inherited the pipes (it would keep them open for as long as it lives).
 */
async function drainOutput(child: ChildProcessWithoutNullStreams, display: string): Promise<void> {
  const streams = [child.stdout, child.stderr]
  const closed = Promise.all(
    streams.map(
      (stream) =>
        new Promise((done) => (stream.closed ? done(undefined) : stream.once('close', done)))
    )
  )
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<'timeout'>(
    (done) => (timer = setTimeout(() => done('timeout'), OUTPUT_DRAIN_MS))
  )
  const outcome = await Promise.race([closed, timedOut])
  clearTimeout(timer)
  if (outcome === 'timeout') {
    log.debug(`A process started by "${display}" still holds its output; no longer reading it.`)
    streams.forEach((stream) => stream.destroy())
  }
}

function envPrefix(env: Record<string, string> | undefined): string[] {
  if (!env) return []
  assertVariableNames(Object.keys(env), 'the environment of a host command')
  const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`)
  return pairs.length > 0 ? ['env', ...pairs] : []
}

export function createHostRunner(commandWrapper: string = DEFAULT_COMMAND_WRAPPER): HostRunner {
  const direct = isDefaultWrapper(commandWrapper)
  // Fails now, on a wrapper without {{.Command}} or with a quoted one, rather than at the first command.
  if (!direct) wrapCommand(commandWrapper, ['true'])

  const runner: HostRunner = {
    commandWrapper,
    spawnsDirectly: direct,
    async run(argv, options = {}) {
      if (argv.length === 0) throw new Error('HostRunner.run: empty command')
      const full = [...envPrefix(options.env), ...argv]
      if (direct) {
        return execute(full[0], full.slice(1), options.display ?? quote(full), options)
      }
      // Wrappers like sudo reset the environment (and PAM may set the runner's LANG again): the
      // locale of an internal command is set inside the wrapper too. Not a secret, so in argv.
      const locale = options.userCommand ? [] : ['env', 'LC_ALL=C']
      const wrapped = wrapCommand(commandWrapper, [...locale, ...full])
      const display = options.display ?? wrapCommand(commandWrapper, full).display
      return execute(wrapped.file, wrapped.args, display, options)
    },
    async shell(script, options = {}) {
      return runner.run(['/bin/sh', '-c', script], {
        display: script,
        userCommand: true,
        ...options
      })
    }
  }
  return runner
}
