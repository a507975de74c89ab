/**
 * The resource modules (src/pipeline/resources/): one per kind the journal records, registered in
 * one map whose type refuses a kind without its module. Each kind's find, undo, name and sweep
 * rule is checked here on fake inputs: an API client that answers from plain data and records
 * its calls, and temporary directories for the host kinds that need no root.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHostRunner } from '../../src/host/exec.js'
import { acquireHostLock } from '../../src/host/lock.js'
import { claimMountPath } from '../../src/host/mount-path-claim.js'
import { installPolicyRcd, POLICY_RC_D_PATH } from '../../src/host/policy-rc-d.js'
import { log } from '../../src/log.js'
import {
  OapiError,
  type Image,
  type OapiClient,
  type Snapshot,
  type Volume
} from '../../src/oapi/index.js'
import { buildIdTag, createdAtTag } from '../../src/pipeline/context.js'
import { Journal } from '../../src/pipeline/journal.js'
import { productTag } from '../../src/pipeline/products.js'
import {
  describeResource,
  isProduct,
  keepProduct,
  resources,
  sweepRules,
  undoResource,
  type Resource,
  type ResourceModules,
  type UndoMeans
} from '../../src/pipeline/resources/index.js'
import { findTiming } from '../../src/pipeline/resources/find.js'
import type { Inventory, PlanOptions } from '../../src/pipeline/sweep/types.js'

type Call = [string, unknown]

/**
 * An OapiClient whose calls answer from `answers` (by call name) and are recorded in order. A call
 * without an answer resolves to undefined (the create and delete calls' void).
 */
function fakeClient(answers: Record<string, (request: never) => unknown> = {}) {
  const calls: Call[] = []
  const client = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name !== 'string' || name === 'then') return undefined
        return async (request: never) => {
          calls.push([name, request])
          return answers[name]?.(request)
        }
      }
    }
  ) as OapiClient
  const called = (name: string) => calls.filter(([call]) => call === name).map(([, r]) => r)
  return { client, calls, called }
}

/** The API's answer for something that no longer exists (InvalidResource, no-such-volume). */
function gone(call: string): OapiError {
  return new OapiError({
    call,
    failure: { httpStatus: 400, code: '5064', type: 'InvalidResource', summary: 'no such volume' },
    retryable: false,
    attempts: 1,
    elapsedMs: 0,
    idempotent: true,
    region: 'eu-west-2'
  })
}

let work: string
let warnings: string[]

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'osc-chroot-resources-'))
  warnings = []
  jest.spyOn(log, 'warning').mockImplementation((message: string) => {
    warnings.push(message)
  })
  jest.spyOn(log, 'info').mockImplementation(() => {})
  // A resource known by its id and missing is read again for a while: no real waiting here.
  let now = 0
  findTiming.now = () => now
  findTiming.sleep = async (ms: number) => {
    now += ms
  }
})
afterEach(() => {
  jest.restoreAllMocks()
  rmSync(work, { recursive: true, force: true })
})

function journal(entries: Resource[] = []): Journal {
  const opened = new Journal(join(work, 'journal.json'), {
    buildId: 'b-1',
    region: 'eu-west-2',
    endpoint: 'https://api.invalid'
  })
  for (const resource of entries) opened.record('Test', resource)
  return opened
}

function means(client: OapiClient): UndoMeans {
  const timeouts = { volume: 5, link: 5, omi: 5, snapshot: 5, device: 5 }
  return {
    client,
    host: createHostRunner(),
    config: { killChrootProcesses: true, timeouts: timeouts as UndoMeans['config']['timeouts'] },
    poll: { initialMs: 1, maxMs: 1, factor: 1 }
  }
}

