/**
 * The simulator's signature check against the test vectors of oapi-facts.md §2.5: the exact
 * request of each vector is accepted with the clock set to the vector's date, and refused when one
 * byte changes. Also: the ±5 minute window, unknown keys, scope checks, and requests signed by
 * aws4fetch (as Outscale's JS SDK signs) and by an osc-cli-style OSC4 signer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, createHmac } from 'node:crypto'
import { request } from 'node:http'
import { startSimulator, type Simulator } from '../../sim/index.js'
import { oapiCaller } from '../helpers/sim-client.js'

const VECTOR = {
  accessKey: 'AKIDEXAMPLE000000000',
  secretKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  date: '20250115T103000Z',
  host: 'api.eu-west-2.outscale.com',
  path: '/api/v1/ReadVolumes',
  body: '{"Filters":{"VolumeIds":["vol-12345678"]}}',
  aws: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE000000000/20250115/eu-west-2/api/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=082f25da4c5c50f9958c19f49cb0abe42ecef6ac098b38738e215335fd39a2ba',
  osc: 'OSC4-HMAC-SHA256 Credential=AKIDEXAMPLE000000000/20250115/eu-west-2/api/osc4_request, SignedHeaders=content-type;host;x-osc-date, Signature=73c57ad5193b07ad01384c502bb0467cbe082976ceccf1ca5b082c8093f70e6c'
}
const VECTOR_TIME = Date.UTC(2025, 0, 15, 10, 30, 0)

interface RawAnswer {
  status: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
}

/** Sends exactly these headers and body (node:http lets the test set Host, fetch does not). */
function rawPost(
  endpoint: string,
  path: string,
  headers: Record<string, string>,
  body: string
): Promise<RawAnswer> {
  const url = new URL(endpoint)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString())
          })
        )
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

function vectorHeaders(flavour: 'aws' | 'osc'): Record<string, string> {
  return {
    Host: VECTOR.host,
    'Content-Type': 'application/json',
    [flavour === 'aws' ? 'X-Amz-Date' : 'X-Osc-Date']: VECTOR.date,
    Authorization: VECTOR[flavour]
  }
}

describe('simulator signature check: oapi-facts.md §2.5 vectors', () => {
  let sim: Simulator
  let clock = VECTOR_TIME

  beforeAll(async () => {
    sim = await startSimulator({
      credentials: { accessKey: VECTOR.accessKey, secretKey: VECTOR.secretKey },
      clock: () => clock
    })
  })
  afterAll(async () => {
    await sim.stop()
  })

  it.each(['aws', 'osc'] as const)(
    'accepts the %s-flavour vector exactly as computed',
    async (flavour) => {
      clock = VECTOR_TIME
      const answer = await rawPost(sim.endpoint, VECTOR.path, vectorHeaders(flavour), VECTOR.body)
      expect(answer.status).toBe(200)
      expect(answer.body.Volumes).toEqual([])
      expect(answer.body.ResponseContext.RequestId).toEqual(expect.any(String))
    }
  )

  it.each(['aws', 'osc'] as const)(
    'refuses the %s vector with one byte of the body changed',
    async (flavour) => {
      clock = VECTOR_TIME
      const tampered = VECTOR.body.replace('vol-12345678', 'vol-12345679')
      const answer = await rawPost(sim.endpoint, VECTOR.path, vectorHeaders(flavour), tampered)
      expect(answer.status).toBe(401)
      expect(answer.body.Errors[0]).toMatchObject({ Code: '1', Type: 'AccessDenied' })
    }
  )

  it.each(['aws', 'osc'] as const)(
    'refuses the %s vector with one byte of the signature changed',
    async (flavour) => {
      clock = VECTOR_TIME
      const headers = vectorHeaders(flavour)
      headers.Authorization = headers.Authorization.replace(/.$/, (c) => (c === '0' ? '1' : '0'))
      expect((await rawPost(sim.endpoint, VECTOR.path, headers, VECTOR.body)).status).toBe(401)
    }
  )

  it('refuses the vector sent to another host or path', async () => {
    clock = VECTOR_TIME
    const otherHost = { ...vectorHeaders('aws'), Host: 'api.eu-west-2.outscale.co' }
    expect((await rawPost(sim.endpoint, VECTOR.path, otherHost, VECTOR.body)).status).toBe(401)
    expect(
      (await rawPost(sim.endpoint, '/api/latest/ReadVolumes', vectorHeaders('aws'), VECTOR.body))
        .status
    ).toBe(401)
  })

  it('refuses a flavour mix (OSC4 algorithm with the AWS date header)', async () => {
    clock = VECTOR_TIME
    const headers = { ...vectorHeaders('aws'), Authorization: VECTOR.osc }
    expect((await rawPost(sim.endpoint, VECTOR.path, headers, VECTOR.body)).status).toBe(401)
  })

  it('accepts the vector within 5 minutes of its date and refuses it outside', async () => {
    for (const [offset, status] of [
      [4 * 60_000, 200],
      [-4 * 60_000, 200],
      [6 * 60_000, 401],
      [-6 * 60_000, 401]
    ]) {
      clock = VECTOR_TIME + offset
      const answer = await rawPost(sim.endpoint, VECTOR.path, vectorHeaders('aws'), VECTOR.body)
      expect({ offset, status: answer.status }).toEqual({ offset, status })
    }
    clock = VECTOR_TIME
  })
})

