/**
 * End to end, the bundled action against the simulator on real loop devices: a 1 GiB source OMI
 * built with root_volume_size 3 provisions on a root file system of about 3 GiB (ext4 and XFS),
 * or stays at 1 GiB with grow_root_filesystem false; and omi_block_device_mappings adds a data
 * disk to an OMI built from a source, whose root keeps the build's new snapshot.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { ActionJob, readFromDiskImage, type Inputs, type StepResult } from '../helpers/action.js'
import { expectNothingLeft } from '../helpers/leftovers.js'
import { privateNames } from '../helpers/private-names.js'

const { mountPrefix, devicePath } = privateNames('e2e-grow')
const KIB_PER_GIB = 1024 * 1024

interface Mapping {
  DeviceName: string
  Bsu?: {
    SnapshotId?: string
    VolumeSize?: number
    VolumeType?: string
    DeleteOnVmDeletion?: boolean
  }
}

describe('disks of the new OMI, end to end', () => {
  let sim: Simulator
  let ext4: { imageId: string; snapshotId: string }
  let xfs: { imageId: string; snapshotId: string }
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    ext4 = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Grow-ext4-1g', sizeGiB: 1 })
    xfs = await sim.seedImage({ kind: 'xfs-partitioned', name: 'Grow-xfs-1g', sizeGiB: 1 })
  })
  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })
  afterAll(async () => {
    await sim?.stop()
  })

  async function build(inputs: Inputs): Promise<StepResult> {
    const job = new ActionJob(sim, {
      mount_path: `${mountPrefix}{{.Device}}`,
      device_path: devicePath,
      ...inputs
    })
    jobs.push(job)
    const main = await job.main()
    await job.post()
    if (main.exitCode !== 0) throw new Error(`the action failed:\n${main.log}`)
    return main
  }

  /** The root file system's size (KiB) as `df` saw it inside the chroot while provisioning. */
  const recordDf = "df -k / | tail -n 1 | awk '{ print $2 }' > /etc/root-size-kib"

  function rootSizeGiB(result: StepResult): number {
    const files = readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), [
      '/etc/root-size-kib'
    ])
    return Number(files['/etc/root-size-kib'].content) / KIB_PER_GIB
  }

  function mappingsOf(imageId: string): Mapping[] {
    const image = sim.resources().images.find((i) => i.ImageId === imageId) as
      { BlockDeviceMappings: Mapping[] } | undefined
    return image?.BlockDeviceMappings ?? []
  }

  it.each([
    ['ext4', () => ext4],
    ['XFS', () => xfs]
  ])(
    'a 1 GiB %s source with root_volume_size 3: df in the chroot shows about 3 GiB before provisioning',
    async (_fs, source) => {
      const result = await build({
        source_omi: source().imageId,
        omi_name: `grown-{{timestamp}}`,
        root_volume_size: '3',
        provision: recordDf
      })
      expect(rootSizeGiB(result)).toBeGreaterThan(2.8)
      expect(rootSizeGiB(result)).toBeLessThanOrEqual(3)
      expect(result.log).toMatch(/Growing the root partition and file system/)
      const root = mappingsOf(result.outputs.omi_id).find((m) => m.DeviceName === '/dev/sda1')
      expect(root?.Bsu).toMatchObject({ SnapshotId: result.outputs.snapshot_id, VolumeSize: 3 })
      expectNothingLeft(sim)
    }
  )

  it('grow_root_filesystem false: the volume is 3 GiB, the file system stays 1 GiB', async () => {
    const result = await build({
      source_omi: ext4.imageId,
      omi_name: `not-grown-{{timestamp}}`,
      root_volume_size: '3',
      grow_root_filesystem: 'false',
      provision: recordDf
    })
    expect(rootSizeGiB(result)).toBeLessThan(1.05)
    expect(result.log).not.toMatch(/Growing the root partition/)
    expectNothingLeft(sim)
  })

  it('adds an empty data disk and a disk from a snapshot, and changes the root mapping; the root keeps the new snapshot', async () => {
    const result = await build({
      source_omi: ext4.imageId,
      omi_name: `with-data-{{timestamp}}`,
      omi_block_device_mappings: [
        '- device_name: /dev/sda1',
        '  volume_type: gp2',
        '  delete_on_vm_deletion: false',
        '- device_name: /dev/xvdb',
        '  volume_size: 5',
        '  volume_type: io1',
        '  iops: 500',
        '  delete_on_vm_deletion: true',
        '- device_name: /dev/xvdc',
        `  snapshot_id: ${xfs.snapshotId}`
      ].join('\n')
    })
    const mappings = mappingsOf(result.outputs.omi_id)
    expect(mappings).toHaveLength(3)
    expect(mappings.find((m) => m.DeviceName === '/dev/sda1')?.Bsu).toMatchObject({
      SnapshotId: result.outputs.snapshot_id,
      VolumeSize: 1,
      VolumeType: 'gp2',
      DeleteOnVmDeletion: false
    })
    const empty = mappings.find((m) => m.DeviceName === '/dev/xvdb')?.Bsu
    expect(empty).toMatchObject({ VolumeSize: 5, VolumeType: 'io1', DeleteOnVmDeletion: true })
    expect(empty?.SnapshotId).toBeUndefined()
    expect(mappings.find((m) => m.DeviceName === '/dev/xvdc')?.Bsu).toMatchObject({
      SnapshotId: xfs.snapshotId,
      VolumeSize: 1
    })
    expectNothingLeft(sim)
  })
})
