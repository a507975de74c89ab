/**
 * Seeing the linked volume's disk the moment a name for it appears (inotify, not an interval),
 * udevadm settle only where udev runs, and the "new disk of the volume's size" look: only under
 * the host lock, only where the host has no by-id names, and never while another build's link of
 * the same size is unfound or on a disk another build proved (the link ledger). Real loop devices;
 * the safety re-scan is set to a minute, so a disk found within the test's time was found by an
 * event.
 */
import { afterEach, beforeEach, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import {
  snapshotDisks,
  waitForBlockDevice,
  type WaitForBlockDeviceOptions
} from '../../src/host/block-device.js'
import { DeviceWatch } from '../../src/host/device-watch.js'
import { createHostRunner, type HostRunner } from '../../src/host/exec.js'
import { acquireHostLock, whileHostLockFree } from '../../src/host/lock.js'
import { forgetLink, otherLinks, recordLink, type LedgerEntry } from '../../src/host/link-ledger.js'
import { processStartTicks } from '../../src/host/process-start.js'
import {
  attachLoop,
  captureLog,
  createLoopDisk,
  ln,
  sh,
  Teardown,
  tempDir
} from '../helpers/loop-disk.js'

const teardown = new Teardown()
const MINUTE = 60_000
let work: string

beforeEach(() => {
  const logged = captureLog()
  teardown.add(() => logged.restore())
  work = tempDir(teardown)
})
afterEach(() => teardown.run())

/** A runner that records what it is asked to run, and answers udevadm itself. */
function recordingRunner(ran: string[][]): HostRunner {
  const base = createHostRunner()
  return {
    commandWrapper: base.commandWrapper,
    run(argv, options) {
      ran.push(argv)
      if (basename(argv[0]) === 'udevadm') {
        return Promise.resolve({ command: argv.join(' '), exitCode: 0, stdout: '', stderr: '' })
      }
      return base.run(argv, options)
    },
    shell: (script, options) => base.shell(script, options)
  }
}

function majorMinor(device: string): string {
  return readFileSync(`/sys/block/${basename(device)}/dev`, 'utf8').trim()
}

describe('waiting for the disk by its name', () => {
  it.each([
    ['exists', true],
    ['does not exist yet', false]
  ])(
    'wakes on the by-id link made after the wait began, when the by-id directory %s',
    async (_, byIdExists) => {
      const byIdDir = join(work, 'disk', 'by-id')
      if (byIdExists) mkdirSync(byIdDir, { recursive: true })
      const before = snapshotDisks()
      const disk = createLoopDisk(teardown, work, { sizeMiB: 32 })
      const waiting = waitForBlockDevice({
        runner: createHostRunner(),
        requestedName: '/dev/xvdzq',
        volumeSizeGiB: 32 / 1024,
        disksBeforeLink: before,
        timeoutSeconds: 50,
        byIdDir,
        rescanMs: MINUTE
      })
      await new Promise((resolve) => setTimeout(resolve, 200)) // the first look has missed it
      mkdirSync(byIdDir, { recursive: true })
      ln(disk.device, join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdzq'))
      const found = await waiting
      expect(found).toMatchObject({ device: disk.device, foundBy: 'by-id', wokenBy: 'event' })
    },
    30_000
  )

  it('counts the device timeout from the attach when told to', async () => {
    const byIdDir = join(work, 'by-id')
    mkdirSync(byIdDir)
    const before = snapshotDisks()
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32 })
    const attached = new Promise((resolve) => setTimeout(resolve, 1500))
    const waiting = waitForBlockDevice({
      runner: createHostRunner(),
      requestedName: '/dev/xvdzu',
      volumeSizeGiB: 32 / 1024,
      disksBeforeLink: before,
      timeoutSeconds: 1,
      timeoutStarts: attached,
      byIdDir
    })
    // Past the 1 s timeout from the call, within 1 s of the attach.
    await new Promise((resolve) => setTimeout(resolve, 1800))
    ln(disk.device, join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdzu'))
    await expect(waiting).resolves.toMatchObject({ device: disk.device, foundBy: 'by-id' })
  })

  it('runs udevadm settle only where udev runs', async () => {
    const byIdDir = join(work, 'by-id')
    mkdirSync(byIdDir)
    const before = snapshotDisks()
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32 })
    ln(disk.device, join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdzr'))
    // A udevadm on the PATH, as Debian installs it even in containers without udevd.
    const bin = join(work, 'bin')
    mkdirSync(bin)
    sh('sh', ['-c', `printf '#!/bin/sh\\nexit 0\\n' > ${bin}/udevadm && chmod +x ${bin}/udevadm`])
    const path = process.env.PATH
    process.env.PATH = `${bin}:${path}`
    teardown.add(() => {
      process.env.PATH = path
    })
    const udevControl = join(work, 'udev-control')
    const wait = (ran: string[][]): Promise<unknown> =>
      waitForBlockDevice({
        runner: recordingRunner(ran),
        requestedName: '/dev/xvdzr',
        volumeSizeGiB: 32 / 1024,
        disksBeforeLink: before,
        timeoutSeconds: 10,
        byIdDir,
        udevControlPath: udevControl
      })

    const withoutUdev: string[][] = []
    await wait(withoutUdev)
    expect(withoutUdev.filter((argv) => argv[0].endsWith('udevadm'))).toEqual([])

    sh('touch', [udevControl]) // what a running udevd shows
    const withUdev: string[][] = []
    await wait(withUdev)
    expect(withUdev.filter((argv) => argv[0].endsWith('udevadm'))).toEqual([
      [join(bin, 'udevadm'), 'settle', '--timeout=5']
    ])
  })

  it('watches the nearest existing directory, moves down when it appears, and closes', async () => {
    const byIdDir = join(work, 'disk', 'by-id')
    const watch = new DeviceWatch([byIdDir])
    try {
      expect(watch.watched()).toEqual([work])
      const next = watch.next(MINUTE)
      mkdirSync(join(work, 'disk'))
      await expect(next).resolves.toBe('event')
      expect(watch.watched()).toEqual([join(work, 'disk')])
      mkdirSync(byIdDir)
      await expect(watch.next(MINUTE)).resolves.toBe('event')
      expect(watch.watched()).toEqual([byIdDir])
      // No event: the safety re-scan ends the wait.
      await expect(watch.next(50)).resolves.toBe('rescan')
    } finally {
      watch.close()
    }
    expect(watch.watched()).toEqual([])
  })

  it('stops waiting when the build is cancelled, and closes its watchers', async () => {
    const controller = new AbortController()
    const byIdDir = join(work, 'by-id')
    mkdirSync(byIdDir)
    const waiting = waitForBlockDevice({
      runner: createHostRunner(),
      requestedName: '/dev/xvdzs',
      volumeSizeGiB: 1,
      disksBeforeLink: snapshotDisks(),
      timeoutSeconds: 50,
      byIdDir,
      rescanMs: MINUTE,
      signal: controller.signal
    })
    setTimeout(() => controller.abort(new Error('cancelled by the test')), 100)
    await expect(waiting).rejects.toThrow('cancelled by the test')
  })
})

