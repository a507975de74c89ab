/**
 * The record that this host names linked volumes by id (src/host/by-id-record.ts): it lives
 * beside the host lock (a private lock path gets a private record), says so only when written
 * during this boot as a regular file that root (or this process's user) owns and no one else may
 * write, in a directory that passes the lock directory's checks; a link planted at its path is
 * replaced, never followed.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import {
  byIdRecordPath,
  byIdRecordProblem,
  hostNamesLinkedVolumesById,
  recordByIdNaming
} from '../../src/host/by-id-record.js'
import { captureLog, Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
let lockDir: string
let path: string
const proof = {
  byIdPath: '/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sdf',
  deviceName: '/dev/xvdf',
  device: '/dev/sdb'
}

beforeEach(() => {
  const logged = captureLog()
  teardown.add(() => logged.restore())
  lockDir = join(tempDir(teardown), 'osc-chroot')
  mkdirSync(lockDir, { mode: 0o755 })
  chmodSync(lockDir, 0o755)
  path = byIdRecordPath(join(lockDir, 'lock'))
})
afterEach(() => teardown.run())

it('lives beside the host lock, whose path OSC_CHROOT_LOCK_PATH gives', () => {
  const saved = process.env.OSC_CHROOT_LOCK_PATH
  try {
    process.env.OSC_CHROOT_LOCK_PATH = '/run/osc-chroot-private/lock'
    expect(byIdRecordPath()).toBe('/run/osc-chroot-private/names-by-id.json')
    delete process.env.OSC_CHROOT_LOCK_PATH
    expect(byIdRecordPath()).toBe('/run/osc-chroot/names-by-id.json')
  } finally {
    if (saved === undefined) delete process.env.OSC_CHROOT_LOCK_PATH
    else process.env.OSC_CHROOT_LOCK_PATH = saved
  }
})

it('says nothing until written, then that this boot names volumes by id', () => {
  expect(byIdRecordProblem(path)).toBe('there is none')
  expect(hostNamesLinkedVolumesById(path)).toBe(false)
  recordByIdNaming(proof, path)
  expect(hostNamesLinkedVolumesById(path)).toBe(true)
  const stat = lstatSync(path)
  expect(stat.isFile()).toBe(true)
  expect(stat.uid).toBe(0)
  expect(stat.mode & 0o777).toBe(0o644)
  const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ ...proof, bootId })
})

it('ignores a record of another boot, and replaces it', () => {
  writeFileSync(path, JSON.stringify({ ...proof, bootId: 'an-earlier-boot' }), { mode: 0o644 })
  expect(byIdRecordProblem(path)).toBe('it was written during another boot')
  recordByIdNaming(proof, path)
  expect(hostNamesLinkedVolumesById(path)).toBe(true)
})

it('ignores a record others may write or that a foreign user owns, and one that is not JSON', () => {
  const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  writeFileSync(path, JSON.stringify({ ...proof, bootId }), { mode: 0o644 })
  chmodSync(path, 0o666)
  expect(byIdRecordProblem(path)).toBe('it is writable by group or others')
  chmodSync(path, 0o644)
  chownSync(path, 4242, 4242)
  expect(byIdRecordProblem(path)).toBe('it belongs to uid 4242')
  chownSync(path, 0, 0)
  expect(hostNamesLinkedVolumesById(path)).toBe(true)
  writeFileSync(path, 'not json')
  expect(byIdRecordProblem(path)).toBe('it is not readable JSON')
})

it('ignores a record in a directory others may write to, and writes none there', () => {
  chmodSync(lockDir, 0o777)
  recordByIdNaming(proof, path)
  expect(lstatSync(path, { throwIfNoEntry: false })).toBeUndefined()
  expect(hostNamesLinkedVolumesById(path)).toBe(false)
})

it('replaces a link planted at its path without following it', () => {
  const target = join(lockDir, '..', 'target')
  writeFileSync(target, 'untouched')
  symlinkSync(target, path)
  expect(byIdRecordProblem(path)).toBe('it is not a regular file')
  recordByIdNaming(proof, path)
  expect(readFileSync(target, 'utf8')).toBe('untouched')
  expect(lstatSync(path).isSymbolicLink()).toBe(false)
  expect(hostNamesLinkedVolumesById(path)).toBe(true)
})
