/**
 * The simulator's hostile seed disk holds what sim/seed-hostile.ts promises: links aimed at the
 * host canary directory (absolute, or climbing above the root), a device node with the requested
 * numbers and its provisioning code. Read with debugfs from the disk file, without mounting it
 * (mounting it would open its device node to the machine).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDisk } from '../../sim/seed-disk.js'
import { HOSTILE_CANARY_DIR, HOSTILE_PROVISION_SCRIPT } from '../../sim/seed-hostile.js'

/** The seed's root file system starts at 1 MiB (one partition). */
function debugfs(disk: string, request: string): string {
  return execFileSync('debugfs', ['-R', request, `${disk}?offset=${1024 * 1024}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  })
}

function linkTarget(disk: string, path: string): string | undefined {
  return /Fast link dest: "(.*)"/.exec(debugfs(disk, `stat ${path}`))?.[1]
}

describe('the hostile seed disk', () => {
  let cache: string

  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'sim-hostile-seed-'))
  })

  afterAll(() => {
    rmSync(cache, { recursive: true, force: true })
  })

  it('aims its links and its device node where it is told, and carries its provisioning code', async () => {
    const disk = await seedDisk(cache, 'hostile', 1, {
      deviceNode: { type: 'block', major: 7, minor: 250 },
      deviceLink: '/dev/loop250'
    })
    expect(linkTarget(disk, '/etc/resolv.conf')).toBe(`${HOSTILE_CANARY_DIR}/resolv.conf`)
    expect(linkTarget(disk, '/tmp')).toBe(`${HOSTILE_CANARY_DIR}/tmp`)
    expect(linkTarget(disk, '/proc')).toBe(`${HOSTILE_CANARY_DIR}/proc`)
    expect(linkTarget(disk, '/usr/sbin/policy-rc.d')).toBe(
      `../../../../../..${HOSTILE_CANARY_DIR}/policy-rc.d`
    )
    expect(linkTarget(disk, '/dev')).toBe(`../../../../../..${HOSTILE_CANARY_DIR}/dev`)
    expect(linkTarget(disk, '/etc/app.conf')).toBe('/dev/loop250')
    expect(linkTarget(disk, '/etc/app-node.conf')).toBe('../usr/lib/hostile/disk')
    const node = debugfs(disk, 'stat /usr/lib/hostile/disk')
    expect(node).toMatch(/Type: block special/)
    expect(node).toMatch(/Device major\/minor number: 07:250/)
    expect(debugfs(disk, 'cat /usr/bin/hostile-provision')).toBe(HOSTILE_PROVISION_SCRIPT)
  })

  it('makes the climbing links absolute on request, and defaults to a harmless node', async () => {
    const disk = await seedDisk(cache, 'hostile', 1, { climbingLinks: false })
    expect(linkTarget(disk, '/usr/sbin/policy-rc.d')).toBe(`${HOSTILE_CANARY_DIR}/policy-rc.d`)
    expect(linkTarget(disk, '/dev')).toBe(`${HOSTILE_CANARY_DIR}/dev`)
    expect(linkTarget(disk, '/etc/app.conf')).toBe(`${HOSTILE_CANARY_DIR}/not-a-device`)
    const node = debugfs(disk, 'stat /usr/lib/hostile/disk')
    expect(node).toMatch(/Type: character special/)
    expect(node).toMatch(/Device major\/minor number: 01:07/)
  })
})