describe('the new-disk look', () => {
  /** A 7 GiB sparse volume file, attached once the wait has begun. */
  function newDiskOptions(
    overrides: Partial<WaitForBlockDeviceOptions>
  ): WaitForBlockDeviceOptions {
    const byIdDir = overrides.byIdDir ?? join(work, 'by-id')
    if (!existsSync(byIdDir)) mkdirSync(byIdDir)
    return {
      runner: createHostRunner(),
      requestedName: '/dev/xvdzt',
      volumeSizeGiB: 7,
      disksBeforeLink: snapshotDisks(),
      timeoutSeconds: 2,
      byIdDir,
      rescanMs: 100,
      exclusively: async (look) => look(),
      ...overrides
    }
  }

  function attachVolume(name: string) {
    const file = join(work, name)
    sh('truncate', ['-s', '7G', file])
    return attachLoop(teardown, file)
  }

  it('is made only through the lock, and not at all without it', async () => {
    let lookedUnderLock = 0
    const exclusively = async <T>(look: () => T): Promise<T> => {
      lookedUnderLock++
      return look()
    }
    const options = newDiskOptions({ exclusively })
    const disk = attachVolume('ours.img')
    await expect(waitForBlockDevice(options)).resolves.toMatchObject({
      device: disk.device,
      foundBy: 'new disk of the volume size'
    })
    expect(lookedUnderLock).toBeGreaterThan(0)
    await expect(
      waitForBlockDevice({ ...options, exclusively: undefined, timeoutSeconds: 1 })
    ).rejects.toThrow(/did not appear as a block device within 1 s/)
  })

  it('is not made where the host names disks by id', async () => {
    const byIdDir = join(work, 'by-id')
    const options = newDiskOptions({ byIdDir })
    // The runner's own disk, named as an Outscale VM names it.
    ln('/dev/null', join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sda'))
    attachVolume('ours.img')
    await expect(waitForBlockDevice(options)).rejects.toThrow(
      `new disks since the link: not looked at (this host names disks in ${byIdDir}: waiting for ours)`
    )
  })

  it("waits while another build's link of the same size is unfound, and never takes a disk another build proved", async () => {
    let others: LedgerEntry[] = [{ volumeId: 'vol-other', pid: process.pid, sizeGiB: 7 }]
    const options = newDiskOptions({ otherLinks: () => others })
    const theirs = attachVolume('theirs.img') // appeared since our snapshot: could be ours
    await expect(waitForBlockDevice(options)).rejects.toThrow(
      /new disks since the link: not chosen while vol-other \(other builds' volumes of 7 GiB\) are not found yet/
    )
    // The other build proved its disk: that one is never ours, and ours has not appeared.
    others = [{ ...others[0], majorMinor: majorMinor(theirs.device) }]
    const missed = await waitForBlockDevice(options).catch((error: Error) => error.message)
    expect(missed).toMatch(/did not appear as a block device within 2 s/)
    expect(missed).not.toContain(`${basename(theirs.device)} (7.00 GiB)`)
    const ours = attachVolume('ours.img')
    await expect(waitForBlockDevice(options)).resolves.toMatchObject({ device: ours.device })
  })

  it('takes the host lock only when it is free, and gives it back', async () => {
    const lockPath = join(work, 'lock')
    const look = jest.fn(() => 'looked')
    const held = await acquireHostLock({ path: lockPath, purpose: 'another build' })
    await expect(whileHostLockFree(look, { path: lockPath })).resolves.toBeUndefined()
    expect(look).not.toHaveBeenCalled()
    await held.release()

    await expect(whileHostLockFree(look, { path: lockPath })).resolves.toEqual({
      value: 'looked'
    })
    expect(existsSync(lockPath)).toBe(false)
    await expect(
      whileHostLockFree(
        () => {
          throw new Error('look failed')
        },
        { path: lockPath }
      )
    ).rejects.toThrow('look failed')
    expect(existsSync(lockPath)).toBe(false)
  })
})

it('keeps a ledger of the live links on this host', () => {
  const directory = join(work, 'links')
  recordLink({ volumeId: 'vol-mine', pid: process.pid, sizeGiB: 7 }, directory)
  recordLink({ volumeId: 'vol-live', pid: process.pid, sizeGiB: 7, majorMinor: '7:3' }, directory)
  // A build killed before its post step: its entry no longer counts.
  const dead = Number(sh('sh', ['-c', 'sh -c "echo \\$\\$"']).trim())
  recordLink({ volumeId: 'vol-dead', pid: dead, sizeGiB: 7 }, directory)
  // Its own entries carry the process's start time: a pid given again later is not this build.
  expect(otherLinks('vol-mine', directory)).toEqual([
    {
      volumeId: 'vol-live',
      pid: process.pid,
      startTicks: processStartTicks(process.pid),
      sizeGiB: 7,
      majorMinor: '7:3'
    }
  ])
  forgetLink('vol-live', directory)
  expect(otherLinks('vol-mine', directory)).toEqual([])
  expect(() => recordLink({ volumeId: '../x', pid: 1, sizeGiB: 1 }, directory)).toThrow(
    /not a volume id/
  )
})
