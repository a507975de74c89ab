/**
 * The host lock and the record that this host names linked volumes by id (by-id-record.ts), on
 * real loop devices, with builds running StepReadDeviceNames, StepLock and StepLinkVolume at once
 * against a small fake cloud that keeps a link history as the simulator does. Like a fresh
 * Outscale VM, the host starts with no by-id directory at all (a private one: other suites'
 * simulators fill the real /dev/disk/by-id), and the lock and record live in a private directory.
 *
 * - A first batch, with no record: the first build keeps the lock until its disk is proven, so
 *   the other links only after; the proof through the by-id link leaves the record.
 * - A second batch, the by-id directory gone again (all volumes unlinked): the record alone lets
 *   the lock end at the claim, so a LinkVolume is accepted before an earlier link's disk shows.
 * - A forged record on a host that never shows by-id names: builds of one size may then wait for
 *   each other until their device timeout, but none takes a disk that is not its volume's.
 * No two builds ever held one device name or one kernel disk (bench/device-check.ts's proof).
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDeviceSharing } from '../../bench/device-check.js'
import type { BuildConfig } from '../../src/config/types.js'
import { byIdRecordPath, hostNamesLinkedVolumesById } from '../../src/host/by-id-record.js'
import { hostDeviceLayout, qemuByIdName } from '../../src/host/device-name.js'
import { createHostRunner } from '../../src/host/exec.js'
import type { OapiClient, Volume } from '../../src/oapi/index.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import { Journal } from '../../src/pipeline/journal.js'
import { runSteps, type PipelineResult } from '../../src/pipeline/runner.js'
import { stepLinkVolume } from '../../src/pipeline/steps/link-volume.js'
import { stepLock } from '../../src/pipeline/steps/lock.js'
import { stepReadDeviceNames } from '../../src/pipeline/steps/read-device-names.js'
import { undo } from '../../src/pipeline/undo.js'
import type { LinkHistoryEntry } from '../../sim/index.js'
import { captureLog, sh, Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
const VM = 'i-self'
const SIZE_MIB = 24
/** How long after LinkVolume the disk shows: long beside a device choice, short for a test. */
const ATTACH_MS = 500
let work: string
let lockPath: string
let byIdDir: string
let logged: ReturnType<typeof captureLog>

beforeEach(() => {
  logged = captureLog()
  teardown.add(() => logged.restore())
  work = tempDir(teardown)
  const lockDir = join(work, 'osc-chroot')
  sh('mkdir', ['-m', '0755', lockDir])
  lockPath = join(lockDir, 'lock')
  const previous = process.env.OSC_CHROOT_LOCK_PATH
  process.env.OSC_CHROOT_LOCK_PATH = lockPath
  byIdDir = join(work, 'by-id')
  const previousByIdDir = hostDeviceLayout.byIdDir
  hostDeviceLayout.byIdDir = byIdDir
  teardown.add(() => {
    hostDeviceLayout.byIdDir = previousByIdDir
    if (previous === undefined) delete process.env.OSC_CHROOT_LOCK_PATH
    else process.env.OSC_CHROOT_LOCK_PATH = previous
  })
})
afterEach(() => teardown.run())

interface Link extends LinkHistoryEntry {
  /** Whether the host lock was held at the moment the disk showed. */
  lockHeldAtAttach?: boolean
}

/**
 * The cloud's side of links: each volume has an empty loop drive (size 0, as a drive whose disk
 * is not attached yet) that grows to the volume's size ATTACH_MS after LinkVolume, named by its
 * by-id link in the private by-id directory when `byIdNames`, and the API then says attached.
 */
class FakeCloud {
  readonly history: Link[] = []
  private readonly drives = new Map<string, { device: string; file: string }>()

  /**
   * `byIdLagMs`: the by-id link shows this long after the kernel's disk (udev follows the
   * kernel), and the API says attached only then.
   */
  constructor(
    private readonly byIdNames: boolean,
    private readonly byIdLagMs = 0
  ) {}

  addVolume(volumeId: string): void {
    const file = join(work, `${volumeId}.img`)
    writeFileSync(file, '')
    const device = sh('losetup', ['--find', '--show', file]).trim()
    teardown.add(() => {
      sh('losetup', ['-d', device])
    })
    this.drives.set(volumeId, { device, file })
  }

  private current(volumeId: string): Link | undefined {
    return this.history.find((link) => link.volumeId === volumeId && !link.releasedAt)
  }

  private volume(volumeId: string): Volume {
    const link = this.current(volumeId)
    return {
      VolumeId: volumeId,
      Size: SIZE_MIB / 1024,
      State: link ? 'in-use' : 'available',
      LinkedVolumes: link
        ? [
            {
              VmId: VM,
              VolumeId: volumeId,
              DeviceName: link.deviceName,
              State: link.attachedAt ? 'attached' : 'attaching'
            }
          ]
        : []
    } as unknown as Volume
  }

