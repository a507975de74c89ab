/**
 * Who may own the host lock's directory: a directory another user owns is refused, and a runner
 * user's directory is made through its wrapper, owned by it (chown: root only; the rest of the
 * lock's tests are in unit/host.lock.test.ts).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { chownSync, lstatSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createHostRunner } from '../../src/host/exec.js'
import { acquireHostLock } from '../../src/host/lock.js'
import { checkLockDirectory, prepareLockDirectory } from '../../src/host/lock-directory.js'
import { Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
afterEach(() => teardown.run())

describe('host lock: directory ownership', () => {
  it('refuses a lock directory owned by another user', async () => {
    const dir = tempDir(teardown)
    const theirs = join(dir, 'theirs')
    mkdirSync(theirs, { mode: 0o755 })
    chownSync(theirs, 65534, 65534)
    await expect(acquireHostLock({ path: join(theirs, 'lock') })).rejects.toThrow(
      `The host lock's directory ${theirs} belongs to uid 65534, neither root nor this process (uid 0)`
    )
  })

  it('creates the directory through the wrapper for a runner user, owned by that user, 0755', async () => {
    const dir = tempDir(teardown)
    const lockDir = join(dir, 'osc-chroot')
    // The runner plays a non-root Node process (uid 65534) whose wrapper gives it root.
    await prepareLockDirectory(lockDir, {
      create: true,
      host: createHostRunner(),
      uid: 65534,
      gid: 65534
    })
    const stat = lstatSync(lockDir)
    expect({ uid: stat.uid, gid: stat.gid, mode: stat.mode & 0o7777 }).toEqual({
      uid: 65534,
      gid: 65534,
      mode: 0o755
    })
    expect(() => checkLockDirectory(lockDir, 65534)).not.toThrow()
    // A root process does not trust a directory the runner user controls.
    expect(() => checkLockDirectory(lockDir, 0)).toThrow(/belongs to uid 65534/)
    // Made already: not given away again (a second build finds it and only checks it).
    await prepareLockDirectory(lockDir, { create: true, host: createHostRunner(), uid: 65534 })
    expect(lstatSync(lockDir).uid).toBe(65534)
  })
})
