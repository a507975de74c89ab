import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { OapiClient, toResourceTags, type OapiClientOptions } from '../../src/oapi/client.js'
import { OapiError } from '../../src/oapi/errors.js'
import { hasOpenssl, selfSignedCertificate } from '../helpers/tls-proxy.js'
import { backoffDelayMs, defaultRetryPolicy } from '../../src/oapi/retry.js'
import {
  oapiError,
  ok,
  scripted,
  startFakeServer,
  throttledPerAccount,
  throttledPlatform,
  verifyRecordedRequest,
  type FakeReply,
  type FakeServer,
  type Handler
} from '../helpers/fake-oapi.js'

const accessKey = 'AKIDTEST000000000000'
const secretKey = 'sEcReT/KEY+that-must-never-be-printed'
const startTime = Date.parse('2025-01-15T10:30:00Z')

/** A fake clock whose sleep advances it instantly, recording each wait. */
function fakeTime() {
  let now = startTime
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number, signal?: AbortSignal) => {
      sleeps.push(ms)
      now += ms
      signal?.throwIfAborted()
    }
  }
}

let servers: FakeServer[] = []
let clients: OapiClient[] = []
let stdout: string[] = []

beforeEach(() => {
  // @actions/core logs by writing workflow commands to stdout: capture them (and keep the
  // test output clean) so tests can check what was logged.
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(async () => {
  jest.restoreAllMocks()
  await Promise.all(clients.map((client) => client.close()))
  await Promise.all(servers.map((server) => server.close()))
  clients = []
  servers = []
})

async function serve(handler: Handler): Promise<FakeServer> {
  const server = await startFakeServer(handler)
  servers.push(server)
  return server
}

function clientFor(server: FakeServer, options: Partial<OapiClientOptions> = {}) {
  const time = fakeTime()
  const client = new OapiClient({
    endpoint: server.endpoint,
    region: 'eu-west-2',
    accessKey,
    secretKey,
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...options
  })
  clients.push(client)
  return { client, time }
}

async function rejection(promise: Promise<unknown>): Promise<OapiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof OapiError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

describe('the request the client sends', () => {
  it('POSTs signed JSON to /api/v1/<Call> and returns the typed reply', async () => {
    const server = await serve(() =>
      ok({ Volumes: [{ VolumeId: 'vol-12345678', State: 'available', Size: 10 }] })
    )
    const { client } = clientFor(server)

    const volumes = await client.readVolumes({ VolumeIds: ['vol-12345678'] })

    expect(volumes).toEqual([{ VolumeId: 'vol-12345678', State: 'available', Size: 10 }])
    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request.method).toBe('POST')
    expect(request.path).toBe('/api/v1/ReadVolumes')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.body).toBe('{"Filters":{"VolumeIds":["vol-12345678"]}}')
    expect(request.headers['x-amz-date']).toBe('20250115T103000Z')
    expect(request.headers['user-agent']).toBe('osc-chroot')

    expect(request.headers.authorization).toMatch(
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${accessKey}/20250115/eu-west-2/api/aws4_request, ` +
          'SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$'
      )
    )
    expect(verifyRecordedRequest(request, secretKey)).toBe(true)
  })

  it('is caught by the verifier when the body, the secret or the host differ', async () => {
    const server = await serve(() => ok({ Volumes: [] }))
    const { client } = clientFor(server)
    await client.readVolumes({ VolumeIds: ['vol-12345678'] })
    const [request] = server.requests

    expect(
      verifyRecordedRequest({ ...request, body: request.body.replace('5678', '5679') }, secretKey)
    ).toBe(false)
    expect(verifyRecordedRequest(request, `${secretKey}x`)).toBe(false)
    expect(
      verifyRecordedRequest(
        { ...request, headers: { ...request.headers, host: 'evil:1' } },
        secretKey
      )
    ).toBe(false)
  })

  it('sends {} for a call without parameters, and a custom user agent', async () => {
    const server = await serve(() => ok({ Accounts: [{ AccountId: '123456789012' }] }))
    const { client } = clientFor(server, { userAgent: 'osc-chroot/1.2.3 (test)' })

    expect(await client.readAccounts()).toEqual([{ AccountId: '123456789012' }])
    expect(server.requests[0].body).toBe('{}')
    expect(server.requests[0].headers['user-agent']).toBe('osc-chroot/1.2.3 (test)')
  })

  it('reports every HTTP request, retries included, to onRequest', async () => {
    const server = await serve(
      scripted({ ReadVms: [throttledPerAccount()] }, () => ok({ Vms: [] }))
    )
    const seen: string[] = []
    const { client } = clientFor(server, { onRequest: (call) => seen.push(call) })

    await client.readVms({ VmIds: ['i-12345678'] })
    await client.readRegions()
    expect(seen).toEqual(['ReadVms', 'ReadVms', 'ReadRegions'])
  })

  it('refuses an endpoint that is not an http(s) URL', () => {
    const options = { region: 'eu-west-2', accessKey, secretKey }
    expect(() => new OapiClient({ ...options, endpoint: 'api.eu-west-2.outscale.com' })).toThrow(
      /is not a URL; build it with resolveEndpoint/
    )
    expect(() => new OapiClient({ ...options, endpoint: 'ftp://x/api/v1' })).toThrow(
      /http:\/\/ or https/
    )
    expect(
      () => new OapiClient({ ...options, region: '', endpoint: 'http://127.0.0.1/api/v1' })
    ).toThrow(/needs a region/)
  })

  it('turns a tag map into OAPI tags', () => {
    expect(toResourceTags({ Name: 'app', team: '' })).toEqual([
      { Key: 'Name', Value: 'app' },
      { Key: 'team', Value: '' }
    ])
  })
})

describe('retries', () => {
  it('retries a burst of 429 (codes 24, 25) and 503 (code 6), re-signing each attempt', async () => {
    const server = await serve(
      scripted({
        ReadSnapshots: [
          throttledPerAccount(),
          oapiError(429, '25', 'AccessDenied'),
          throttledPlatform(),
          ok({ Snapshots: [{ SnapshotId: 'snap-12345678', State: 'completed' }] })
        ]
      })
    )
    const { client, time } = clientFor(server)

    const snapshots = await client.readSnapshots({ SnapshotIds: ['snap-12345678'] })

    expect(snapshots.map((s) => s.SnapshotId)).toEqual(['snap-12345678'])
    expect(server.requests).toHaveLength(4)
    // Full jitter with random() = 0.5: half of 500, 1000, 2000 ms.
    expect(time.sleeps).toEqual([250, 500, 1000])
    // Each attempt is signed anew at the (fake) time it is sent: start, +250, +750, +1750 ms.
    const dates = server.requests.map((r) => r.headers['x-amz-date'])
    expect(dates).toEqual([
      '20250115T103000Z',
      '20250115T103000Z',
      '20250115T103000Z',
      '20250115T103001Z'
    ])
    for (const request of server.requests) {
      expect(request.body).toBe(server.requests[0].body)
      expect(verifyRecordedRequest(request, secretKey)).toBe(true)
    }
  })

  it('sends a 409 on LinkVolume once and fails with the conflict explained', async () => {
    const server = await serve(
      scripted({ LinkVolume: [oapiError(409, '9004', 'ResourceConflict', ''), ok()] })
    )
    const { client } = clientFor(server)
    const error = await rejection(
      client.linkVolume({ VolumeId: 'vol-1', VmId: 'i-1', DeviceName: '/dev/xvdf' })
    )
    expect(server.requestsTo('LinkVolume')).toHaveLength(1)
    expect(error).toMatchObject({ httpStatus: 409, code: '9004', retryable: false, attempts: 1 })
    expect(error.message).toContain('not in a state that allows LinkVolume (a conflict, HTTP 409)')
  })

  it('does not retry a 409 even for a Read call', async () => {
    const server = await serve(() => oapiError(409, '6007', 'InvalidState'))
    const { client } = clientFor(server)
    await rejection(client.readVolumes({ VolumeIds: ['vol-1'] }))
    expect(server.requests).toHaveLength(1)
  })

  it('retries 503 without an OAPI body for a Read call, never for a write', async () => {
    const server = await serve(
      scripted({
        ReadImages: [{ status: 503, text: '<html>Service Unavailable</html>' }, ok({ Images: [] })],
        CreateTags: [{ status: 503, text: '<html>Service Unavailable</html>' }, ok()]
      })
    )
    const { client } = clientFor(server)
    await expect(client.readImages({ ImageIds: ['ami-1'] })).resolves.toEqual([])
    expect(server.requestsTo('ReadImages')).toHaveLength(2)
    const error = await rejection(
      client.createTags({ ResourceIds: ['ami-1'], Tags: [{ Key: 'a', Value: 'b' }] })
    )
    expect(server.requestsTo('CreateTags')).toHaveLength(1)
    expect(error.message).toContain('CreateTags is not idempotent')
  })

  it('does not retry a 503 carrying an OAPI code other than 6', async () => {
    const server = await serve(() => oapiError(503, '3', 'ServiceUnavailable', 'maintenance'))
    const { client } = clientFor(server)
    const error = await rejection(client.readVolumes({ VolumeIds: ['vol-1'] }))
    expect(server.requests).toHaveLength(1)
    expect(error.retryable).toBe(false)
  })

  it('resends even CreateImage when the connection was refused (never reached the server)', async () => {
    const closed = await startFakeServer(() => ok())
    const endpoint = closed.endpoint
    await closed.close()
    const sent: string[] = []
    const time = fakeTime()
    const client = new OapiClient({
      endpoint,
      region: 'eu-west-2',
      accessKey,
      secretKey,
      sleep: time.sleep,
      now: time.now,
      random: () => 0.5,
      retry: { maxAttempts: 3 },
      onRequest: (call) => sent.push(call)
    })
    clients.push(client)
    const error = await rejection(
      client.createImage({
        ImageName: 'x-1',
        SourceImageId: 'ami-1',
        SourceRegionName: 'eu-west-2'
      })
    )
    expect(sent).toEqual(['CreateImage', 'CreateImage', 'CreateImage'])
    expect(error.message).toContain('ECONNREFUSED')
    expect(error.message).toContain('Gave up after 3 attempts')
  })

  it.each([500, 502, 504])('retries HTTP %i for a Read call', async (status) => {
    const server = await serve(
      scripted({ ReadImages: [{ status, text: 'oops' }, ok({ Images: [] })] })
    )
    const { client } = clientFor(server)
    await expect(client.readImages({ ImageIds: ['ami-1'] })).resolves.toEqual([])
    expect(server.requests).toHaveLength(2)
  })

  it('retries a dropped connection for a Read call', async () => {
    const server = await serve(
      scripted({
        ReadVms: [{ dropConnection: true }, ok({ Vms: [{ VmId: 'i-1', State: 'running' }] })]
      })
    )
    const { client } = clientFor(server)
    await expect(client.readVms()).resolves.toHaveLength(1)
    expect(server.requests).toHaveLength(2)
  })

  it.each([
    [
      'LinkVolume',
      (c: OapiClient) => c.linkVolume({ VolumeId: 'vol-1', VmId: 'i-1', DeviceName: '/dev/xvdf' })
    ],
    ['DeleteVolume', (c: OapiClient) => c.deleteVolume({ VolumeId: 'vol-1' })],
    [
      'CreateImage',
      (c: OapiClient) =>
        c.createImage({ ImageName: 'x-1', SourceImageId: 'ami-1', SourceRegionName: 'eu-west-2' })
    ],
    [
      'CreateTags',
      (c: OapiClient) => c.createTags({ ResourceIds: ['vol-1'], Tags: [{ Key: 'a', Value: 'b' }] })
    ]
  ])('does not retry HTTP 500 for %s, which is not idempotent', async (call, send) => {
    const server = await serve(() => oapiError(500, '0', 'DefaultError', 'internal'))
    const { client } = clientFor(server)
    const error = await rejection(send(client))
    expect(server.requests).toHaveLength(1)
    expect(error).toMatchObject({ call, httpStatus: 500, retryable: false, attempts: 1 })
    expect(error.message).toContain(`${call} is not idempotent, so it was not retried`)
  })

  it('does not retry a dropped connection for a non-idempotent write', async () => {
    const server = await serve(() => ({ dropConnection: true }))
    const { client } = clientFor(server)
    const error = await rejection(client.unlinkVolume({ VolumeId: 'vol-1' }))
    expect(server.requests).toHaveLength(1)
    expect(error.httpStatus).toBeUndefined()
    expect(error.message).toMatch(
      /^UnlinkVolume failed: no response from http:\/\/127\.0\.0\.1:\d+\/api\/v1\/UnlinkVolume/
    )
    expect(error.message).toContain('may or may not have taken effect')
  })

  it('makes CreateVolume idempotent: one ClientToken per logical call, reused by its retries', async () => {
    const server = await serve(
      scripted({ CreateVolume: [{ status: 500, text: '' }, { dropConnection: true }] }, (request) =>
        ok({
          Volume: {
            VolumeId: `vol-0000000${server.requests.length}`,
            State: 'creating',
            ...JSON.parse(request.body)
          }
        })
      )
    )
    const { client } = clientFor(server)

    const volume = await client.createVolume({ SubregionName: 'eu-west-2a', Size: 10 })
    const second = await client.createVolume({ SubregionName: 'eu-west-2a', Size: 10 })
    const mine = await client.createVolume({
      SubregionName: 'eu-west-2a',
      Size: 10,
      ClientToken: 'my-token'
    })

    const tokens = server.requests.map((r) => JSON.parse(r.body).ClientToken as string)
    expect(tokens).toHaveLength(5)
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(tokens.slice(0, 3)).toEqual([tokens[0], tokens[0], tokens[0]])
    expect(tokens[3]).not.toBe(tokens[0])
    expect(tokens[4]).toBe('my-token')
    expect(volume.ClientToken).toBe(tokens[0])
    expect(second.ClientToken).toBe(tokens[3])
    expect(mine.ClientToken).toBe('my-token')
  })

  it('makes CreateSnapshot idempotent the same way', async () => {
    const server = await serve(
      scripted({ CreateSnapshot: [{ status: 502, text: 'bad gateway' }] }, () =>
        ok({ Snapshot: { SnapshotId: 'snap-1', State: 'pending' } })
      )
    )
    const { client } = clientFor(server)
    await client.createSnapshot({ VolumeId: 'vol-1', Description: 'root' })
    const bodies = server.requests.map((r) => JSON.parse(r.body))
    expect(bodies).toHaveLength(2)
    expect(bodies[0].ClientToken).toBeTruthy()
    expect(bodies[1]).toEqual(bodies[0])
  })

  it('does not retry a client error (400) even for a Read call', async () => {
    const server = await serve(() => oapiError(400, '4078', 'InvalidParameterValue', 'bad filter'))
    const { client } = clientFor(server)
    const error = await rejection(client.readVolumes({ VolumeIds: ['x'] }))
    expect(server.requests).toHaveLength(1)
    expect(error.retryable).toBe(false)
  })
})

describe('retry bounds', () => {
  it('gives up after maxAttempts and says so', async () => {
    const server = await serve(() => throttledPlatform())
    const { client, time } = clientFor(server)

    const error = await rejection(client.readVolumes())

    expect(server.requests).toHaveLength(defaultRetryPolicy.maxAttempts)
    expect(time.sleeps).toHaveLength(defaultRetryPolicy.maxAttempts - 1)
    expect(error).toMatchObject({ httpStatus: 503, code: '6', retryable: true, attempts: 8 })
    expect(error.message).toContain('Gave up after 8 attempts (the maximum)')
    expect(error.message).toContain('Outscale is throttling requests')
  })

  it('gives up when the next wait would pass the total time allowed', async () => {
    const server = await serve(() => throttledPerAccount())
    // random ~1: waits of 499, 999, 1999 ms; the third would end past 3 s.
    const { client, time } = clientFor(server, {
      random: () => 0.9999,
      retry: { maxAttempts: 100, maxTotalMs: 3000 }
    })

    const error = await rejection(client.readVolumes())

    expect(server.requests).toHaveLength(3)
    expect(time.sleeps).toEqual([499, 999])
    expect(error.attempts).toBe(3)
    expect(error.message).toContain(
      'Gave up after 3 attempts in 1 s: the time allowed for retries is used up'
    )
  })

  it('caps each wait at maxDelayMs, doubling from baseDelayMs', () => {
    const almostOne = () => 0.9999
    const waits = [1, 2, 3, 4, 5, 6, 7, 8].map((retry) =>
      backoffDelayMs(retry, defaultRetryPolicy, almostOne)
    )
    expect(waits).toEqual([499, 999, 1999, 3999, 7999, 9999, 9999, 9999])
    expect(backoffDelayMs(3, defaultRetryPolicy, () => 0)).toBe(0)
  })

  it('fails an attempt on a silent endpoint instead of hanging (per-request timeout)', async () => {
    const server = await serve(() => ({ hang: true }))
    const { client } = clientFor(server, { requestTimeoutMs: 200, retry: { maxAttempts: 2 } })

    const error = await rejection(client.readVolumes())

    expect(server.requests).toHaveLength(2)
    expect(error.message).toMatch(/ReadVolumes failed: no response from .*no answer within 200 ms/)
    expect(error.message).toContain('Gave up after 2 attempts (the maximum)')
  })
})

describe('error decoding', () => {
  it('decodes the envelope into OapiError fields and an actionable message', async () => {
    const server = await serve(() =>
      oapiError(400, '4078', 'InvalidParameterValue', 'Size must be at least 10', 'req-42')
    )
    const { client } = clientFor(server)

    const error = await rejection(client.createVolume({ SubregionName: 'eu-west-2a', Size: 1 }))

    expect(error).toBeInstanceOf(OapiError)
    expect(error).toMatchObject({
      name: 'OapiError',
      call: 'CreateVolume',
      httpStatus: 400,
      code: '4078',
      type: 'InvalidParameterValue',
      details: 'Size must be at least 10',
      requestId: 'req-42',
      retryable: false,
      attempts: 1
    })
    expect(error.message).toBe(
      'CreateVolume failed: HTTP 400 InvalidParameterValue (4078): Size must be at least 10 [request id req-42].'
    )
  })

  it('lists every error of the envelope', async () => {
    const server = await serve(() => ({
      status: 400,
      json: {
        Errors: [
          { Code: '4078', Type: 'InvalidParameterValue', Details: 'first' },
          { Code: '5071', Type: 'InvalidResource', Details: '' }
        ],
        ResponseContext: { RequestId: 'r-2' }
      }
    }))
    const { client } = clientFor(server)
    const error = await rejection(client.deleteSnapshot({ SnapshotId: 'snap-1' }))
    expect(error.code).toBe('4078')
    expect(error.message).toBe(
      'DeleteSnapshot failed: HTTP 400 InvalidParameterValue (4078): first; InvalidResource (5071) [request id r-2].'
    )
  })

  it('explains a 401 in terms of credentials, region and clock, without the secret', async () => {
    const server = await serve(() => oapiError(401, '1', 'AccessDenied', 'Authentication failed'))
    const { client } = clientFor(server)
    const error = await rejection(client.readVms())
    expect(error.message).toContain(
      'ReadVms failed: HTTP 401 AccessDenied (1): Authentication failed'
    )
    expect(error.message).toContain('OSC_ACCESS_KEY')
    expect(error.message).toContain('region "eu-west-2"')
    expect(error.message).toContain('clock')
    expect(error.message).not.toContain(secretKey)
  })

  it('explains the brute-force lock (401 code 13)', async () => {
    const server = await serve(() => oapiError(401, '13', 'AccessDenied'))
    const { client } = clientFor(server)
    const error = await rejection(client.readVms())
    expect(error.message).toContain('locked this access key')
  })

  it('keeps a non-JSON body (a proxy error page), shortened to one line', async () => {
    const server = await serve(() => ({
      status: 502,
      text: '<html>\n  <body>Bad Gateway</body>\n</html>'
    }))
    const { client } = clientFor(server)
    const error = await rejection(client.deleteImage({ ImageId: 'ami-1' }))
    expect(error.httpStatus).toBe(502)
    expect(error.code).toBeUndefined()
    expect(error.message).toMatch(
      /^DeleteImage failed: HTTP 502: <html> <body>Bad Gateway<\/body> <\/html>\./
    )
  })

  it('says when the error body is empty', async () => {
    const server = await serve(() => ({ status: 500, text: '' }))
    const { client } = clientFor(server)
    const error = await rejection(client.updateImage({ ImageId: 'ami-1', Description: 'x' }))
    expect(error.message).toMatch(/^UpdateImage failed: HTTP 500 \(empty response body\)\./)
  })

  it('refuses a 200 whose body is not a JSON object', async () => {
    const server = await serve(() => ({ status: 200, text: 'not json' }))
    const { client } = clientFor(server)
    const error = await rejection(client.readRegions())
    expect(error.message).toBe(
      'ReadRegions failed: HTTP 200 with a body that is not a JSON object: not json.'
    )
  })

  it('logs call names, statuses and request ids, never the secret or the signature', async () => {
    const server = await serve(
      scripted({ ReadVolumes: [throttledPerAccount()] }, () => ok({ Volumes: [] }))
    )
    const { client } = clientFor(server)
    await client.readVolumes()

    const logged = stdout.join('')
    expect(logged).toMatch(/::debug::OAPI ReadVolumes: HTTP 429 AccessDenied \(24\)/)
    expect(logged).toMatch(/::debug::OAPI ReadVolumes: HTTP 200 in \d+ ms \(request id 0475ca1e-/)
    expect(logged).not.toContain(secretKey)
    expect(logged).not.toContain('Signature=')
    expect(logged).not.toContain(String(server.requests[0].headers.authorization))
  })
})

describe('pagination', () => {
  it('follows NextPageToken with the same filters and merges 3 pages', async () => {
    const pages: Record<string, FakeReply> = {
      '': ok({
        Images: [
          { ImageId: 'ami-1', State: 'available' },
          { ImageId: 'ami-2', State: 'available' }
        ],
        NextPageToken: 'cGFnZTI='
      }),
      'cGFnZTI=': ok({
        Images: [{ ImageId: 'ami-3', State: 'available' }],
        NextPageToken: 'cGFnZTM='
      }),
      'cGFnZTM=': ok({ Images: [{ ImageId: 'ami-4', State: 'pending' }] })
    }
    const server = await serve((request) => pages[JSON.parse(request.body).NextPageToken ?? ''])
    const { client } = clientFor(server)
    const filters = { ImageNames: ['Debian-12-*'], AccountAliases: ['Outscale'] }

    const images = await client.readImages(filters)

    expect(images.map((i) => i.ImageId)).toEqual(['ami-1', 'ami-2', 'ami-3', 'ami-4'])
    const bodies = server.requests.map((r) => JSON.parse(r.body))
    expect(bodies).toEqual([
      { Filters: filters },
      { Filters: filters, NextPageToken: 'cGFnZTI=' },
      { Filters: filters, NextPageToken: 'cGFnZTM=' }
    ])
  })

  it('stops with an error when the server repeats a token', async () => {
    const server = await serve(() => ok({ Volumes: [], NextPageToken: 'c2FtZQ==' }))
    const { client } = clientFor(server)
    await expect(client.readVolumes()).rejects.toThrow(
      /ReadVolumes returned the same NextPageToken twice/
    )
    expect(server.requests).toHaveLength(2)
  })

  it('treats a missing list as empty', async () => {
    const server = await serve(() => ok({}))
    const { client } = clientFor(server)
    await expect(client.readSubregions()).resolves.toEqual([])
  })
})

describe('cancellation', () => {
  it('does not send anything when the signal is already aborted', async () => {
    const server = await serve(() => ok())
    const { client } = clientFor(server)
    const controller = new AbortController()
    controller.abort()
    await expect(client.readVms(undefined, controller.signal)).rejects.toMatchObject({
      name: 'AbortError'
    })
    expect(server.requests).toHaveLength(0)
  })

  it('aborts a request in flight', async () => {
    const controller = new AbortController()
    const server = await serve(() => {
      controller.abort()
      return { hang: true }
    })
    const { client } = clientFor(server)
    await expect(client.readVms(undefined, controller.signal)).rejects.toMatchObject({
      name: 'AbortError'
    })
    expect(server.requests).toHaveLength(1)
  })

  it('aborts the backoff sleep (real timers, a one-hour backoff)', async () => {
    const controller = new AbortController()
    const server = await serve(() => {
      setImmediate(() => controller.abort())
      return throttledPlatform()
    })
    const client = new OapiClient({
      endpoint: server.endpoint,
      region: 'eu-west-2',
      accessKey,
      secretKey,
      random: () => 0.99,
      retry: { baseDelayMs: 3_600_000, maxDelayMs: 3_600_000, maxTotalMs: 10_000_000 }
    })
    clients.push(client)
    await expect(client.readVms(undefined, controller.signal)).rejects.toMatchObject({
      name: 'AbortError'
    })
    expect(server.requests).toHaveLength(1)
  })
})

describe('TLS verification', () => {
  const describeTls = hasOpenssl() ? describe : describe.skip
  if (!hasOpenssl()) console.warn('oapi-client TLS tests: skipped, openssl is not installed')

  describeTls('against a local HTTPS server with a self-signed certificate', () => {
    let tls: { key: string; cert: string }

    beforeEach(() => {
      tls = selfSignedCertificate()
    })

    it('refuses the certificate by default, without retrying, and says what to do', async () => {
      const server = await startFakeServer(() => ok({ Regions: [] }), tls)
      servers.push(server)
      const { client } = clientFor(server)

      const error = await rejection(client.readRegions())

      expect(server.requests).toHaveLength(0)
      expect(error.attempts).toBe(1)
      expect(error.message).toMatch(
        /ReadRegions failed: no response from https:\/\/127\.0\.0\.1:\d+\/api\/v1\/ReadRegions: .*certificate/i
      )
      expect(error.message).toContain('insecure_skip_tls_verify')
      expect(stdout.join('')).not.toContain('::warning::')
    })

    it('accepts it with insecureSkipTlsVerify, and warns once', async () => {
      const server = await startFakeServer(
        () => ok({ Regions: [{ RegionName: 'eu-west-2' }] }),
        tls
      )
      servers.push(server)
      const { client } = clientFor(server, { insecureSkipTlsVerify: true })

      await expect(client.readRegions()).resolves.toEqual([{ RegionName: 'eu-west-2' }])
      await client.readRegions()

      const warnings = stdout
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('::warning::'))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain('insecure_skip_tls_verify is on')
    })
  })
})
