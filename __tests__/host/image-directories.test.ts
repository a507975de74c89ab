/**
 * Directory uploads and downloads (provision_files, the file provisioner) never leave the image
 * nor the workspace. A hostile image (links to host paths and to device nodes, its own device
 * nodes and setuid files, the chroot's /proc) cannot turn an upload into a write on the host, nor
 * a download into a read of the host or a device node, link or setuid file in the workspace.
 *
 * Each case runs in a child process in its own PID and mount namespaces (unshare) that mounts the
 * image there (without nodev, so each check is proven on its own): its mounts die with it
 * (helpers/hostile-image.ts).
 */
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { transpileForChild } from '../helpers/child-modules.js'
import { hostSuite } from '../helpers/host-suite.js'
import {
  expectedFileOperations,
  FILE_OPERATIONS,
  hostCanaries,
  runOnHostileImage,
  TEST_WRAPPER_VARIABLE,
  useFileOperations
} from '../helpers/hostile-image.js'

const suite = hostSuite()
const canaries = hostCanaries(suite)
let childDir: string
/** The test's workspace: where a download may write. */
let workspace: string

beforeAll(() => {
  childDir = transpileForChild(join(suite.dir, 'child'), [
    'src/host/image-upload.ts',
    'src/host/image-download.ts'
  ])
  writeFileSync(
    join(childDir, 'run.mjs'),
    `
import { execFileSync } from 'node:child_process'
import { createHostRunner } from './src/host/exec.js'
import { fileOperations } from './src/host/file-operations.js'
import { uploadIntoImage } from './src/host/image-upload.js'
import { downloadFromImage } from './src/host/image-download.js'
const [device, mnt, arrange, action, args, inspect] = process.argv.slice(2)
const shell = (script) =>
  execFileSync('/bin/sh', ['-ec', script], { env: { ...process.env, MNT: mnt }, encoding: 'utf8' })
execFileSync('mount', [device, mnt])
shell(arrange)
const runner = createHostRunner(process.env.${TEST_WRAPPER_VARIABLE} || undefined)
const a = JSON.parse(args)
const actions = {
  upload: () => uploadIntoImage(runner, mnt, a.source, a.destination, 'test'),
  download: () => downloadFromImage(runner, mnt, a.source, a.destination, a.workspace, 'test')
}
let result
try {
  result = { ok: true, written: await actions[action]() }
} catch (error) {
  result = { ok: false, error: error.message }
}
result.inspect = shell(inspect)
result.files = fileOperations(runner).kind
process.stdout.write('RESULT ' + JSON.stringify(result) + '\\n')
`
  )
})

beforeEach(() => {
  workspace = join(suite.work, 'workspace')
  mkdirSync(workspace)
})

interface ChildResult {
  ok: boolean
  error?: string
  written?: string[]
  inspect: string
  /** Which file operations the child used. */
  files?: string
}

function runInNamespace(options: {
  arrange: string
  action: 'upload' | 'download'
  args: Record<string, string>
  inspect?: string
}): ChildResult {
  const { files, ...result } = runOnHostileImage<ChildResult>(suite, canaries, {
    script: join(childDir, 'run.mjs'),
    ...options
  })
  expect(files).toBe(expectedFileOperations())
  return result
}

/** A host directory tree to upload: site/{index.html 0644, bin/run.sh 0750, empty/}. */
function siteTree(): string {
  const site = join(suite.work, 'site')
  mkdirSync(join(site, 'bin'), { recursive: true })
  mkdirSync(join(site, 'empty'))
  writeFileSync(join(site, 'index.html'), '<h1>hi</h1>\n')
  writeFileSync(join(site, 'bin', 'run.sh'), '#!/bin/sh\n')
  chmodSync(join(site, 'index.html'), 0o644)
  chmodSync(join(site, 'bin', 'run.sh'), 0o750)
  chmodSync(join(site, 'bin'), 0o711)
  return site
}

