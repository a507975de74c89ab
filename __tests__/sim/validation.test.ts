/**
 * Every request check the simulator makes: the spec's schemas (unknown, mistyped and missing
 * fields) and each semantic rule of oapi-facts.md §12.4, one test per rule.
 */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectRefused"] }] */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../sim/index.js'
import { describeWithSpec, warnIfNoSpec } from '../helpers/spec.js'
import {
  expectRefused,
  firstError,
  oapiCaller,
  waitFor,
  type OapiAnswer,
  type OapiCall
} from '../helpers/sim-client.js'

warnIfNoSpec('sim-validation')

describe('simulator validation', () => {
  let sim: Simulator
  let oapi: OapiCall
  let seeded: { imageId: string; snapshotId: string; name: string }
  let foreign: { imageId: string; snapshotId: string; name: string }

  beforeAll(async () => {
    sim = await startSimulator({ strictResponses: true })
    oapi = oapiCaller(sim)
    seeded = await sim.seedImage({ kind: 'ext4-partitioned', sizeGiB: 2, name: 'seed-2g' })
    foreign = await sim.seedImage({ kind: 'ext4-partitioned', owner: 'foreign' })
  })
  afterAll(async () => {
    await sim.stop()
  })

  async function availableVolume(extra: object = {}): Promise<string> {
    const created = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1, ...extra })
    expect(created.status).toBe(200)
    const id = created.body.Volume.VolumeId
    await waitFor(
      async () =>
        (await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })).body.Volumes[0].State,
      (state) => state === 'available',
      `volume ${id} available`
    )
    return id
  }

  async function completedSnapshot(): Promise<string> {
    const volumeId = await availableVolume()
    const id = (await oapi('CreateSnapshot', { VolumeId: volumeId })).body.Snapshot.SnapshotId
    await waitFor(
      async () =>
        (await oapi('ReadSnapshots', { Filters: { SnapshotIds: [id] } })).body.Snapshots[0].State,
      (state) => state === 'completed',
      `snapshot ${id} completed`
    )
    return id
  }

  describeWithSpec('the spec schema', () => {
    it('validates against the spec it found', () => {
      expect(sim.validating).toBe(true)
    })

    it('refuses an unknown field, at the top and nested, as InvalidParameter 3001', async () => {
      const top = await oapi('ReadVolumes', { Filter: {} })
      expectRefused(top, 'InvalidParameter', "'Filter'")
      expect(firstError(top).Code).toBe('3001')
      expectRefused(
        await oapi('ReadVolumes', { Filters: { VolumeId: ['vol-12345678'] } }),
        'InvalidParameter',
        'Filters.VolumeId'
      )
      expectRefused(
        await oapi('CreateImage', {
          ImageName: 'x-image',
          BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { Snapshot: 'x' } }]
        }),
        'InvalidParameter',
        'BlockDeviceMappings[0].Bsu.Snapshot'
      )
    })

    it('refuses a mistyped field as InvalidParameterValue 4047 (4078 is only invalid-volume-size)', async () => {
      const answer = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: '10' })
      expectRefused(answer, 'InvalidParameterValue', 'Size')
      expect(firstError(answer).Code).toBe('4047')
      expectRefused(
        await oapi('ReadVolumes', { Filters: { VolumeIds: 'vol-12345678' } }),
        'InvalidParameterValue',
        'Filters.VolumeIds'
      )
      expectRefused(await oapi('ReadVms', { DryRun: 'yes' }), 'InvalidParameterValue', 'DryRun')
    })

    it('refuses a missing required field as MissingParameter', async () => {
      expectRefused(await oapi('CreateVolume', { Size: 1 }), 'MissingParameter', 'SubregionName')
      expectRefused(
        await oapi('LinkVolume', { VolumeId: 'vol-12345678', VmId: sim.vmId }),
        'MissingParameter',
        'DeviceName'
      )
      expectRefused(
        await oapi('CreateTags', { ResourceIds: [sim.vmId], Tags: [{ Key: 'k' }] }),
        'MissingParameter',
        'Tags[0].Value'
      )
    })

    it('refuses to start with an explicit spec path that does not exist', async () => {
      await expect(startSimulator({ specPath: '/nonexistent/outscale.yaml' })).rejects.toThrow(
        'specPath'
      )
    })
  })

  describe('volumes', () => {
    it('rule: VolumeType is standard, gp2 or io1', async () => {
      expectRefused(
        await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1, VolumeType: 'sc1' }),
        'InvalidParameterValue',
        'VolumeType'
      )
    })

    it('rule: Size is 1-14901 GiB', async () => {
      for (const size of [0, 14902]) {
        expectRefused(
          await oapi('CreateVolume', { SubregionName: sim.subregion, Size: size }),
          'InvalidParameterValue',
          'Size'
        )
      }
    })

    it('rule: Size is required unless SnapshotId is given', async () => {
      expectRefused(
        await oapi('CreateVolume', { SubregionName: sim.subregion }),
        'MissingParameter',
        'Size'
      )
      const fromSnapshot = await oapi('CreateVolume', {
        SubregionName: sim.subregion,
        SnapshotId: seeded.snapshotId
      })
      expect(fromSnapshot.body.Volume.Size).toBe(2)
    })

    it("rule: Size is at least the snapshot's size", async () => {
      expectRefused(
        await oapi('CreateVolume', {
          SubregionName: sim.subregion,
          SnapshotId: seeded.snapshotId,
          Size: 1
        }),
        'InvalidParameterValue',
        'smaller than the snapshot'
      )
      expect(
        (
          await oapi('CreateVolume', {
            SubregionName: sim.subregion,
            SnapshotId: seeded.snapshotId,
            Size: 3
          })
        ).status
      ).toBe(200)
    })

    it('rule: io1 needs Iops', async () => {
      expectRefused(
        await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 10, VolumeType: 'io1' }),
        'MissingParameter',
        'Iops'
      )
    })

    it('rule: io1 Iops is 100-13000', async () => {
      for (const iops of [99, 13001]) {
        expectRefused(
          await oapi('CreateVolume', {
            SubregionName: sim.subregion,
            Size: 100,
            VolumeType: 'io1',
            Iops: iops
          }),
          'InvalidParameterValue',
          'Iops'
        )
      }
      const ok = await oapi('CreateVolume', {
        SubregionName: sim.subregion,
        Size: 100,
        VolumeType: 'io1',
        Iops: 13000
      })
      expect(ok.body.Volume.Iops).toBe(13000)
    })

    it('rule: io1 Iops is at most 300 per GiB', async () => {
      expectRefused(
        await oapi('CreateVolume', {
          SubregionName: sim.subregion,
          Size: 1,
          VolumeType: 'io1',
          Iops: 301
        }),
        'InvalidParameterValue',
        '300 per GiB'
      )
      expect(
        (
          await oapi('CreateVolume', {
            SubregionName: sim.subregion,
            Size: 1,
            VolumeType: 'io1',
            Iops: 300
          })
        ).status
      ).toBe(200)
    })

    it('rule: Iops on gp2 or standard is accepted and ignored', async () => {
      for (const [type, reported] of [
        ['gp2', 100],
        ['standard', 150]
      ] as const) {
        const answer = await oapi('CreateVolume', {
          SubregionName: sim.subregion,
          Size: 10,
          VolumeType: type,
          Iops: 5000
        })
        expect(answer.status).toBe(200)
        expect(answer.body.Volume).toMatchObject({ VolumeType: type, Iops: reported })
      }
    })

    it('rule: the Subregion must exist in the Region', async () => {
      expectRefused(
        await oapi('CreateVolume', { SubregionName: 'eu-west-2z', Size: 1 }),
        'InvalidResource',
        'eu-west-2z'
      )
    })

    it('rule: only available volumes can be deleted', async () => {
      const rootVolume = (await oapi('ReadVms')).body.Vms[0].BlockDeviceMappings[0].Bsu.VolumeId
      expectRefused(await oapi('DeleteVolume', { VolumeId: rootVolume }), 'InvalidState', 'in-use')
    })

    it('rule: UnlinkVolume of a volume that is not linked fails', async () => {
      const id = await availableVolume()
      expectRefused(await oapi('UnlinkVolume', { VolumeId: id }), 'ResourceConflict', 'not linked')
    })

    it("rule: the running VM's root volume cannot be unlinked", async () => {
      const rootVolume = (await oapi('ReadVms')).body.Vms[0].BlockDeviceMappings[0].Bsu.VolumeId
      expectRefused(
        await oapi('UnlinkVolume', { VolumeId: rootVolume }),
        'OperationNotSupported',
        'root device'
      )
    })
  })

  describe('links (checked before any device is touched)', () => {
    it('rule: DeviceName is /dev/sdX, /dev/xvdX (X in b-z) with an optional second letter', async () => {
      const id = await availableVolume()
      for (const deviceName of [
        '/dev/vdb',
        '/dev/sda1',
        '/dev/xvda',
        '/dev/xvdb1',
        '/dev/sdb12',
        'xvdf',
        '/dev/xvdfgh'
      ]) {
        expectRefused(
          await oapi('LinkVolume', { VolumeId: id, VmId: sim.vmId, DeviceName: deviceName }),
          'InvalidParameterValue',
          'DeviceName'
        )
      }
    })

    it('rule: the volume and the VM are in the same Subregion', async () => {
      const id = await availableVolume({ SubregionName: 'eu-west-2b' })
      expectRefused(
        await oapi('LinkVolume', { VolumeId: id, VmId: sim.vmId, DeviceName: '/dev/xvdxa' }),
        'ResourceConflict',
        'eu-west-2b'
      )
    })

    it('rule: unknown VM or volume ids are not found', async () => {
      const id = await availableVolume()
      expectRefused(
        await oapi('LinkVolume', { VolumeId: id, VmId: 'i-00000000', DeviceName: '/dev/xvdxa' }),
        'InvalidResource',
        'i-00000000'
      )
      expectRefused(
        await oapi('LinkVolume', {
          VolumeId: 'vol-00000000',
          VmId: sim.vmId,
          DeviceName: '/dev/xvdxa'
        }),
        'InvalidResource'
      )
    })
  })

  describe('snapshots', () => {
    it('rule: CreateSnapshot needs exactly one source', async () => {
      expectRefused(await oapi('CreateSnapshot', { Description: 'nothing' }), 'MissingParameter')
      const volumeId = await availableVolume()
      expectRefused(
        await oapi('CreateSnapshot', {
          VolumeId: volumeId,
          SourceSnapshotId: seeded.snapshotId,
          SourceRegionName: sim.region
        }),
        'InvalidParameterValue',
        'only one'
      )
    })

    it('rule: a snapshot copy comes from your own Region', async () => {
      expectRefused(
        await oapi('CreateSnapshot', {
          SourceSnapshotId: seeded.snapshotId,
          SourceRegionName: 'us-east-2'
        }),
        'InvalidParameterValue',
        'SourceRegionName'
      )
      const copy = await oapi('CreateSnapshot', {
        SourceSnapshotId: seeded.snapshotId,
        SourceRegionName: sim.region
      })
      expect(copy.body.Snapshot.VolumeSize).toBe(2)
    })

    it('rule: importing from a FileLocation is not simulated (501, not silently accepted)', async () => {
      const answer = await oapi('CreateSnapshot', {
        FileLocation: 'https://example.com/x',
        SnapshotSize: 1
      })
      expect(answer.status).toBe(501)
    })

    it('rule: a snapshot used by an image cannot be deleted', async () => {
      expectRefused(
        await oapi('DeleteSnapshot', { SnapshotId: seeded.snapshotId }),
        'ResourceConflict',
        seeded.imageId
      )
    })

    it("rule: another account's snapshot cannot be changed or seen", async () => {
      expectRefused(
        await oapi('DeleteSnapshot', { SnapshotId: foreign.snapshotId }),
        'InvalidResource'
      )
      expectRefused(
        await oapi('UpdateSnapshot', {
          SnapshotId: foreign.snapshotId,
          PermissionsToCreateVolume: { Additions: { GlobalPermission: true } }
        }),
        'InvalidResource'
      )
    })

    it('rule: UpdateSnapshot needs Additions or Removals with content, and 12-digit account ids', async () => {
      const id = await completedSnapshot()
      expectRefused(
        await oapi('UpdateSnapshot', { SnapshotId: id, PermissionsToCreateVolume: {} }),
        'MissingParameter'
      )
      expectRefused(
        await oapi('UpdateSnapshot', {
          SnapshotId: id,
          PermissionsToCreateVolume: { Additions: { AccountIds: ['12345'] } }
        }),
        'InvalidParameterValue',
        '12 digits'
      )
    })
  })

  describe('images', () => {
    it('rule: image names are unique per account', async () => {
      const snapshotId = await completedSnapshot()
      const register = (name: string): Promise<OapiAnswer> =>
        oapi('CreateImage', {
          ImageName: name,
          RootDeviceName: '/dev/sda1',
          BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
        })
      expect((await register('unique-name')).status).toBe(200)
      expectRefused(await register('unique-name'), 'ResourceConflict', 'unique-name')
      expectRefused(
        await oapi('CreateImage', {
          SourceImageId: foreign.imageId,
          SourceRegionName: sim.region,
          ImageName: 'unique-name'
        }),
        'ResourceConflict'
      )
      // The same name in another account is fine: the foreign seed and our copy share theirs.
      const copy = await oapi('CreateImage', {
        SourceImageId: foreign.imageId,
        SourceRegionName: sim.region
      })
      expect(copy.body.Image.ImageName).toBe(foreign.name)
    })

    it('rule: image names are 3-128 characters of letters, digits, spaces and _ ( ) / . -', async () => {
      const snapshotId = await completedSnapshot()
      for (const name of ['ab', 'bad*name', 'x'.repeat(129), 'tab\tname']) {
        const answer = await oapi('CreateImage', {
          ImageName: name,
          RootDeviceName: '/dev/sda1',
          BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
        })
        expectRefused(answer, 'InvalidParameterValue', 'ImageName')
      }
    })

    it('rule: registering needs ImageName, RootDeviceName and a mapping on the root device', async () => {
      const snapshotId = await completedSnapshot()
      const mapping = [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
      expectRefused(
        await oapi('CreateImage', { RootDeviceName: '/dev/sda1', BlockDeviceMappings: mapping }),
        'MissingParameter',
        'ImageName'
      )
      expectRefused(
        await oapi('CreateImage', { ImageName: 'no-root', BlockDeviceMappings: mapping }),
        'MissingParameter',
        'RootDeviceName'
      )
      expectRefused(
        await oapi('CreateImage', {
          ImageName: 'wrong-root',
          RootDeviceName: '/dev/xvda',
          BlockDeviceMappings: mapping
        }),
        'InvalidParameterValue',
        'RootDeviceName'
      )
      expectRefused(await oapi('CreateImage', { ImageName: 'nothing-given' }), 'MissingParameter')
    })

    it("rule: a mapping's VolumeSize is at least its snapshot's size", async () => {
      expectRefused(
        await oapi('CreateImage', {
          ImageName: 'too-small',
          RootDeviceName: '/dev/sda1',
          BlockDeviceMappings: [
            { DeviceName: '/dev/sda1', Bsu: { SnapshotId: seeded.snapshotId, VolumeSize: 1 } }
          ]
        }),
        'InvalidParameterValue',
        'VolumeSize'
      )
    })

    it('rule: a copy needs SourceRegionName, your own Region, and no mappings', async () => {
      expectRefused(
        await oapi('CreateImage', { SourceImageId: foreign.imageId, ImageName: 'copy-1' }),
        'MissingParameter',
        'SourceRegionName'
      )
      expectRefused(
        await oapi('CreateImage', {
          SourceImageId: foreign.imageId,
          SourceRegionName: 'us-east-2',
          ImageName: 'copy-2'
        }),
        'InvalidParameterValue',
        'SourceRegionName'
      )
      expectRefused(
        await oapi('CreateImage', {
          SourceImageId: foreign.imageId,
          SourceRegionName: sim.region,
          ImageName: 'copy-3',
          BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: seeded.snapshotId } }]
        }),
        'InvalidParameterValue',
        'not both'
      )
    })

    it("rule: another account's image cannot be deleted or updated", async () => {
      expectRefused(
        await oapi('DeleteImage', { ImageId: foreign.imageId }),
        'OperationNotSupported',
        'another account'
      )
      expectRefused(
        await oapi('UpdateImage', { ImageId: foreign.imageId, Description: 'mine now' }),
        'OperationNotSupported'
      )
    })

    it('rule: UpdateImage needs something to change', async () => {
      expectRefused(await oapi('UpdateImage', { ImageId: seeded.imageId }), 'MissingParameter')
    })
  })

  describe('ids, tags and paging', () => {
    it('rule: unknown ids are not found (InvalidResource)', async () => {
      expectRefused(
        await oapi('DeleteVolume', { VolumeId: 'vol-00000000' }),
        'InvalidResource',
        'vol-00000000'
      )
      expectRefused(
        await oapi('DeleteSnapshot', { SnapshotId: 'snap-00000000' }),
        'InvalidResource',
        'snap-00000000'
      )
      expectRefused(
        await oapi('DeleteImage', { ImageId: 'ami-00000000' }),
        'InvalidResource',
        'ami-00000000'
      )
      expectRefused(
        await oapi('CreateTags', {
          ResourceIds: ['vol-00000000'],
          Tags: [{ Key: 'k', Value: 'v' }]
        }),
        'InvalidResource'
      )
    })

    it('rule: malformed ids are invalid values', async () => {
      expectRefused(
        await oapi('DeleteVolume', { VolumeId: 'volume-1' }),
        'InvalidParameterValue',
        'volume-1'
      )
      expectRefused(
        await oapi('CreateTags', {
          ResourceIds: ['sg-12345678'],
          Tags: [{ Key: 'k', Value: 'v' }]
        }),
        'InvalidParameterValue'
      )
    })

    it('rule: ReadVms refuses an invalid VM id but leaves out unknown valid ones', async () => {
      expectRefused(
        await oapi('ReadVms', { Filters: { VmIds: ['vm-1'] } }),
        'InvalidParameterValue',
        'vm-1'
      )
      expect((await oapi('ReadVms', { Filters: { VmIds: ['i-00000000'] } })).body.Vms).toEqual([])
    })

    it('rule: tag keys are 1-255 characters and values at most 255', async () => {
      expectRefused(
        await oapi('CreateTags', { ResourceIds: [sim.vmId], Tags: [{ Key: '', Value: 'v' }] }),
        'InvalidParameterValue',
        'key'
      )
      expectRefused(
        await oapi('CreateTags', {
          ResourceIds: [sim.vmId],
          Tags: [{ Key: 'k'.repeat(256), Value: 'v' }]
        }),
        'InvalidParameterValue'
      )
      expectRefused(
        await oapi('CreateTags', {
          ResourceIds: [sim.vmId],
          Tags: [{ Key: 'k', Value: 'v'.repeat(256) }]
        }),
        'InvalidParameterValue',
        '255'
      )
    })

    it('rule: ResultsPerPage is 1-1000', async () => {
      for (const size of [0, 1001])
        expectRefused(
          await oapi('ReadVolumes', { ResultsPerPage: size }),
          'InvalidParameterValue',
          'ResultsPerPage'
        )
    })

    it('rule: NextPageToken must be one this call returned', async () => {
      expectRefused(
        await oapi('ReadVolumes', { NextPageToken: Buffer.from('forged').toString('base64') }),
        'InvalidParameterValue',
        'NextPageToken'
      )
      const images = await oapi('ReadImages', { ResultsPerPage: 1 })
      expect(images.body.NextPageToken).toEqual(expect.any(String))
      expectRefused(
        await oapi('ReadVolumes', { NextPageToken: images.body.NextPageToken }),
        'InvalidParameterValue',
        'NextPageToken'
      )
    })
  })
})

