/**
 * Writes into the image never leave it. A hostile image (links to host paths and to device
 * nodes, its own device nodes, a bind mount of a host directory inside it, a hard link to a host
 * file) cannot turn provision_files, copy_files or policy-rc.d into a write on the host: the host
 * canaries (a directory of files and a "disk" on a loop device) stay byte-identical.
 *
 * The hostile cases run in a child process in its own PID and mount namespaces (unshare), which
 * mounts the image there: whatever goes wrong, its mounts die with it. The image is mounted there
 * without nodev, so each check is proven on its own, not hidden behind nodev.
 */
import { beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { copyFiles, restoreCopiedFiles } from '../../src/host/copy-files.js'
import { createHostRunner } from '../../src/host/exec.js'
import { mountRoot } from '../../src/host/mount.js'
import { copyProvisionFiles } from '../../src/host/provision-files.js'
import { transpileForChild } from '../helpers/child-modules.js'
import { createLoopDisk, sh } from '../helpers/loop-disk.js'
import { hostSuite } from '../helpers/host-suite.js'
import {
  expectedFileOperations,
  FILE_OPERATIONS,
  hostCanaries,
  runOnHostileImage,
  TEST_WRAPPER_VARIABLE,
  useFileOperations
} from '../helpers/hostile-image.js'
import { mountTestImage } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite
/** Host canaries: a directory with a file, and a small disk on a loop device. */
const canaries = hostCanaries(suite)
const runner = createHostRunner()
let childDir: string

beforeAll(() => {
  const suiteDir = suite.dir
  mkdirSync(join(suite.rootfs, 'opt/bound'), { recursive: true })
  mkdirSync(join(suite.rootfs, 'var'), { recursive: true })
  childDir = transpileForChild(join(suiteDir, 'child'), [
    'src/log.ts',
    'src/template.ts',
    'src/host/exec.ts',
    'src/host/mountinfo.ts',
    'src/host/image-path.ts',
    'src/host/image-file.ts',
    'src/host/copy-files.ts',
    'src/host/policy-rc-d.ts',
    'src/host/provision-files.ts'
  ])
  // Mounts the image (no nodev), lets the test arrange it, runs one writer, reports, and shows
  // what the image holds afterwards. Its mounts vanish with its mount namespace.
  writeFileSync(
    join(childDir, 'write.mjs'),
    `
import { execFileSync } from 'node:child_process'
import { createHostRunner } from './src/host/exec.js'
import { fileOperations } from './src/host/file-operations.js'
import { copyFiles } from './src/host/copy-files.js'
import { installPolicyRcd } from './src/host/policy-rc-d.js'
import { copyProvisionFiles } from './src/host/provision-files.js'
const [device, mnt, arrange, action, args, inspect] = process.argv.slice(2)
const shell = (script) =>
  execFileSync('/bin/sh', ['-ec', script], { env: { ...process.env, MNT: mnt }, encoding: 'utf8' })
execFileSync('mount', [device, mnt])
shell(arrange)
const runner = createHostRunner(process.env.${TEST_WRAPPER_VARIABLE} || undefined)
const actions = {
  provision_files: () => copyProvisionFiles(runner, mnt, JSON.parse(args)),
  copy_files: () => copyFiles(runner, mnt, JSON.parse(args)),
  policy_rc_d: () => installPolicyRcd(runner, mnt)
}
let result
try {
  await actions[action]()
  result = { ok: true }
} catch (error) {
  result = { ok: false, error: error.message }
}
result.inspect = shell(inspect)
result.files = fileOperations(runner).kind
process.stdout.write('RESULT ' + JSON.stringify(result) + '\\n')
`
  )
})

interface ChildResult {
  ok: boolean
  error?: string
  /** What the inspect script printed, in the image, after the writer ran. */
  inspect: string
  /** Which file operations the child used. */
  files?: string
}

/** Runs one writer on a fresh image in its own PID and mount namespaces. */
function writeInNamespace(options: {
  arrange: string
  action: 'provision_files' | 'copy_files' | 'policy_rc_d'
  args?: unknown
  inspect?: string
}): ChildResult {
  const { files, ...result } = runOnHostileImage<ChildResult>(suite, canaries, {
    script: join(childDir, 'write.mjs'),
    ...options,
    args: options.args ?? []
  })
  expect(files).toBe(expectedFileOperations())
  return result
}

function hostFile(name: string, content: string): string {
  const path = join(suite.work, name)
  writeFileSync(path, content)
  return path
}

// Every case runs with in-process file operations (the default wrapper) and with programs run
// through a wrapper: both must refuse, and write, alike.
describe.each(FILE_OPERATIONS)('with file operations %s', (kind, wrapper) => {
  const runner = createHostRunner(wrapper)
  useFileOperations(kind, wrapper)
  describe('provision_files in a hostile image', () => {
    it('refuses a destination that is a symlink to a device node, and the disk is untouched', () => {
      const before = canaries.state()
      const result = writeInNamespace({
        arrange: 'ln -s /dev/sdcanary "$MNT/etc/app.conf"',
        action: 'provision_files',
        args: [{ source: hostFile('app.conf', 'payload\n'), destination: '/etc/app.conf' }],
        inspect: 'readlink "$MNT/etc/app.conf"'
      })
      expect(result.ok).toBe(false)
      expect(result.error).toMatch(
        /provision_files\[0\]: destination "\/etc\/app.conf" refused: \/dev\/sdcanary is a block device in the image/
      )
      expect(result.inspect.trim()).toBe('/dev/sdcanary')
      expect(canaries.state()).toBe(before)
    })

    it('refuses a device node at the destination itself', () => {
      const before = canaries.state()
      const result = writeInNamespace({
        arrange: `mknod "$MNT/etc/app.conf" b ${canaries.majorMinor.replace(':', ' ')}`,
        action: 'provision_files',
        args: [{ source: hostFile('app.conf', 'payload\n'), destination: '/etc/app.conf' }]
      })
      expect(result.error).toMatch(/\/etc\/app.conf is a block device in the image/)
      expect(canaries.state()).toBe(before)
    })

    it('refuses a link climbing out to a host path; follows an absolute one inside the image', () => {
      const before = canaries.state()
      const climbing = writeInNamespace({
        arrange: `ln -s ../../../../../../../..${canaries.dir}/secret.txt "$MNT/etc/app.conf"`,
        action: 'provision_files',
        args: [{ source: hostFile('app.conf', 'payload\n'), destination: '/etc/app.conf' }]
      })
      expect(climbing.error).toMatch(
        /leads outside the image \(through the symlink \/etc\/app.conf/
      )

      const absolute = writeInNamespace({
        arrange: `ln -s ${canaries.dir}/secret.txt "$MNT/etc/app.conf"`,
        action: 'provision_files',
        args: [{ source: hostFile('app.conf', 'payload\n'), destination: '/etc/app.conf' }],
        inspect: `cat "$MNT${canaries.dir}/secret.txt"`
      })
      // The chroot reads the link as a path inside the image: that is where the file goes.
      expect(absolute).toEqual({ ok: true, inspect: 'payload\n' })
      expect(canaries.state()).toBe(before)
    })

    it('refuses a destination inside a bind mount in the image (a mount boundary)', () => {
      const before = canaries.state()
      const bind = `mount --bind ${canaries.dir} "$MNT/opt/bound"`
      const inside = writeInNamespace({
        arrange: bind,
        action: 'provision_files',
        args: [{ source: hostFile('new.conf', 'payload\n'), destination: '/opt/bound/secret.txt' }]
      })
      expect(inside.error).toMatch(
        new RegExp(
          `/opt/bound is on the mount of \\S+ \\(\\w+\\) at \\S+/mnt/opt/bound, not on the image's own file system`
        )
      )
      const throughLink = writeInNamespace({
        arrange: `${bind}\nln -s /opt/bound/new.conf "$MNT/etc/app.conf"`,
        action: 'provision_files',
        args: [{ source: hostFile('new.conf', 'payload\n'), destination: '/etc/app.conf' }]
      })
      expect(throughLink.error).toMatch(/\/opt\/bound is on the mount of/)
      // A bind of the image's own file system has the image's device: the mount point gives it away.
      const sameDevice = writeInNamespace({
        arrange: 'mount --bind "$MNT/var" "$MNT/opt/bound"',
        action: 'provision_files',
        args: [{ source: hostFile('new.conf', 'payload\n'), destination: '/opt/bound/new.conf' }]
      })
      expect(sameDevice.error).toMatch(
        /\/opt\/bound is on the mount of \S+ \(ext4\) at \S+\/mnt\/opt\/bound/
      )
      expect(canaries.state()).toBe(before)
      expect(readdirSync(canaries.dir)).toEqual(['secret.txt'])
    })
  })

  describe('copy_files and policy-rc.d in a hostile image', () => {
    it('copy_files refuses a device node where the file goes, and leaves it there', () => {
      const before = canaries.state()
      const result = writeInNamespace({
        arrange: `mknod "$MNT/etc/hosts" b ${canaries.majorMinor.replace(':', ' ')}`,
        action: 'copy_files',
        args: ['/etc/hosts'],
        inspect: 'stat -c %F "$MNT/etc/hosts"; ls -a "$MNT/etc"'
      })
      expect(result.error).toBe(
        'Cannot replace /etc/hosts in the image: it is a block device, not a file or symlink.'
      )
      expect(result.inspect).toMatch(/^block special file\n/)
      expect(result.inspect).not.toMatch(/osc-chroot/)
      expect(canaries.state()).toBe(before)
    })

    it('policy-rc.d refuses a /usr/sbin that is a mount of a host directory', () => {
      const before = canaries.state()
      const result = writeInNamespace({
        arrange: `mount --bind ${canaries.dir} "$MNT/usr/sbin"`,
        action: 'policy_rc_d'
      })
      expect(result.error).toMatch(/\/usr\/sbin is on the mount of .* at \S+\/mnt\/usr\/sbin/)
      expect(canaries.state()).toBe(before)
      expect(readdirSync(canaries.dir)).toEqual(['secret.txt'])
    })

    it('copy_files refuses an /etc that is a link into a bind mount', () => {
      const before = canaries.state()
      const result = writeInNamespace({
        arrange: `mount --bind ${canaries.dir} "$MNT/opt/bound"\nmv "$MNT/etc" "$MNT/etc.real"\nln -s /opt/bound "$MNT/etc"`,
        action: 'copy_files',
        args: ['/etc/hostname']
      })
      expect(result.error).toMatch(/: \/opt\/bound is on the mount of/)
      expect(readdirSync(canaries.dir)).toEqual(['secret.txt'])
      expect(canaries.state()).toBe(before)
    })
  })

  describe('replacing files by rename', () => {
    it('a destination hard-linked to a host file is replaced, the host file untouched', async () => {
      // The image root is a plain directory on the host's file system, so that the image's file
      // can share an inode with a host file (a disk image cannot).
      const image = join(suite.work, 'image')
      mkdirSync(join(image, 'etc'), { recursive: true })
      const canary = join(canaries.dir, 'secret.txt')
      const canaryBefore = readFileSync(canary)
      linkSync(canary, join(image, 'etc/app.conf'))
      chmodSync(canary, 0o640)
      chownSync(canary, 123, 456)

      await copyProvisionFiles(runner, image, [
        { source: hostFile('app.conf', 'payload\n'), destination: '/etc/app.conf' }
      ])
      expect(readFileSync(canary)).toEqual(canaryBefore)
      const placed = statSync(join(image, 'etc/app.conf'))
      expect(readFileSync(join(image, 'etc/app.conf'), 'utf8')).toBe('payload\n')
      expect(placed.ino).not.toBe(statSync(canary).ino)
      // The replacement keeps the replaced file's mode and owner, as writing into it did.
      expect([placed.mode & 0o777, placed.uid, placed.gid]).toEqual([0o640, 123, 456])
      expect(readdirSync(join(image, 'etc'))).toEqual(['app.conf'])
    })

    it('the restore after copy_files puts back the same entry: inode, owner, mode, times', async () => {
      const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
        chrootMounts: false
      })
      const hosts = join(mounted.mountPath, 'etc/hosts')
      writeFileSync(hosts, '127.0.0.1 image-own\n')
      chmodSync(hosts, 0o604)
      chownSync(hosts, 321, 654)
      utimesSync(hosts, new Date('2020-01-02T03:04:05Z'), new Date('2020-01-02T03:04:05Z'))
      const before = lstatSync(hosts)

      const copied = await copyFiles(runner, mounted.mountPath, ['/etc/hosts'])
      expect(lstatSync(hosts).ino).not.toBe(before.ino)
      await restoreCopiedFiles(runner, copied)
      const after = lstatSync(hosts)
      expect([after.ino, after.uid, after.gid, after.mode, after.mtimeMs]).toEqual([
        before.ino,
        before.uid,
        before.gid,
        before.mode,
        before.mtimeMs
      ])
      expect(readFileSync(hosts, 'utf8')).toBe('127.0.0.1 image-own\n')
      expect(readdirSync(join(mounted.mountPath, 'etc')).filter((n) => n.includes('osc'))).toEqual(
        []
      )
    })

    it('a restore does not follow a directory that provisioning swapped for a link', async () => {
      const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
        chrootMounts: false
      })
      const copied = await copyFiles(runner, mounted.mountPath, ['/etc/hostname'])
      // "Provisioning" moves /etc away and links it to a place that holds no backup.
      sh('mv', [join(mounted.mountPath, 'etc'), join(mounted.mountPath, 'etc.moved')])
      sh('ln', ['-s', '/opt/bound', join(mounted.mountPath, 'etc')])
      await expect(restoreCopiedFiles(runner, copied)).rejects.toThrow(
        /Not restoring \/etc\/hostname: \/etc\/hostname.osc-chroot-orig now leads to \/opt\/bound\/hostname.osc-chroot-orig/
      )
    })
  })
})

