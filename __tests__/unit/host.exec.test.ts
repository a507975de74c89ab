/**
 * Command execution through command_wrapper: arguments reach the program verbatim whatever the
 * wrapper's quoting, output is streamed and captured, failures carry the command, exit code and
 * stderr, cancelling kills the whole process group, and a daemon holding the output does not
 * hang the caller.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  assertCanRunPrivileged,
  CommandError,
  commandWrapperProblem,
  createHostRunner,
  wrapCommand
} from '../../src/host/exec.js'
import { runHostCommands } from '../../src/host/host-commands.js'
import { hostEnvironment } from '../../src/host/host-env.js'
import { assertSandboxAvailable } from '../../src/host/sandbox.js'
import { captureLog, Teardown, tempDir } from '../helpers/loop-disk.js'
import { executedCommands } from '../helpers/workflow-commands.js'

const teardown = new Teardown()
let logged: ReturnType<typeof captureLog>
beforeEach(() => {
  logged = captureLog()
  teardown.add(() => logged.restore())
})
afterEach(() => teardown.run())

const nastyArguments = [
  'plain',
  'two words',
  "it's",
  '"double"',
  '$(echo pwned)',
  '`echo pwned`',
  '$HOME',
  'back\\slash',
  'line one\nline two',
  '*',
  '; echo pwned',
  '|',
  '&&',
  '',
  '{a,b}',
  "'\"'\"'"
]

const wrappers = [
  '{{.Command}}',
  '{{ .Command }}',
  'env {{.Command}}',
  `sh -c 'exec "$@"' sh {{.Command}}`,
  'nice -n 0 {{.Command}} && true'
]

/** The process's own view of its liveness: gone, or a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    return !/\)\s+Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function waitUntilGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100)
  return !isAlive(pid)
}

describe('host runner', () => {
  it.each(wrappers)('passes every argument verbatim through %s', async (wrapper) => {
    const runner = createHostRunner(wrapper)
    const result = await runner.run(['printf', '%s\\0', ...nastyArguments], { quiet: true })
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(nastyArguments)
  })

  it('runs argv directly with the default wrapper, and through sh -c otherwise', () => {
    expect(wrapCommand('sudo {{.Command}}', ['mount', '-o', 'a b', '/dev/x', '/mnt/y z'])).toEqual({
      file: '/bin/sh',
      // The command is never shell text: "$@" expands to the arguments as they are.
      args: ['-c', 'sudo "$@"', 'sh', 'mount', '-o', 'a b', '/dev/x', '/mnt/y z'],
      display: "sudo mount -o 'a b' /dev/x '/mnt/y z'"
    })
    expect(() => createHostRunner('sudo')).toThrow(/does not contain \{\{.Command\}\}/)
  })

  it.each([
    "sh -c '{{.Command}}'",
    'sh -c "{{.Command}}"',
    `sudo sh -c 'exec sh -c "{{.Command}}"'`,
    "env {{.Command}} && sh -c '{{.Command}}'"
  ])('refuses a wrapper that quotes {{.Command}}: %s', (wrapper) => {
    expect(commandWrapperProblem(wrapper)).toMatch(/puts \{\{\.Command\}\} inside quotes/)
    expect(() => createHostRunner(wrapper)).toThrow(
      /inside quotes.*sh -c 'exec "\$@"' sh \{\{\.Command\}\}/s
    )
  })

  it('a wrapper through a shell still runs image-chosen names as plain arguments', async () => {
    const dir = tempDir(teardown)
    const runner = createHostRunner(`sh -c 'exec "$@"' sh {{.Command}}`)
    const hostile = `x"; touch pwned; echo '$(touch pwned2)`
    await runner.run(['touch', '--', hostile], { quiet: true, cwd: dir })
    expect(readdirSync(dir)).toEqual([hostile])
  })

  it('streams output to the log and captures it', async () => {
    const runner = createHostRunner()
    const result = await runner.shell('echo out one; echo err one >&2; printf "partial"')
    expect(result.stdout).toBe('out one\npartial')
    expect(result.stderr).toBe('err one\n')
    expect(logged.lines).toEqual(
      expect.arrayContaining(['info: out one', 'info: err one', 'info: partial'])
    )
  })

  it('gives stdin and extra environment variables, also through a wrapper that resets nothing', async () => {
    const runner = createHostRunner(`sh -c 'exec "$@"' sh {{.Command}}`)
    const result = await runner.run(['sh', '-c', 'read line; echo "$line/$GREETING"'], {
      input: 'from stdin\n',
      env: { GREETING: "hello 'world'" }
    })
    expect(result.stdout).toBe("from stdin/hello 'world'\n")
  })

  it('throws a CommandError with the command, the exit code and the last stderr lines', async () => {
    const runner = createHostRunner()
    const failing = runner.run(['sh', '-c', 'echo first >&2; echo "the reason" >&2; exit 3'])
    await expect(failing).rejects.toThrow(CommandError)
    await expect(failing).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(/exit code 3: sh -c .*the reason/s)
    })
    const allowed = await runner.run(['sh', '-c', 'exit 3'], { allowedExitCodes: [0, 3] })
    expect(allowed.exitCode).toBe(3)
    await expect(runner.run(['/no/such/program'])).rejects.toThrow(/Cannot run \/no\/such\/program/)
  })

  it('does not hang when a background process keeps its output open', async () => {
    const runner = createHostRunner()
    const result = await runner.shell('sleep 1000 & echo $!')
    const daemon = Number(result.stdout.trim())
    expect(isAlive(daemon)).toBe(true)
    process.kill(daemon, 'SIGKILL')
    expect(await waitUntilGone(daemon)).toBe(true)
  })

  it('kills the whole process group when cancelled', async () => {
    const dir = tempDir(teardown)
    const pidFile = join(dir, 'pid')
    const runner = createHostRunner()
    const controller = new AbortController()
    const running = runner.run(['sh', '-c', `sleep 1000 & echo $! > ${pidFile}; wait`], {
      signal: controller.signal
    })
    for (let i = 0; i < 100 && !existsSync(pidFile); i++) await sleep(50)
    const child = Number(readFileSync(pidFile, 'utf8'))
    controller.abort()
    await expect(running).rejects.toThrow(/Cancelled/)
    expect(await waitUntilGone(child)).toBe(true)
  })

  it('names the failing user command with its option and index', async () => {
    const runner = createHostRunner()
    await runHostCommands(runner, 'post_mount_commands', ['test "{{.Device}}" = /dev/sdb'], {
      Device: '/dev/sdb',
      MountPath: '/mnt/x'
    })
    await expect(
      runHostCommands(runner, 'pre_mount_commands', ['true', 'echo bad >&2; exit 4'], {
        Device: '/dev/sdb'
      })
    ).rejects.toThrow(/^pre_mount_commands\[1\] failed with exit code 4: echo bad >&2; exit 4\nbad/)
    await expect(
      runHostCommands(runner, 'pre_mount_commands', ['{{.Nope}}'], { Device: '/dev/sdb' })
    ).rejects.toThrow(/unknown template variable "Nope"/)
  })
})

describe('what commands inherit and print', () => {
  const secrets = {
    INPUT_SECRET_KEY: 'input-secret-value',
    OSC_SECRET_KEY: 'osc-secret-value',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
    GITHUB_TOKEN: 'github-token-value',
    AWS_SECRET_ACCESS_KEY: 'aws-secret-value',
    OSC_CHROOT_DEBUG_TOKEN: 'looks-like-a-token'
  }
  beforeEach(() => {
    const saved = { ...process.env }
    Object.assign(process.env, secrets, { https_proxy: 'http://proxy:3128', LANG: 'fr_FR.UTF-8' })
    teardown.add(() => {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
      Object.assign(process.env, saved)
    })
  })

  it.each(['{{.Command}}', 'env {{.Command}}'])(
    'host commands get an allowlisted environment, without secrets (wrapper %s)',
    async (wrapper) => {
      const runner = createHostRunner(wrapper)
      const result = await runner.shell('env; cat /proc/$$/environ | tr "\\0" "\\n"', {
        quiet: true
      })
      for (const value of Object.values(secrets)) expect(result.stdout).not.toContain(value)
      expect(result.stdout).toMatch(/^https_proxy=http:\/\/proxy:3128$/m)
      expect(result.stdout).toMatch(/^LANG=fr_FR.UTF-8$/m)
      expect(result.stdout).toMatch(/^PATH=/m)
      expect(result.stdout).not.toMatch(/^LC_ALL=/m) // a user's command keeps the runner's locale
    }
  )

  it('keeps only the allowlisted names, never one that looks like a credential', () => {
    const from = {
      PATH: '/bin',
      LC_TIME: 'fr_FR.UTF-8',
      NO_PROXY: 'localhost',
      GITHUB_WORKSPACE: '/w',
      OSC_CHROOT_POLL_POLICY: 'packer',
      OSC_CHROOT_API_TOKEN: 't',
      OSC_ACCESS_KEY: 'a',
      OSC_REGION: 'eu-west-2',
      INPUT_ACCESS_KEY: 'i',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
      GITHUB_TOKEN: 'g',
      AWS_PROFILE: 'p',
      SSH_AUTH_SOCK: '/tmp/agent'
    }
    expect(hostEnvironment({}, from)).toEqual({
      PATH: '/bin',
      LC_TIME: 'fr_FR.UTF-8',
      NO_PROXY: 'localhost',
      GITHUB_WORKSPACE: '/w',
      OSC_CHROOT_POLL_POLICY: 'packer'
    })
    expect(hostEnvironment({ internal: true }, from)).toMatchObject({ LC_ALL: 'C' })
  })

  it.each(['{{.Command}}', 'env -i LANG=fr_FR.UTF-8 {{.Command}}'])(
    'internal commands run with LC_ALL=C, so that their output can be parsed (wrapper %s)',
    async (wrapper) => {
      // The second wrapper resets the environment and sets a locale, as sudo with pam_env does.
      const runner = createHostRunner(wrapper)
      const result = await runner.run(['sh', '-c', 'echo "$LC_ALL"'], { quiet: true })
      expect(result.stdout).toBe('C\n')
      expect(result.command).not.toContain('LC_ALL=C') // the log shows the command itself
      const user = await runner.shell('echo "${LC_ALL:-unset}"', { quiet: true })
      expect(user.stdout).toBe('unset\n')
    }
  )

  it('output cannot issue workflow commands, and still shows verbatim', async () => {
    const hostile = [
      '::add-mask::x',
      '::error::y',
      '::set-output name=a::b',
      '::stop-commands::z',
      '  ::warning::indented',
      '\u0085::notice::next line',
      'text\r::add-mask::after a carriage return',
      'old form ##[error]e',
      '::z::'
    ]
    const runner = createHostRunner()
    await runner.run(['printf', '%s\\n', ...hostile])
    await runHostCommands(runner, 'post_mount_commands', ['echo "::error::from a host command"'], {
      Device: '/dev/sdb',
      MountPath: '/mnt/x'
    })
    const printed = logged.lines
      .filter((line) => line.startsWith('info: '))
      .map((line) => line.slice('info: '.length))
    expect(printed).toEqual(expect.arrayContaining([...hostile, '::error::from a host command']))
    expect(executedCommands(printed.join('\n'))).toEqual([])
    // And the check is real: the same lines printed as they are would have run.
    expect(executedCommands(hostile.join('\n')).map((c) => c.name)).toEqual([
      'add-mask',
      'error',
      'set-output'
    ])
  })
})

describe('sandbox preflight', () => {
  it('fails early, saying what is needed, when unshare cannot run', async () => {
    const runner = createHostRunner('env PATH=/nonexistent {{.Command}}')
    await expect(assertSandboxAvailable(runner)).rejects.toThrow(
      /^Provisioning runs in its own PID, mount, IPC and UTS namespaces with fewer capabilities, but "unshare --pid .* setpriv .*" failed: .*util-linux/s
    )
  })
})

describe('privilege preflight', () => {
  it('fails early for a non-root user without a wrapper, suggesting sudo', () => {
    expect(() => assertCanRunPrivileged('{{.Command}}', 1001)).toThrow(
      /needs root .*command_wrapper: 'sudo \{\{\.Command\}\}'/
    )
    expect(() => assertCanRunPrivileged('sudo {{.Command}}', 1001)).not.toThrow()
    expect(() => assertCanRunPrivileged('{{.Command}}', 0)).not.toThrow()
  })
})
