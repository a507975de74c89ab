/**
 * Two builds with one fixed mount_path on one runner: the second is refused, naming the first;
 * a claim whose build is gone is taken over; a build releases only its own claim.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { claimMountPath, releaseMountPathClaim } from '../../src/host/mount-path-claim.js'
import { Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
let claims: string

beforeEach(() => {
  claims = join(tempDir(teardown), 'claims')
})
afterEach(() => teardown.run())

/** The pid of a process that has exited (reaped, so the pid is free). */
function deadPid(): number {
  return Number(spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim())
}

it('refuses a second build on a mount path claimed by a running one, naming it', () => {
  const first = claimMountPath('/mnt/fixed', 'build-1', { dir: claims })
  expect(() => claimMountPath('/mnt/fixed', 'build-2', { dir: claims })).toThrow(
    `mount_path /mnt/fixed is in use by build build-1 (pid ${process.pid}) on this runner. ` +
      'Builds running at the same time need their own mount_path: put {{.Device}} in it'
  )
  // another path is free; the same build may claim again (post step after a retry)
  expect(claimMountPath('/mnt/other', 'build-2', { dir: claims }).buildId).toBe('build-2')
  expect(claimMountPath('/mnt/fixed', 'build-1', { dir: claims }).buildId).toBe('build-1')

  releaseMountPathClaim({ ...first, buildId: 'build-2' }) // not its claim: stays
  expect(() => claimMountPath('/mnt/fixed', 'build-2', { dir: claims })).toThrow(/in use/)
  releaseMountPathClaim(first)
  expect(claimMountPath('/mnt/fixed', 'build-2', { dir: claims }).buildId).toBe('build-2')
  expect(readdirSync(claims).filter((name) => name.endsWith('.tmp'))).toEqual([])
})

it('takes over the claim of a build whose process is gone', () => {
  const gone = claimMountPath('/mnt/fixed', 'build-dead', { dir: claims, pid: deadPid() })
  const taken = claimMountPath('/mnt/fixed', 'build-2', { dir: claims })
  expect(taken.file).toBe(gone.file)
  expect(taken.buildId).toBe('build-2')
  releaseMountPathClaim(gone) // the dead build's post step must not release the new claim
  expect(existsSync(taken.file)).toBe(true)
})

it('refuses a claims directory others could plant files in', () => {
  const dir = join(tempDir(teardown), 'elsewhere')
  spawnSync('mkdir', ['-m', '0777', dir])
  spawnSync('chmod', ['0777', dir])
  expect(() => claimMountPath('/mnt/fixed', 'b', { dir })).toThrow(
    /is not a directory owned by this user and writable only by it/
  )
  const link = join(tempDir(teardown), 'link')
  symlinkSync(claims, link)
  claimMountPath('/mnt/x', 'b', { dir: claims })
  expect(() => claimMountPath('/mnt/fixed', 'b', { dir: link })).toThrow(/is not a directory/)
})
