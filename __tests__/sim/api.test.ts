/**
 * The simulator's wire behaviour: paths, envelopes, ids and dates, DryRun, the metadata service,
 * pagination, ClientToken idempotency, filters, visibility across accounts, tags, permissions,
 * image copies, injected faults, throttling and the call log. Every response is also checked
 * against the spec (strictResponses), so a field the real API does not have fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { describeWithSpec, warnIfNoSpec } from '../helpers/spec.js'
import { startSimulator, type Simulator } from '../../sim/index.js'
import { firstError, oapiCaller, waitFor, type OapiCall } from '../helpers/sim-client.js'

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

warnIfNoSpec('sim-api')

describe('simulator API', () => {
  let sim: Simulator
  let oapi: OapiCall

  beforeAll(async () => {
    sim = await startSimulator({ strictResponses: true })
    oapi = oapiCaller(sim)
  })
  afterAll(async () => {
    await sim.stop()
  })

  async function newVolume(extra: object = {}): Promise<string> {
    const answer = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1, ...extra })
    expect(answer.status).toBe(200)
    return answer.body.Volume.VolumeId
  }

  async function volumeState(id: string): Promise<string> {
    return (await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })).body.Volumes[0]?.State
  }

  describe('wire format', () => {
    it('answers with real ids, ISO dates with milliseconds, 12-digit accounts and a RequestId', async () => {
      const created = await oapi('CreateVolume', {
        SubregionName: sim.subregion,
        Size: 2,
        VolumeType: 'gp2'
      })
      expect(created.status).toBe(200)
      expect(created.body.Volume).toMatchObject({
        VolumeId: expect.stringMatching(/^vol-[0-9a-f]{8}$/),
        State: 'creating',
        Size: 2,
        VolumeType: 'gp2',
        SubregionName: sim.subregion,
        LinkedVolumes: [],
        Tags: []
      })
      expect(created.body.Volume.CreationDate).toMatch(ISO_MS)
      expect(created.body.ResponseContext.RequestId).toMatch(/^[0-9a-f-]{36}$/)
      const accounts = await oapi('ReadAccounts')
      expect(accounts.body.Accounts[0].AccountId).toMatch(/^\d{12}$/)
      expect(accounts.body.Accounts[0].AccountId).toBe(sim.accountId)
      expect(sim.vmId).toMatch(/^i-[0-9a-f]{8}$/)
    })

    it('answers errors in the real envelope, with the code as a string', async () => {
      const answer = await oapi('DeleteVolume', { VolumeId: 'vol-00000000' })
      expect(answer.status).toBe(400)
      expect(Object.keys(answer.body).sort()).toEqual(['Errors', 'ResponseContext'])
      expect(answer.body.Errors).toEqual([
        {
          Code: expect.stringMatching(/^\d+$/),
          Type: 'InvalidResource',
          Details: expect.any(String)
        }
      ])
      expect(answer.body.ResponseContext.RequestId).toEqual(expect.any(String))
    })

    it('serves /<Call> and /api/latest/<Call> as well as /api/v1/<Call>', async () => {
      const { AwsClient } = await import('aws4fetch')
      const client = new AwsClient({
        accessKeyId: sim.credentials.accessKey,
        secretAccessKey: sim.credentials.secretKey,
        service: 'api',
        region: sim.region,
        retries: 0
      })
      const root = sim.endpoint.replace(/\/api\/v1$/, '')
      for (const path of ['/ReadVms', '/api/latest/ReadVms', '/api/v1/ReadVms']) {
        const response = await client.fetch(`${root}${path}`, { method: 'POST', body: '{}' })
        expect({ path, status: response.status }).toEqual({ path, status: 200 })
      }
    })

    it('refuses GET with 405 code 2 and unknown calls with 400 no-such-call (5011)', async () => {
      const get = await fetch(`${sim.endpoint}/ReadVms`)
      expect(get.status).toBe(405)
      expect(((await get.json()) as { Errors: { Code: string }[] }).Errors[0].Code).toBe('2')
      const unknown = await oapi('ReadEverything')
      expect(unknown.status).toBe(400)
      expect(firstError(unknown)).toMatchObject({ Code: '5011', Type: 'InvalidResource' })
    })

    describeWithSpec('with the spec', () => {
      it('answers 501 to a call the spec has and the simulator lacks', async () => {
        const keypairs = await oapi('ReadKeypairs')
        expect(keypairs.status).toBe(501)
        expect(firstError(keypairs).Details).toContain('does not implement')
      })
    })

    it('refuses a body that is not a JSON object', async () => {
      const { AwsClient } = await import('aws4fetch')
      const client = new AwsClient({
        accessKeyId: sim.credentials.accessKey,
        secretAccessKey: sim.credentials.secretKey,
        service: 'api',
        region: sim.region,
        retries: 0
      })
      for (const body of ['{not json', '[1]']) {
        const response = await client.fetch(`${sim.endpoint}/ReadVms`, { method: 'POST', body })
        expect(response.status).toBe(400)
      }
    })

    it('answers DryRun with 200 and does nothing', async () => {
      const dry = await oapi('ReadVms', { DryRun: true })
      expect(dry.status).toBe(200)
      expect(Object.keys(dry.body)).toEqual(['ResponseContext'])
      const before = sim.resources().volumes.length
      expect(
        (await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1, DryRun: true })).status
      ).toBe(200)
      expect(sim.resources().volumes.length).toBe(before)
    })

    it('lists the two Subregions of its Region', async () => {
      const answer = await oapi('ReadSubregions')
      expect(answer.body.Subregions.map((s: { SubregionName: string }) => s.SubregionName)).toEqual(
        ['eu-west-2a', 'eu-west-2b']
      )
      const filtered = await oapi('ReadSubregions', { Filters: { SubregionNames: ['eu-west-2b'] } })
      expect(filtered.body.Subregions).toEqual([
        {
          SubregionName: 'eu-west-2b',
          RegionName: 'eu-west-2',
          State: 'available',
          LocationCode: 'PAR2'
        }
      ])
    })

    it('shows the runner VM with its root /dev/sda1 and its Placement', async () => {
      const answer = await oapi('ReadVms', { Filters: { VmIds: [sim.vmId] } })
      const vm = answer.body.Vms[0]
      expect(vm.Placement).toEqual({ SubregionName: sim.subregion, Tenancy: 'default' })
      expect(vm.RootDeviceName).toBe('/dev/sda1')
      expect(vm.BlockDeviceMappings).toEqual([
        {
          DeviceName: '/dev/sda1',
          Bsu: {
            VolumeId: expect.stringMatching(/^vol-/),
            State: 'attached',
            LinkDate: expect.stringMatching(ISO_MS),
            DeleteOnVmDeletion: true
          }
        }
      ])
    })
  })

  describe('metadata service', () => {
    it('answers instance-id and placement/availability-zone, and 404 for anything else', async () => {
      const id = await fetch(`${sim.metadataEndpoint}/latest/meta-data/instance-id`)
      expect(await id.text()).toBe(sim.vmId)
      const zone = await fetch(
        `${sim.metadataEndpoint}/latest/meta-data/placement/availability-zone`
      )
      expect(await zone.text()).toBe('eu-west-2a')
      expect((await fetch(`${sim.metadataEndpoint}/latest/meta-data/ami-id`)).status).toBe(404)
      expect((await fetch(`${sim.metadataEndpoint}/latest/user-data`)).status).toBe(404)
    })
  })

  describe('pagination', () => {
    it('pages with ResultsPerPage and an opaque NextPageToken until the last page', async () => {
      for (let i = 0; i < 5; i++) await sim.seedImage({ kind: 'ext4-whole', name: `paged-${i}` })
      const names: string[] = []
      const tokens: string[] = []
      let token: string | undefined
      let pages = 0
      do {
        const answer = await oapi('ReadImages', {
          Filters: { ImageNames: ['paged-*'] },
          ResultsPerPage: 2,
          ...(token && { NextPageToken: token })
        })
        expect(answer.status).toBe(200)
        expect(answer.body.Images.length).toBeLessThanOrEqual(2)
        names.push(...answer.body.Images.map((image: { ImageName: string }) => image.ImageName))
        token = answer.body.NextPageToken
        if (token) tokens.push(token)
        pages++
      } while (token)
      expect(pages).toBe(3)
      // Opaque, but base64 as the spec's format: byte says.
      for (const each of tokens) expect(Buffer.from(each, 'base64').toString('base64')).toBe(each)
      expect(names.sort()).toEqual(['paged-0', 'paged-1', 'paged-2', 'paged-3', 'paged-4'])
    })

    it('answers everything on one page without ResultsPerPage', async () => {
      const answer = await oapi('ReadImages', { Filters: { ImageNames: ['paged-*'] } })
      expect(answer.body.Images).toHaveLength(5)
      expect(answer.body.NextPageToken).toBeUndefined()
    })
  })

  describe('ClientToken idempotency', () => {
    it('answers a repeated CreateVolume with the same volume', async () => {
      const first = await oapi('CreateVolume', {
        SubregionName: sim.subregion,
        Size: 1,
        ClientToken: 'vol-token-1'
      })
      const again = await oapi('CreateVolume', {
        SubregionName: sim.subregion,
        Size: 1,
        ClientToken: 'vol-token-1'
      })
      expect(again.body.Volume.VolumeId).toBe(first.body.Volume.VolumeId)
      expect(again.body.Volume.ClientToken).toBe('vol-token-1')
      const found = await oapi('ReadVolumes', { Filters: { ClientTokens: ['vol-token-1'] } })
      expect(found.body.Volumes).toHaveLength(1)
    })

    it('answers a repeated CreateSnapshot with the same snapshot', async () => {
      const volumeId = await newVolume()
      await waitFor(
        () => volumeState(volumeId),
        (state) => state === 'available',
        'volume available'
      )
      const first = await oapi('CreateSnapshot', {
        VolumeId: volumeId,
        ClientToken: 'snap-token-1'
      })
      const again = await oapi('CreateSnapshot', {
        VolumeId: volumeId,
        ClientToken: 'snap-token-1'
      })
      expect(first.status).toBe(200)
      expect(again.body.Snapshot.SnapshotId).toBe(first.body.Snapshot.SnapshotId)
    })
  })

  describe('filters and visibility', () => {
    let foreign: { imageId: string; snapshotId: string; name: string }

    beforeAll(async () => {
      foreign = await sim.seedImage({
        kind: 'ext4-partitioned',
        owner: 'foreign',
        name: 'Debian-12-sim'
      })
      await sim.seedImage({ kind: 'ext4-partitioned', name: 'Debian-12-mine' })
      await sim.seedImage({ kind: 'ext4-partitioned', name: 'Ubuntu-24-mine' })
    })

    it('matches ImageNames exactly or with * wildcards', async () => {
      const names = async (filter: string[]): Promise<string[]> =>
        (await oapi('ReadImages', { Filters: { ImageNames: filter } })).body.Images.map(
          (i: { ImageName: string }) => i.ImageName
        ).sort()
      expect(await names(['Debian-12-sim'])).toEqual(['Debian-12-sim'])
      expect(await names(['Debian-12'])).toEqual([])
      expect(await names(['Debian-12-*'])).toEqual(['Debian-12-mine', 'Debian-12-sim'])
      expect(await names(['*-mine'])).toEqual(['Debian-12-mine', 'Ubuntu-24-mine'])
      expect(await names(['Ubuntu*', 'Debian-12-sim'])).toEqual(['Debian-12-sim', 'Ubuntu-24-mine'])
    })

    it('lists public images of the Outscale account, filterable by alias and account id', async () => {
      const byAlias = await oapi('ReadImages', { Filters: { AccountAliases: ['Outscale'] } })
      expect(byAlias.body.Images.map((i: { ImageId: string }) => i.ImageId)).toEqual([
        foreign.imageId
      ])
      expect(byAlias.body.Images[0]).toMatchObject({
        AccountId: sim.foreignAccountId,
        AccountAlias: 'Outscale',
        PermissionsToLaunch: { GlobalPermission: true, AccountIds: [] },
        State: 'available'
      })
      const mine = await oapi('ReadImages', {
        Filters: { AccountIds: [sim.accountId], ImageNames: ['Debian-12-*'] }
      })
      expect(mine.body.Images.map((i: { ImageName: string }) => i.ImageName)).toEqual([
        'Debian-12-mine'
      ])
    })

    it("keeps another account's snapshots invisible and unusable", async () => {
      const snapshots = await oapi('ReadSnapshots', {
        Filters: { SnapshotIds: [foreign.snapshotId] }
      })
      expect(snapshots.body.Snapshots).toEqual([])
      const volume = await oapi('CreateVolume', {
        SubregionName: sim.subregion,
        SnapshotId: foreign.snapshotId
      })
      expect(volume.status).toBe(400)
      expect(firstError(volume).Type).toBe('InvalidResource')
    })

    it('copies a public image into our account with copies of its snapshots (pending, then available)', async () => {
      const copy = await oapi('CreateImage', {
        SourceImageId: foreign.imageId,
        SourceRegionName: sim.region,
        ImageName: 'Debian-12-copy'
      })
      expect(copy.status).toBe(200)
      expect(copy.body.Image).toMatchObject({
        State: 'pending',
        AccountId: sim.accountId,
        ImageName: 'Debian-12-copy'
      })
      const snapshotId = copy.body.Image.BlockDeviceMappings[0].Bsu.SnapshotId
      expect(snapshotId).not.toBe(foreign.snapshotId)
      const image = await waitFor(
        async () =>
          (await oapi('ReadImages', { Filters: { ImageIds: [copy.body.Image.ImageId] } })).body
            .Images[0],
        (found) => found.State !== 'pending',
        'image copy'
      )
      expect(image.State).toBe('available')
      const snapshot = (await oapi('ReadSnapshots', { Filters: { SnapshotIds: [snapshotId] } }))
        .body.Snapshots[0]
      expect(snapshot).toMatchObject({
        AccountId: sim.accountId,
        State: 'completed',
        VolumeSize: 1
      })
      const volume = await oapi('CreateVolume', {
        SubregionName: sim.subregion,
        SnapshotId: snapshotId
      })
      expect(volume.status).toBe(200)
    })

    it('filters volumes by tag key, value and KEY=VALUE, and by state and type', async () => {
      const a = await newVolume({ VolumeType: 'gp2' })
      const b = await newVolume()
      expect(
        (await oapi('CreateTags', { ResourceIds: [a], Tags: [{ Key: 'build', Value: 'one' }] }))
          .status
      ).toBe(200)
      expect(
        (await oapi('CreateTags', { ResourceIds: [b], Tags: [{ Key: 'build', Value: 'two' }] }))
          .status
      ).toBe(200)
      const ids = async (filters: object): Promise<string[]> =>
        (await oapi('ReadVolumes', { Filters: filters })).body.Volumes.map(
          (v: { VolumeId: string }) => v.VolumeId
        ).sort()
      expect(await ids({ TagKeys: ['build'] })).toEqual([a, b].sort())
      expect(await ids({ TagValues: ['two'] })).toEqual([b])
      expect(await ids({ Tags: ['build=one'] })).toEqual([a])
      expect(await ids({ Tags: ['build=one'], VolumeTypes: ['standard'] })).toEqual([])
      expect(await ids({ VolumeIds: [a, b], VolumeTypes: ['gp2'] })).toEqual([a])
      const volume = (await oapi('ReadVolumes', { Filters: { VolumeIds: [a] } })).body.Volumes[0]
      expect(volume.Tags).toEqual([{ Key: 'build', Value: 'one' }])
    })

    it('refuses a filter key it does not implement instead of ignoring it', async () => {
      const answer = await oapi('ReadVolumes', {
        Filters: { CreationDates: ['2020-01-01T00:00:00.000Z'] }
      })
      expect(answer.status).toBe(501)
      expect(firstError(answer).Details).toContain('CreationDates')
    })
  })

  describe('tags and permissions', () => {
    it('replaces a tag value, and deletes a tag only when a given value matches', async () => {
      const id = await newVolume()
      await oapi('CreateTags', { ResourceIds: [id], Tags: [{ Key: 'k', Value: 'v1' }] })
      await oapi('CreateTags', { ResourceIds: [id], Tags: [{ Key: 'k', Value: 'v2' }] })
      const tags = async (): Promise<unknown> =>
        (await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })).body.Volumes[0].Tags
      expect(await tags()).toEqual([{ Key: 'k', Value: 'v2' }])
      await oapi('DeleteTags', { ResourceIds: [id], Tags: [{ Key: 'k', Value: 'v1' }] })
      expect(await tags()).toEqual([{ Key: 'k', Value: 'v2' }])
      await oapi('DeleteTags', { ResourceIds: [id], Tags: [{ Key: 'k', Value: 'v2' }] })
      expect(await tags()).toEqual([])
    })

    it('shares an image with an account and makes it public, then private again', async () => {
      const { imageId } = await sim.seedImage({ kind: 'ext4-whole', name: 'to-share' })
      const shared = await oapi('UpdateImage', {
        ImageId: imageId,
        PermissionsToLaunch: { Additions: { AccountIds: ['123456789012'] } }
      })
      expect(shared.body.Image.PermissionsToLaunch).toEqual({
        AccountIds: ['123456789012'],
        GlobalPermission: false
      })
      const publicImage = await oapi('UpdateImage', {
        ImageId: imageId,
        PermissionsToLaunch: { Additions: { GlobalPermission: true } }
      })
      expect(publicImage.body.Image.PermissionsToLaunch.GlobalPermission).toBe(true)
      const found = await oapi('ReadImages', {
        Filters: { PermissionsToLaunchGlobalPermission: true, ImageIds: [imageId] }
      })
      expect(found.body.Images).toHaveLength(1)
      const privateAgain = await oapi('UpdateImage', {
        ImageId: imageId,
        PermissionsToLaunch: { Removals: { GlobalPermission: true, AccountIds: ['123456789012'] } }
      })
      expect(privateAgain.body.Image.PermissionsToLaunch).toEqual({
        AccountIds: [],
        GlobalPermission: false
      })
      expect(sim.resources().permissions).toContainEqual({
        resourceId: imageId,
        kind: 'image',
        accountIds: [],
        global: false
      })
    })

    it('shares a snapshot for volume creation with UpdateSnapshot', async () => {
      const { snapshotId } = await sim.seedImage({ kind: 'ext4-whole', name: 'snapshot-share' })
      const answer = await oapi('UpdateSnapshot', {
        SnapshotId: snapshotId,
        PermissionsToCreateVolume: { Additions: { AccountIds: ['210987654321'] } }
      })
      expect(answer.status).toBe(200)
      expect(answer.body.Snapshot.PermissionsToCreateVolume).toEqual({
        AccountIds: ['210987654321'],
        GlobalPermission: false
      })
    })
  })

  describe('faults and the call log', () => {
    it('fails the next N calls with the injected status and code, then recovers', async () => {
      sim.injectFault({ call: 'CreateVolume', status: 503, code: '6', times: 2 })
      const answers = []
      for (let i = 0; i < 3; i++)
        answers.push(await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 }))
      expect(answers.map((a) => a.status)).toEqual([503, 503, 200])
      expect(firstError(answers[0])).toMatchObject({ Code: '6', Type: 'AccessDenied' })
      const log = sim
        .calls()
        .filter((entry) => entry.call === 'CreateVolume')
        .slice(-3)
      expect(log.map((entry) => [entry.status, entry.code])).toEqual([
        [503, '6'],
        [503, '6'],
        [200, undefined]
      ])
      expect(log[0].requestId).toBe(answers[0].body.ResponseContext.RequestId)
      expect(log[0].at).toBeLessThanOrEqual(log[2].at)
    })

    it("fails any call with '*' and keeps other calls untouched by a call-specific fault", async () => {
      sim.injectFault({ call: 'DeleteVolume', status: 500, code: '0', times: 1 })
      expect((await oapi('ReadVms')).status).toBe(200)
      sim.injectFault({ call: '*', status: 429, code: '25', times: 1 })
      const throttled = await oapi('ReadVms')
      expect(throttled.status).toBe(429)
      expect(firstError(throttled)).toMatchObject({ Code: '25', Type: 'AccessDenied' })
      const failed = await oapi('DeleteVolume', { VolumeId: 'vol-00000000' })
      expect(failed.status).toBe(500)
    })
  })
})

describe('simulator throttling', () => {
  it('answers 429 code 24 when the account goes over its rate', async () => {
    const sim = await startSimulator({ throttle: { perSecond: 1 } })
    try {
      const oapi = oapiCaller(sim)
      const statuses: number[] = []
      const codes: string[] = []
      for (let i = 0; i < 6; i++) {
        const answer = await oapi('ReadVms')
        statuses.push(answer.status)
        if (answer.status !== 200) codes.push(firstError(answer).Code)
      }
      expect(statuses[0]).toBe(200)
      expect(statuses).toContain(429)
      expect(new Set(codes)).toEqual(new Set(['24']))
    } finally {
      await sim.stop()
    }
  })

  it('answers 429 code 25 when one call goes over its per-call rate', async () => {
    const sim = await startSimulator({ throttle: { perCallPerSecond: 1 } })
    try {
      const oapi = oapiCaller(sim)
      const answers = []
      for (let i = 0; i < 6; i++) answers.push(await oapi('ReadVolumes'))
      expect(answers.map((a) => a.status)).toContain(429)
      expect(answers.filter((a) => a.status === 429).map((a) => firstError(a).Code)).toContain('25')
    } finally {
      await sim.stop()
    }
  })

  it('pages by default when told to (defaultResultsPerPage)', async () => {
    const sim = await startSimulator({ defaultResultsPerPage: 1 })
    try {
      const oapi = oapiCaller(sim)
      await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })
      const first = await oapi('ReadVolumes')
      expect(first.body.Volumes).toHaveLength(1)
      const second = await oapi('ReadVolumes', { NextPageToken: first.body.NextPageToken })
      expect(second.body.Volumes).toHaveLength(1)
      expect(second.body.Volumes[0].VolumeId).not.toBe(first.body.Volumes[0].VolumeId)
      expect(second.body.NextPageToken).toBeUndefined()
    } finally {
      await sim.stop()
    }
  })
})
