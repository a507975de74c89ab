/**
 * The orphan sweep in its three parts, without the API or root: the plan (pure) built from each
 * kind's rule in the resources map, the run (reads, deletes in the sweep's order, goes on past a
 * failure) on a fake client, and the report's lines and rows. The plan's single rules on plain
 * data are in pipeline.sweep-plan.test.ts; the sweep end to end in e2e/sweep.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { log } from '../../src/log.js'
import type { Image, OapiClient, Snapshot, Volume } from '../../src/oapi/index.js'
import { buildIdTag, createdAtTag } from '../../src/pipeline/context.js'
import {
  planSweep,
  sweepOrphans,
  sweepSummaryLine,
  sweepSummaryRows,
  type Inventory,
  type PlanOptions
} from '../../src/pipeline/sweep.js'
import { candidates } from '../../src/pipeline/sweep/plan.js'

const now = new Date('2025-01-01T12:00:00.000Z')
const old = '2025-01-01T02:00:00.000Z'
const tags = (build: string) => [
  { Key: buildIdTag, Value: build },
  { Key: createdAtTag, Value: old }
]
const volume = (id: string, build: string, extra: Partial<Volume> = {}) =>
  ({ VolumeId: id, State: 'available', Tags: tags(build), ...extra }) as Volume
const snapshot = (id: string, build: string, extra: Partial<Snapshot> = {}) =>
  ({ SnapshotId: id, State: 'completed', Tags: tags(build), ...extra }) as Snapshot
const copy = (id: string, build: string, snapshotId: string, extra: Partial<Image> = {}) =>
  ({
    ImageId: id,
    State: 'available',
    Tags: tags(build),
    BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }],
    ...extra
  }) as Image
const options: PlanOptions = {
  now,
  olderThanSeconds: 3600,
  vmId: 'i-self',
  mountedHere: () => false
}
const inventory = (extra: Partial<Inventory>): Inventory => ({
  volumes: [],
  snapshots: [],
  copies: [],
  snapshotsInUse: new Set(),
  ...extra
})

let logged: string[]
beforeEach(() => {
  logged = []
  for (const level of ['info', 'warning'] as const) {
    jest.spyOn(log, level).mockImplementation((message: string) => {
      logged.push(`${level}: ${message}`)
    })
  }
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('the plan, from each kind’s rule', () => {
  it('lists every kind the build tags, in the sweep order', () => {
    const found = candidates(
      inventory({
        snapshots: [snapshot('snap-1', 'b-1')],
        copies: [copy('ami-1', 'b-1', 'snap-c')],
        volumes: [volume('vol-1', 'b-1')]
      }),
      options
    )
    expect(found.map(({ kind, id }) => `${kind} ${id}`)).toEqual([
      'volume vol-1',
      'source-copy ami-1',
      'snapshot snap-1'
    ])
  })

  it('keeps everything of a build that one kind shows running, whatever the others say', () => {
    const plan = planSweep(
      inventory({
        volumes: [volume('vol-1', 'b-run')],
        copies: [copy('ami-1', 'b-run', 'snap-c')],
        snapshots: [snapshot('snap-1', 'b-run', { State: 'pending' }), snapshot('snap-2', 'b-dead')]
      }),
      options
    )
    expect(plan.orphans.map(({ id }) => id)).toEqual(['snap-2'])
    expect(plan.skipped.map(({ id }) => id)).toEqual(['vol-1', 'ami-1', 'snap-1'])
    expect(plan.skipped[0].reason).toBe(
      'build b-run looks still running: its snapshot is in progress (pending) (snap-1)'
    )
  })

  it("deletes a copy's snapshots with it, not a second time on their own", () => {
    const plan = planSweep(
      inventory({
        copies: [copy('ami-1', 'b-1', 'snap-c')],
        snapshots: [snapshot('snap-c', 'b-1')]
      }),
      options
    )
    expect(plan.orphans).toEqual([
      expect.objectContaining({ kind: 'source-copy', id: 'ami-1', snapshotIds: ['snap-c'] })
    ])
  })
})

/** A fake client holding this account's resources; deletes remove them, and may fail. */
function account(held: { volumes: Volume[]; snapshots: Snapshot[]; copies: Image[] }) {
  const calls: string[] = []
  const failing = new Set<string>()
  const answer =
    <T>(call: string, result: () => T) =>
    async (request: Record<string, unknown>) => {
      calls.push(`${call} ${JSON.stringify(request)}`)
      const id = Object.values(request)[0]
      if (typeof id === 'string' && failing.has(id)) throw new Error(`${id} refused`)
      return result()
    }
  const client = {
    readVolumes: answer('readVolumes', () => held.volumes),
    readSnapshots: answer('readSnapshots', () => held.snapshots),
    readImages: answer('readImages', () => held.copies),
    deleteVolume: answer('deleteVolume', () => undefined),
    deleteSnapshot: answer('deleteSnapshot', () => undefined),
    deleteImage: async (request: { ImageId: string }) => {
      await answer('deleteImage', () => undefined)(request)
      held.copies = held.copies.filter((image) => image.ImageId !== request.ImageId)
    },
    createTags: answer('createTags', () => undefined)
  } as unknown as OapiClient
  return { client, calls, failing }
}

