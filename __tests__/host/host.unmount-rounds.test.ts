/**
 * The unmount takes a round of leaves with one `umount` program and judges each mount from a
 * fresh mountinfo: when one of them is busy, the others go, the busy one is retried with backoff
 * and named with who holds it, and it is never unmounted lazily. The mount directory is removed
 * in this process when commands run directly.
 */
import { expect, it } from '@jest/globals'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createHostRunner, type HostRunner } from '../../src/host/exec.js'
import { type MountEntry, mountsAt, mountsUnder } from '../../src/host/mountinfo.js'
import { findMountUsers } from '../../src/host/processes.js'
import { unmountOwnTree } from '../../src/host/unmount.js'
import { hostSuite } from '../helpers/host-suite.js'
import { mountTestImage } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite

/** The runner, recording every program it runs. */
function recordingRunner(): { runner: HostRunner; programs: string[][] } {
  const inner = createHostRunner()
  const programs: string[][] = []
  const runner: HostRunner = {
    commandWrapper: inner.commandWrapper,
    spawnsDirectly: inner.spawnsDirectly,
    run(argv, options) {
      programs.push(argv)
      return inner.run(argv, options)
    },
    shell: (script, options) => inner.shell(script, options)
  }
  return { runner, programs }
}

/** A host process working in `cwd`, killed at teardown. */
function hostProcess(cwd: string): ChildProcess {
  const child = spawn('sleep', ['1011'], { cwd, stdio: 'ignore' })
  teardown.add(() => void child.kill('SIGKILL'))
  return child
}

async function untilUsing(pid: number | undefined, path: string): Promise<void> {
  const runner = createHostRunner()
  for (let i = 0; i < 100; i++) {
    if ((await findMountUsers(runner, path)).some((user) => user.pid === pid)) return
    await sleep(100)
  }
  throw new Error(`process ${pid} never used ${path}`)
}

/** The image mounted, with three tmpfs leaves on it: a, b and c. */
async function imageWithLeaves(): Promise<{ root: MountEntry; leaves: string[] }> {
  const { mounted } = await mountTestImage(teardown, createHostRunner(), suite.work, suite.rootfs, {
    chrootMounts: false
  })
  const leaves = ['a', 'b', 'c'].map((name) => join(mounted.mountPath, `leaf-${name}`))
  for (const leaf of leaves) {
    mkdirSync(leaf)
    expect(spawnSync('mount', ['-t', 'tmpfs', 'leaf', leaf]).status).toBe(0)
  }
  const root = mountsAt(mounted.mountPath).find((mount) => mount.id === mounted.mountId)
  if (!root) throw new Error('the test image is not mounted')
  return { root, leaves }
}

const umounts = (programs: string[][]): string[][] =>
  programs.filter((argv) => argv[0] === 'umount')

it('unmounts the leaves of a round with one umount; a busy one stays mounted, retried and named', async () => {
  const { root, leaves } = await imageWithLeaves()
  const [a, b, c] = leaves
  const holder = hostProcess(b)
  await untilUsing(holder.pid, b)
  const { runner, programs } = recordingRunner()

  await expect(unmountOwnTree(runner, root, { busyTimeoutSeconds: 1 })).rejects.toThrow(
    new RegExp(
      `Cannot unmount ${b}: target is busy \\(\\d+ attempts.*\\n  pid ${holder.pid} \\(sleep\\) \`sleep 1011\` \\[cwd\\]`,
      's'
    )
  )
  // One program for the three leaves; then only the busy one, retried.
  const rounds = umounts(programs)
  expect(rounds[0].slice(2).sort()).toEqual([a, b, c])
  expect(rounds.length).toBeGreaterThan(1)
  for (const retry of rounds.slice(1)) expect(retry.slice(2)).toEqual([b])
  expect(suite.logged.text()).toContain(`Unmounted ${a}`)
  expect(suite.logged.text()).toContain(`Unmounted ${c}`)
  expect(suite.logged.text()).toMatch(new RegExp(`${b} busy; retrying in 0\\.\\d s`))
  // Still mounted (never lazily), and so is its parent: children first.
  expect(mountsUnder(root.mountPoint).map((mount) => mount.mountPoint)).toEqual([
    root.mountPoint,
    b
  ])
})

it('goes on once the busy leaf is free, then unmounts the root and removes its directory in-process', async () => {
  const { root, leaves } = await imageWithLeaves()
  const [a, b, c] = leaves
  const holder = hostProcess(b)
  await untilUsing(holder.pid, b)
  const { runner, programs } = recordingRunner()
  setTimeout(() => holder.kill('SIGKILL'), 400)

  const { unmounted } = await unmountOwnTree(runner, root, { busyTimeoutSeconds: 20 })

  expect(unmounted.slice(0, 2).sort()).toEqual([a, c])
  expect(unmounted.slice(2)).toEqual([b, root.mountPoint])
  const rounds = umounts(programs)
  expect(rounds[0].slice(2).sort()).toEqual([a, b, c])
  expect(rounds.at(-1)).toEqual(['umount', '--', root.mountPoint])
  expect(mountsUnder(root.mountPoint)).toEqual([])
  // The default wrapper: the directory goes without a program.
  expect(existsSync(root.mountPoint)).toBe(false)
  expect(programs.filter((argv) => argv[0] === 'rmdir')).toEqual([])
})

it('through a command_wrapper, removes the directory with rmdir as the wrapped user', async () => {
  const { root } = await imageWithLeaves()
  const wrapped = createHostRunner('/bin/sh -c \'exec "$@"\' sh {{.Command}}')
  const programs: string[][] = []
  const runner: HostRunner = {
    commandWrapper: wrapped.commandWrapper,
    run(argv, options) {
      programs.push(argv)
      return wrapped.run(argv, options)
    },
    shell: (script, options) => wrapped.shell(script, options)
  }
  await unmountOwnTree(runner, root)
  expect(existsSync(root.mountPoint)).toBe(false)
  expect(programs.filter((argv) => argv[0] === 'rmdir')).toEqual([['rmdir', '--', root.mountPoint]])
  expect(umounts(programs)).toHaveLength(2) // the three leaves, then the root
})
