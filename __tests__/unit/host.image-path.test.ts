/**
 * Paths inside the image resolve as the chroot sees them: absolute links are re-rooted at the
 * image, and nothing ever leads outside it.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHostRunner } from '../../src/host/exec.js'
import {
  ImageEscapeError,
  resolveEntriesInImage,
  resolveInImage
} from '../../src/host/image-path.js'
import { captureLog, ln, Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
let image: string

beforeEach(() => {
  const logged = captureLog()
  teardown.add(() => logged.restore())
  image = join(tempDir(teardown), 'image')
  mkdirSync(join(image, 'usr/sbin'), { recursive: true })
  mkdirSync(join(image, 'etc'))
  writeFileSync(join(image, 'usr/sbin/tool'), '')
  ln('/usr/sbin', join(image, 'sbin')) // absolute, as in many images
  ln('usr/sbin', join(image, 'rel-sbin'))
  ln('../run/systemd/resolve/stub-resolv.conf', join(image, 'etc/resolv.conf')) // dangling
  ln('../../../../../../../../tmp', join(image, 'etc/escape'))
})
afterEach(() => teardown.run())

// In-process lstat (the default wrapper) and `find` through a wrapper resolve alike.
describe.each([
  ['in-process', createHostRunner()],
  ['programs', createHostRunner('env {{.Command}}')]
])('resolveInImage (%s)', (_kind, runner) => {
  it('re-roots absolute links at the image and follows relative ones', async () => {
    const viaAbsolute = await resolveInImage(runner, image, '/sbin/tool')
    expect(viaAbsolute).toMatchObject({
      hostPath: join(image, 'usr/sbin/tool'),
      pathInImage: '/usr/sbin/tool',
      info: { type: 'file' }
    })
    expect((await resolveInImage(runner, image, 'rel-sbin/tool')).pathInImage).toBe(
      '/usr/sbin/tool'
    )
    expect((await resolveInImage(runner, image, '/usr/sbin/../../etc')).info.type).toBe('directory')
  })

  it('reports a dangling link itself, or its missing target', async () => {
    const link = await resolveInImage(runner, image, '/etc/resolv.conf', { followLastLink: false })
    expect(link.info).toMatchObject({
      type: 'symlink',
      linkTarget: '../run/systemd/resolve/stub-resolv.conf'
    })
    expect(link.hostPath).toBe(join(image, 'etc/resolv.conf'))
    const target = await resolveInImage(runner, image, '/etc/resolv.conf')
    expect(target.info.type).toBe('missing')
    expect(target.hostPath).toBe(join(image, 'run/systemd/resolve/stub-resolv.conf'))
  })

  it('refuses a path that climbs out of the image, with .. or through a link', async () => {
    await expect(resolveInImage(runner, image, '../../etc/passwd')).rejects.toThrow(
      ImageEscapeError
    )
    await expect(resolveInImage(runner, image, '/etc/escape/x')).rejects.toThrow(
      /leads outside the image \(through the symlink \/etc\/escape -> \.\.\/\.\./
    )
  })

  it('stops on a symlink loop', async () => {
    ln('loop-b', join(image, 'loop-a'))
    ln('loop-a', join(image, 'loop-b'))
    await expect(resolveInImage(runner, image, '/loop-a/x')).rejects.toThrow(
      /too many levels of symbolic links/
    )
  })

  it('resolves a directory once for several of its entries, none of them followed', async () => {
    const { directory, entries } = await resolveEntriesInImage(runner, image, '/sbin', [
      'tool',
      'tool.osc-chroot-orig'
    ])
    expect(directory).toMatchObject({ pathInImage: '/usr/sbin', info: { type: 'directory' } })
    expect(entries.map(({ hostPath, info }) => [hostPath, info.type])).toEqual([
      [join(image, 'usr/sbin/tool'), 'file'],
      [join(image, 'usr/sbin/tool.osc-chroot-orig'), 'missing']
    ])
    const [link] = (await resolveEntriesInImage(runner, image, '/etc', ['resolv.conf'])).entries
    expect(link.info).toMatchObject({ type: 'symlink' })
    await expect(resolveEntriesInImage(runner, image, '/etc/escape', ['x'])).rejects.toThrow(
      ImageEscapeError
    )
    await expect(resolveEntriesInImage(runner, image, '/etc', ['../x'])).rejects.toThrow(
      /"\.\.\/x" is not the name of an entry/
    )
  })
})
