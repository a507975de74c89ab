/**
 * The orphan sweep (cleanup_orphans, `osc-chroot sweep`).
 *
 * End to end (its rules on plain data are in unit/pipeline.sweep-plan.test.ts): builds of the
 * bundled action are killed with SIGKILL at several moments (no cleanup, no post
 * step, as when a runner dies), their tags are moved back in time, and the sweep - the bundled
 * CLI, then the bundled action - must delete exactly the old orphans of dead builds: not a
 * fresh orphan, not an untagged resource, not a snapshot an OMI uses, and nothing of a build
 * that is still mounted here or still snapshotting.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
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
