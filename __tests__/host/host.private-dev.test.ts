/**
 * The private /dev is made by one program started from this process (a fixed shell script):
 * the standard nodes with their modes and groups, the build's disk and its partition, the links,
 * a devpts instance of its own and a /dev/shm, all read-only once made.
 */
import { expect, it } from '@jest/globals'
import { lstatSync, readlinkSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { createHostRunner, type HostRunner } from '../../src/host/exec.js'
import { mountsUnder } from '../../src/host/mountinfo.js'
import { mountPrivateDev, standardLinks } from '../../src/host/private-dev.js'
import { unmountAll } from '../helpers/unmount-all.js'
import { hostSuite } from '../helpers/host-suite.js'
import { mountTestImage } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite

it('makes the whole private /dev with one program, nodes, groups and mounts as the image needs', async () => {
  const inner = createHostRunner()
  const programs: string[][] = []
  const runner: HostRunner = {
    commandWrapper: inner.commandWrapper,
    run(argv, options) {
      programs.push(argv)
      return inner.run(argv, options)
    },
    shell: (script, options) => inner.shell(script, options)
  }
  const { disk, mounted } = await mountTestImage(teardown, inner, suite.work, suite.rootfs, {
    chrootMounts: false
  })
  const dev = join(mounted.mountPath, 'dev')

  await mountPrivateDev(runner, dev, disk.device)

  expect(programs).toHaveLength(1)
  expect(programs[0].slice(0, 2)).toEqual(['/bin/sh', '-c'])
  const mode = (path: string): string => (lstatSync(path).mode & 0o7777).toString(8)
  expect(mode(join(dev, 'null'))).toBe('666')
  expect(mode(join(dev, 'console'))).toBe('600')
  expect(statSync(join(dev, 'tty')).gid).toBe(5)
  const diskNode = join(dev, basename(disk.device))
  expect(statSync(diskNode).isBlockDevice()).toBe(true)
  expect(statSync(diskNode).rdev).toBe(statSync(disk.device).rdev)
  expect(statSync(diskNode).gid).toBe(6)
  expect(mode(diskNode)).toBe('660')
  const partition = join(dev, basename(disk.partitions[0]))
  expect(statSync(partition).rdev).toBe(statSync(disk.partitions[0]).rdev)
  for (const [name, target] of standardLinks) expect(readlinkSync(join(dev, name))).toBe(target)
  expect(mode(join(dev, 'shm'))).toBe('1777')

  const mounts = mountsUnder(dev)
  expect(mounts.map((m) => [m.mountPoint, m.fsType])).toEqual([
    [dev, 'tmpfs'],
    [join(dev, 'pts'), 'devpts'],
    [join(dev, 'shm'), 'tmpfs']
  ])
  // Read-only: no node can be added once it is made.
  expect(() => writeFileSync(join(dev, 'added'), '')).toThrow(/EROFS|read-only/i)

  await unmountAll(inner, mounted.mountPath)
  expect(mountsUnder(mounted.mountPath)).toEqual([])
})

it('refuses a disk that is not a block device before mounting, and names the script when a step fails', async () => {
  const runner = createHostRunner()
  const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
    chrootMounts: false
  })
  const dev = join(mounted.mountPath, 'dev')
  await expect(mountPrivateDev(runner, dev, '/dev/null')).rejects.toThrow(
    /the private \/dev should hold the build's disk \/dev\/null/
  )
  expect(mountsUnder(dev)).toEqual([]) // refused before anything was mounted

  await expect(mountPrivateDev(runner, join(dev, 'missing'), undefined)).rejects.toThrow(
    /osc-chroot-private-dev .*missing/
  )
  await unmountAll(runner, mounted.mountPath)
  expect(mountsUnder(mounted.mountPath)).toEqual([])
})
