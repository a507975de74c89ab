/**
 * The orphan sweep's rules on plain data: planSweep decides which tagged resources are orphans
 * and reads nothing. The sweep end to end (killed builds, the bundled CLI and action) is in
 * e2e/sweep.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Image, Snapshot, Volume } from '../../src/oapi/index.js'
import type { Inventory, PlanOptions } from '../../src/pipeline/sweep.js'
import { buildIdTag, createdAtTag } from '../helpers/orphans.js'

const { planSweep, buildIdOfClientToken, linkedDeviceMountedHere } =
  await import('../../src/pipeline/sweep.js')
const { productTag } = await import('../../src/pipeline/products.js')

describe('planSweep: which tagged resources are orphans', () => {
  const now = new Date('2025-01-01T12:00:00.000Z')
  const old = '2025-01-01T02:00:00.000Z'
  const fresh = '2025-01-01T11:00:00.000Z'
  const tags = (build: string, createdAt?: string) => [
    { Key: buildIdTag, Value: build },
    ...(createdAt ? [{ Key: createdAtTag, Value: createdAt }] : [])
  ]
  const volume = (
    id: string,
    build: string,
    createdAt: string | undefined = old,
    extra: Partial<Volume> = {}
  ) => ({ VolumeId: id, State: 'available', Tags: tags(build, createdAt), ...extra }) as Volume
  const snapshot = (id: string, build: string, extra: Partial<Snapshot> = {}) =>
    ({ SnapshotId: id, State: 'completed', Tags: tags(build, old), ...extra }) as Snapshot
  const copy = (id: string, build: string, snapshotId: string, state = 'available') =>
    ({
      ImageId: id,
      State: state,
      Tags: tags(build, old),
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
    }) as Image
  const linkedTo = (vmId: string, device = '/dev/xvdf', state = 'attached') => ({
    State: 'in-use',
    LinkedVolumes: [{ VmId: vmId, DeviceName: device, State: state }]
  })
  const options: PlanOptions = {
    now,
    olderThanSeconds: 6 * 3600,
    vmId: 'i-self',
    mountedHere: (device) =>
      ({ '/dev/xvdf': false, '/dev/xvdg': true })[device as '/dev/xvdf' | '/dev/xvdg']
  }
  const inventory = (parts: Partial<Inventory>): Inventory => ({
    volumes: [],
    snapshots: [],
    copies: [],
    snapshotsInUse: new Set(),
    ...parts
  })

  it('takes old resources of dead builds, leaves young ones', () => {
    const plan = planSweep(
      inventory({
        volumes: [
          volume('vol-old', 'b1'),
          volume('vol-error', 'b2', old, { State: 'error' }),
          volume('vol-young', 'b3', fresh)
        ],
        snapshots: [snapshot('snap-old', 'b4'), snapshot('snap-error', 'b5', { State: 'error' })]
      }),
      options
    )
    expect(plan.orphans.map((o) => `${o.kind} ${o.id}`)).toEqual([
      'volume vol-old',
      'volume vol-error',
      'snapshot snap-old',
      'snapshot snap-error'
    ])
    expect(plan.orphans[0]).toEqual({
      kind: 'volume',
      id: 'vol-old',
      buildId: 'b1',
      createdAt: old
    })
    expect(plan.young).toBe(1)
    expect(plan.skipped).toEqual([])
  })

  it('unlinks first a volume linked to this VM and not mounted here; a detached link is no link', () => {
    const plan = planSweep(
      inventory({
        volumes: [
          volume('vol-here', 'b1', old, linkedTo('i-self', '/dev/xvdf')),
          volume('vol-detached', 'b2', old, linkedTo('i-other', '/dev/xvdh', 'detached'))
        ]
      }),
      options
    )
    expect(plan.orphans).toEqual([
      { kind: 'volume', id: 'vol-here', buildId: 'b1', createdAt: old, unlinkFirst: true },
      { kind: 'volume', id: 'vol-detached', buildId: 'b2', createdAt: old }
    ])
  })

  it.each([
    ['linked to another VM', linkedTo('i-other'), /linked to another VM \(i-other\)/],
    ['linked here and mounted here', linkedTo('i-self', '/dev/xvdg'), /mounted here/],
    ['linked here, device not found', linkedTo('i-self', '/dev/xvdz'), /cannot be found here/],
    ['still being created', { State: 'creating' }, /being created/]
  ])('leaves the whole build alone when its volume is %s', (_name, state, reason) => {
    const plan = planSweep(
      inventory({
        volumes: [volume('vol-1', 'b1', old, state as Partial<Volume>)],
        snapshots: [snapshot('snap-1', 'b1')]
      }),
      options
    )
    expect(plan.orphans).toEqual([])
    expect(plan.skipped.map((s) => s.id)).toEqual(['vol-1', 'snap-1'])
    for (const skipped of plan.skipped) expect(skipped.reason).toMatch(reason)
    expect(plan.skipped[1].reason).toMatch(/build b1 looks still running: .*\(vol-1\)/)
  })

  it('leaves a build alone while its snapshot is in progress or its source copy pending', () => {
    const plan = planSweep(
      inventory({
        volumes: [volume('vol-1', 'b1'), volume('vol-2', 'b2')],
        snapshots: [snapshot('snap-1', 'b1', { State: 'pending', Progress: 40 })],
        copies: [copy('ami-2', 'b2', 'snap-c2', 'pending')]
      }),
      options
    )
    expect(plan.orphans).toEqual([])
    const reasons = Object.fromEntries(plan.skipped.map((s) => [s.id, s.reason]))
    expect(reasons['vol-1']).toMatch(/snapshot is in progress \(pending, 40%\)/)
    expect(reasons['vol-2']).toMatch(/source copy is pending/)
  })

  it('keeps a snapshot an OMI uses, whatever its age and tags', () => {
    const plan = planSweep(
      inventory({
        snapshots: [snapshot('snap-product', 'b1'), snapshot('snap-orphan', 'b1')],
        snapshotsInUse: new Set(['snap-product'])
      }),
      options
    )
    expect(plan.products).toEqual(['snap-product'])
    expect(plan.orphans.map((o) => o.id)).toEqual(['snap-orphan'])
  })

  it('deletes a source copy with its snapshots, and not its snapshot a second time', () => {
    const plan = planSweep(
      inventory({ copies: [copy('ami-c', 'b1', 'snap-c')], snapshots: [snapshot('snap-c', 'b1')] }),
      options
    )
    expect(plan.orphans).toEqual([
      {
        kind: 'source-copy',
        id: 'ami-c',
        buildId: 'b1',
        createdAt: old,
        snapshotIds: ['snap-c']
      }
    ])
  })

  it('reports and keeps a resource without a readable created-at; ignores one being deleted', () => {
    const plan = planSweep(
      inventory({
        volumes: [
          volume('vol-no-date', 'b1', ''),
          volume('vol-bad-date', 'b2', 'yesterday'),
          volume('vol-deleting', 'b3', old, { State: 'deleting' })
        ]
      }),
      options
    )
    expect(plan.orphans).toEqual([])
    expect(plan.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['vol-no-date', expect.stringMatching(/osc-chroot:created-at tag is missing/)],
      ['vol-bad-date', expect.stringMatching(/"yesterday", not a date/)]
    ])
  })

  it('finds a volume that never got its tags by its ClientToken, aged by its CreationDate', () => {
    const untagged = (id: string, token: string, created: string) =>
      ({ VolumeId: id, State: 'available', ClientToken: token, CreationDate: created }) as Volume
    const plan = planSweep(
      inventory({
        volumes: [
          untagged('vol-dead', 'osc-chroot-run-42-1-0a1b2c3d-deadbeef', old),
          untagged('vol-fresh', 'osc-chroot-run-43-1-0a1b2c3d-feedf00d', fresh)
        ]
      }),
      options
    )
    expect(plan.orphans).toEqual([
      { kind: 'volume', id: 'vol-dead', buildId: 'run-42-1-0a1b2c3d', createdAt: old }
    ])
    expect(plan.young).toBe(1)
  })

  it('never deletes a snapshot marked as a product, even when no OMI uses it any more', () => {
    const product = snapshot('snap-product', 'b1', {
      Tags: [...tags('b1', old), { Key: productTag, Value: 'ami-deregistered' }]
    })
    const plan = planSweep(inventory({ snapshots: [product] }), options)
    expect(plan.orphans).toEqual([])
    expect(plan.products).toEqual(['snap-product'])
  })

  it("reads the build id of a ClientToken only from a build's token", () => {
    expect(buildIdOfClientToken('osc-chroot-local-0a1b2c3d-12345678')).toBe('local-0a1b2c3d')
    expect(buildIdOfClientToken('terraform-1234')).toBeUndefined()
    expect(buildIdOfClientToken(undefined)).toBeUndefined()
  })

  it('decides "mounted here" only from the by-id link, never from the kernel name', () => {
    const byIdDir = mkdtempSync(join(tmpdir(), 'sweep-by-id-'))
    try {
      // No by-id link: whatever /dev/sdf is on this machine, the answer is "cannot tell".
      expect(linkedDeviceMountedHere('/dev/xvdf', byIdDir)).toBeUndefined()
      // A by-id link to a disk that is not mounted anywhere.
      symlinkSync('/dev/null', join(byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdf'))
      expect(linkedDeviceMountedHere('/dev/xvdf', byIdDir)).toBe(false)
    } finally {
      rmSync(byIdDir, { recursive: true, force: true })
    }
  })
})
