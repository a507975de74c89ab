/**
 * Destructive host suites run inside their own PID and mount namespaces: a bug that mounts over
 * the wrong path or kills the wrong process then harms only the namespace. The suite file calls
 * describeInNamespaces; run normally, it re-runs itself as
 *   unshare --pid --fork --mount-proc --mount --propagation private -- jest <this file>
 * and passes when that run passes; inside, the real tests run.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'

const INSIDE = 'OSC_CHROOT_TEST_IN_NAMESPACES'

/**
 * `unshare` and its options for a process (and all it starts) in new PID and mount namespaces,
 * with its own /proc and no mount propagating back to the host: append `--` and the command.
 */
// eslint-disable-next-line jest/no-export
export const IN_NEW_NAMESPACES = [
  'unshare',
  '--pid',
  '--fork',
  '--mount-proc',
  '--mount',
  '--propagation',
  'private'
]

// A helper, not a suite: it defines the one outer test of the suite that calls it.
// eslint-disable-next-line jest/no-export
export function describeInNamespaces(name: string, testFile: string, fn: () => void): void {
  if (process.env[INSIDE] === '1') {
    // The caller's title and body, passed through.
    // eslint-disable-next-line jest/valid-title, jest/valid-describe-callback
    describe(name, fn)
    return
  }
  describe(`${name} (in new PID and mount namespaces)`, () => {
    it('passes', () => {
      const [unshare, ...options] = IN_NEW_NAMESPACES
      const result = spawnSync(
        unshare,
        [...options, '--', 'npx', 'jest', '--selectProjects', 'host', '--runTestsByPath', testFile],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            [INSIDE]: '1',
            NODE_OPTIONS: '--experimental-vm-modules',
            NODE_NO_WARNINGS: '1'
          },
          timeout: 600_000
        }
      )
      const output = `${result.stdout}\n${result.stderr}`
      if (result.status !== 0) console.error(output)
      expect(result.error).toBeUndefined()
      expect(output).toMatch(/Tests:\s+(\d+) passed, \1 total/)
      expect(result.status).toBe(0)
    })
  })
}