describe('the map of resource kinds', () => {
  it('has a module for every kind the journal records, and nothing else', () => {
    expect(Object.keys(resources).sort()).toEqual([
      'copied-files',
      'image',
      'link',
      'lock',
      'mount',
      'mount-path-claim',
      'policy-rcd',
      'snapshot',
      'source-copy',
      'volume'
    ])
  })

  it('does not compile without a module for each kind', () => {
    // npm run typecheck checks this file (jest only transpiles): were this assignment to
    // compile, the unused @ts-expect-error would fail the type check.
    // @ts-expect-error: every kind but volume is missing
    const incomplete: ResourceModules = { volume: resources.volume }
    expect(incomplete).toBeDefined()
  })

  it('keeps the OMI and its snapshot as products, nothing else', () => {
    const products = (Object.keys(resources) as (keyof ResourceModules)[]).filter(
      (kind) => resources[kind].product !== undefined
    )
    expect(products.sort()).toEqual(['image', 'snapshot'])
    expect(isProduct({ kind: 'snapshot', snapshotId: 'snap-1' })).toBe(true)
    expect(isProduct({ kind: 'volume', volumeId: 'vol-1' })).toBe(false)
  })

  it('sweeps volumes first, then source copies, then loose snapshots', () => {
    expect(sweepRules().map(({ kind }) => kind)).toEqual(['volume', 'source-copy', 'snapshot'])
  })

  it('names each entry as the cleanup log and its list of leftovers do', () => {
    const names = [
      describeResource({ kind: 'volume', clientToken: 'osc-chroot-b-1-0a0b0c0d' }),
      describeResource({ kind: 'volume', volumeId: 'vol-1', clientToken: 'x' }),
      describeResource({ kind: 'snapshot', snapshotId: 'snap-1' }),
      describeResource({ kind: 'image', imageName: 'my-omi' }),
      describeResource({ kind: 'source-copy', imageId: 'ami-copy' }),
      describeResource({ kind: 'link', volumeId: 'vol-1', vmId: 'i-1', device: '/dev/xvdf' }),
      describeResource({ kind: 'mount', mountPath: '/mnt/x', removeDirectory: true }),
      describeResource({
        kind: 'mount-path-claim',
        claim: { file: 'f', mountPath: '/mnt/fixed', buildId: 'b', pid: 1, startTime: '1' }
      }),
      describeResource({ kind: 'copied-files', undo: { mountPath: '/mnt/x', files: [] } }),
      describeResource({
        kind: 'lock',
        lock: { path: '/run/osc-chroot/lock' } as never
      })
    ]
    expect(names).toEqual([
      'volume (ClientToken osc-chroot-b-1-0a0b0c0d)',
      'volume vol-1',
      'snapshot snap-1',
      'image "my-omi"',
      'source-copy ami-copy',
      'link vol-1',
      'mount /mnt/x',
      'claim of mount_path /mnt/fixed',
      'copied-files',
      'lock'
    ])
  })
})

