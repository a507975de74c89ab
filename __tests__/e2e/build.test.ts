/**
 * End to end: the bundled action (dist/main, then dist/post, as a runner runs them) against the
 * simulator in its Outscale-like device naming mode, on real loop devices. Each build is checked in
 * the simulator (the OMI, its mappings, tags, permissions), in the snapshot's file system (what
 * provisioning wrote, the image's own resolv.conf), and for leftovers (volume, link, mount, loop
 * device, lock).
 */
import { readFileSync } from 'node:fs'
import { startSimulator, TEST_LATENCY, SEED_RESOLV_CONF, type Simulator } from '../../sim/index.js'
import { checkDeviceSharing } from '../../bench/device-check.js'
import { ActionJob, readFromDiskImage, type Inputs, type StepResult } from '../helpers/action.js'
import { expectNothingLeft as expectNothingLeftIn } from '../helpers/leftovers.js'

type Image = {
  ImageId: string
  ImageName: string
  Description?: string
  RootDeviceName: string
  BlockDeviceMappings: { DeviceName: string; Bsu?: { SnapshotId?: string; VolumeSize?: number } }[]
  AccountId: string
}

const writes = /^(Create|Delete|Update|Link|Unlink)/

describe('the bundled action, end to end', () => {
  let sim: Simulator
  let base: { imageId: string; snapshotId: string; name: string }
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    base = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Debian-12-base' })
  })

  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })

  afterAll(async () => {
    await sim?.stop()
  })

  function job(inputs: Inputs): ActionJob {
    const created = new ActionJob(sim, inputs)
    jobs.push(created)
    return created
  }

  /** main then post, as a runner does; returns main's result. */
  async function build(inputs: Inputs): Promise<StepResult & { post: StepResult; job: ActionJob }> {
    const j = job(inputs)
    const main = await j.main()
    const post = await j.post()
    return { ...main, post, job: j }
  }

  function image(imageId: string): Image | undefined {
    return sim.resources().images.find((i) => i.ImageId === imageId) as Image | undefined
  }

  function tagsOf(resourceId: string): Record<string, string> {
    return Object.fromEntries(
      sim
        .resources()
        .tags.filter((t) => t.resourceId === resourceId)
        .map((t) => [t.key, t.value])
    )
  }

  /** No volume, link, mount, loop device or lock of a build is left. */
  function expectNothingLeft(): void {
    // The default mount_path is shared with other builds on this machine: mounts are checked by
    // this simulator's volumes instead (see leftovers.ts).
    expectNothingLeftIn(sim)
  }

  function expectSucceeded(result: StepResult): void {
    if (result.exitCode !== 0) throw new Error(`the action failed:\n${result.log}`)
  }

  it('builds from a source OMI by id: OMI registered, provisioning in the snapshot, resolv.conf kept', async () => {
    const result = await build({
      source_omi: base.imageId,
      omi_name: 'app-{{timestamp}}',
      omi_description: 'built from {{.SourceOMI}} in {{.BuildRegion}}',
      root_volume_size: '2',
      provision:
        'echo provisioned > /etc/motd\necho "resolv: $(cat /etc/resolv.conf | head -c 0)ok" > /etc/checked'
    })
    expectSucceeded(result)
    const { outputs } = result
    expect(outputs.omi_id).toMatch(/^ami-[0-9a-f]{8}$/)
    expect(outputs.omi_name).toMatch(/^app-\d+$/)
    expect(outputs.source_omi_id).toBe(base.imageId)
    expect(outputs.region).toBe(sim.region)
    expect(outputs.subregion).toBe(sim.subregion)
    expect(outputs.device).toMatch(/^\/dev\/xvd[f-z]$/)
    expect(Number(outputs.duration_seconds)).toBeGreaterThanOrEqual(0)

    const omi = image(outputs.omi_id)!
    expect(omi.ImageName).toBe(outputs.omi_name)
    expect(omi.Description).toBe(`built from ${base.imageId} in ${sim.region}`)
    expect(omi.RootDeviceName).toBe('/dev/sda1')
    const root = omi.BlockDeviceMappings.find((m) => m.DeviceName === '/dev/sda1')!
    expect(root.Bsu).toMatchObject({ SnapshotId: outputs.snapshot_id, VolumeSize: 2 })

    const files = readFromDiskImage(sim.imageFile(outputs.snapshot_id), [
      '/etc/motd',
      '/etc/checked',
      '/etc/resolv.conf',
      '/run/resolvconf/resolv.conf',
      '/usr/sbin/policy-rc.d'
    ])
    expect(files['/etc/motd'].content).toBe('provisioned\n')
    expect(files['/etc/checked'].content).toBe('resolv: ok\n')
    expect(files['/etc/resolv.conf']).toEqual({ link: '../run/resolvconf/resolv.conf' })
    expect(files['/run/resolvconf/resolv.conf'].content).toBe(SEED_RESOLV_CONF)
    expect(files['/usr/sbin/policy-rc.d']).toEqual({ missing: true })

    const manifest = JSON.parse(readFileSync(outputs.manifest, 'utf8'))
    expect(manifest.builds[0].artifact_id).toBe(`${sim.region}:${outputs.omi_id}`)
    expect(result.job.summary()).toContain(outputs.omi_id)
    expect(result.post.log).toContain('Nothing to clean up')
    expectNothingLeft()
  })

  it('finds the source by filter with most_recent, and copies a foreign-owned source then deletes the copy', async () => {
    const older = await sim.seedImage({
      kind: 'ext4-partitioned',
      name: 'Vendor-Linux-1',
      owner: 'foreign'
    })
    const newer = await sim.seedImage({
      kind: 'ext4-partitioned',
      name: 'Vendor-Linux-2',
      owner: 'foreign'
    })
    const result = await build({
      source_omi_filter: `filters: { image-name: "Vendor-Linux-*" }\nowners: [${sim.foreignAccountId}]\nmost_recent: true`,
      omi_name: 'from-vendor-{{timestamp}}',
      provision: 'echo vendor > /etc/built-from'
    })
    expectSucceeded(result)
    expect(result.outputs.source_omi_id).toBe(newer.imageId)
    expect(result.outputs.source_omi_id).not.toBe(older.imageId)
    expect(result.log).toMatch(/Copied source OMI/)
    const omi = image(result.outputs.omi_id)!
    expect(omi.AccountId).toBe(sim.accountId)
    const files = readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), ['/etc/built-from'])
    expect(files['/etc/built-from'].content).toBe('vendor\n')
    expectNothingLeft()
  })

  it('builds from scratch: pre_mount_commands partition and format the real device', async () => {
    const result = await build({
      from_scratch: 'true',
      root_volume_size: '1',
      root_device_name: '/dev/sda1',
      omi_block_device_mappings:
        '- device_name: /dev/sda1\n  volume_size: 1\n  delete_on_vm_deletion: true',
      omi_name: 'scratch-{{timestamp}}',
      pre_mount_commands: [
        "echo 'start=2048, type=83' | sfdisk -q {{.Device}}",
        'partx -a {{.Device}}',
        'mkfs.ext4 -q {{.Device}}p1'
      ].join('\n'),
      post_mount_commands: [
        'mkdir -p {{.MountPath}}/bin {{.MountPath}}/etc {{.MountPath}}/tmp',
        'cp /bin/busybox {{.MountPath}}/bin/busybox',
        'ln -s busybox {{.MountPath}}/bin/sh'
      ].join('\n'),
      chroot_mounts: '- [proc, proc, /proc]',
      prevent_service_start: 'false',
      provision: 'echo scratch > /etc/built'
    })
    expectSucceeded(result)
    const omi = image(result.outputs.omi_id)!
    expect(omi.BlockDeviceMappings).toEqual([
      expect.objectContaining({
        DeviceName: '/dev/sda1',
        Bsu: expect.objectContaining({ SnapshotId: result.outputs.snapshot_id, VolumeSize: 1 })
      })
    ])
    expect(result.outputs.source_omi_id).toBe('')
    const files = readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), ['/etc/built'])
    expect(files['/etc/built'].content).toBe('scratch\n')
    expectNothingLeft()
  })

  it('force_deregister with force_delete_snapshot replaces an OMI of the same name', async () => {
    const name = `stable-name-${Date.now()}`
    const first = await build({ source_omi: base.imageId, omi_name: name })
    expectSucceeded(first)
    const second = await build({
      source_omi: base.imageId,
      omi_name: name,
      force_deregister: 'true',
      force_delete_snapshot: 'true'
    })
    expectSucceeded(second)
    expect(second.outputs.omi_id).not.toBe(first.outputs.omi_id)
    expect(image(first.outputs.omi_id)).toBeUndefined()
    expect(
      sim.resources().snapshots.find((s) => s.SnapshotId === first.outputs.snapshot_id)
    ).toBeUndefined()
    expect(image(second.outputs.omi_id)?.ImageName).toBe(name)

    const refused = await build({ source_omi: base.imageId, omi_name: name })
    expect(refused.exitCode).not.toBe(0)
    expect(refused.log).toMatch(/omi_name ".*" is already used by/)
    expectNothingLeft()
  })

  it('sets launch and snapshot permissions and renders templated tags', async () => {
    const result = await build({
      source_omi: base.imageId,
      omi_name: 'shared-{{timestamp}}',
      omi_account_ids: '123456789012',
      snapshot_account_ids: '210987654321',
      tags: 'Name: "app-{{ .SourceOMIName }}"\nRegion: "{{.BuildRegion}}"',
      snapshot_tags: 'Name: snapshot-of-app\nKind: root'
    })
    expectSucceeded(result)
    const { omi_id, snapshot_id } = result.outputs
    const permissions = sim.resources().permissions
    expect(permissions.find((p) => p.resourceId === omi_id)).toMatchObject({
      accountIds: ['123456789012'],
      global: false
    })
    expect(permissions.find((p) => p.resourceId === snapshot_id)).toMatchObject({
      accountIds: ['210987654321']
    })
    expect(tagsOf(omi_id)).toMatchObject({ Name: 'app-Debian-12-base', Region: sim.region })
    expect(tagsOf(snapshot_id)).toMatchObject({
      Name: 'snapshot-of-app',
      Region: sim.region,
      Kind: 'root'
    })
    expectNothingLeft()
  })

  it('dry_run checks everything and creates nothing', async () => {
    const before = sim.calls().length
    const result = await build({
      source_omi: base.imageId,
      omi_name: 'dry-{{timestamp}}',
      dry_run: 'true'
    })
    expectSucceeded(result)
    const calls = sim
      .calls()
      .slice(before)
      .map((c) => c.call)
    expect(calls).toEqual(expect.arrayContaining(['ReadVms', 'ReadAccounts', 'ReadImages']))
    expect(calls.filter((call) => writes.test(call))).toEqual([])
    expect(result.outputs.omi_id).toBe('')
    expect(result.log).toMatch(/nothing was created/)
  })

  it('runs four builds in parallel on one host, each on its own device', async () => {
    const startedAt = Date.now()
    const runs = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        build({
          source_omi: base.imageId,
          omi_name: `parallel-${n}-{{timestamp}}`,
          provision: `echo ${n} > /etc/which\nsleep 2`
        })
      )
    )
    for (const run of runs) expectSucceeded(run)
    // A name freed by a finished build may be taken again; never two links on one at once.
    const links = sim.linkHistory().filter((link) => link.linkedAt >= startedAt)
    expect(links).toHaveLength(4)
    expect(checkDeviceSharing(links).conflicts).toEqual([])
    for (const [index, run] of runs.entries()) {
      const files = readFromDiskImage(sim.imageFile(run.outputs.snapshot_id), ['/etc/which'])
      expect(files['/etc/which'].content).toBe(`${index + 1}\n`)
    }
    expectNothingLeft()
  })
})
