import type { BuildConfig } from '../../src/config/types.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import type { Image } from '../../src/oapi/index.js'
import { volumeRequest } from '../../src/pipeline/steps/create-volume.js'
import { registerRequest } from '../../src/pipeline/steps/register-omi.js'
import { sourceImageFilters } from '../../src/pipeline/steps/source-omi.js'

const source: Image = {
  ImageId: 'ami-12345678',
  ImageName: 'Debian-12',
  State: 'available',
  AccountId: '111111111111',
  Architecture: 'x86_64',
  RootDeviceName: '/dev/sda1',
  BlockDeviceMappings: [
    {
      DeviceName: '/dev/sda1',
      Bsu: { SnapshotId: 'snap-aaaaaaaa', VolumeSize: 10, VolumeType: 'gp2', Iops: 300 }
    },
    {
      DeviceName: '/dev/xvdb',
      Bsu: { SnapshotId: 'snap-bbbbbbbb', VolumeSize: 5, VolumeType: 'io1', Iops: 500 }
    }
  ]
}

function config(overrides: Partial<BuildConfig> = {}): BuildConfig {
  return {
    fromScratch: false,
    rootVolumeSize: 0,
    rootVolumeType: '',
    rootVolumeIops: 0,
    omiName: 'app-1',
    omiDescription: '',
    productCodes: [],
    omiBootModes: [],
    omiBlockDeviceMappings: [],
    rootDeviceName: '',
    ...overrides
  } as BuildConfig
}

describe('volumeRequest', () => {
  it('copies the source root snapshot with its size and type, without gp2 iops', () => {
    expect(volumeRequest(config(), 'eu-west-2a', source)).toEqual({
      SubregionName: 'eu-west-2a',
      SnapshotId: 'snap-aaaaaaaa',
      Size: 10,
      VolumeType: 'gp2'
    })
  })

  it('grows to root_volume_size when larger, keeps the source size when smaller', () => {
    expect(volumeRequest(config({ rootVolumeSize: 20 }), 'z', source).Size).toBe(20)
    expect(volumeRequest(config({ rootVolumeSize: 4 }), 'z', source).Size).toBe(10)
  })

  it('sends Iops only for io1', () => {
    expect(
      volumeRequest(config({ rootVolumeType: 'io1', rootVolumeIops: 1000 }), 'z', source)
    ).toMatchObject({
      VolumeType: 'io1',
      Iops: 1000
    })
    expect(volumeRequest(config({ rootVolumeType: 'standard' }), 'z', source)).not.toHaveProperty(
      'Iops'
    )
  })

  it('from scratch: an empty gp2 volume of root_volume_size', () => {
    expect(volumeRequest(config({ fromScratch: true, rootVolumeSize: 8 }), 'z')).toEqual({
      SubregionName: 'z',
      Size: 8,
      VolumeType: 'gp2'
    })
  })
})

describe('volumeRequest, as the real API needs', () => {
  const io1Source: Image = {
    ...source,
    BlockDeviceMappings: [
      {
        DeviceName: '/dev/sda1',
        Bsu: { SnapshotId: 'snap-aaaaaaaa', VolumeSize: 10, VolumeType: 'io1', Iops: 2000 }
      }
    ]
  }

  it('never sends Size 0: without a size anywhere, the API takes the snapshot size', () => {
    const sizeless: Image = {
      ...source,
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: 'snap-aaaaaaaa' } }]
    }
    expect(volumeRequest(config(), 'z', sizeless)).not.toHaveProperty('Size')
  })

  it('an io1 source keeps its Iops, unless root_volume_iops says otherwise', () => {
    expect(volumeRequest(config(), 'z', io1Source)).toMatchObject({ VolumeType: 'io1', Iops: 2000 })
    expect(volumeRequest(config({ rootVolumeType: 'io1' }), 'z', io1Source)).toMatchObject({
      Iops: 2000
    })
    expect(volumeRequest(config({ rootVolumeIops: 500 }), 'z', io1Source)).toMatchObject({
      Iops: 500
    })
  })

  it('a gp2 source turned io1 without root_volume_iops does not borrow the gp2 baseline', () => {
    expect(volumeRequest(config({ rootVolumeType: 'io1' }), 'z', source)).not.toHaveProperty('Iops')
  })
})

describe('sourceImageFilters', () => {
  it('merges source_omi with the filters (Packer dropped it) and maps owners', () => {
    const filters = sourceImageFilters(
      'ami-12345678',
      {
        filters: { ImageNames: ['Debian-*'] },
        owners: ['self', 'Outscale', '222222222222'],
        mostRecent: true
      },
      '111111111111'
    )
    expect(filters).toEqual({
      ImageIds: ['ami-12345678'],
      ImageNames: ['Debian-*'],
      AccountIds: ['111111111111', '222222222222'],
      AccountAliases: ['Outscale']
    })
  })
})