describe('the run', () => {
  const held = () => ({
    volumes: [
      volume('vol-1', 'b-1'),
      { VolumeId: 'vol-someone', State: 'available', ClientToken: 'terraform-1' } as Volume
    ],
    snapshots: [snapshot('snap-1', 'b-1')],
    copies: [copy('ami-1', 'b-1', 'snap-c')]
  })
  const sweep = (client: OapiClient, dryRun = false) =>
    sweepOrphans({
      client,
      accountId: '123456789012',
      vmId: 'i-self',
      olderThanSeconds: 3600,
      dryRun,
      linkTimeoutSeconds: 5,
      now,
      mountedHere: () => false
    })

  it("deletes the build's volumes, then its source copies, then loose snapshots; nobody else's", async () => {
    const { client, calls } = account(held())
    const report = await sweep(client)
    const deletions = calls.filter((call) => call.startsWith('delete'))
    expect(deletions).toEqual([
      'deleteVolume {"VolumeId":"vol-1"}',
      'deleteImage {"ImageId":"ami-1"}',
      'deleteSnapshot {"SnapshotId":"snap-c"}',
      'deleteSnapshot {"SnapshotId":"snap-1"}'
    ])
    expect(report.deleted.map(({ id }) => id)).toEqual(['vol-1', 'ami-1', 'snap-1'])
    expect(logged).toContain(
      `info: Deleted source OMI copy ami-1 (with snap-c) of build b-1, created ${old}.`
    )
  })

  it('a dry run deletes nothing and says what it would delete', async () => {
    const { client, calls } = account(held())
    const report = await sweep(client, true)
    expect(calls.filter((call) => !call.startsWith('read'))).toEqual([])
    expect(logged).toContain(`info: Would delete volume vol-1 of build b-1, created ${old}.`)
    expect(sweepSummaryLine(report)).toBe(
      'Orphan sweep (older than 1h 00m): 3 to delete (dry run: nothing deleted), 0 left for a reason ' +
        'above, 0 younger left alone, 0 snapshots kept because OMIs use them.'
    )
  })

  it('goes on past a resource it cannot delete, and reports it', async () => {
    const { client, failing } = account(held())
    failing.add('vol-1')
    const report = await sweep(client)
    expect(report.failed).toEqual([
      { orphan: expect.objectContaining({ id: 'vol-1' }), reason: 'vol-1 refused' }
    ])
    expect(report.deleted.map(({ id }) => id)).toEqual(['ami-1', 'snap-1'])
    expect(sweepSummaryRows(report)).toEqual([
      ['volume vol-1', 'b-1', 'not deleted: vol-1 refused'],
      ['source-copy ami-1', 'b-1', 'deleted'],
      ['snapshot snap-1', 'b-1', 'deleted']
    ])
    expect(logged.filter((line) => line.startsWith('warning'))).toEqual([
      `warning: Orphan sweep: could not delete volume vol-1 of build b-1, created ${old}: vol-1 refused`
    ])
  })
})
