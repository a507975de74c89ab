/**
 * Empty data disks in an image's mappings: CreateImage registers a Bsu with a VolumeSize and no
 * SnapshotId, ReadImages shows it so, and the root mapping still needs its snapshot.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { oapiCaller, type OapiCall } from '../helpers/sim-client.js'

describe('data disks without a snapshot', () => {
  let sim: Simulator
  let api: OapiCall
  let seed: { snapshotId: string }

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, strictResponses: true })
    api = oapiCaller(sim)
    seed = await sim.seedImage({ kind: 'ext4-whole', name: 'Data-disk-seed' })
  })
  afterAll(async () => {
    await sim?.stop()
  })

  const root = () => ({ DeviceName: '/dev/sda1', Bsu: { SnapshotId: seed.snapshotId } })

  it('registers an empty data disk and shows it without a SnapshotId', async () => {
    const created = await api('CreateImage', {
      ImageName: 'with-empty-disk',
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [
        root(),
        {
          DeviceName: '/dev/xvdb',
          Bsu: { VolumeSize: 50, VolumeType: 'io1', Iops: 1000, DeleteOnVmDeletion: false }
        }
      ]
    })
    expect(created.status).toBe(200)
    const read = await api('ReadImages', { Filters: { ImageIds: [created.body.Image.ImageId] } })
    const mappings = read.body.Images[0].BlockDeviceMappings
    expect(mappings[1]).toEqual({
      DeviceName: '/dev/xvdb',
      Bsu: { VolumeSize: 50, VolumeType: 'io1', Iops: 1000, DeleteOnVmDeletion: false }
    })
    expect(mappings[0].Bsu.SnapshotId).toBe(seed.snapshotId)
  })

  it('needs the VolumeSize of an empty disk, and a snapshot on the root', async () => {
    const noSize = await api('CreateImage', {
      ImageName: 'no-size',
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [root(), { DeviceName: '/dev/xvdb', Bsu: { VolumeType: 'gp2' } }]
    })
    expect(noSize.status).toBe(400)
    expect(JSON.stringify(noSize.body)).toMatch(
      /BlockDeviceMappings\[1\]\.Bsu\.VolumeSize is required/
    )
    const emptyRoot = await api('CreateImage', {
      ImageName: 'empty-root',
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { VolumeSize: 10 } }]
    })
    expect(emptyRoot.status).toBe(400)
    expect(JSON.stringify(emptyRoot.body)).toMatch(
      /RootDeviceName \/dev\/sda1 needs a Bsu.SnapshotId/
    )
  })
})
