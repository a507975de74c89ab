/**
 * The orphan sweep (cleanup_orphans, `osc-chroot sweep`).
 *
 * First its rules on plain data (planSweep decides, reads nothing). Then end to end, as root:
 * builds of the bundled action are killed with SIGKILL at several moments (no cleanup, no post
 * step, as when a runner dies), their tags are moved back in time, and the sweep - the bundled
 * CLI, then the bundled action - must delete exactly the old orphans of dead builds: not a
 * fresh orphan, not an untagged resource, not a snapshot an OMI uses, and nothing of a build
 * that is still mounted here or still snapshotting.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Image, Snapshot, Volume } from '../../src/oapi/index.js'
import type { Inventory, PlanOptions } from '../../src/pipeline/sweep.js'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import {
  ActionJob,
  bundled,
  loopDevicesUnder,
  type Inputs,
  type StepResult
} from '../helpers/action.js'
import {
  backdateBuild,
  buildIdIn,
  buildIdTag,
  createdAtTag,
  createSnapshot,
  createVolume,
  exists,
  hoursAgo,
  killMainWhen,
  mountsUnder,
  registerImage,
  resourcesOfBuild,
  tagsOf,
  waitUntilGone,
  writeCalls
} from '../helpers/orphans.js'
import { oapiCaller, type OapiCall } from '../helpers/sim-client.js'

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

const execFileAsync = promisify(execFile)
const cliBundle = () => bundled('cli')

describe('the orphan sweep, end to end (bundled CLI and action, killed builds)', () => {
  let sim: Simulator
  let call: OapiCall
  let ownImage: { imageId: string }
  let foreignImage: { imageId: string }
  const jobs: ActionJob[] = []
  // Our own mount root: other suites' builds mount under the default one at the same time.
  let mountRoot: string

  beforeAll(async () => {
    mountRoot = mkdtempSync(join(tmpdir(), 'osc-chroot-sweep-mnt-'))
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    call = oapiCaller(sim)
    ownImage = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Sweep-base' })
    foreignImage = await sim.seedImage({
      kind: 'ext4-partitioned',
      name: 'Sweep-vendor',
      owner: 'foreign'
    })
  })

  afterAll(async () => {
    // Whatever happened: the post steps undo the killed builds (mounts, links), then the rest goes.
    for (const job of jobs) {
      await job.post().catch(() => undefined)
      job.remove()
    }
    await sim?.stop()
    // Not recursive: should a mount be left below it, this fails instead of emptying it.
    if (mountRoot) rmdirSync(mountRoot)
  })

  function job(inputs: Inputs): ActionJob {
    const created = new ActionJob(sim, { mount_path: `${mountRoot}/{{.Device}}`, ...inputs })
    jobs.push(created)
    return created
  }

  /** A build killed at `moment`; returns its build id. */
  async function killedBuild(inputs: Inputs, moment: RegExp): Promise<string> {
    const killed = await killMainWhen(job({ omi_name: 'killed-{{timestamp}}', ...inputs }), moment)
    return buildIdIn(killed)
  }

  async function cliSweep(
    args: string[]
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = {
      PATH: process.env.PATH,
      HOME: sim.dataDir,
      OSC_ACCESS_KEY: sim.credentials.accessKey,
      OSC_SECRET_KEY: sim.credentials.secretKey,
      OSC_ENDPOINT_API: sim.endpoint,
      OSC_METADATA_ENDPOINT: sim.metadataEndpoint
    }
    try {
      const { stdout, stderr } = await execFileAsync(
        process.execPath,
        [cliBundle(), 'sweep', ...args],
        {
          env
        }
      )
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
    }
  }

  function writesSince(before: number): string[] {
    return sim
      .calls()
      .slice(before)
      .map((entry) => entry.call)
      .filter((name) => writeCalls.test(name))
  }

  it('deletes only the old orphans of dead builds, and says what it left and why', async () => {
    // Killed once its volume is linked (pre-mount), from a foreign source: a copy, a volume linked here.
    const linked = await killedBuild(
      {
        source_omi: foreignImage.imageId,
        pre_mount_commands: 'echo LINKED-$((40 + 2)) && sleep 2'
      },
      /LINKED-42/
    )
    // Killed while provisioning: its volume is mounted here.
    const mounted = await killedBuild(
      { source_omi: ownImage.imageId, provision: 'echo PROVISIONING-$((40 + 2)); sleep 2' },
      /PROVISIONING-42/
    )
    // Killed while its snapshot is (forever) in progress.
    sim.failResource({ kind: 'snapshot', to: 'stuck' })
    const snapshotting = await killedBuild(
      { source_omi: ownImage.imageId },
      /Snapshot snap-\S+ of vol-/
    )
    // Killed like the first, but just now: a fresh orphan.
    const fresh = await killedBuild(
      { source_omi: ownImage.imageId, pre_mount_commands: 'echo LINKED-$((40 + 2)) && sleep 2' },
      /LINKED-42/
    )

    // Every temporary resource carries both tags, set in one go.
    const linkedIds = resourcesOfBuild(sim, linked)
    expect(linkedIds).toEqual([expect.stringMatching(/^ami-/), expect.stringMatching(/^vol-/)])
    const snapshottingIds = resourcesOfBuild(sim, snapshotting)
    expect(snapshottingIds).toEqual([
      expect.stringMatching(/^snap-/),
      expect.stringMatching(/^vol-/)
    ])
    for (const id of [...linkedIds, ...snapshottingIds]) {
      expect(Object.keys(tagsOf(sim, id))).toEqual(
        expect.arrayContaining([buildIdTag, createdAtTag])
      )
    }
    const [copyId, linkedVolume] = linkedIds
    const copySnapshots = (
      sim.resources().images.find((image) => image.ImageId === copyId) as {
        BlockDeviceMappings: { Bsu: { SnapshotId: string } }[]
      }
    ).BlockDeviceMappings.map((mapping) => mapping.Bsu.SnapshotId)

    for (const build of [linked, mounted, snapshotting]) {
      await backdateBuild(call, sim, build, hoursAgo(7))
    }
    // Made through the API: an old orphaned snapshot, an old snapshot an OMI uses, an old
    // volume nobody tagged, and an old volume whose created-at tag is lost.
    const oldTags = { [buildIdTag]: 'run-1-1-0000dead', [createdAtTag]: hoursAgo(30) }
    const orphanSnapshot = await createSnapshot(call, sim, oldTags)
    const productSnapshot = await createSnapshot(call, sim, {
      [buildIdTag]: 'run-2-1-0000beef',
      [createdAtTag]: hoursAgo(30)
    })
    const product = await registerImage(call, productSnapshot, `product-${Date.now()}`)
    const untagged = await createVolume(call, sim, { Name: 'not ours' })
    const undated = await createVolume(call, sim, { [buildIdTag]: 'run-3-1-0000cafe' })

    const orphans = [linkedVolume, copyId, orphanSnapshot]

    // The CLI's dry run lists them and changes nothing.
    const before = sim.calls().length
    const dry = await cliSweep(['--older-than', '6h', '--dry-run'])
    expect([dry.code, dry.stderr]).toEqual([0, expect.any(String)])
    const listed = JSON.parse(dry.stdout) as {
      toDelete: { id: string; snapshotIds?: string[] }[]
      deleted: unknown[]
    }
    expect(listed.toDelete.map((orphan) => orphan.id).sort()).toEqual([...orphans].sort())
    expect(listed.toDelete.find((orphan) => orphan.id === copyId)?.snapshotIds).toEqual(
      copySnapshots
    )
    expect(listed.deleted).toEqual([])
    expect(writesSince(before)).toEqual([])

    // The action, with cleanup_orphans and no omi_name: a sweep and nothing else.
    const sweepJob = job({ cleanup_orphans: '6h' })
    const sweep = await sweepJob.main()
    if (sweep.exitCode !== 0) throw new Error(`the sweep failed:\n${sweep.log}`)
    expect(sweep.outputs.orphans_deleted.split(' ').sort()).toEqual([...orphans].sort())
    await waitUntilGone(sim, [...orphans, ...copySnapshots])

    // Left: the mounted build and the snapshotting one (reported), the fresh orphan, the
    // product, the untagged volume and the undated one (reported).
    for (const id of [
      ...resourcesOfBuild(sim, mounted),
      ...resourcesOfBuild(sim, snapshotting),
      ...resourcesOfBuild(sim, fresh),
      productSnapshot,
      product,
      untagged,
      undated
    ]) {
      expect([id, exists(sim, id)]).toEqual([id, true])
    }
    expect(sweep.log).toMatch(
      new RegExp(
        `leaving volume vol-\\S+: build ${mounted} looks still running: its volume is linked as /dev/xvd[a-z]+ and mounted here`
      )
    )
    expect(sweep.log).toMatch(
      new RegExp(
        `leaving volume vol-\\S+: build ${snapshotting} looks still running: its snapshot is in progress`
      )
    )
    expect(sweep.log).toContain(
      `leaving volume ${undated}: its osc-chroot:created-at tag is missing`
    )
    expect(sweep.log).toMatch(
      /3 deleted, 0 could not be deleted, 4 left for a reason above, \d+ younger left alone, 1 snapshots kept/
    )
    expect(sweep.log).toContain('no OMI is built')
    expect(sweepJob.summary()).toContain('Orphan sweep')
    expect(sweepJob.summary()).toContain(`source-copy ${copyId}`)
    expect(sim.resources().links.map((link) => link.volumeId)).not.toContain(linkedVolume)

    // The killed builds' post steps (as a runner would have run them) leave nothing behind.
    for (const killed of jobs) expect((await killed.post()).exitCode).toBe(0)
    expect(mountsUnder(mountRoot)).toEqual([])
    expect(loopDevicesUnder(sim.dataDir)).toEqual([])
  })

  it('sweeps before building when omi_name is set, and reports it in the output and summary', async () => {
    const orphan = await createVolume(call, sim, {
      [buildIdTag]: 'run-4-1-0000f00d',
      [createdAtTag]: hoursAgo(8)
    })
    const build = job({
      source_omi: ownImage.imageId,
      omi_name: 'after-sweep-{{timestamp}}',
      cleanup_orphans: '6h'
    })
    const result: StepResult = await build.main()
    if (result.exitCode !== 0) throw new Error(`the build failed:\n${result.log}`)
    expect(result.outputs.orphans_deleted).toBe(orphan)
    expect(result.outputs.omi_id).toMatch(/^ami-/)
    expect(build.summary()).toContain('Orphan sweep')
    expect(build.summary()).toContain(`volume ${orphan}`)
    await waitUntilGone(sim, [orphan])
  })

  it('the CLI sweep deletes for real without --dry-run, and refuses an age under 10 minutes', async () => {
    const orphan = await createVolume(call, sim, {
      [buildIdTag]: 'run-5-1-0000babe',
      [createdAtTag]: hoursAgo(2)
    })
    const tooYoung = await cliSweep(['--older-than', '5m'])
    expect(tooYoung.code).toBe(1)
    expect(tooYoung.stderr).toContain('cleanup_orphans: "5m" is too young')
    expect(exists(sim, orphan)).toBe(true)

    const swept = await cliSweep(['--older-than', '1h'])
    expect(swept.code).toBe(0)
    expect((JSON.parse(swept.stdout) as { deleted: { id: string }[] }).deleted).toEqual([
      expect.objectContaining({ kind: 'volume', id: orphan, buildId: 'run-5-1-0000babe' })
    ])
    await waitUntilGone(sim, [orphan])
  })
})
