/**
 * The host lock around StepLinkVolume, on a real loop device: the lock is held while the name is
 * chosen and claimed in the host's link ledger, and released before LinkVolume and the wait for
 * the disk (another build could choose meanwhile: the claim keeps it off this name); the disk
 * found is noted in the ledger. A failed LinkVolume leaves neither lock nor ledger entry once the
 * cleanup ran. A name LinkVolume refuses as in use is chosen again, a bounded number of times;
 * other live builds' claims are avoided, dead builds' claims are not. The disk is named by
 * nvme_device_path here, so the test does not depend on this machine's /dev/disk/by-id.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { BuildConfig } from '../../src/config/types.js'
import { chooseDeviceName } from '../../src/host/device-name.js'
import { createHostRunner } from '../../src/host/exec.js'
import { recordLink } from '../../src/host/link-ledger.js'
import { processStartTicks } from '../../src/host/process-start.js'
import { OapiError, type OapiClient, type Volume } from '../../src/oapi/index.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import { Journal } from '../../src/pipeline/journal.js'
import { runSteps } from '../../src/pipeline/runner.js'
import { stepLinkVolume } from '../../src/pipeline/steps/link-volume.js'
import { stepLock } from '../../src/pipeline/steps/lock.js'
import { stepReadDeviceNames } from '../../src/pipeline/steps/read-device-names.js'
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
  /** The device name of this build's ledger entry when LinkVolume was sent. */
  claimAtLink?: string
  /** The names LinkVolume was sent, in order. */
  names?: string[]
}

/** The API's answer to a name another link of the VM holds (sim/calls/links.ts plays it). */
function deviceInUse(name: string): OapiError {
  return new OapiError({
    call: 'LinkVolume',
    failure: {
      httpStatus: 409,
      code: '9004',
      type: 'ResourceConflict',
      summary: `HTTP 409 ResourceConflict (9004): The VM already has a volume on ${name}`
    },
    retryable: false,
    attempts: 1,
    elapsedMs: 5,
    idempotent: false,
    region: 'r'
  })
}

function fakeClient(
  drive: { attach: () => void },
  seen: Seen,
  linkFails = false,
  refuse: (name: string) => boolean = () => false
): OapiClient {
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
    linkVolume: async ({ DeviceName }: { DeviceName: string }) => {
      seen.lockHeldAtLink = existsSync(lockPath)
      seen.names = [...(seen.names ?? []), DeviceName]
      if (existsSync(ledgerEntry())) {
        seen.claimAtLink = JSON.parse(readFileSync(ledgerEntry(), 'utf8')).deviceName
      }
      if (refuse(DeviceName)) throw deviceInUse(DeviceName)
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

const steps = [stepReadDeviceNames, stepLock, stepLinkVolume]

it('claims the name under the lock, releases it before LinkVolume, and notes the disk', async () => {
  const drive = emptyDrive()
  const seen: Seen = {}
  const build = context(fakeClient(drive, seen), drive.device)
  const result = await runSteps(steps, build, build.signal, async () => {})
  expect(result.error).toBeUndefined()
  expect(seen).toEqual({
    lockHeldAtLink: false,
    lockHeldAfterLink: false,
    claimAtLink: build.deviceName,
    names: [build.deviceName]
  })
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
  const result = await runSteps(steps, build, build.signal, () =>
    undo(build.journal, build, ['link', 'lock'])
  )
  expect(result.error?.message).toMatch(/LinkVolume refused by the test/)
  expect(seen.lockHeldAtLink).toBe(false)
  expect(existsSync(lockPath)).toBe(false)
  expect(existsSync(ledgerEntry())).toBe(false)
})

it('chooses again when LinkVolume refuses a name as in use, and links the next one', async () => {
  const drive = emptyDrive()
  const first = chooseDeviceName({ usedByVm: [] })
  const seen: Seen = {}
  const build = context(
    fakeClient(drive, seen, false, (name) => name === first),
    drive.device
  )
  const result = await runSteps(steps, build, build.signal, async () => {})
  expect(result.error).toBeUndefined()
  expect(seen.names).toHaveLength(2)
  expect(seen.names![0]).toBe(first)
  expect(seen.names![1]).not.toBe(first)
  expect(build.deviceName).toBe(seen.names![1])
  // The journal's link names the device linked, so the cleanup unlinks the right one.
  const [link] = build.journal.active('link')
  expect(link.resource).toMatchObject({ kind: 'link', device: seen.names![1] })
  expect(JSON.parse(readFileSync(ledgerEntry(), 'utf8'))).toMatchObject({
    deviceName: seen.names![1]
  })
  expect(existsSync(lockPath)).toBe(false)
  await undo(build.journal, build, ['link'])
})

it('gives up after a bounded number of refused names, leaving neither lock nor claim', async () => {
  const drive = emptyDrive()
  const seen: Seen = {}
  const build = context(
    fakeClient(drive, seen, false, () => true),
    drive.device
  )
  const result = await runSteps(steps, build, build.signal, () =>
    undo(build.journal, build, ['link', 'lock'])
  )
  expect(result.error).toBeInstanceOf(OapiError)
  expect((result.error as OapiError).code).toBe('9004')
  expect(seen.names).toHaveLength(3)
  expect(new Set(seen.names).size).toBe(3)
  expect(existsSync(lockPath)).toBe(false)
  expect(existsSync(ledgerEntry())).toBe(false)
})

it("avoids the names live builds claimed, and ignores a dead build's claim", async () => {
  const drive = emptyDrive()
  const free1 = chooseDeviceName({ usedByVm: [] })
  const free2 = chooseDeviceName({ usedByVm: [free1] })
  const ledger = join(work, 'osc-chroot', 'links')
  mkdirSync(ledger, { recursive: true })
  // A live build's claim (the test runner's parent process stands for it).
  recordLink({ volumeId: 'vol-live', pid: process.ppid, sizeGiB: 1, deviceName: free1 }, ledger)
  // A build that died between its claim and its link: its pid is gone.
  const dead = spawnSync('true').pid!
  recordLink({ volumeId: 'vol-dead', pid: dead, sizeGiB: 1, deviceName: free2 }, ledger)
  // A pid that lives again, in another process than the one that claimed (pid reuse).
  const reused = { pid: process.pid, startTicks: processStartTicks(process.pid)! + 1 }
  recordLink({ volumeId: 'vol-reused', ...reused, sizeGiB: 1, deviceName: free2 }, ledger)
  const seen: Seen = {}
  const build = context(fakeClient(drive, seen), drive.device)
  const result = await runSteps(steps, build, build.signal, async () => {})
  expect(result.error).toBeUndefined()
  expect(seen.names).toEqual([free2])
  await undo(build.journal, build, ['link'])
})