describe('volume', () => {
  const volume = (extra: Partial<Volume> = {}) =>
    ({ VolumeId: 'vol-1', State: 'available', ClientToken: 'tok', ...extra }) as Volume

  it('is found by its ClientToken when its id never came back', async () => {
    const { client, called } = fakeClient({ readVolumes: () => [volume()] })
    const found = await resources.volume.find?.(client, { kind: 'volume', clientToken: 'tok' })
    expect(found).toMatchObject({ VolumeId: 'vol-1' })
    expect(called('readVolumes')).toEqual([{ ClientTokens: ['tok'] }])
  })

  it('known by its id, is read again for a while before it counts as gone', async () => {
    let reads = 0
    const { client } = fakeClient({ readVolumes: () => (++reads < 3 ? [] : [volume()]) })
    const found = await resources.volume.find?.(client, { kind: 'volume', volumeId: 'vol-1' })
    expect(found).toMatchObject({ VolumeId: 'vol-1' })
    expect(reads).toBe(3)
  })

  it('is deleted once found; one never created is nothing to undo', async () => {
    const { client, called } = fakeClient({ readVolumes: () => [volume()] })
    await undoResource({ kind: 'volume', clientToken: 'tok' }, means(client), journal())
    expect(called('deleteVolume')).toEqual([{ VolumeId: 'vol-1' }])

    const none = fakeClient({ readVolumes: () => [] })
    await undoResource({ kind: 'volume', clientToken: 'tok' }, means(none.client), journal())
    expect(none.called('deleteVolume')).toEqual([])
  })

  it('unlinked by this build (its link entry undone), is deleted without a read; in use after all, the read says why', async () => {
    const link = { kind: 'link', volumeId: 'vol-1', vmId: 'i-1', device: '/dev/xvdf' } as const
    const unlinked = () => {
      const opened = journal([{ kind: 'volume', volumeId: 'vol-1' }, link])
      opened.mark(opened.entries()[1], 'undone')
      return opened
    }
    const { client, calls } = fakeClient()
    await undoResource({ kind: 'volume', volumeId: 'vol-1' }, means(client), unlinked())
    expect(calls).toEqual([['deleteVolume', { VolumeId: 'vol-1' }]])

    const inUse = new OapiError({
      call: 'DeleteVolume',
      failure: { httpStatus: 409, code: '9029', type: 'InvalidState', summary: 'in use' },
      retryable: false,
      attempts: 1,
      elapsedMs: 0,
      idempotent: true,
      region: 'eu-west-2'
    })
    const relinked = fakeClient({
      deleteVolume: () => {
        throw inUse
      },
      readVolumes: () => [
        volume({
          State: 'in-use',
          LinkedVolumes: [{ VmId: 'i-2', DeviceName: '/dev/xvdg', State: 'attached' }]
        })
      ]
    })
    await expect(
      undoResource({ kind: 'volume', volumeId: 'vol-1' }, means(relinked.client), unlinked())
    ).rejects.toThrow(/still linked to VM i-2/)
    expect(relinked.calls.map(([call]) => call)).toEqual(['deleteVolume', 'readVolumes'])
  })

  it('is never deleted while still linked, and says what to do', async () => {
    const linked = volume({
      State: 'in-use',
      LinkedVolumes: [{ VmId: 'i-1', DeviceName: '/dev/xvdf', State: 'attached' }]
    })
    const { client, called } = fakeClient({ readVolumes: () => [linked] })
    await expect(
      undoResource({ kind: 'volume', volumeId: 'vol-1' }, means(client), journal())
    ).rejects.toThrow(/still linked to VM i-1 as \/dev\/xvdf .*unlink it, then delete it/)
    expect(called('deleteVolume')).toEqual([])
  })

  it('already gone when deleted counts as undone', async () => {
    const { client } = fakeClient({
      readVolumes: () => [volume()],
      deleteVolume: () => {
        throw gone('DeleteVolume')
      }
    })
    await expect(
      undoResource({ kind: 'volume', volumeId: 'vol-1' }, means(client), journal())
    ).resolves.toBeUndefined()
  })
})

describe('snapshot and image', () => {
  it('a snapshot is found by its ClientToken and deleted; one being deleted is left', async () => {
    const snapshot = { SnapshotId: 'snap-1', State: 'completed', ClientToken: 'tok' } as Snapshot
    const { client, called } = fakeClient({ readSnapshots: () => [snapshot] })
    await undoResource({ kind: 'snapshot', clientToken: 'tok' }, means(client), journal())
    expect(called('deleteSnapshot')).toEqual([{ SnapshotId: 'snap-1' }])

    const deleting = fakeClient({ readSnapshots: () => [{ ...snapshot, State: 'deleting' }] })
    await undoResource(
      { kind: 'snapshot', snapshotId: 'snap-1' },
      means(deleting.client),
      journal()
    )
    expect(deleting.called('deleteSnapshot')).toEqual([])
  })

  it('an OMI without its id is found by its name and its snapshot', async () => {
    const image = { ImageId: 'ami-1', ImageName: 'my-omi', State: 'available' } as Image
    const { client, called } = fakeClient({ readImages: () => [image] })
    const resource = { kind: 'image', imageName: 'my-omi', snapshotId: 'snap-1' } as const
    await undoResource(resource, means(client), journal())
    expect(called('readImages')).toEqual([
      { ImageNames: ['my-omi'], BlockDeviceMappingSnapshotIds: ['snap-1'] }
    ])
    expect(called('deleteImage')).toEqual([{ ImageId: 'ami-1' }])
  })

  it('a kept snapshot becomes a marked product, without the temporary tags', async () => {
    const tagged = {
      SnapshotId: 'snap-1',
      Tags: [
        { Key: buildIdTag, Value: 'b-1' },
        { Key: createdAtTag, Value: '2025-01-01T00:00:00Z' },
        { Key: 'team', Value: 'infra' }
      ]
    } as Snapshot
    const { client, calls } = fakeClient({ readSnapshots: () => [tagged] })
    const image = { ImageId: 'ami-1' } as Image
    await keepProduct({ kind: 'snapshot', snapshotId: 'snap-1' }, image, means(client))
    expect(calls.map(([call]) => call)).toEqual(['createTags', 'readSnapshots', 'deleteTags'])
    expect(calls[0][1]).toEqual({
      ResourceIds: ['snap-1'],
      Tags: [{ Key: productTag, Value: 'ami-1' }]
    })
    expect(calls[2][1]).toEqual({ ResourceIds: ['snap-1'], Tags: tagged.Tags?.slice(0, 2) })

    const image2 = fakeClient()
    await keepProduct({ kind: 'image', imageId: 'ami-1' }, image, means(image2.client))
    expect(image2.calls).toEqual([])
  })

  it('a kept snapshot whose temporary tags the journal holds loses them without reading them back', async () => {
    const { client, calls } = fakeClient()
    const temporaryTags = { [buildIdTag]: 'b-1', [createdAtTag]: '2025-01-01T00:00:00Z' }
    await keepProduct(
      { kind: 'snapshot', snapshotId: 'snap-1', temporaryTags },
      { ImageId: 'ami-1' } as Image,
      means(client)
    )
    expect(calls.map(([call]) => call)).toEqual(['createTags', 'deleteTags'])
    expect(calls[1][1]).toEqual({
      ResourceIds: ['snap-1'],
      Tags: [
        { Key: buildIdTag, Value: 'b-1' },
        { Key: createdAtTag, Value: '2025-01-01T00:00:00Z' }
      ]
    })
  })
})

