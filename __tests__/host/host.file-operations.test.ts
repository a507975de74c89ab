/**
 * The file operations on the image mean the same in-process (node:fs, the default wrapper) and
 * through programs (find, mktemp, cp, chown, chmod, mv, rm, mkdir, a command_wrapper): the same
 * answer for every kind of entry, and the same writes, which never follow what is at the
 * destination.
 */
import { expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { createHostRunner } from '../../src/host/exec.js'
import {
  fileOperations,
  type FileOperations,
  inProcessFileOperations,
  programFileOperations
} from '../../src/host/file-operations.js'
import { hostSuite } from '../helpers/host-suite.js'

const suite = hostSuite()
const programs = programFileOperations(createHostRunner('env {{.Command}}'))

describe('which implementation a runner gets', () => {
  it('in-process with the default wrapper, programs with any other', () => {
    expect(fileOperations(createHostRunner()).kind).toBe('in-process')
    expect(fileOperations(createHostRunner('env {{.Command}}')).kind).toBe('programs')
    // A runner that does not say (a test double) keeps the programs.
    const { commandWrapper, run, shell } = createHostRunner()
    expect(fileOperations({ commandWrapper, run, shell }).kind).toBe('programs')
  })
})

describe('inspect', () => {
  it('reports every kind of entry the same way in both implementations', async () => {
    const dir = join(suite.work, 'entries')
    mkdirSync(dir)
    writeFileSync(join(dir, 'file'), 'x')
    chownSync(join(dir, 'file'), 123, 456)
    chmodSync(join(dir, 'file'), 0o4751) // after the chown, which clears setuid
    mkdirSync(join(dir, 'dir'), { mode: 0o1777 })
    symlinkSync('/etc/passwd', join(dir, 'absolute-link'))
    symlinkSync('../nowhere\nat all', join(dir, 'dangling link'))
    execFileSync('mknod', [join(dir, 'fifo'), 'p'])
    execFileSync('mknod', [join(dir, 'block'), 'b', '7', '250'])
    execFileSync('mknod', [join(dir, 'char'), 'c', '1', '3'])
    const server = createServer().listen(join(dir, 'socket'))
    await new Promise((done) => server.once('listening', done))
    const paths = [
      ...readdirSync(dir).map((name) => join(dir, name)),
      join(dir, 'missing'),
      join(dir, 'file/below-a-file'),
      join(dir, 'absolute-link/below-a-link')
    ]
    try {
      for (const path of paths) {
        expect([path, await inProcessFileOperations.inspect(path)]).toEqual([
          path,
          await programs.inspect(path)
        ])
      }
    } finally {
      server.close()
    }
    expect(await inProcessFileOperations.inspect(join(dir, 'file'))).toEqual({
      type: 'file',
      device: String(lstatSync(dir).dev),
      mode: '4751',
      uid: '123',
      gid: '456'
    })
    expect(await inProcessFileOperations.inspect(join(dir, 'block'))).toMatchObject({
      type: 'other',
      special: 'block device'
    })
    expect(await inProcessFileOperations.inspect(join(dir, 'dangling link'))).toMatchObject({
      type: 'symlink',
      linkTarget: '../nowhere\nat all'
    })
  })
})

describe.each([
  ['in-process', inProcessFileOperations],
  ['programs', programs]
])('%s writes', (_kind: string, files: FileOperations) => {
  it('replace a symlink, a hard link or a file by rename, never writing through them', async () => {
    const dir = join(suite.work, 'image')
    mkdirSync(dir)
    const hostFile = join(suite.work, 'host-secret')
    writeFileSync(hostFile, 'host\n')
    const source = join(suite.work, 'source')
    writeFileSync(source, 'payload\n')
    symlinkSync(hostFile, join(dir, 'link'))
    linkSync(hostFile, join(dir, 'hard'))

    await files.writeByRename(join(dir, 'link'), { hostFile: source }, { mode: '0640' })
    await files.writeByRename(join(dir, 'hard'), { content: 'text\n' }, { mode: '04755' })
    expect(readFileSync(hostFile, 'utf8')).toBe('host\n')
    expect(lstatSync(join(dir, 'link')).isFile()).toBe(true)
    expect(readFileSync(join(dir, 'link'), 'utf8')).toBe('payload\n')
    expect(statSync(join(dir, 'link')).mode & 0o7777).toBe(0o640)
    expect(readFileSync(join(dir, 'hard'), 'utf8')).toBe('text\n')
    expect(statSync(join(dir, 'hard')).ino).not.toBe(statSync(hostFile).ino)
    expect(readdirSync(dir).sort()).toEqual(['hard', 'link'])
  })

  it('give the owner, then the mode: setuid bits survive the chown', async () => {
    const path = join(suite.work, 'tool')
    await files.writeByRename(
      path,
      { content: '#!/bin/sh\n' },
      { mode: '04750', owner: { uid: '321', gid: '654' } }
    )
    const stats = statSync(path)
    expect([stats.mode & 0o7777, stats.uid, stats.gid]).toEqual([0o4750, 321, 654])
  })

  it('leave no temporary file when the rename fails (a directory at the destination)', async () => {
    const dir = join(suite.work, 'image')
    mkdirSync(join(dir, 'taken'), { recursive: true })
    writeFileSync(join(dir, 'taken', 'inside'), '')
    await expect(
      files.writeByRename(join(dir, 'taken'), { content: 'x' }, { mode: '0644' })
    ).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['taken'])
    await expect(
      files.writeByRename(join(dir, 'x'), { content: 'x' }, { mode: 'u+x' })
    ).rejects.toThrow(/Invalid file mode "u\+x"/)
  })

  it('rename a link as a link, remove what is there (or nothing), make directories', async () => {
    const dir = join(suite.work, 'image')
    mkdirSync(dir)
    symlinkSync('../elsewhere', join(dir, 'link'))
    await files.rename(join(dir, 'link'), join(dir, 'link.orig'))
    expect(readlinkSync(join(dir, 'link.orig'))).toBe('../elsewhere')
    await files.remove(join(dir, 'link.orig'))
    await files.remove(join(dir, 'never-there'))
    expect(readdirSync(dir)).toEqual([])

    const umask = process.umask(0o077)
    try {
      await files.makeDirectory(join(dir, 'work'), '0755')
      await files.makeDirectories(join(dir, 'a/b/c'))
    } finally {
      process.umask(umask)
    }
    expect(statSync(join(dir, 'work')).mode & 0o7777).toBe(0o755)
    expect(statSync(join(dir, 'a/b/c')).isDirectory()).toBe(true)
    await expect(files.makeDirectory(join(dir, 'work'), '0700')).rejects.toThrow()
    await files.removeDirectory(join(dir, 'a/b/c'))
    expect(readdirSync(join(dir, 'a/b'))).toEqual([])
  })
})