describe('simulator validation: rules about states (slow transitions)', () => {
  let sim: Simulator
  let oapi: OapiCall

  beforeAll(async () => {
    sim = await startSimulator({
      strictResponses: true,
      latency: { volumeCreateMs: 600_000, snapshotQueueMs: 600_000 }
    })
    oapi = oapiCaller(sim)
  })
  afterAll(async () => {
    await sim.stop()
  })

  it('rule: only available volumes can be linked (a creating one cannot)', async () => {
    const id = (await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })).body.Volume
      .VolumeId
    expectRefused(
      await oapi('LinkVolume', { VolumeId: id, VmId: sim.vmId, DeviceName: '/dev/xvdxb' }),
      'InvalidState',
      'creating'
    )
  })

  it('rule: a creating volume cannot be deleted or snapshotted', async () => {
    const id = (await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })).body.Volume
      .VolumeId
    expectRefused(await oapi('DeleteVolume', { VolumeId: id }), 'InvalidState', 'creating')
    expectRefused(await oapi('CreateSnapshot', { VolumeId: id }), 'InvalidState', 'creating')
  })

  it('rule: volumes and images come only from completed snapshots', async () => {
    const { snapshotId } = await sim.seedImage({ kind: 'ext4-whole' })
    const volumeId = (
      await oapi('CreateSnapshot', { SourceSnapshotId: snapshotId, SourceRegionName: sim.region })
    ).body.Snapshot.SnapshotId
    expectRefused(
      await oapi('CreateVolume', { SubregionName: sim.subregion, SnapshotId: volumeId }),
      'InvalidState',
      'in-queue'
    )
    expectRefused(
      await oapi('CreateImage', {
        ImageName: 'from-queued',
        RootDeviceName: '/dev/sda1',
        BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: volumeId } }]
      }),
      'InvalidState',
      'in-queue'
    )
  })
})
