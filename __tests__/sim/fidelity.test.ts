/**
 * The simulator plays the real cloud: one case per behaviour it models from
 * ../shared/oapi/REAL-BEHAVIOUR.md (docs/outscale-fidelity.md lists them with their evidence).
 * Every case talks to the simulator over HTTP with signed requests, as a client would.
 * The cases that link volumes need root (loop devices): host/sim.fidelity-devices.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { ERRORS, REALISTIC_FIDELITY, startSimulator, type Simulator } from '../../sim/index.js'
import { defaultCataloguePath, loadErrorCatalogue } from '../../sim/error-catalogue.js'
import {
  firstError,
  oapiCaller,
  simResources,
  waitFor,
  withSim,
  type OapiCall
} from '../helpers/sim-client.js'

const cataloguePath = defaultCataloguePath()
const describeWithCatalogue = cataloguePath ? describe : describe.skip
if (!cataloguePath) {
  console.warn(
    'sim-fidelity: the error-table check is skipped: no gateway_errors.yaml (set OSC_OAPI_ERRORS ' +
      'or put it beside the spec in ../shared/oapi/)'
  )
}

describeWithCatalogue("the simulator's error table agrees with Outscale's catalogue", () => {
  it('gives every code of a catalogue Type the Type the catalogue gives it', () => {
    const catalogue = loadErrorCatalogue(cataloguePath as string)
    const catalogueTypes = new Set([...catalogue.values()].map((entry) => entry.type))
    // Codes below 4000 and the validation Types (MissingParameter...) are not in the catalogue.
    const rows = Object.entries(ERRORS).filter(([, kind]) => catalogueTypes.has(kind.type))
    expect(rows.length).toBeGreaterThan(10)
    for (const [name, kind] of rows) {
      expect({ name, code: kind.code, type: catalogue.get(kind.code)?.type }).toEqual({
        name,
        code: kind.code,
        type: kind.type
      })
    }
  })

  it('uses 9011, 10001 and 4078 only with their catalogue meaning', () => {
    const catalogue = loadErrorCatalogue(cataloguePath as string)
    expect(catalogue.get('9011')?.name).toBe('duplicate-key')
    expect(catalogue.get('4078')?.name).toBe('invalid-volume-size')
    const byCode = (code: string) =>
      Object.entries(ERRORS)
        .filter(([, kind]) => kind.code === code)
        .map(([name]) => name)
    expect(byCode('9011')).toEqual([])
    expect(byCode('10001')).toEqual([])
    expect(byCode('4078')).toEqual(['invalidVolumeSize'])
  })

  it('gives an injected fault that names only a code its catalogue Type and status', async () => {
    await withSim({}, async (sim, oapi) => {
      sim.injectFault({ call: 'ReadVolumes', code: '9003' })
      const conflict = await oapi('ReadVolumes')
      expect({ status: conflict.status, ...firstError(conflict) }).toMatchObject({
        status: 409,
        Code: '9003',
        Type: 'ResourceConflict'
      })
      sim.injectFault({ call: 'ReadVolumes', code: '5064' })
      const missing = await oapi('ReadVolumes')
      expect({ status: missing.status, Type: firstError(missing).Type }).toEqual({
        status: 400,
        Type: 'InvalidResource'
      })
    })
  })
})

describe('errors: statuses, codes and Details as the real API answers them', () => {
  let sim: Simulator
  let oapi: OapiCall

  beforeAll(async () => {
    sim = await startSimulator({
      strictResponses: true,
      profile: 'realistic',
      // The errors are the realistic profile's; its one-second read-after-create lag (whose own
      // case is under "eventual consistency") would only slow the volumes, snapshots and images
      // these cases make, and pile their polls into the identical-request throttle.
      fidelity: { readAfterCreateLagMs: 100 }
    })
    oapi = oapiCaller(sim)
  })
  afterAll(() => sim.stop())

  it("answers a missing volume 400 InvalidResource 5064 \"The VolumeId 'vol-…' doesn't exist.\"", async () => {
    const answer = await oapi('DeleteVolume', { VolumeId: 'vol-12345678' })
    expect({ status: answer.status, ...firstError(answer) }).toEqual({
      status: 400,
      Code: '5064',
      Type: 'InvalidResource',
      Details: "The VolumeId 'vol-12345678' doesn't exist."
    })
    const image = await oapi('DeleteImage', { ImageId: 'ami-12345678' })
    expect(firstError(image)).toMatchObject({
      Code: '5023',
      Details: "The ImageId 'ami-12345678' doesn't exist."
    })
  })

  it('answers a state error 409 InvalidState (a linked volume cannot be deleted)', async () => {
    const root = (await oapi('ReadVms')).body.Vms[0].BlockDeviceMappings[0].Bsu.VolumeId
    const answer = await oapi('DeleteVolume', { VolumeId: root })
    expect({ status: answer.status, Type: firstError(answer).Type }).toEqual({
      status: 409,
      Type: 'InvalidState'
    })
    expect(firstError(answer).Code).toBe('6007')
  })

  it('answers UnlinkVolume of a volume that is not linked 409 (volume-not-in-use)', async () => {
    const id = await simResources(sim, oapi).availableVolume()
    const answer = await oapi('UnlinkVolume', { VolumeId: id })
    expect({ status: answer.status, ...firstError(answer) }).toMatchObject({
      status: 409,
      Code: '9063',
      Type: 'ResourceConflict'
    })
  })

  it('answers a name already taken 409 ResourceConflict duplicate-name (9015)', async () => {
    const { name } = await sim.seedImage({ kind: 'ext4-whole', name: 'fidelity-taken' })
    const volumeId = await simResources(sim, oapi).availableVolume()
    const snapshotId = await simResources(sim, oapi).completedSnapshot(volumeId)
    const answer = await oapi('CreateImage', {
      ImageName: name,
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
    })
    expect({ status: answer.status, ...firstError(answer) }).toMatchObject({
      status: 409,
      Code: '9015',
      Type: 'ResourceConflict'
    })
  })

  it('answers a bad volume size 400 InvalidParameterValue invalid-volume-size (4078)', async () => {
    const answer = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 20000 })
    expect({ status: answer.status, ...firstError(answer) }).toMatchObject({
      status: 400,
      Code: '4078',
      Type: 'InvalidParameterValue'
    })
  })

  it('answers an unknown call 400 InvalidResource no-such-call (5011)', async () => {
    const answer = await oapi('ReadUnicorns')
    expect({ status: answer.status, ...firstError(answer) }).toMatchObject({
      status: 400,
      Code: '5011',
      Type: 'InvalidResource'
    })
  })

  it('can answer not-found with empty Details, as the real API sometimes does', async () => {
    await withSim({ fidelity: { notFoundDetails: 'empty' } }, async (_sim, call) => {
      const answer = await call('DeleteSnapshot', { SnapshotId: 'snap-12345678' })
      expect({ status: answer.status, ...firstError(answer) }).toEqual({
        status: 400,
        Code: '5054',
        Type: 'InvalidResource',
        Details: ''
      })
    })
  })
})

describe('limits', () => {
  it('refuses more concurrent snapshots than the account may have (10008), then accepts again', async () => {
    await withSim(
      {
        fidelity: { maxConcurrentSnapshots: 2, quotaStatus: 409 },
        // Long enough that the first two are still pending when the third is asked, even on a
        // loaded machine. The three are asked at once (the simulator answers requests one at a
        // time, in the order they arrive), so no round trip separates them: asked one after the
        // other, 400 ms had not been enough under a load of 18 and 2 s were needed.
        latency: { snapshotMs: 1_000 }
      },
      async (sim, oapi) => {
        const volumeId = await simResources(sim, oapi).availableVolume()
        const answers = await Promise.all(
          [1, 2, 3].map(() => oapi('CreateSnapshot', { VolumeId: volumeId }))
        )
        const accepted = answers.filter((answer) => answer.status === 200)
        const refused = answers.filter((answer) => answer.status !== 200)
        expect(accepted).toHaveLength(2)
        expect(refused).toHaveLength(1)
        expect({ status: refused[0].status, ...firstError(refused[0]) }).toMatchObject({
          status: 409,
          Code: '10008',
          Type: 'TooManyResources'
        })
        await waitFor(
          () => simResources(sim, oapi).read.snapshot(accepted[0].body.Snapshot.SnapshotId),
          (s) => s?.State === 'completed',
          'the first snapshot completed'
        )
        expect((await oapi('CreateSnapshot', { VolumeId: volumeId })).status).toBe(200)
      }
    )
  })

  it('refuses a link beyond the volumes a VM may have (10018), answered with the quota status', async () => {
    // The root disk is one of the VM's volumes: with a limit of 1 no other can be linked.
    await withSim({ fidelity: { maxVolumesPerVm: 1 } }, async (sim, oapi) => {
      const volumeId = await simResources(sim, oapi).availableVolume()
      const answer = await oapi('LinkVolume', {
        VolumeId: volumeId,
        VmId: sim.vmId,
        DeviceName: '/dev/xvdua'
      })
      expect({ status: answer.status, ...firstError(answer) }).toMatchObject({
        status: 400,
        Code: '10018',
        Type: 'TooManyResources'
      })
    })
  })

  it('throttles identical requests with 503 code 6, but not different ones, until the window passes', async () => {
    await withSim(
      { fidelity: { identicalRequests: { max: 3, windowMs: 600 } } },
      async (_sim, oapi) => {
        const same = { Filters: { VolumeStates: ['available'] } }
        const statuses = []
        for (let i = 0; i < 4; i++) statuses.push((await oapi('ReadVolumes', same)).status)
        expect(statuses).toEqual([200, 200, 200, 503])
        const throttled = await oapi('ReadVolumes', same)
        expect({ status: throttled.status, ...firstError(throttled) }).toMatchObject({
          status: 503,
          Code: '6'
        })
        expect((await oapi('ReadVolumes', { Filters: { VolumeStates: ['in-use'] } })).status).toBe(
          200
        )
        await sleep(650)
        expect((await oapi('ReadVolumes', same)).status).toBe(200)
      }
    )
  })

  it('denies calls an access key has no right to (403 code 4), and only those', async () => {
    await withSim({ fidelity: { deniedCalls: ['ReadAccounts'] } }, async (_sim, oapi) => {
      const denied = await oapi('ReadAccounts')
      expect({ status: denied.status, ...firstError(denied) }).toMatchObject({
        status: 403,
        Code: '4',
        Type: 'AccessDenied'
      })
      expect((await oapi('ReadVms')).status).toBe(200)
    })
  })

  it('can fail like an HTTP gateway: HTML body, no OAPI error', async () => {
    await withSim({}, async (sim) => {
      sim.injectFault({ call: 'ReadVms', status: 502, code: '', html: true })
      const { AwsClient } = await import('aws4fetch')
      const signer = new AwsClient({
        accessKeyId: sim.credentials.accessKey,
        secretAccessKey: sim.credentials.secretKey,
        service: 'api',
        region: sim.region,
        retries: 0
      })
      const response = await signer.fetch(`${sim.endpoint}/ReadVms`, { method: 'POST', body: '{}' })
      expect(response.status).toBe(502)
      expect(response.headers.get('content-type')).toBe('text/html')
      const text = await response.text()
      expect(text).toContain('<h1>502 Bad Gateway</h1>')
      expect(text).not.toContain('Errors')
      const logged = sim.calls().at(-1)
      expect(logged).toMatchObject({ call: 'ReadVms', status: 502 })
      expect(logged?.code).toBeUndefined()
    })
  })
})

describe('eventual consistency', () => {
  it('leaves a just-created volume out of Read* and refuses to tag it for a moment', async () => {
    await withSim(
      { fidelity: { readAfterCreateLagMs: 400, tagsAfterCreateLag: true } },
      async (sim, oapi) => {
        const created = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })
        const id = created.body.Volume.VolumeId as string
        const createdAt = Date.now()
        expect(await simResources(sim, oapi).read.volume(id)).toBeUndefined()
        const tag = await oapi('CreateTags', {
          ResourceIds: [id],
          Tags: [{ Key: 'k', Value: 'v' }]
        })
        expect({ status: tag.status, Code: firstError(tag).Code }).toEqual({
          status: 400,
          Code: '5064'
        })
        const seen = await waitFor(
          () => simResources(sim, oapi).read.volume(id),
          (v) => v !== undefined,
          `${id} listed`
        )
        expect(Date.now() - createdAt).toBeGreaterThanOrEqual(300)
        expect(seen.VolumeId).toBe(id)
        const later = await oapi('CreateTags', {
          ResourceIds: [id],
          Tags: [{ Key: 'k', Value: 'v' }]
        })
        expect(later.status).toBe(200)
      }
    )
  })

  it('keeps a just-deleted image holding its snapshot (409) for a moment', async () => {
    await withSim({ fidelity: { deletedImageHoldsSnapshotMs: 400 } }, async (sim, oapi) => {
      const volumeId = await simResources(sim, oapi).availableVolume()
      const snapshotId = await simResources(sim, oapi).completedSnapshot(volumeId)
      const image = await oapi('CreateImage', {
        ImageName: 'fidelity-held',
        RootDeviceName: '/dev/sda1',
        BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
      })
      expect((await oapi('DeleteImage', { ImageId: image.body.Image.ImageId })).status).toBe(200)
      const held = await oapi('DeleteSnapshot', { SnapshotId: snapshotId })
      expect({ status: held.status, ...firstError(held) }).toMatchObject({
        status: 409,
        Type: 'ResourceConflict'
      })
      await sleep(450)
      expect((await oapi('DeleteSnapshot', { SnapshotId: snapshotId })).status).toBe(200)
    })
  })
})

describe('images', () => {
  let sim: Simulator
  let oapi: OapiCall
  let foreign: { imageId: string }

  beforeAll(async () => {
    sim = await startSimulator({ strictResponses: true })
    oapi = oapiCaller(sim)
    foreign = await sim.seedImage({ kind: 'ext4-whole', owner: 'foreign', name: 'fid-public' })
  })
  afterAll(() => sim.stop())

  it('reports RootDeviceType bsu for a copy in the account, even of a public ebs image', async () => {
    const source = (await oapi('ReadImages', { Filters: { ImageIds: [foreign.imageId] } })).body
      .Images[0]
    expect(source.RootDeviceType).toBe('ebs')
    const copy = await oapi('CreateImage', {
      SourceImageId: foreign.imageId,
      SourceRegionName: sim.region,
      ImageName: 'fid-copy'
    })
    expect(copy.status).toBe(200)
    expect(copy.body.Image.RootDeviceType).toBe('bsu')
  })

  it('finds bsu and ebs images alike with RootDeviceTypes ebs or bsu', async () => {
    for (const wanted of ['ebs', 'bsu']) {
      const names = (
        await oapi('ReadImages', { Filters: { RootDeviceTypes: [wanted] } })
      ).body.Images.map((image: { ImageName: string }) => image.ImageName)
      expect(names).toEqual(expect.arrayContaining(['fid-public']))
    }
  })

  it.each([
    ['VirtualizationTypes', ['hvm'], ['pv']],
    ['Hypervisors', ['xen'], ['kvm']],
    ['BootModes', ['legacy'], ['uefi']],
    ['TpmMandatory', false, true],
    ['SecureBoot', false, true],
    ['ProductCodes', ['0001'], ['9999']],
    ['ProductCodeNames', ['Linux'], ['Windows']],
    ['BlockDeviceMappingDeviceNames', ['/dev/sda1'], ['/dev/sdz']],
    ['BlockDeviceMappingVolumeTypes', ['standard', 'gp2', 'io1'], ['st1']],
    ['FileLocations', ['*/fid-public'], ['nowhere/*']]
  ])('implements the image filter %s', async (filter, matching, notMatching) => {
    const read = async (value: unknown) => {
      const answer = await oapi('ReadImages', {
        Filters: { ImageIds: [foreign.imageId], [filter]: value }
      })
      expect(answer.status).toBe(200)
      return answer.body.Images.length
    }
    expect(await read(matching)).toBe(1)
    expect(await read(notMatching)).toBe(0)
  })

  it('keeps BootModes and TpmMandatory with the OMI, in its copies too', async () => {
    const volumeId = await simResources(sim, oapi).availableVolume()
    const snapshotId = await simResources(sim, oapi).completedSnapshot(volumeId)
    const registered = await oapi('CreateImage', {
      ImageName: 'fid-uefi',
      RootDeviceName: '/dev/sda1',
      BootModes: ['uefi'],
      TpmMandatory: true,
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
    })
    expect(registered.body.Image).toMatchObject({ BootModes: ['uefi'], TpmMandatory: true })
    const imageId = registered.body.Image.ImageId
    await waitFor(
      async () => (await oapi('ReadImages', { Filters: { ImageIds: [imageId] } })).body.Images[0],
      (image) => image?.State === 'available',
      'image available'
    )
    const copy = await oapi('CreateImage', {
      SourceImageId: imageId,
      SourceRegionName: sim.region,
      ImageName: 'fid-uefi-copy'
    })
    expect(copy.body.Image).toMatchObject({
      BootModes: ['uefi'],
      TpmMandatory: true,
      RootDeviceType: 'bsu'
    })
  })

  it('accepts and ignores Iops on gp2 and standard volumes', async () => {
    const answer = await oapi('CreateVolume', {
      SubregionName: sim.subregion,
      Size: 10,
      VolumeType: 'gp2',
      Iops: 3000
    })
    expect(answer.status).toBe(200)
    expect(answer.body.Volume.Iops).toBe(100)
  })
})

describe('signing', () => {
  it("accepts a scope naming another region when lenient, as the real gateway does (osc-sdk-go v2's eu-west-2)", async () => {
    await withSim({ region: 'cloudgouv-eu-west-1' }, async (strict) => {
      const elsewhere = oapiCaller({ ...strict, region: 'eu-west-2' })
      expect((await elsewhere('ReadVms')).status).toBe(401)
    })
    await withSim(
      { region: 'cloudgouv-eu-west-1', fidelity: { lenientScopeRegion: true } },
      async (lenient) => {
        const elsewhere = oapiCaller({ ...lenient, region: 'eu-west-2' })
        expect((await elsewhere('ReadVms')).status).toBe(200)
      }
    )
  })
})

describe('the realistic profile', () => {
  it('turns every modelled behaviour on with its default, each still overridable', async () => {
    await withSim(
      { profile: 'realistic', fidelity: { maxConcurrentSnapshots: null } },
      async (sim, oapi) => {
        expect(REALISTIC_FIDELITY.readAfterCreateLagMs).toBeGreaterThan(0)
        const created = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })
        const id = created.body.Volume.VolumeId
        // Read-after-create lag is on...
        expect(await simResources(sim, oapi).read.volume(id)).toBeUndefined()
        // ...the not-found wording is the real one...
        const missing = await oapi('DeleteVolume', { VolumeId: 'vol-00000000' })
        expect(firstError(missing).Details).toBe("The VolumeId 'vol-00000000' doesn't exist.")
        // ...identical requests are throttled...
        const statuses = []
        for (let i = 0; i <= REALISTIC_FIDELITY.identicalRequests!.max; i++) {
          statuses.push((await oapi('ReadSubregions')).status)
        }
        expect(statuses.at(-1)).toBe(503)
      }
    )
  })

  it('refuses an unknown profile, naming the allowed ones', async () => {
    await expect(startSimulator({ profile: 'cloudy' as unknown as 'realistic' })).rejects.toThrow(
      "profile 'cloudy' is not one of test, realistic"
    )
  })
})
