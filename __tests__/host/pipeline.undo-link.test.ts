/**
 * The undo of a link: only the volume this build created is unlinked, and never while its disk
 * (known by the major:minor recorded at link time, whatever its name) is mounted.
 */
import { afterEach, beforeEach, expect, it, jest } from '@jest/globals'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Journal, type Resource } from '../../src/pipeline/journal.js'
import { cleanUp, type UndoMeans } from '../../src/pipeline/undo.js'
import { createHostRunner } from '../../src/host/exec.js'
import type { OapiClient, Volume } from '../../src/oapi/index.js'
import { captureLog, createLoopDisk, sh, Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
let work: string
let logged: ReturnType<typeof captureLog>

beforeEach(() => {
  logged = captureLog()
  teardown.add(() => logged.restore())
  work = tempDir(teardown)
})
afterEach(() => teardown.run())

/** A client whose volume is linked to vm-1 until UnlinkVolume is called. */
function fakeClient() {
  let linked = true
  const unlinkVolume = jest.fn(async (_request: { VolumeId: string }) => {
    linked = false
  })
  const readVolumes = async (): Promise<Volume[]> => [
    {
      VolumeId: 'vol-ours',
      State: linked ? 'in-use' : 'available',
      LinkedVolumes: linked
        ? [{ VmId: 'vm-1', DeviceName: '/dev/xvdf', State: 'attached', VolumeId: 'vol-ours' }]
        : []
    } as Volume
  ]
  return { client: { readVolumes, unlinkVolume } as unknown as OapiClient, unlinkVolume }
}

function journalWith(resources: Resource[]): Journal {
  const journal = new Journal(join(work, 'journal.json'), {
    buildId: 'b-link',
    region: 'eu-west-2',
    endpoint: 'https://api.invalid'
  })
  for (const resource of resources) journal.record('Test', resource)
  return journal
}

function means(client: OapiClient): UndoMeans {
  return {
    client,
    host: createHostRunner(),
    config: {
      killChrootProcesses: true,
      timeouts: { link: 5 } as UndoMeans['config']['timeouts']
    },
    poll: { initialMs: 10, maxMs: 10, factor: 1 }
  }
}

const link = (extra: Partial<Extract<Resource, { kind: 'link' }>> = {}): Resource => ({
  kind: 'link',
  volumeId: 'vol-ours',
  vmId: 'vm-1',
  device: '/dev/xvdf',
  ...extra
})

it('does not unlink a volume the journal has no record of creating', async () => {
  const { client, unlinkVolume } = fakeClient()
  const journal = journalWith([link({ volumeId: 'vol-someone-elses' })])
  await cleanUp(journal, means(client), 'failed')
  expect(unlinkVolume).not.toHaveBeenCalled()
  expect(logged.text()).toContain(
    "Not unlinking volume vol-someone-elses: this build's journal has no record of creating it."
  )
})

describe('the still-mounted check uses the recorded major:minor', () => {
  it('refuses to unlink while the disk is mounted, even under another name', async () => {
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32, whole: { fs: 'ext4' } })
    const majorMinor = readFileSync(`/sys/block/${disk.device.slice(5)}/dev`, 'utf8').trim()
    const mountPoint = join(work, 'mounted')
    mkdirSync(mountPoint)
    sh('mount', [disk.device, mountPoint])
    const { client, unlinkVolume } = fakeClient()
    const journal = journalWith([
      { kind: 'volume', volumeId: 'vol-ours' },
      // the kernel name recorded no longer exists: the number still finds the disk
      link({ blockDevice: '/dev/sdz-gone', majorMinor })
    ])
    await expect(cleanUp(journal, means(client), 'failed')).rejects.toThrow(
      `link vol-ours: /dev/sdz-gone (volume vol-ours, device ${majorMinor}) is still mounted: not unlinking it.`
    )
    expect(unlinkVolume).not.toHaveBeenCalled()
  })

  it('unlinks the volume it created once its disk is no longer mounted', async () => {
    const disk = createLoopDisk(teardown, work, { sizeMiB: 32, whole: { fs: 'ext4' } })
    const majorMinor = readFileSync(`/sys/block/${disk.device.slice(5)}/dev`, 'utf8').trim()
    const { client, unlinkVolume } = fakeClient()
    const journal = journalWith([
      { kind: 'volume', volumeId: 'vol-ours' },
      link({ blockDevice: disk.device, majorMinor })
    ])
    // keep the volume (a product-like check is not the point here): undo only the link
    journal.mark(journal.entries()[0], 'kept')
    await cleanUp(journal, means(client), 'failed')
    expect(unlinkVolume).toHaveBeenCalledWith({ VolumeId: 'vol-ours' })
  })
})