  private attach(link: Link): void {
    const drive = this.drives.get(link.volumeId)!
    const name = (): void => {
      if (!this.byIdNames) return
      mkdirSync(byIdDir, { recursive: true })
      symlinkSync(drive.device, join(byIdDir, qemuByIdName(link.deviceName)!))
    }
    if (this.byIdLagMs === 0) name()
    link.lockHeldAtAttach = existsSync(lockPath)
    sh('truncate', ['-s', `${SIZE_MIB}M`, drive.file])
    sh('losetup', ['--set-capacity', drive.device])
    link.loopDevice = drive.device
    if (this.byIdLagMs === 0) {
      link.attachedAt = Date.now()
      return
    }
    const timer = setTimeout(() => {
      name()
      link.attachedAt = Date.now()
    }, this.byIdLagMs)
    teardown.add(() => clearTimeout(timer))
  }

  /** As the guest after a detach: the disk is gone (size 0 again) and so is its by-id link. */
  private detach(link: Link): void {
    const drive = this.drives.get(link.volumeId)!
    rmSync(join(byIdDir, qemuByIdName(link.deviceName)!), { force: true })
    sh('truncate', ['-s', '0', drive.file])
    sh('losetup', ['--set-capacity', drive.device])
    link.releasedAt = Date.now()
  }

  client(): OapiClient {
    return {
      readVms: async () => [{ VmId: VM, BlockDeviceMappings: [] }],
      readVolumes: async (filters: { VolumeIds?: string[]; LinkVolumeVmIds?: string[] }) => {
        const ids = filters.VolumeIds ?? [...this.drives.keys()]
        const volumes = ids.filter((id) => this.drives.has(id)).map((id) => this.volume(id))
        return filters.LinkVolumeVmIds ? volumes.filter((v) => v.State === 'in-use') : volumes
      },
      linkVolume: async ({ VolumeId, DeviceName }: { VolumeId: string; DeviceName: string }) => {
        const link: Link = {
          volumeId: VolumeId,
          vmId: VM,
          deviceName: DeviceName,
          linkedAt: Date.now()
        }
        this.history.push(link)
        const timer = setTimeout(() => this.attach(link), ATTACH_MS)
        teardown.add(() => clearTimeout(timer))
      },
      unlinkVolume: async ({ VolumeId }: { VolumeId: string }) => {
        const link = this.current(VolumeId)
        if (link) this.detach(link)
      }
    } as unknown as OapiClient
  }
}

function buildContext(
  client: OapiClient,
  volumeId: string,
  timeouts = { device: 20 }
): BuildContext {
  const journal = new Journal(join(work, `${volumeId}.journal.json`), {
    buildId: volumeId,
    region: 'r',
    endpoint: 'e'
  })
  journal.record('StepCreateVolume', { kind: 'volume', volumeId } as never)
  return {
    config: {
      nvmeDevicePath: '',
      devicePath: '',
      killChrootProcesses: true,
      timeouts: { link: 20, volume: 20, snapshot: 20, ...timeouts }
    } as unknown as BuildConfig,
    client,
    host: createHostRunner(),
    journal,
    signal: new AbortController().signal,
    poll: { initialMs: 20, maxMs: 50, factor: 1.5 },
    buildId: volumeId,
    startedAt: new Date().toISOString(),
    region: 'r',
    subregion: 'ra',
    vmId: VM,
    volume: { VolumeId: volumeId, Size: SIZE_MIB / 1024 } as Volume
  } as unknown as BuildContext
}

const steps = [stepReadDeviceNames, stepLock, stepLinkVolume]

interface Build {
  context: BuildContext
  result: PipelineResult
}

/** Builds started together; each then unlinks its volume and lets its lock go, as the cleanup does. */
async function batch(cloud: FakeCloud, name: string, count: number, timeouts?: { device: number }) {
  const volumeIds = Array.from({ length: count }, (_, i) => `vol-${name}${i}`)
  for (const id of volumeIds) cloud.addVolume(id)
  const builds = await Promise.all(
    volumeIds.map(async (id): Promise<Build> => {
      const context = buildContext(cloud.client(), id, timeouts)
      const result = await runSteps(steps, context, context.signal, async () => {})
      return { context, result }
    })
  )
  for (const { context } of builds) await undo(context.journal, context, ['link', 'lock'])
  const links = cloud.history.filter((link) => volumeIds.includes(link.volumeId))
  return { builds, links }
}

/** Each build that found a disk found the loop device of its own volume's link. */
function expectOwnDisks(builds: Build[], links: Link[]): void {
  for (const { context } of builds) {
    if (context.blockDevice === undefined) continue
    const link = links.find((l) => l.volumeId === context.volume!.VolumeId)
    expect(context.blockDevice).toBe(link?.loopDevice)
  }
  expect(checkDeviceSharing(links).conflicts).toEqual([])
}

