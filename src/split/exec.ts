/**
 * osc-chroot-exec: one command inside split mode's open build, from any later `run` step of the
 * job. It is the provision input's sandbox (src/host/sandbox.ts: new PID, mount, IPC and UTS
 * namespaces, the image moved onto /, Docker's default capabilities) and its environment
 * (src/host/provision.ts provisionEnvironment: nothing of the runner's, the build's facts, then
 * --env), and its output is printed as provisioning's is, workflow commands neutralised
 * (src/host/workflow-output.ts). Its standard input is the command's; its exit status is the
 * command's.
 *
 *   osc-chroot-exec [--build NAME] [--env NAME=VALUE]... [--cwd DIR] [--] COMMAND [ARG]...
 */
import { createHostRunner } from '../host/exec.js'
import { provisionEnvironment } from '../host/provision.js'
import { readMountInfo } from '../host/mountinfo.js'
import { runInSandboxedChroot } from '../host/sandbox.js'
import { assertVariableNames } from '../config/values.js'
import { checkBuildName, findOpenBuild, NoOpenBuildError } from './open-build.js'

export const usage = `Usage: osc-chroot-exec [--build NAME] [--env NAME=VALUE]... [--cwd DIR] [--] COMMAND [ARG]...
Runs COMMAND in the chroot of the build the prepare action left open (--build: the one prepared
with that name), isolated as the provision input is. Its exit status is the command's.`

/** Exit status of a usage error (as the shell's builtins), kept apart from the command's own. */
export const USAGE_STATUS = 2
/** Exit status when there is no open build, or it cannot be used (as env(1) when it cannot run). */
export const NO_BUILD_STATUS = 125

export interface ExecRequest {
  build: string
  env: Record<string, string>
  cwd: string
  command: string[]
}

/** Thrown on a bad command line; the message says what is wrong. */
export class UsageError extends Error {}

function valueOf(args: string[], index: number, option: string): string {
  const value = args[index + 1]
  if (value === undefined) throw new UsageError(`${option} needs a value.`)
  return value
}

function buildName(value: string): string {
  try {
    return checkBuildName(value, '--build')
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** Parses the options up to COMMAND (the first word that is not one, or after `--`). */
export function parseExecArgs(args: string[]): ExecRequest {
  const request: ExecRequest = { build: '', env: {}, cwd: '', command: [] }
  let index = 0
  for (; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--') {
      index++
      break
    }
    const [option, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg]
    const take = (): string => (inline !== undefined ? inline : valueOf(args, index++, option))
    if (option === '--build') request.build = buildName(take())
    else if (option === '--cwd') request.cwd = take()
    else if (option === '--env') {
      const pair = take()
      const equals = pair.indexOf('=')
      if (equals <= 0) {
        throw new UsageError(`--env ${JSON.stringify(pair)}: give NAME=VALUE, e.g. --env LANG=C.`)
      }
      request.env[pair.slice(0, equals)] = pair.slice(equals + 1)
    } else if (option === '--help' || option === '-h') throw new UsageError('')
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.`)
    else break
  }
  request.command = args.slice(index)
  if (request.command.length === 0) throw new UsageError('Give the COMMAND to run in the chroot.')
  try {
    assertVariableNames(Object.keys(request.env), '--env')
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (request.cwd && !request.cwd.startsWith('/')) {
    throw new UsageError(
      `--cwd ${JSON.stringify(request.cwd)}: give an absolute path in the image.`
    )
  }
  return request
}

/** With --cwd, the command starts in that directory of the image (a shell of the image goes there). */
function inDirectory(cwd: string, command: string[]): string[] {
  if (!cwd) return command
  return [
    '/bin/sh',
    '-c',
    'cd -- "$1" || exit 125; shift; exec "$@"',
    'osc-chroot-exec',
    cwd,
    ...command
  ]
}

export interface ExecIo {
  stdin: NodeJS.ReadableStream
  /** Where osc-chroot-exec's own messages go (the command's output goes to the log). */
  error: (message: string) => void
  env?: NodeJS.ProcessEnv
  signal?: AbortSignal
}

/** Runs the command; the resolved number is the exit status to end with. */
export async function execInOpenBuild(args: string[], io: ExecIo): Promise<number> {
  let request: ExecRequest
  try {
    request = parseExecArgs(args)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.error(error.message ? `osc-chroot-exec: ${error.message}\n${usage}` : usage)
    return error.message ? USAGE_STATUS : 0
  }
  let build
  try {
    build = findOpenBuild(request.build, io.env)
  } catch (error) {
    if (!(error instanceof NoOpenBuildError)) throw error
    io.error(`osc-chroot-exec: ${error.message}`)
    return NO_BUILD_STATUS
  }
  const mountPath = build.results.mountPath ?? ''
  if (!readMountInfo().some((entry) => entry.mountPoint === mountPath)) {
    io.error(
      `osc-chroot-exec: the chroot of build ${build.buildId} (${mountPath}) is not mounted any ` +
        'more: its prepare step failed or its build was finished or cleaned up.'
    )
    return NO_BUILD_STATUS
  }
  const environment = provisionEnvironment(
    {
      buildId: build.buildId,
      omiName: build.config.omiName,
      sourceOmi: build.results.sourceImage?.ImageId ?? '',
      sourceOmiName: build.results.sourceImage?.ImageName ?? '',
      region: build.region
    },
    request.env
  )
  const result = await runInSandboxedChroot({
    runner: createHostRunner(build.config.commandWrapper),
    mountPath,
    environment,
    command: inDirectory(request.cwd, request.command),
    options: {
      stdin: io.stdin,
      signal: io.signal,
      // Every status is the command's to give: none is an error of osc-chroot-exec.
      allowedExitCodes: Array.from({ length: 256 }, (_, code) => code)
    }
  })
  return result.exitCode
}
