/**
 * The host lock around StepLinkVolume, on a real loop device: the lock is held while the name is
 * chosen and LinkVolume is sent, and released before the wait for the disk (another build could
 * link meanwhile); the disk found is noted in the host's link ledger. A failed LinkVolume leaves
 * neither lock nor ledger entry once the cleanup ran. The disk is named by nvme_device_path here,
 * so the test does not depend on this machine's /dev/disk/by-id.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { BuildConfig } from '../../src/config/types.js'
import { createHostRunner } from '../../src/host/exec.js'
import type { OapiClient, Volume } from '../../src/oapi/index.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import { Journal } from '../../src/pipeline/journal.js'
import { runSteps } from '../../src/pipeline/runner.js'
import { stepLinkVolume } from '../../src/pipeline/steps/link-volume.js'
import { stepLock } from '../../src/pipeline/steps/lock.js'
import { undo } from '../../src/pipeline/undo.js'
import { captureLog, sh, Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
let work: string
let lockPath: string

beforeEach(() => {
  const logged = captureLog()
  teardown.add(() => logged.restore())
  work = tempDir(teardown)
  lockPath = join(work, 'osc-chroot', 'lock')
  sh('mkdir', ['-m', '0755', join(work, 'osc-chroot')])
  const previous = process.env.OSC_CHROOT_LOCK_PATH
  process.env.OSC_CHROOT_LOCK_PATH = lockPath
  teardown.add(() => {
    if (previous === undefined) delete process.env.OSC_CHROOT_LOCK_PATH
    else process.env.OSC_CHROOT_LOCK_PATH = previous
  })
})
afterEach(() => teardown.run())

/**
 * A loop device on an empty file (size 0, as a drive before its disk is attached), which grows
 * to the volume's size when `attach` is called: the disk "appearing" after LinkVolume.
 */
function emptyDrive(): { device: string; attach: () => void } {
  const file = join(work, 'volume.img')
  writeFileSync(file, '')
  const device = sh('losetup', ['--find', '--show', file]).trim()
  teardown.add(() => {
    sh('losetup', ['-d', device])
  })
  return {
    device,
    attach: () => {
      sh('truncate', ['-s', '32M', file])
      sh('losetup', ['--set-capacity', device])
    }
  }
}

interface Seen {
  lockHeldAtLink?: boolean
  lockHeldAfterLink?: boolean
}

function fakeClient(drive: { attach: () => void }, seen: Seen, linkFails = false): OapiClient {
  let linked = false
  const volume = (): Volume =>
    ({
      VolumeId: 'vol-linklock',
      Size: 32 / 1024,
      State: linked ? 'in-use' : 'available',
      LinkedVolumes: linked
        ? [{ VmId: 'i-self', DeviceName: '/dev/xvdf', State: 'attached', VolumeId: 'vol-linklock' }]
        : []
    }) as unknown as Volume
  return {
    readVms: async () => [{ VmId: 'i-self', BlockDeviceMappings: [] }],
    readVolumes: async (filters: { LinkVolumeVmIds?: string[] }) =>
      filters.LinkVolumeVmIds ? [] : [volume()],
    linkVolume: async () => {
      seen.lockHeldAtLink = existsSync(lockPath)
      if (linkFails) throw new Error('LinkVolume refused by the test')
      linked = true
      // The disk shows a moment later; by then the lock must be free.
      const timer = setTimeout(() => {
        seen.lockHeldAfterLink = existsSync(lockPath)
        drive.attach()
      }, 300)
      teardown.add(() => clearTimeout(timer))
    },
    unlinkVolume: async () => {
      linked = false
    }
  } as unknown as OapiClient
}

function context(client: OapiClient, nvmeDevicePath: string): BuildContext {
  const journal = new Journal(join(work, 'journal.json'), {
    buildId: 'linklock',
    region: 'r',
    endpoint: 'e'
  })
  journal.record('StepCreateVolume', { kind: 'volume', volumeId: 'vol-linklock' } as never)
  return {
    config: {
      nvmeDevicePath,
      devicePath: '',
      killChrootProcesses: true,
      timeouts: { link: 10, device: 10, volume: 10 }
    } as unknown as BuildConfig,
    client,
    host: createHostRunner(),
    journal,
    signal: new AbortController().signal,
    poll: { initialMs: 20, maxMs: 50, factor: 1.5 },
    buildId: 'linklock',
    startedAt: new Date().toISOString(),
    region: 'r',
    subregion: 'ra',
    vmId: 'i-self',
    volume: { VolumeId: 'vol-linklock', Size: 32 / 1024 } as Volume
  } as unknown as BuildContext
}

const ledgerEntry = (): string => join(work, 'osc-chroot', 'links', 'vol-linklock.json')

it('holds the lock for LinkVolume, releases it before the disk shows, and notes the disk', async () => {
  const drive = emptyDrive()
  const seen: Seen = {}
  const build = context(fakeClient(drive, seen), drive.device)
  const result = await runSteps([stepLock, stepLinkVolume], build, build.signal, async () => {})
  expect(result.error).toBeUndefined()
  expect(seen).toEqual({ lockHeldAtLink: true, lockHeldAfterLink: false })
  expect(build.blockDevice).toBe(drive.device)
  const majorMinor = readFileSync(`/sys/block/${basename(drive.device)}/dev`, 'utf8').trim()
  expect(JSON.parse(readFileSync(ledgerEntry(), 'utf8'))).toMatchObject({
    volumeId: 'vol-linklock',
    pid: process.pid,
    majorMinor
  })
  // Unlinking the volume (as StepUnlinkVolume does): the ledger forgets it.
  await undo(build.journal, build, ['link'])
  expect(existsSync(ledgerEntry())).toBe(false)
})

it('leaves neither lock nor ledger entry when LinkVolume fails', async () => {
  const drive = emptyDrive()
  const seen: Seen = {}
  const build = context(fakeClient(drive, seen, true), drive.device)
  // The cleanup of what these two steps journal (the volume is the test's).
  const result = await runSteps([stepLock, stepLinkVolume], build, build.signal, () =>
    undo(build.journal, build, ['link', 'lock'])
  )
  expect(result.error?.message).toMatch(/LinkVolume refused by the test/)
  expect(seen.lockHeldAtLink).toBe(true)
  expect(existsSync(lockPath)).toBe(false)
  expect(existsSync(ledgerEntry())).toBe(false)
})
