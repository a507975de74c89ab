/**
 * The private /dev's read-only remount (src/host/private-dev.ts) when mount(8) misses the mount in
 * a mountinfo that other builds change at the same time: asked again, never for another failure.
 */
import { describe, expect, it } from '@jest/globals'
import {
  CommandError,
  type HostRunner,
  type RunOptions,
  type RunResult
} from '../../src/host/exec.js'
import { mountPrivateDev } from '../../src/host/private-dev.js'

const target = '/mnt/osc-chroot/test/dev'
const notMounted = `mount: ${target}: mount point not mounted or bad option.`

/** Runs nothing; the remount answers `remountAnswers` in turn (then success). */
function fakeRunner(remountAnswers: { exitCode: number; stderr: string }[]) {
  const remounts: string[][] = []
  const runner: HostRunner = {
    commandWrapper: '{{.Command}}',
    async run(argv: string[], options?: RunOptions): Promise<RunResult> {
      const command = argv.join(' ')
      if (!argv.includes('remount,ro,bind')) return { command, exitCode: 0, stdout: '', stderr: '' }
      remounts.push(argv)
      const answer = remountAnswers.shift() ?? { exitCode: 0, stderr: '' }
      if (answer.exitCode !== 0 && !(options?.allowedExitCodes ?? [0]).includes(answer.exitCode)) {
        throw new CommandError(
          `${command}: ${answer.stderr}`,
          command,
          answer.exitCode,
          answer.stderr
        )
      }
      return { command, exitCode: answer.exitCode, stdout: '', stderr: answer.stderr }
    },
    shell: () => Promise.reject(new Error('no shell here'))
  }
  return { runner, remounts }
}

describe('the private /dev made read-only', () => {
  it('is asked again when mount(8) did not see the mount it was given', async () => {
    const { runner, remounts } = fakeRunner([
      { exitCode: 32, stderr: notMounted },
      { exitCode: 32, stderr: notMounted }
    ])
    await mountPrivateDev(runner, target, undefined)
    expect(remounts).toEqual(Array(3).fill(['mount', '-o', 'remount,ro,bind', target]))
  })

  it('fails at once on any other failure', async () => {
    const { runner, remounts } = fakeRunner([
      { exitCode: 32, stderr: 'mount: permission denied' },
      { exitCode: 32, stderr: 'mount: permission denied' }
    ])
    await expect(mountPrivateDev(runner, target, undefined)).rejects.toThrow(/permission denied/)
    expect(remounts).toHaveLength(1)
  })

  it('fails when the mount is never seen, after a bounded number of attempts', async () => {
    const { runner, remounts } = fakeRunner(Array(10).fill({ exitCode: 32, stderr: notMounted }))
    await expect(mountPrivateDev(runner, target, undefined)).rejects.toThrow(/not mounted/)
    expect(remounts).toHaveLength(5)
  })
})