describe('source-copy', () => {
  const copy = (buildId?: string) =>
    ({
      ImageId: 'ami-copy',
      ImageName: 'src-osc-chroot-copy-b-1',
      AccountId: '123456789012',
      Tags: buildId ? [{ Key: buildIdTag, Value: buildId }] : [],
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: 'snap-copy' } }]
    }) as Image
  const byName = {
    kind: 'source-copy',
    imageName: 'src-osc-chroot-copy-b-1',
    accountId: '123456789012',
    buildId: 'b-1'
  } as const

  it('without its id, is found among this account images, untagged or tagged with this build', async () => {
    for (const tag of [undefined, 'b-1']) {
      const { client, called } = fakeClient({ readImages: () => [copy(tag)] })
      await expect(resources['source-copy'].find?.(client, byName)).resolves.toMatchObject({
        ImageId: 'ami-copy'
      })
      expect(called('readImages')).toEqual([
        { ImageNames: [byName.imageName], AccountIds: ['123456789012'] }
      ])
    }
  })

  it("is never taken for another build's copy of the same name", async () => {
    const { client } = fakeClient({ readImages: () => [copy('b-other')] })
    await expect(resources['source-copy'].find?.(client, byName)).resolves.toBeUndefined()
    const { accountId: _account, ...withoutAccount } = byName
    await expect(resources['source-copy'].find?.(client, withoutAccount)).resolves.toBeUndefined()
  })

  it('is deleted with its snapshots', async () => {
    const { client, called } = fakeClient({ readImages: () => [copy()] })
    await undoResource(byName, means(client), journal())
    expect(called('deleteImage')).toEqual([{ ImageId: 'ami-copy' }])
    expect(called('deleteSnapshot')).toEqual([{ SnapshotId: 'snap-copy' }])
  })
})

describe('link', () => {
  const link = { kind: 'link', volumeId: 'vol-1', vmId: 'i-1', device: '/dev/xvdf' } as const

  it('is never undone for a volume this build did not create', async () => {
    const { client, calls } = fakeClient()
    await undoResource(link, means(client), journal([link]))
    expect(calls).toEqual([])
    expect(warnings.join('\n')).toMatch(/Not unlinking volume vol-1: .*no record of creating it/)
  })

  it("unlinks this build's volume and waits until it is free", async () => {
    let linked = true
    const { client, called } = fakeClient({
      readVolumes: () => [
        {
          VolumeId: 'vol-1',
          State: linked ? 'in-use' : 'available',
          LinkedVolumes: linked ? [{ VmId: 'i-1', DeviceName: '/dev/xvdf', State: 'attached' }] : []
        }
      ],
      unlinkVolume: () => {
        linked = false
      }
    })
    const entries: Resource[] = [{ kind: 'volume', volumeId: 'vol-1' }, link]
    await undoResource(link, means(client), journal(entries))
    expect(called('unlinkVolume')).toEqual([{ VolumeId: 'vol-1' }])
  })

  it('a link never made (the volume is not linked to this VM) is nothing to undo', async () => {
    const { client, called } = fakeClient({
      readVolumes: () => [{ VolumeId: 'vol-1', State: 'available', LinkedVolumes: [] }]
    })
    await undoResource(link, means(client), journal([{ kind: 'volume', volumeId: 'vol-1' }]))
    expect(called('unlinkVolume')).toEqual([])
  })
})