describe('the image mount', () => {
  it('is nodev: a device node the image carries cannot open the host device', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 64,
      partitions: [{ fs: 'ext4', content: suite.rootfs }]
    })
    const mounted = await mountRoot({
      runner,
      disk: disk.device,
      mountPath: join(suite.work, 'mounts/{{.Device}}'),
      mountPartition: '1',
      mountOptions: ['dev']
    })
    expect(mounted.options).toEqual(['dev', 'nodev'])
    expect(sh('findmnt', ['-n', '-o', 'OPTIONS', mounted.mountPath])).toMatch(/(^|,)nodev(,|$)/)
    const node = join(mounted.mountPath, 'dev/sdcanary')
    sh('mknod', [node, 'b', ...canaries.majorMinor.split(':')])
    const read = spawnSync('dd', [`if=${node}`, 'of=/dev/null', 'count=1', 'status=none'], {
      encoding: 'utf8'
    })
    expect(read.status).not.toBe(0)
    expect(read.stderr).toMatch(/Permission denied/)
    // The parent of the mount point was created for root only.
    expect(statSync(join(suite.work, 'mounts')).mode & 0o777).toBe(0o700)
  })

  it('refuses a mount_path whose parent others can write to, before mounting anything', async () => {
    const disk = createLoopDisk(teardown, suite.work, {
      sizeMiB: 64,
      partitions: [{ fs: 'ext4', content: suite.rootfs }]
    })
    const open = join(suite.work, 'open')
    mkdirSync(open)
    chmodSync(open, 0o1777)
    await expect(
      mountRoot({
        runner,
        disk: disk.device,
        mountPath: join(open, '{{.Device}}'),
        mountPartition: '1',
        mountOptions: []
      })
    ).rejects.toThrow(/its parent \S+\/open \(owner uid 0, mode 1777\) is writable by users other/)
    expect(readdirSync(open)).toEqual([])
  })
})
