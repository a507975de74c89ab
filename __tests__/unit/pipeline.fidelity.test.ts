/**
 * The build against answers the real Outscale API gives (../shared/oapi/REAL-BEHAVIOUR.md), played
 * by the scripted fake server: not-found codes with empty Details, a resource missing from Read*
 * and CreateTags just after its creation, the concurrent-snapshot quota, failures after
 * CreateImage. No root needed.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OapiClient } from '../../src/oapi/client.js'
import { defaultTimeouts } from '../../src/config/defaults.js'
import type { BuildConfig } from '../../src/config/types.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import { Journal } from '../../src/pipeline/journal.js'
import { cleanUp, type UndoMeans } from '../../src/pipeline/undo.js'
import { stepTags } from '../../src/pipeline/steps/tags.js'
import { stepSnapshotWhileLinked } from '../../src/pipeline/steps/snapshot.js'
import { stepCreateVolume } from '../../src/pipeline/steps/create-volume.js'
import { stepRenderTemplates } from '../../src/pipeline/steps/render-templates.js'
import { copyName } from '../../src/pipeline/steps/copy-source-omi.js'
import { namesUsedByVm } from '../../src/pipeline/steps/read-device-names.js'
import { productTag } from '../../src/pipeline/products.js'
import { quickPolling } from '../../src/oapi/waiters.js'
import {
  oapiError,
  ok,
  scripted,
  startFakeServer,
  type FakeServer,
  type Handler
} from '../helpers/fake-oapi.js'

let server: FakeServer | undefined
let client: OapiClient | undefined
let directory: string

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'build-fidelity-'))
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(async () => {
  jest.restoreAllMocks()
  await client?.close()
  await server?.close()
  client = undefined
  server = undefined
  rmSync(directory, { recursive: true, force: true })
})

async function serve(handler: Handler): Promise<OapiClient> {
  server = await startFakeServer(handler)
  client = new OapiClient({
    endpoint: server.endpoint,
    region: 'eu-west-2',
    accessKey: 'AKIDTEST000000000000',
    secretKey: 'secret',
    retry: { baseDelayMs: 1, maxDelayMs: 1 }
  })
  return client
}

function bodiesOf(call: string): Record<string, unknown>[] {
  return server!.requestsTo(call).map((request) => JSON.parse(request.body))
}

const notFound = (code: string) => oapiError(400, code, 'InvalidResource', '')

function config(overrides: Partial<BuildConfig> = {}): BuildConfig {
  return {
    fromScratch: false,
    rootVolumeSize: 0,
    rootVolumeType: '',
    rootVolumeIops: 0,
    rootVolumeTags: {},
    omiName: 'app-1',
    omiDescription: '',
    tags: {},
    snapshotTags: {},
    killChrootProcesses: true,
    timeouts: { ...defaultTimeouts, volume: 20, snapshot: 20, omi: 20 },
    ...overrides
  } as BuildConfig
}

function context(oapi: OapiClient, cfg: BuildConfig, more: Partial<BuildContext> = {}) {
  return {
    config: cfg,
    client: oapi,
    journal: new Journal(join(directory, 'journal.json'), {
      buildId: 'local-0a1b2c3d',
      region: 'eu-west-2',
      endpoint: 'x'
    }),
    signal: new AbortController().signal,
    poll: quickPolling,
    buildId: 'local-0a1b2c3d',
    startedAt: '2025-01-01T00:00:00.000Z',
    region: 'eu-west-2',
    subregion: 'eu-west-2a',
    vmId: 'i-self',
    ...more
  } as BuildContext
}

function undoMeans(oapi: OapiClient): UndoMeans {
  return {
    client: oapi,
    host: {} as UndoMeans['host'],
    config: { killChrootProcesses: true, timeouts: config().timeouts },
    poll: quickPolling
  }
}

describe('already gone is decided by the error code', () => {
  it('DeleteVolume answered 400/5064 with empty Details counts as gone', async () => {
    const oapi = await serve(
      scripted({
        ReadVolumes: [ok({ Volumes: [{ VolumeId: 'vol-1', State: 'available' }] })],
        DeleteVolume: [notFound('5064')]
      })
    )
    const journal = new Journal(join(directory, 'j.json'), {
      buildId: 'b',
      region: 'r',
      endpoint: 'e'
    })
    journal.record('StepCreateVolume', { kind: 'volume', volumeId: 'vol-1' })
    await expect(cleanUp(journal, undoMeans(oapi), 'failed')).resolves.toBeUndefined()
    expect(server!.requestsTo('DeleteVolume')).toHaveLength(1)
    expect(journal.active()).toEqual([])
  })

  it('another 400 with "not found" in its Details is not taken for gone', async () => {
    const oapi = await serve(
      scripted({
        ReadVolumes: [ok({ Volumes: [{ VolumeId: 'vol-1', State: 'available' }] })],
        DeleteVolume: [oapiError(400, '4045', 'InvalidParameterValue', 'filter not found')]
      })
    )
    const journal = new Journal(join(directory, 'j.json'), {
      buildId: 'b',
      region: 'r',
      endpoint: 'e'
    })
    journal.record('StepCreateVolume', { kind: 'volume', volumeId: 'vol-1' })
    await expect(cleanUp(journal, undoMeans(oapi), 'failed')).rejects.toThrow(/left behind/)
  })
})

describe('an unlink the API says is done already', () => {
  it('UnlinkVolume answered 409 volume-not-in-use (9063) counts as unlinked', async () => {
    let reads = 0
    const oapi = await serve(
      scripted({ UnlinkVolume: [oapiError(409, '9063', 'ResourceConflict', '')] }, (request) => {
        if (request.call !== 'ReadVolumes') return ok()
        reads++
        const linked = [{ VmId: 'i-self', DeviceName: '/dev/xvdf', State: 'attached' }]
        return ok({
          Volumes: [
            reads === 1
              ? { VolumeId: 'vol-1', State: 'in-use', LinkedVolumes: linked }
              : { VolumeId: 'vol-1', State: 'available', LinkedVolumes: [] }
          ]
        })
      })
    )
    const journal = new Journal(join(directory, 'j.json'), {
      buildId: 'b',
      region: 'r',
      endpoint: 'e'
    })
    // Only a volume this build created is unlinked: the journal says it made vol-1.
    journal.record('StepCreateVolume', { kind: 'volume', volumeId: 'vol-1' })
    journal.record('StepLinkVolume', {
      kind: 'link',
      volumeId: 'vol-1',
      vmId: 'i-self',
      device: '/dev/xvdf'
    })
    await expect(cleanUp(journal, undoMeans(oapi), 'failed')).resolves.toBeUndefined()
    expect(server!.requestsTo('UnlinkVolume')).toHaveLength(1)
  })
})

describe('eventual consistency: a resource just created', () => {
  it('missing from ReadVolumes and CreateTags for a moment does not fail the volume step', async () => {
    let reads = 0
    const oapi = await serve(
      scripted(
        {
          CreateVolume: [ok({ Volume: { VolumeId: 'vol-new', State: 'creating', Size: 10 } })],
          CreateTags: [notFound('5064')]
        },
        (request) => {
          if (request.call !== 'ReadVolumes') return ok()
          reads++
          return reads === 1
            ? ok({ Volumes: [] })
            : ok({ Volumes: [{ VolumeId: 'vol-new', State: 'available', Size: 10 }] })
        }
      )
    )
    const image = {
      ImageId: 'ami-1',
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: 'snap-src' } }]
    }
    const build = context(oapi, config(), {
      baseImage: image as BuildContext['baseImage'],
      rendered: { tags: {}, snapshotTags: {}, rootVolumeTags: {}, omiDescription: '' }
    })
    await stepCreateVolume.run(build)
    expect(build.volume?.State).toBe('available')
    expect(server!.requestsTo('CreateTags')).toHaveLength(2)
    // No Size anywhere: the API takes the snapshot's size, Size 0 is never sent.
    expect(bodiesOf('CreateVolume')[0]).not.toHaveProperty('Size')
  }, 20_000)
})

describe('the concurrent-snapshot quota', () => {
  it('is waited out within the snapshot deadline, with the same ClientToken, and logged', async () => {
    const quota = () => oapiError(400, '10008', 'TooManyResources (QuotaExceded)', '')
    const oapi = await serve(
      scripted(
        {
          CreateSnapshot: [
            quota(),
            ok({ Snapshot: { SnapshotId: 'snap-1', State: 'pending', Progress: 0 } })
          ]
        },
        (request) =>
          request.call === 'ReadSnapshots'
            ? ok({ Snapshots: [{ SnapshotId: 'snap-1', State: 'completed', Progress: 100 }] })
            : ok()
      )
    )
    const written: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
    const build = context(oapi, config(), {
      volume: { VolumeId: 'vol-1', State: 'available' } as BuildContext['volume']
    })
    await stepSnapshotWhileLinked.run(build)
    const bodies = bodiesOf('CreateSnapshot')
    expect(bodies).toHaveLength(2)
    expect(bodies[1].ClientToken).toBe(bodies[0].ClientToken)
    expect(build.snapshot?.State).toBe('completed')
    expect(written.join('')).toMatch(/too many snapshots in progress: code 10008, trying again/)
  }, 20_000)
})

describe('nothing the build produced is lost', () => {
  const image = { ImageId: 'ami-new', ImageName: 'app-1', State: 'available' }
  const snapshot = { SnapshotId: 'snap-new', State: 'completed' }

  it('tags failing after CreateImage keep the OMI and its snapshot, named in the error', async () => {
    const oapi = await serve(
      scripted(
        { CreateTags: [oapiError(400, '4070', 'InvalidParameterValue', 'bad tag value')] },
        (request) => {
          if (request.call === 'ReadImages') return ok({ Images: [image] })
          if (request.call === 'ReadSnapshots')
            return ok({
              Snapshots: [
                {
                  ...snapshot,
                  Tags: [
                    { Key: 'osc-chroot:build-id', Value: 'local-0a1b2c3d' },
                    { Key: 'osc-chroot:created-at', Value: '2025-01-01T00:00:00.000Z' }
                  ]
                }
              ]
            })
          return ok()
        }
      )
    )
    const build = context(oapi, config({ tags: { Name: 'app' } }), {
      image: image as BuildContext['image'],
      snapshot: snapshot as BuildContext['snapshot'],
      rendered: { tags: { Name: 'app' }, snapshotTags: {}, rootVolumeTags: {}, omiDescription: '' }
    })
    build.journal.record('StepSnapshot', { kind: 'snapshot', snapshotId: 'snap-new' })
    build.journal.record('StepRegisterOmi', {
      kind: 'image',
      imageId: 'ami-new',
      imageName: 'app-1',
      snapshotId: 'snap-new'
    })

    const failure = await stepTags.run(build).catch((error: Error) => error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toContain(
      'The OMI ami-new and its snapshot snap-new are registered and kept'
    )

    await cleanUp(build.journal, undoMeans(oapi), 'failed')
    expect(server!.requestsTo('DeleteImage')).toHaveLength(0)
    expect(server!.requestsTo('DeleteSnapshot')).toHaveLength(0)
    expect(build.journal.entries().map((entry) => entry.status)).toEqual(['kept', 'kept'])
    // The kept snapshot is marked as a product and loses the build's temporary tags.
    const marker = bodiesOf('CreateTags').at(-1)
    expect(marker).toEqual({
      ResourceIds: ['snap-new'],
      Tags: [{ Key: productTag, Value: 'ami-new' }]
    })
    expect(bodiesOf('DeleteTags')).toEqual([
      {
        ResourceIds: ['snap-new'],
        Tags: [
          { Key: 'osc-chroot:build-id', Value: 'local-0a1b2c3d' },
          { Key: 'osc-chroot:created-at', Value: '2025-01-01T00:00:00.000Z' }
        ]
      }
    ])
  })

  it('an OMI that never became available is not a product: the failed build deletes it', async () => {
    const oapi = await serve((request) => {
      if (request.call === 'ReadImages') return ok({ Images: [{ ...image, State: 'failed' }] })
      if (request.call === 'ReadSnapshots') return ok({ Snapshots: [snapshot] })
      return ok()
    })
    const journal = new Journal(join(directory, 'j.json'), {
      buildId: 'b',
      region: 'r',
      endpoint: 'e'
    })
    journal.record('StepSnapshot', { kind: 'snapshot', snapshotId: 'snap-new' })
    journal.record('StepRegisterOmi', { kind: 'image', imageId: 'ami-new', snapshotId: 'snap-new' })
    await cleanUp(journal, undoMeans(oapi), 'failed')
    expect(server!.requestsTo('DeleteImage')).toHaveLength(1)
    expect(server!.requestsTo('DeleteSnapshot')).toHaveLength(1)
  })

  it('the copied-source name keeps the build id whole, however long the source name', () => {
    const buildId = 'run-1234567890-1-0a1b2c3d'
    const name = copyName('x'.repeat(200), buildId)
    expect(name.length).toBeLessThanOrEqual(128)
    expect(name.endsWith(`-osc-chroot-copy-${buildId}`)).toBe(true)
  })
})

describe('templates are rendered as soon as the source OMI is known', () => {
  it('a missing {{.SourceOMITags.Version}} fails there, every problem listed at once', async () => {
    const oapi = await serve(() => ok())
    const source = {
      ImageId: 'ami-src',
      ImageName: 'Debian-12',
      Tags: [{ Key: 'Os', Value: 'debian' }]
    }
    const build = context(
      oapi,
      config({
        tags: { Version: '{{.SourceOMITags.Version}}' },
        snapshotTags: { '{{.SourceOMITags.Release}}': 'x' },
        omiDescription: 'from {{.SourceOMITags.Os}}'
      }),
      { sourceImage: source as BuildContext['sourceImage'] }
    )
    const failure = await stepRenderTemplates.run(build).catch((error: Error) => error)
    expect((failure as Error).message).toMatch(/2 template\(s\) cannot be rendered/)
    expect((failure as Error).message).toMatch(/^- tags: .*"Version"/m)
    expect((failure as Error).message).toMatch(/^- snapshot_tags: .*"Release"/m)
  })

  it('renders tags, keys included, and the description once', async () => {
    const oapi = await serve(() => ok())
    const source = {
      ImageId: 'ami-src',
      ImageName: 'Debian-12',
      Tags: [{ Key: 'Os', Value: 'debian' }]
    }
    const build = context(
      oapi,
      config({
        tags: { '{{.SourceOMITags.Os}}-base': '{{.SourceOMI}}' },
        omiDescription: 'from {{.SourceOMIName}} in {{.BuildRegion}}'
      }),
      { sourceImage: source as BuildContext['sourceImage'] }
    )
    await stepRenderTemplates.run(build)
    expect(build.rendered).toEqual({
      tags: { 'debian-base': 'ami-src' },
      snapshotTags: {},
      rootVolumeTags: {},
      omiDescription: 'from Debian-12 in eu-west-2'
    })
  })
})

describe('device names in use', () => {
  it('come from ReadVolumes filtered on the VM as well as ReadVms, which may lag behind', async () => {
    const oapi = await serve((request) => {
      if (request.call === 'ReadVms')
        return ok({
          Vms: [{ VmId: 'i-self', BlockDeviceMappings: [{ DeviceName: '/dev/vda' }] }]
        })
      if (request.call === 'ReadVolumes')
        return ok({
          Volumes: [
            {
              VolumeId: 'vol-other-build',
              State: 'in-use',
              LinkedVolumes: [{ VmId: 'i-self', DeviceName: '/dev/xvdf', State: 'attaching' }]
            },
            {
              VolumeId: 'vol-old',
              State: 'available',
              LinkedVolumes: [{ VmId: 'i-self', DeviceName: '/dev/xvdg', State: 'detached' }]
            }
          ]
        })
      return ok()
    })
    const names = await namesUsedByVm(context(oapi, config()))
    expect(names.sort()).toEqual(['/dev/vda', '/dev/xvdf'])
    expect(bodiesOf('ReadVolumes')[0]).toMatchObject({ Filters: { LinkVolumeVmIds: ['i-self'] } })
  })
})
