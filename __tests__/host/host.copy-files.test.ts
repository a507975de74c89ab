/**
 * copy_files and policy-rc.d on a mounted image: what the image had at the path (a symlink, even
 * a dangling one, a file, or nothing) is exactly what it has after the restore. The host side is
 * this machine's own /etc files, only read.
 */
import { expect, it } from '@jest/globals'
import {
  chmodSync,
  mkdirSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { copyFiles, restoreCopiedFiles } from '../../src/host/copy-files.js'
import { createHostRunner } from '../../src/host/exec.js'
import { installPolicyRcd, removePolicyRcd } from '../../src/host/policy-rc-d.js'
import { sh } from '../helpers/loop-disk.js'
import { hostSuite } from '../helpers/host-suite.js'
import { mountTestImage } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite

/** The image is mounted with the default runner; the writes run with each implementation. */
async function mountImage(): Promise<string> {
  const runner = createHostRunner()
  const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
    chrootMounts: false
  })
  return mounted.mountPath
}

/** Nothing of ours left in the image's /etc (no backup, no marker). */
function leftovers(mountPath: string): string[] {
  return readdirSync(join(mountPath, 'etc')).filter((name) => name.includes('osc-chroot'))
}

// In-process file operations (the default wrapper) and programs (a wrapper) behave alike.
describe.each([
  ['in-process', createHostRunner()],
  ['programs', createHostRunner('env {{.Command}}')]
])('with file operations %s', (_kind, runner) => {
  describe('copy_files', () => {
    it('replaces a dangling resolv.conf symlink for provisioning and puts the link back', async () => {
      const mountPath = await mountImage()
      const imagePath = join(mountPath, 'etc/resolv.conf')
      symlinkSync('../run/systemd/resolve/stub-resolv.conf', imagePath)

      const copied = await copyFiles(runner, mountPath, ['/etc/resolv.conf'])
      expect(lstatSync(imagePath).isFile()).toBe(true)
      expect(readFileSync(imagePath, 'utf8')).toBe(readFileSync('/etc/resolv.conf', 'utf8'))
      expect(copied.files[0]).toMatchObject({
        original: 'symlink',
        originalLinkTarget: '../run/systemd/resolve/stub-resolv.conf'
      })

      await restoreCopiedFiles(runner, copied)
      expect(readlinkSync(imagePath)).toBe('../run/systemd/resolve/stub-resolv.conf')
      await restoreCopiedFiles(runner, copied) // idempotent
      expect(readlinkSync(imagePath)).toBe('../run/systemd/resolve/stub-resolv.conf')
      expect(leftovers(mountPath)).toEqual([])
    })

    it('gives a regular file its content and mode back', async () => {
      const mountPath = await mountImage()
      const imagePath = join(mountPath, 'etc/hosts')
      writeFileSync(imagePath, '127.0.0.1 image-own\n')
      chmodSync(imagePath, 0o600)

      const copied = await copyFiles(runner, mountPath, ['/etc/hosts'])
      expect(readFileSync(imagePath, 'utf8')).toBe(readFileSync('/etc/hosts', 'utf8'))
      await restoreCopiedFiles(runner, copied)
      expect(readFileSync(imagePath, 'utf8')).toBe('127.0.0.1 image-own\n')
      expect(statSync(imagePath).mode & 0o777).toBe(0o600)
      expect(leftovers(mountPath)).toEqual([])
    })

    it('removes a copy the image did not have before', async () => {
      const mountPath = await mountImage()
      const copied = await copyFiles(runner, mountPath, ['/etc/resolv.conf'])
      expect(copied.files[0].original).toBe('none')
      expect(readFileSync(join(mountPath, 'etc/resolv.conf'), 'utf8')).toBe(
        readFileSync('/etc/resolv.conf', 'utf8')
      )
      await restoreCopiedFiles(runner, copied)
      expect(() => lstatSync(join(mountPath, 'etc/resolv.conf'))).toThrow(/ENOENT/)
      expect(leftovers(mountPath)).toEqual([])
    })

    it('after an interrupted build, restores the image own file rather than keeping our copy', async () => {
      const mountPath = await mountImage()
      const imagePath = join(mountPath, 'etc/hostname')
      await copyFiles(runner, mountPath, ['/etc/hostname']) // the build is killed here: no restore
      const again = await copyFiles(runner, mountPath, ['/etc/hostname']) // the next attempt
      expect(again.files[0].original).toBe('file')
      await restoreCopiedFiles(runner, again)
      expect(readFileSync(imagePath, 'utf8')).toBe('image\n')
      expect(leftovers(mountPath)).toEqual([])
    })
    it('is all or nothing: a failing copy restores the ones already made', async () => {
      const mountPath = await mountImage()
      symlinkSync('../run/resolv.conf', join(mountPath, 'etc/resolv.conf'))
      mkdirSync(join(mountPath, 'etc/hosts')) // a directory cannot be replaced
      await expect(
        copyFiles(runner, mountPath, ['/etc/resolv.conf', '/etc/hosts'])
      ).rejects.toThrow(
        'Cannot replace /etc/hosts in the image: it is a directory, not a file or symlink.'
      )
      expect(readlinkSync(join(mountPath, 'etc/resolv.conf'))).toBe('../run/resolv.conf')
      expect(leftovers(mountPath)).toEqual([])

      await expect(copyFiles(runner, mountPath, ['/etc/no-such-file'])).rejects.toThrow(
        'copy_files: /etc/no-such-file not found on this host'
      )
      await expect(copyFiles(runner, mountPath, ['/dev/null'])).rejects.toThrow(
        'copy_files: /dev/null is not a regular file on this host; copy_files copies files only.'
      )
    })
  })

  describe('prevent_service_start', () => {
    const policy = 'usr/sbin/policy-rc.d'

    it('installs a policy-rc.d that exits 101, and removes it afterwards', async () => {
      const mountPath = await mountImage()
      const installed = await installPolicyRcd(runner, mountPath)
      expect(statSync(join(mountPath, policy)).mode & 0o777).toBe(0o755)
      const status = sh('chroot', [mountPath, '/bin/sh', '-c', '/usr/sbin/policy-rc.d; echo $?'])
      expect(status.trim()).toBe('101')

      await removePolicyRcd(runner, installed)
      expect(() => lstatSync(join(mountPath, policy))).toThrow(/ENOENT/)
      await removePolicyRcd(runner, installed)
    })

    it('puts back the image own policy-rc.d', async () => {
      const mountPath = await mountImage()
      writeFileSync(join(mountPath, policy), '#!/bin/sh\nexit 0\n', { mode: 0o750 })
      const installed = await installPolicyRcd(runner, mountPath)
      expect(readFileSync(join(mountPath, policy), 'utf8')).toContain('exit 101')
      await removePolicyRcd(runner, installed)
      expect(readFileSync(join(mountPath, policy), 'utf8')).toBe('#!/bin/sh\nexit 0\n')
      expect(statSync(join(mountPath, policy)).mode & 0o777).toBe(0o750)
    })
  })
})
