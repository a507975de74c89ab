/**
 * The client against the simulator: two independent implementations of the same API (the client
 * signs with aws4fetch; the simulator verifies with its own SigV4 and checks every body against
 * the official spec), so where either is wrong, these fail.
 */
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import {
  OapiClient,
  OapiError,
  WaitError,
  waitForSnapshotCompleted,
  waitForVolumeAvailable,
  type WaitProgress
} from '../../src/oapi/index.js'

describe('OapiClient against the simulator', () => {
  let sim: Simulator
  let client: OapiClient
  const fastRetries = { baseDelayMs: 10, maxDelayMs: 50 }

  beforeAll(async () => {
    sim = await startSimulator({
      latency: TEST_LATENCY,
      defaultResultsPerPage: 2,
      strictResponses: true
    })
    client = new OapiClient({
      endpoint: sim.endpoint,
      region: sim.region,
      accessKey: sim.credentials.accessKey,
      secretKey: sim.credentials.secretKey,
      retry: fastRetries
    })
  })

  afterAll(async () => {
    await client?.close()
    await sim?.stop()
  })

  it('is accepted: signature, region and request bodies agree with the simulator', async () => {
    await client.call('ReadVms', { DryRun: true })
    const [vm] = await client.readVms({ VmIds: [sim.vmId] })
    expect(vm.Placement?.SubregionName).toBe(sim.subregion)
    const [account] = await client.readAccounts()
    expect(account.AccountId).toBe(sim.accountId)
  })

  it('is refused with a wrong secret key: 401 code 1, not retried', async () => {
    const wrong = new OapiClient({
      endpoint: sim.endpoint,
      region: sim.region,
      accessKey: sim.credentials.accessKey,
      secretKey: 'not-the-key',
      retry: fastRetries
    })
    const error = await wrong.call('ReadVms', {}).catch((e: unknown) => e)
    await wrong.close()
    expect(error).toBeInstanceOf(OapiError)
    expect(error).toMatchObject({ httpStatus: 401, code: '1', attempts: 1 })
    expect((error as Error).message).not.toContain('not-the-key')
  })

  it('rides out a burst of throttling (429 code 24/25, 503 code 6) on a create', async () => {
    sim.injectFault({ call: 'CreateVolume', status: 429, code: '24', times: 1 })
    sim.injectFault({ call: 'CreateVolume', status: 429, code: '25', times: 1 })
    sim.injectFault({ call: 'CreateVolume', status: 503, code: '6', times: 1 })
    const before = sim.calls().filter((c) => c.call === 'CreateVolume').length
    const volume = await client.createVolume({
      SubregionName: sim.subregion,
      Size: 1,
      VolumeType: 'gp2'
    })
    const attempts = sim.calls().filter((c) => c.call === 'CreateVolume').length - before
    expect(attempts).toBe(4)
    expect(sim.resources().volumes.filter((v) => v.VolumeId === volume.VolumeId)).toHaveLength(1)
    await waitForVolumeAvailable(client, volume.VolumeId, { timeoutSeconds: 10 })
    await client.deleteVolume({ VolumeId: volume.VolumeId })
  })

  it('gives up on a persistent error within its bounds, naming the call, code and request id', async () => {
    // Exactly as many failures as the client may attempt: it must give up, and use them all.
    sim.injectFault({ call: 'ReadVolumes', status: 503, code: '6', times: 3 })
    const bounded = new OapiClient({
      endpoint: sim.endpoint,
      region: sim.region,
      ...sim.credentials,
      retry: { ...fastRetries, maxAttempts: 3 }
    })
    const error = (await bounded.readVolumes().catch((e: unknown) => e)) as OapiError
    await bounded.close()
    expect(error).toBeInstanceOf(OapiError)
    expect(error.attempts).toBe(3)
    expect(error.message).toMatch(/ReadVolumes/)
    expect(error.message).toMatch(/\b6\b/)
    expect(error.requestId).toMatch(/\S/)
    expect(error.message).toContain(error.requestId!)
  })

  it('decodes the error envelope of a semantic refusal', async () => {
    const error = (await client
      .deleteVolume({ VolumeId: 'vol-00000000' })
      .catch((e: unknown) => e)) as OapiError
    expect(error).toBeInstanceOf(OapiError)
    expect(error.httpStatus).toBeGreaterThanOrEqual(400)
    expect(error.type).toMatch(/\S/)
    expect(error.code).toMatch(/^\d+$/)
  })

  it('follows NextPageToken across pages', async () => {
    const created = []
    for (let i = 0; i < 5; i++)
      created.push(await client.createVolume({ SubregionName: sim.subregion, Size: 1 }))
    const ids = created.map((v) => v.VolumeId)
    const pageCallsBefore = sim.calls().filter((c) => c.call === 'ReadVolumes').length
    const read = await client.readVolumes({ VolumeIds: ids })
    expect(read.map((v) => v.VolumeId).sort()).toEqual([...ids].sort())
    expect(sim.calls().filter((c) => c.call === 'ReadVolumes').length - pageCallsBefore).toBe(3)
    for (const id of ids) {
      await waitForVolumeAvailable(client, id, { timeoutSeconds: 10 })
      await client.deleteVolume({ VolumeId: id })
    }
  })

  it('waits through snapshot progress and stops on a fail state', async () => {
    const volume = await client.createVolume({ SubregionName: sim.subregion, Size: 1 })
    await waitForVolumeAvailable(client, volume.VolumeId, { timeoutSeconds: 10 })
    const progress: WaitProgress[] = []
    const snapshot = await client.createSnapshot({ VolumeId: volume.VolumeId })
    const done = await waitForSnapshotCompleted(client, snapshot.SnapshotId, {
      timeoutSeconds: 10,
      onProgress: (p) => progress.push(p)
    })
    expect(done.State).toBe('completed')
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.every((p, i) => i === 0 || p.elapsedMs >= progress[i - 1].elapsedMs)).toBe(true)

    sim.failResource({ kind: 'volume', to: 'error' })
    const broken = await client.createVolume({ SubregionName: sim.subregion, Size: 1 })
    const error = await waitForVolumeAvailable(client, broken.VolumeId, {
      timeoutSeconds: 10
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WaitError)
    expect(error).toMatchObject({ reason: 'failed', phase: 'volume', lastState: 'error' })

    await client.deleteSnapshot({ SnapshotId: snapshot.SnapshotId })
    await client.deleteVolume({ VolumeId: volume.VolumeId })
    await client.deleteVolume({ VolumeId: broken.VolumeId }).catch(() => undefined)
  })

  it('hits the phase deadline on a stuck resource', async () => {
    sim.failResource({ kind: 'snapshot', to: 'stuck' })
    const volume = await client.createVolume({ SubregionName: sim.subregion, Size: 1 })
    await waitForVolumeAvailable(client, volume.VolumeId, { timeoutSeconds: 10 })
    const snapshot = await client.createSnapshot({ VolumeId: volume.VolumeId })
    // A stuck snapshot never completes: any deadline proves it, the shortest costs least.
    const error = await waitForSnapshotCompleted(client, snapshot.SnapshotId, {
      timeoutSeconds: 0.2
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WaitError)
    expect(error).toMatchObject({ reason: 'timeout', phase: 'snapshot' })
    expect((error as Error).message).toMatch(/snapshot/)
  })
})