/** Links accepted while an earlier link's disk had not even shown. */
function linkedBeforeAnEarlierDisk(links: Link[]): Link[] {
  return links.filter((later) =>
    links.some(
      (earlier) =>
        earlier !== later &&
        earlier.linkedAt <= later.linkedAt &&
        later.linkedAt < (earlier.attachedAt ?? Infinity)
    )
  )
}

it('keeps the lock through the first disk wait, records the by-id naming, and lets the next batch link at once', async () => {
  const cloud = new FakeCloud(true)
  const recordPath = byIdRecordPath()
  teardown.add(() => rmSync(recordPath, { force: true }))
  expect(recordPath).toBe(join(work, 'osc-chroot', 'names-by-id.json'))
  expect(existsSync(byIdDir)).toBe(false)
  expect(hostNamesLinkedVolumesById()).toBe(false)

  // No by-id name anywhere and no record: the first build keeps the lock until its disk is
  // proven, and the other links only then (it finds the record, or the by-id link, by then).
  const first = await batch(cloud, 'first', 2)
  for (const { result } of first.builds) expect(result.error).toBeUndefined()
  expect(first.links).toHaveLength(2)
  const [a, b] = [...first.links].sort((x, y) => x.linkedAt - y.linkedAt)
  expect(a.lockHeldAtAttach).toBe(true)
  expect(b.linkedAt).toBeGreaterThanOrEqual(a.attachedAt!)
  expect(linkedBeforeAnEarlierDisk(first.links)).toEqual([])
  expect(logged.lines.join('\n')).toMatch(/the host lock is kept until this build finds its disk/)
  expectOwnDisks(first.builds, first.links)
  expect(hostNamesLinkedVolumesById()).toBe(true)

  // A fresh VM's state again: nothing linked, no by-id directory; only the record says by-id.
  rmSync(byIdDir, { recursive: true, force: true })
  logged.lines.length = 0
  const second = await batch(cloud, 'second', 3)
  for (const { result } of second.builds) expect(result.error).toBeUndefined()
  expect(second.links).toHaveLength(3)
  // The second LinkVolume came before the first build's disk even showed (so before it was proven).
  const [first2, second2] = [...second.links].sort((x, y) => x.linkedAt - y.linkedAt)
  expect(second2.linkedAt).toBeLessThan(first2.attachedAt!)
  expect(first2.lockHeldAtAttach).toBe(false)
  expect(linkedBeforeAnEarlierDisk(second.links).length).toBeGreaterThan(0)
  expect(logged.lines.join('\n')).not.toMatch(/the host lock is kept/)
  expectOwnDisks(second.builds, second.links)
  expect(existsSync(lockPath)).toBe(false)
})

it('records the by-id naming when the disk was told by its size and its by-id link showed after', async () => {
  const cloud = new FakeCloud(true, 300)
  const recordPath = byIdRecordPath()
  teardown.add(() => rmSync(recordPath, { force: true }))
  const { builds, links } = await batch(cloud, 'late', 1)
  expect(builds[0].result.error).toBeUndefined()
  expect(logged.lines.join('\n')).toMatch(
    / is \/dev\/loop\d+ \(found by new disk of the volume size\)/
  )
  expectOwnDisks(builds, links)
  expect(JSON.parse(readFileSync(recordPath, 'utf8'))).toMatchObject({
    byIdPath: join(byIdDir, qemuByIdName(links[0].deviceName)!),
    device: links[0].loopDevice
  })
})

it('never takes a wrong disk on a forged record where no disk is named by id', async () => {
  const cloud = new FakeCloud(false)
  const recordPath = byIdRecordPath()
  teardown.add(() => rmSync(recordPath, { force: true }))
  const bootId = sh('cat', ['/proc/sys/kernel/random/boot_id']).trim()
  writeFileSync(
    recordPath,
    JSON.stringify({ bootId, byIdPath: '/forged', deviceName: '/dev/xvdf', device: '/dev/sdf' }),
    { mode: 0o644 }
  )
  expect(hostNamesLinkedVolumesById()).toBe(true)

  const { builds, links } = await batch(cloud, 'forged', 3, { device: 3 })
  expect(links.length).toBeGreaterThan(0)
  // Each build either found its own volume's disk by its size or gave up at its device timeout.
  const outcomes = builds.map(({ context, result }) =>
    result.error
      ? { failed: result.error.message, blockDevice: context.blockDevice }
      : { found: context.blockDevice }
  )
  for (const outcome of outcomes) {
    expect([
      { found: expect.stringMatching(/^\/dev\/loop\d+$/) },
      {
        failed: expect.stringMatching(/did not appear as a block device within 3 s/),
        blockDevice: undefined
      }
    ]).toContainEqual(outcome)
  }
  expectOwnDisks(builds, links)
  expect(existsSync(lockPath)).toBe(false)
})