describe('host kinds', () => {
  it('mount: nothing mounted there, the directory it made is removed, nothing else', async () => {
    const mountPath = join(work, 'mnt')
    mkdirSync(mountPath)
    const { client, calls } = fakeClient()
    await undoResource(
      { kind: 'mount', mountPath, removeDirectory: true },
      means(client),
      journal()
    )
    expect(existsSync(mountPath)).toBe(false)
    expect(calls).toEqual([])

    mkdirSync(mountPath)
    await undoResource(
      { kind: 'mount', mountPath, removeDirectory: false },
      means(client),
      journal()
    )
    expect(existsSync(mountPath)).toBe(true)
  })

  it('lock: released while it is this build’s', async () => {
    const path = join(work, 'locks', 'lock')
    mkdirSync(join(work, 'locks'), { mode: 0o755 })
    const held = await acquireHostLock({ path })
    expect(existsSync(path)).toBe(true)
    await undoResource({ kind: 'lock', lock: held.lock }, means(fakeClient().client), journal())
    expect(existsSync(path)).toBe(false)
  })

  it('mount-path-claim: released while the claim still names this build', async () => {
    const dir = join(work, 'claims')
    const claim = claimMountPath('/mnt/fixed', 'b-1', { dir })
    expect(readdirSync(dir)).toHaveLength(1)
    await undoResource({ kind: 'mount-path-claim', claim }, means(fakeClient().client), journal())
    expect(readdirSync(dir)).toEqual([])
  })

  it("policy-rcd: the image's own state comes back", async () => {
    const image = join(work, 'image')
    mkdirSync(join(image, 'usr/sbin'), { recursive: true })
    const host = createHostRunner()
    const installed = await installPolicyRcd(host, image)
    expect(existsSync(join(image, POLICY_RC_D_PATH))).toBe(true)
    await undoResource(
      { kind: 'policy-rcd', undo: installed },
      { ...means(fakeClient().client), host },
      journal()
    )
    expect(existsSync(join(image, POLICY_RC_D_PATH))).toBe(false)
  })

  it('copied-files: nothing copied, nothing to put back', async () => {
    const { client, calls } = fakeClient()
    await undoResource(
      { kind: 'copied-files', undo: { mountPath: work, files: [] } },
      means(client),
      journal()
    )
    expect(calls).toEqual([])
  })
})

