/**
 * The one check of a directory where osc-chroot writes as root (src/host/checked-directory.ts),
 * behind the host lock's directory and the mount path claims', and the one check of environment
 * variable names (src/config/values.ts). No root needed: the owner rule is a parameter.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertVariableNames } from '../../src/config/values.js'
import { directoryProblem } from '../../src/host/checked-directory.js'
import { checkLockDirectory } from '../../src/host/lock-directory.js'
import { claimMountPath } from '../../src/host/mount-path-claim.js'

const uid = process.getuid?.() ?? 0
let work: string
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'osc-chroot-dir-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

describe('directoryProblem', () => {
  it('accepts a directory only its allowed owner can write to', () => {
    const dir = join(work, 'safe')
    mkdirSync(dir, { mode: 0o755 })
    expect(directoryProblem(dir, [uid])).toBeUndefined()
    expect(directoryProblem(dir, [uid + 1])).toEqual({ kind: 'foreign owner', uid })
  })

  it('names what is wrong', () => {
    const open = join(work, 'open')
    mkdirSync(open)
    chmodSync(open, 0o777)
    const file = join(work, 'file')
    writeFileSync(file, '')
    const link = join(work, 'link')
    symlinkSync(open, link)
    expect(directoryProblem(join(work, 'missing'), [uid])).toEqual({ kind: 'missing' })
    expect(directoryProblem(link, [uid])).toEqual({ kind: 'symbolic link' })
    expect(directoryProblem(file, [uid])).toEqual({ kind: 'not a directory' })
    expect(directoryProblem(open, [uid])).toEqual({ kind: 'writable by others', mode: '0777' })
  })

  it("keeps each caller's own words", () => {
    const open = join(work, 'open')
    mkdirSync(open)
    chmodSync(open, 0o777)
    expect(() => checkLockDirectory(open, uid)).toThrow(
      /The host lock's directory .* is writable by group or others \(mode 0777\)/
    )
    expect(() => claimMountPath('/mnt/fixed', 'b-1', { dir: open })).toThrow(
      /where osc-chroot records which build uses which mount_path\) is not a directory owned by this user and writable only by it/
    )
  })
})

describe('assertVariableNames', () => {
  it('accepts variable names and refuses the rest, saying where', () => {
    expect(() => assertVariableNames(['PATH', '_x1'], 'provision_env')).not.toThrow()
    expect(() => assertVariableNames(['OK', 'MY-VAR'], 'provision_env')).toThrow(
      'provision_env: "MY-VAR" is not a variable name (letters, digits and _, not first a digit).'
    )
    expect(() => assertVariableNames(['1X'], 'the environment of a host command')).toThrow(
      /^the environment of a host command: "1X"/
    )
  })
})
