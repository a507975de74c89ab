/**
 * The tree of a build's own mounts (src/host/mountinfo.ts mountTree), on mountinfo as the kernel
 * writes it: a mount id is given again to the next mount once its mount is gone.
 */
import { describe, expect, it } from '@jest/globals'
import { mountTree, parseMountInfo, type MountEntry } from '../../src/host/mountinfo.js'

const line = (
  id: number,
  parent: number,
  dev: string,
  point: string,
  type: string,
  source: string
) => `${id} ${parent} ${dev} / ${point} rw,relatime shared:1 - ${type} ${source} rw`

const ours = [
  line(1, 0, '254:0', '/', 'ext4', '/dev/vda'),
  line(40, 1, '7:17', '/mnt/osc-chroot/loop1', 'ext4', '/dev/loop1p1'),
  line(41, 40, '0:60', '/mnt/osc-chroot/loop1/proc', 'proc', 'proc'),
  line(42, 40, '0:61', '/mnt/osc-chroot/loop1/dev', 'tmpfs', 'osc-chroot-dev'),
  line(43, 42, '0:62', '/mnt/osc-chroot/loop1/dev/pts', 'devpts', 'devpts')
]
const root = (entries: MountEntry[]) => entries.find((m) => m.id === 40)!

describe('mountTree', () => {
  it('is the root mount and everything mounted on it, parents first', () => {
    const entries = parseMountInfo(ours.join('\n'))
    expect(mountTree(root(entries), entries).map((m) => m.mountPoint)).toEqual([
      '/mnt/osc-chroot/loop1',
      '/mnt/osc-chroot/loop1/proc',
      '/mnt/osc-chroot/loop1/dev',
      '/mnt/osc-chroot/loop1/dev/pts'
    ])
  })

  it("is empty once the root is unmounted, even when its id now names another build's mount", () => {
    const before = parseMountInfo(ours.join('\n'))
    const after = parseMountInfo(
      [
        line(1, 0, '254:0', '/', 'ext4', '/dev/vda'),
        line(30, 1, '7:225', '/mnt/osc-chroot/loop14', 'ext4', '/dev/loop14p1'),
        // our root's id, given to the /dev another build mounted a moment later
        line(40, 30, '0:70', '/mnt/osc-chroot/loop14/dev', 'tmpfs', 'osc-chroot-dev'),
        line(41, 40, '0:71', '/mnt/osc-chroot/loop14/dev/pts', 'devpts', 'devpts')
      ].join('\n')
    )
    expect(mountTree(root(before), after)).toEqual([])
  })
})
