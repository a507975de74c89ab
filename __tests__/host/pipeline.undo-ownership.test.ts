/**
 * The undo of a mount proves the mount is the build's own before stopping or unmounting anything.
 * Each case runs the real cleanup (src/pipeline/undo.ts) in its own PID and mount namespaces
 * (unshare), so that a wrong undo could only harm the namespace's canaries, never the machine.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { transpileForChild } from '../helpers/child-modules.js'
import { createLoopDisk, makeRootfs, Teardown, tempDir } from '../helpers/loop-disk.js'
import { IN_NEW_NAMESPACES } from '../helpers/namespaced-suite.js'

const teardown = new Teardown()
let work: string

beforeEach(() => {
  work = tempDir(teardown)
})
afterEach(() => teardown.run())

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [relative(process.cwd(), join(dir, entry.name))]
        : []
  )
}

interface Outcome {
  error?: string
  warnings: string[]
  alive: Record<string, boolean>
  mountedAtPath?: string[]
  mountsBefore: number
  mountsAfter: number
  status: string
}

/** Sets up the scenario and runs the cleanup in new PID and mount namespaces. */
function undoInNamespaces(scenario: string, mountPath?: string): Outcome {
  const rootfs = makeRootfs(join(work, 'rootfs'))
  const disk = createLoopDisk(teardown, work, {
    sizeMiB: 64,
    partitions: [{ fs: 'ext4', content: rootfs }]
  })
  const srcRoot = transpileForChild(join(work, 'child'), sourceFiles('src'))
  const child = join(srcRoot, 'undo-child.mjs')
  copyFileSync('__tests__/helpers/undo-child.mjs', child)
  const args = { scenario, work, mountPath, disk: disk.device, partition: disk.partitions[0] }
  const [unshare, ...options] = IN_NEW_NAMESPACES
  const result = spawnSync(
    unshare,
    [...options, '--', process.execPath, child, srcRoot, JSON.stringify(args)],
    { encoding: 'utf8', timeout: 60_000 }
  )
  const last = result.stdout.trim().split('\n').pop() ?? ''
  if (result.status !== 0 || !last.startsWith('{')) {
    throw new Error(`child failed (${result.status}): ${result.stdout}\n${result.stderr}`)
  }
  return JSON.parse(last) as Outcome
}

describe('a mount undo touches only the mount the build made', () => {
  it("leaves someone else's mount at the mount path, and the process chrooted into it", () => {
    const outcome = undoInNamespaces('someone-else-mounted-there')
    expect(outcome.error).toBeUndefined()
    expect(outcome.alive).toEqual({ chrootedThere: true })
    expect(outcome.mountedAtPath).toEqual(['someone-else'])
    expect(outcome.warnings).toEqual([
      expect.stringMatching(
        /\/mnt holds someone-else \(tmpfs, device 0:\d+, mount id \d+\), not the mount this build made \(device 259:\d+\): left alone, nothing stopped or unmounted\.$/
      )
    ])
  })

  it('undoes to nothing an entry journaled before a mount that was refused', () => {
    const outcome = undoInNamespaces('journaled-before-a-refused-mount')
    expect(outcome.alive).toEqual({ chrootedThere: true })
    expect(outcome.mountedAtPath).toEqual(['someone-else'])
    expect(outcome.mountsAfter).toBe(outcome.mountsBefore)
    expect(outcome.warnings).toEqual([expect.stringContaining('left alone')])
  })

  it('never stops a process or unmounts anything for a mount entry on /', () => {
    const outcome = undoInNamespaces('mount-path-is-root', '/')
    expect(outcome.error).toBeUndefined()
    expect(outcome.alive).toEqual({ onHostRoot: true })
    expect(outcome.mountsAfter).toBe(outcome.mountsBefore)
    expect(outcome.warnings).toEqual([
      expect.stringMatching(/^\/ holds .* not the mount this build made: left alone/)
    ])
  })

  it('stops the chroot daemon and unmounts its own mount and what was mounted on it', () => {
    const outcome = undoInNamespaces('our-own-mount')
    expect(outcome.error).toBeUndefined()
    expect(outcome).toMatchObject({
      alive: { daemonInChroot: false },
      mountedAtPath: [],
      mountsAfter: outcome.mountsBefore - 2,
      status: 'undone'
    })
  })
})