describe('how the sweep recognises each kind', () => {
  const options: PlanOptions = {
    now: new Date('2025-01-01T12:00:00Z'),
    olderThanSeconds: 3600,
    vmId: 'i-self',
    mountedHere: (device) =>
      device === '/dev/xvdg' ? true : device === '/dev/xvdf' ? false : undefined
  }
  const inventory = (extra: Partial<Inventory>): Inventory => ({
    volumes: [],
    snapshots: [],
    copies: [],
    snapshotsInUse: new Set(),
    ...extra
  })
  const tags = [
    { Key: buildIdTag, Value: 'b-1' },
    { Key: createdAtTag, Value: '2025-01-01T00:00:00Z' }
  ]

  it('volume: by its tags, or never tagged by its ClientToken and creation date', () => {
    const rule = resources.volume.sweep
    const found = rule?.recognise(
      inventory({
        volumes: [
          { VolumeId: 'vol-tagged', State: 'available', Tags: tags },
          {
            VolumeId: 'vol-untagged',
            State: 'available',
            ClientToken: 'osc-chroot-b-2-0a0b0c0d',
            CreationDate: '2025-01-01T01:00:00Z'
          },
          {
            VolumeId: 'vol-here',
            State: 'in-use',
            Tags: tags,
            LinkedVolumes: [{ VmId: 'i-self', DeviceName: '/dev/xvdf', State: 'attached' }]
          },
          {
            VolumeId: 'vol-mounted',
            State: 'in-use',
            Tags: tags,
            LinkedVolumes: [{ VmId: 'i-self', DeviceName: '/dev/xvdg', State: 'attached' }]
          },
          {
            VolumeId: 'vol-unknown',
            State: 'in-use',
            Tags: tags,
            LinkedVolumes: [{ VmId: 'i-self', DeviceName: '/dev/xvdh', State: 'attached' }]
          }
        ]
      }),
      options
    )
    expect(found).toEqual([
      { kind: 'volume', id: 'vol-tagged', buildId: 'b-1', createdAt: '2025-01-01T00:00:00Z' },
      { kind: 'volume', id: 'vol-untagged', buildId: 'b-2', createdAt: '2025-01-01T01:00:00Z' },
      expect.objectContaining({ id: 'vol-here', unlinkFirst: true }),
      expect.objectContaining({
        id: 'vol-mounted',
        running: expect.stringMatching(/mounted here/)
      }),
      expect.objectContaining({
        id: 'vol-unknown',
        running: expect.stringMatching(/cannot be found here/)
      })
    ])
  })

  it('snapshot: a product by use or by marker; in progress means its build runs', () => {
    const found = resources.snapshot.sweep?.recognise(
      inventory({
        snapshots: [
          { SnapshotId: 'snap-used', State: 'completed', Tags: tags },
          {
            SnapshotId: 'snap-marked',
            State: 'completed',
            Tags: [...tags, { Key: productTag, Value: 'ami-1' }]
          },
          { SnapshotId: 'snap-busy', State: 'pending', Progress: 40, Tags: tags }
        ],
        snapshotsInUse: new Set(['snap-used'])
      }),
      options
    )
    expect(found?.map(({ id, product, running }) => ({ id, product, running }))).toEqual([
      { id: 'snap-used', product: true, running: undefined },
      { id: 'snap-marked', product: true, running: undefined },
      { id: 'snap-busy', product: undefined, running: 'its snapshot is in progress (pending, 40%)' }
    ])
  })

  it('source-copy: with its snapshots; pending means its build runs', () => {
    const found = resources['source-copy'].sweep?.recognise(
      inventory({
        copies: [
          {
            ImageId: 'ami-copy',
            State: 'pending',
            Tags: tags,
            BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: 'snap-c' } }]
          }
        ]
      }),
      options
    )
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'source-copy',
        id: 'ami-copy',
        snapshotIds: ['snap-c'],
        running: 'its source copy is pending'
      })
    ])
  })

  it('deletes: a volume linked here is unlinked first; gone counts as deleted', async () => {
    const { client, calls } = fakeClient({
      readVolumes: () => [{ VolumeId: 'vol-1', State: 'available', LinkedVolumes: [] }]
    })
    const orphan = {
      kind: 'volume',
      id: 'vol-1',
      buildId: 'b-1',
      createdAt: '2025-01-01T00:00:00Z',
      unlinkFirst: true
    } as const
    await resources.volume.sweep?.delete(orphan, { client, linkTimeoutSeconds: 5 })
    expect(calls.map(([call]) => call)).toEqual(['unlinkVolume', 'readVolumes', 'deleteVolume'])

    const goneAlready = fakeClient({
      deleteSnapshot: () => {
        throw gone('DeleteSnapshot')
      }
    })
    await expect(
      resources.snapshot.sweep?.delete(
        { kind: 'snapshot', id: 'snap-1', buildId: 'b-1', createdAt: '' },
        { client: goneAlready.client, linkTimeoutSeconds: 5 }
      )
    ).resolves.toBeUndefined()
  })

  it('deletes a source copy with the snapshots no other OMI uses, tagging them first', async () => {
    const { client, calls } = fakeClient({
      readImages: (request: { BlockDeviceMappingSnapshotIds: string[] }) =>
        request.BlockDeviceMappingSnapshotIds[0] === 'snap-shared' ? [{ ImageId: 'ami-other' }] : []
    })
    await resources['source-copy'].sweep?.delete(
      {
        kind: 'source-copy',
        id: 'ami-copy',
        buildId: 'b-1',
        createdAt: '2025-01-01T00:00:00Z',
        snapshotIds: ['snap-own', 'snap-shared']
      },
      { client, linkTimeoutSeconds: 5 }
    )
    expect(calls.map(([call]) => call)).toEqual([
      'createTags',
      'deleteImage',
      'readImages',
      'deleteSnapshot',
      'readImages'
    ])
    expect(calls[3][1]).toEqual({ SnapshotId: 'snap-own' })
  })
})