/** A minimal OSC4 signer in the way osc-cli signs: host;x-osc-date;x-osc-target, service api. */
function oscCliHeaders(
  sim: Simulator,
  call: string,
  body: string,
  date: Date
): Record<string, string> {
  const amzDate = date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const day = amzDate.slice(0, 8)
  const host = new URL(sim.endpoint).host
  const path = `${new URL(sim.endpoint).pathname}/${call}`
  const target = `OutscaleService.${call}`
  const canonical = [
    'POST',
    path,
    '',
    `host:${host}\nx-osc-date:${amzDate}\nx-osc-target:${target}\n`,
    'host;x-osc-date;x-osc-target',
    createHash('sha256').update(body).digest('hex')
  ].join('\n')
  const scope = `${day}/${sim.region}/api/osc4_request`
  const toSign = [
    'OSC4-HMAC-SHA256',
    amzDate,
    scope,
    createHash('sha256').update(canonical).digest('hex')
  ].join('\n')
  let key: Buffer = Buffer.from(`OSC4${sim.credentials.secretKey}`)
  for (const part of [day, sim.region, 'api', 'osc4_request'])
    key = createHmac('sha256', key).update(part).digest()
  const signature = createHmac('sha256', key).update(toSign).digest('hex')
  return {
    Host: host,
    'Content-Type': 'application/json',
    'X-Osc-Date': amzDate,
    'X-Osc-Target': target,
    Authorization: `OSC4-HMAC-SHA256 Credential=${sim.credentials.accessKey}/${scope}, SignedHeaders=host;x-osc-date;x-osc-target, Signature=${signature}`
  }
}

describe('simulator signature check: real clients', () => {
  let sim: Simulator

  beforeAll(async () => {
    sim = await startSimulator()
  })
  afterAll(async () => {
    await sim.stop()
  })

  it('accepts requests signed by aws4fetch (host;x-amz-date, service api)', async () => {
    const answer = await oapiCaller(sim)('ReadVms', { Filters: { VmIds: [sim.vmId] } })
    expect(answer.status).toBe(200)
    expect(answer.body.Vms[0].VmId).toBe(sim.vmId)
  })

  it('accepts the OSC flavour as osc-cli signs it (host;x-osc-date;x-osc-target)', async () => {
    const body = '{}'
    const answer = await rawPost(
      sim.endpoint,
      '/api/v1/ReadAccounts',
      oscCliHeaders(sim, 'ReadAccounts', body, new Date()),
      body
    )
    expect(answer.status).toBe(200)
    expect(answer.body.Accounts[0].AccountId).toBe(sim.accountId)
  })

  it('accepts the service names api, oapi and osc, and refuses another', async () => {
    for (const [service, status] of [
      ['api', 200],
      ['oapi', 200],
      ['osc', 200],
      ['ec2', 401]
    ] as const) {
      const client = new (await import('aws4fetch')).AwsClient({
        accessKeyId: sim.credentials.accessKey,
        secretAccessKey: sim.credentials.secretKey,
        service,
        region: sim.region,
        retries: 0
      })
      const response = await client.fetch(`${sim.endpoint}/ReadAccounts`, {
        method: 'POST',
        body: '{}'
      })
      expect({ service, status: response.status }).toEqual({ service, status })
    }
  })

  it('refuses a scope for another region, an unknown key and a missing signature with 401 code 1', async () => {
    const { AwsClient } = await import('aws4fetch')
    const wrongRegion = new AwsClient({
      accessKeyId: sim.credentials.accessKey,
      secretAccessKey: sim.credentials.secretKey,
      service: 'api',
      region: 'us-east-2',
      retries: 0
    })
    const unknownKey = new AwsClient({
      accessKeyId: 'AKUNKNOWN00000000000',
      secretAccessKey: 'x',
      service: 'api',
      region: sim.region,
      retries: 0
    })
    for (const client of [wrongRegion, unknownKey]) {
      const response = await client.fetch(`${sim.endpoint}/ReadVolumes`, {
        method: 'POST',
        body: '{}'
      })
      expect(response.status).toBe(401)
      expect(((await response.json()) as { Errors: unknown[] }).Errors[0]).toMatchObject({
        Code: '1',
        Type: 'AccessDenied'
      })
    }
    const unsigned = await fetch(`${sim.endpoint}/ReadVolumes`, { method: 'POST', body: '{}' })
    expect(unsigned.status).toBe(401)
  })

  it('lets ReadRegions through without a signature (security: [] in the spec) but not ReadSubregions', async () => {
    const regions = await fetch(`${sim.endpoint}/ReadRegions`, { method: 'POST', body: '{}' })
    expect(regions.status).toBe(200)
    expect(((await regions.json()) as { Regions: unknown[] }).Regions).toEqual([
      { RegionName: 'eu-west-2', Endpoint: 'api.eu-west-2.outscale.com' }
    ])
    const subregions = await fetch(`${sim.endpoint}/ReadSubregions`, { method: 'POST', body: '{}' })
    expect(subregions.status).toBe(401)
  })
})