describe('registerRequest', () => {
  const context = (cfg: BuildConfig, more: Partial<BuildContext> = {}) =>
    ({
      rendered: { tags: {}, snapshotTags: {}, rootVolumeTags: {}, omiDescription: '' },
      config: cfg,
      region: 'eu-west-2',
      sourceImage: cfg.fromScratch ? undefined : source,
      snapshot: { SnapshotId: 'snap-new00000', State: 'completed' },
      volume: {
        VolumeId: 'vol-1',
        State: 'available',
        Size: cfg.fromScratch ? cfg.rootVolumeSize : 10
      },
      ...more
    }) as unknown as BuildContext

  it("puts the new snapshot on the source's root mapping and keeps the others", () => {
    const rendered = {
      tags: {},
      snapshotTags: {},
      rootVolumeTags: {},
      omiDescription: 'from ami-12345678'
    }
    const request = registerRequest(context(config(), { rendered }))
    expect(request).toMatchObject({
      ImageName: 'app-1',
      Architecture: 'x86_64',
      RootDeviceName: '/dev/sda1',
      Description: 'from ami-12345678'
    })
    expect(request.BlockDeviceMappings).toEqual([
      {
        DeviceName: '/dev/sda1',
        Bsu: { SnapshotId: 'snap-new00000', VolumeSize: 10, VolumeType: 'gp2' }
      },
      {
        DeviceName: '/dev/xvdb',
        Bsu: { SnapshotId: 'snap-bbbbbbbb', VolumeSize: 5, VolumeType: 'io1', Iops: 500 }
      }
    ])
  })

  it('from scratch: the configured mappings, the root one getting the snapshot and root_volume_size', () => {
    const request = registerRequest(
      context(
        config({
          fromScratch: true,
          rootVolumeSize: 4,
          rootDeviceName: '/dev/sda1',
          omiBootModes: ['uefi'],
          omiBlockDeviceMappings: [
            {
              deviceName: '/dev/sda1',
              deleteOnVmDeletion: true,
              noDevice: false,
              volumeType: 'gp2'
            }
          ]
        })
      )
    )
    expect(request).toMatchObject({ RootDeviceName: '/dev/sda1', BootModes: ['uefi'] })
    expect(request.BlockDeviceMappings).toEqual([
      {
        DeviceName: '/dev/sda1',
        Bsu: {
          DeleteOnVmDeletion: true,
          VolumeType: 'gp2',
          SnapshotId: 'snap-new00000',
          VolumeSize: 4
        }
      }
    ])
  })

  it("a foreign source registers with the copy's mappings, never another account's snapshots", () => {
    const copy: Image = {
      ...source,
      ImageId: 'ami-c0c0c0c0',
      AccountId: '999999999999',
      BlockDeviceMappings: [
        {
          DeviceName: '/dev/sda1',
          Bsu: { SnapshotId: 'snap-copyroot', VolumeSize: 10, VolumeType: 'gp2' }
        },
        {
          DeviceName: '/dev/xvdb',
          Bsu: { SnapshotId: 'snap-copydata', VolumeSize: 5, VolumeType: 'gp2' }
        }
      ]
    }
    const request = registerRequest(context(config(), { baseImage: copy }))
    const snapshots = request.BlockDeviceMappings!.map((m) => m.Bsu?.SnapshotId)
    expect(snapshots).toEqual(['snap-new00000', 'snap-copydata'])
  })

  it("inherits the source's BootModes and TpmMandatory unless configured", () => {
    const uefi: Image = { ...source, BootModes: ['uefi'], TpmMandatory: true }
    const inherited = registerRequest(context(config(), { sourceImage: uefi, baseImage: uefi }))
    expect(inherited).toMatchObject({ BootModes: ['uefi'], TpmMandatory: true })
    const configured = registerRequest(
      context(config({ omiBootModes: ['legacy'], tpmMandatory: false }), {
        sourceImage: uefi,
        baseImage: uefi
      })
    )
    expect(configured).toMatchObject({ BootModes: ['legacy'], TpmMandatory: false })
  })

  it('from scratch without boot settings leaves them to the API defaults', () => {
    const request = registerRequest(
      context(
        config({
          fromScratch: true,
          rootVolumeSize: 4,
          rootDeviceName: '/dev/sda1',
          omiBlockDeviceMappings: [
            { deviceName: '/dev/sda1', deleteOnVmDeletion: true, noDevice: false }
          ]
        })
      )
    )
    expect(request).not.toHaveProperty('BootModes')
    expect(request).not.toHaveProperty('TpmMandatory')
  })
})