// Every case runs with in-process file operations (the default wrapper) and with programs run
// through a wrapper: both must refuse, and write, alike.
describe.each(FILE_OPERATIONS)('with file operations %s', (kind, wrapper) => {
  useFileOperations(kind, wrapper)
  describe('directory uploads into a hostile image', () => {
    it('copies a tree with its modes, owned by root; dir/ copies its contents, dir the directory', () => {
      const site = siteTree()
      const contents = runInNamespace({
        arrange: 'true',
        action: 'upload',
        args: { source: `${site}/`, destination: '/srv/www' },
        inspect:
          'cd "$MNT/srv/www" && find . | sort && stat -c "%n %a %u:%g" index.html bin bin/run.sh empty'
      })
      expect(contents.ok).toBe(true)
      expect(contents.inspect.split('\n')).toEqual([
        '.',
        './bin',
        './bin/run.sh',
        './empty',
        './index.html',
        'index.html 644 0:0',
        'bin 711 0:0',
        'bin/run.sh 750 0:0',
        'empty 755 0:0',
        ''
      ])
      const itself = runInNamespace({
        arrange: 'mkdir -p "$MNT/srv"',
        action: 'upload',
        args: { source: site, destination: '/srv/' },
        inspect: 'test -f "$MNT/srv/site/bin/run.sh" && echo placed'
      })
      expect(itself).toMatchObject({ ok: true, inspect: 'placed\n' })
    })

    it('follows a link of the image to a host directory inside the image, never on the host', () => {
      const before = canaries.state()
      const site = siteTree()
      const result = runInNamespace({
        // Absolute: the host would read it as its own canary directory.
        arrange: `mkdir -p "$MNT/srv"\nln -s ${canaries.dir} "$MNT/srv/www"`,
        action: 'upload',
        args: { source: `${site}/`, destination: '/srv/www' },
        inspect: `test -f "$MNT${canaries.dir}/index.html" && echo in-image`
      })
      expect(result).toMatchObject({ ok: true, inspect: 'in-image\n' })
      expect(existsSync(join(canaries.dir, 'index.html'))).toBe(false)
      expect(canaries.state()).toBe(before)
    })

    it('refuses an entry of the tree that is a link to a device node, and the disk is untouched', () => {
      const before = canaries.state()
      const site = siteTree()
      const result = runInNamespace({
        arrange: 'mkdir -p "$MNT/srv/www"\nln -s /dev/sdcanary "$MNT/srv/www/index.html"',
        action: 'upload',
        args: { source: `${site}/`, destination: '/srv/www' },
        inspect: 'readlink "$MNT/srv/www/index.html"'
      })
      expect(result.ok).toBe(false)
      expect(result.error).toMatch(/\/dev\/sdcanary is a block device in the image/)
      expect(result.inspect).toBe('/dev/sdcanary\n')
      expect(canaries.state()).toBe(before)
    })

    it('refuses a host link in the tree that leads out of it (a repository link to a runner file)', () => {
      const site = siteTree()
      symlinkSync(join(canaries.dir, 'secret.txt'), join(site, 'leak.txt'))
      symlinkSync('index.html', join(site, 'home.html'))
      const result = runInNamespace({
        arrange: 'true',
        action: 'upload',
        args: { source: `${site}/`, destination: '/srv/www' },
        inspect: 'test -e "$MNT/srv/www" && echo written || echo nothing'
      })
      expect(result.ok).toBe(false)
      expect(result.error).toContain(
        `leak.txt is a link to ${canaries.dir}/secret.txt, outside the directory`
      )
      // Refused before anything was written into the image.
      expect(result.inspect).toBe('nothing\n')
    })

    it('refuses a tree that climbs out of the image through a link', () => {
      const site = siteTree()
      const result = runInNamespace({
        arrange: 'mkdir -p "$MNT/srv"\nln -s ../../../../../.. "$MNT/srv/www"',
        action: 'upload',
        args: { source: `${site}/`, destination: '/srv/www/x' },
        inspect: 'true'
      })
      expect(result.ok).toBe(false)
      expect(result.error).toMatch(/leads outside the image \(through the symlink \/srv\/www -> /)
    })
  })

  describe('downloads out of a hostile image', () => {
    it('copies files and directories; skips links, device nodes and fifos; drops setuid bits', () => {
      const result = runInNamespace({
        arrange: [
          'mkdir -p "$MNT/data/sub"',
          'echo report > "$MNT/data/report.txt"',
          'echo deep > "$MNT/data/sub/deep.txt"',
          'echo suid > "$MNT/data/tool" && chmod 4755 "$MNT/data/tool"',
          `ln -s ${canaries.dir}/secret.txt "$MNT/data/host-secret"`,
          'ln -s /dev/sdcanary "$MNT/data/disk-link"',
          'mknod "$MNT/data/disk" b ' + canaries.majorMinor.replace(':', ' '),
          'mkfifo "$MNT/data/fifo"'
        ].join('\n'),
        action: 'download',
        args: { source: '/data/', destination: join(workspace, 'out'), workspace }
      })
      expect(result.ok).toBe(true)
      const out = join(workspace, 'out')
      expect(readdirSync(out).sort()).toEqual(['report.txt', 'sub', 'tool'])
      expect(readFileSync(join(out, 'sub', 'deep.txt'), 'utf8')).toBe('deep\n')
      expect(lstatSync(join(out, 'tool')).mode & 0o7777).toBe(0o755)
    })

    it('follows a link of the image inside the image: an absolute link to a host file is not the host file', () => {
      const result = runInNamespace({
        arrange: `ln -s ${canaries.dir}/secret.txt "$MNT/etc/secret-link"`,
        action: 'download',
        args: { source: '/etc/secret-link', destination: join(workspace, 'secret'), workspace }
      })
      expect(result.ok).toBe(false)
      expect(result.error).toMatch(/is missing in the image/)
      expect(existsSync(join(workspace, 'secret'))).toBe(false)
    })

    it("refuses a source on another file system in the image (the chroot's /proc)", () => {
      const result = runInNamespace({
        arrange: 'mkdir -p "$MNT/proc" && mount -t proc proc "$MNT/proc"',
        action: 'download',
        args: { source: '/proc/1/environ', destination: join(workspace, 'environ'), workspace }
      })
      expect(result.ok).toBe(false)
      expect(result.error).toMatch(/not on the image's own file system/)
      expect(existsSync(join(workspace, 'environ'))).toBe(false)
    })

    it('refuses a source that is a device node, and a destination that leaves the workspace', () => {
      const device = runInNamespace({
        arrange: 'true',
        action: 'download',
        args: { source: '/dev/sdcanary', destination: join(workspace, 'disk'), workspace }
      })
      expect(device.ok).toBe(false)
      expect(device.error).toMatch(/is a block device in the image/)
      expect(existsSync(join(workspace, 'disk'))).toBe(false)

      const elsewhere = join(suite.work, 'elsewhere')
      mkdirSync(elsewhere)
      symlinkSync(elsewhere, join(workspace, 'out'))
      const viaLink = runInNamespace({
        arrange: 'true',
        action: 'download',
        args: {
          source: '/etc/os-release',
          destination: join(workspace, 'out', 'os-release'),
          workspace
        }
      })
      expect(viaLink.ok).toBe(false)
      expect(viaLink.error).toMatch(
        /out is a symlink; a download writes below the workspace through real directories only/
      )
      expect(readdirSync(elsewhere)).toEqual([])

      const outside = runInNamespace({
        arrange: 'true',
        action: 'download',
        args: { source: '/etc/os-release', destination: join(suite.work, 'os-release'), workspace }
      })
      expect(outside.ok).toBe(false)
      expect(outside.error).toMatch(/is outside the workspace/)
    })
  })
})
