import { describe, expect, it } from '@jest/globals'
import { amzDate, signRequest } from '../../src/oapi/signer.js'
import { verifySignature } from '../../sim/auth.js'

// The self-computed vectors of oapi-facts.md §2.5 (AWS flavour cross-checked against botocore).
const vector = {
  accessKey: 'AKIDEXAMPLE000000000',
  secretKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  region: 'eu-west-2',
  service: 'api',
  date: '20250115T103000Z',
  host: 'api.eu-west-2.outscale.com',
  path: '/api/v1/ReadVolumes',
  body: '{"Filters":{"VolumeIds":["vol-12345678"]}}',
  bodySha256: '8510c7592013de67e4521f6c147ae5fa56b90483729d02cfa3cdf3324f970fbc',
  aws: {
    canonicalRequestHash: '825749a39fb6341bb3d73606846f8b8f7356e8bb64039cd937a8e889f4a1359a',
    signature: '082f25da4c5c50f9958c19f49cb0abe42ecef6ac098b38738e215335fd39a2ba'
  },
  osc: {
    canonicalRequestHash: '23132f5d3d24e8bc6311244b10fd2dafbc8ef17f7291015ce3c650f1de372ad0',
    signature: '73c57ad5193b07ad01384c502bb0467cbe082976ceccf1ca5b082c8093f70e6c'
  }
}

const expectedAwsHeader =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE000000000/20250115/eu-west-2/api/aws4_request, ' +
  `SignedHeaders=content-type;host;x-amz-date, Signature=${vector.aws.signature}`

describe('signRequest (aws4, AWS flavour)', () => {
  it('produces the exact Authorization header of the oapi-facts §2.5 vector', async () => {
    const headers = await signRequest({
      url: `https://${vector.host}${vector.path}`,
      body: vector.body,
      region: vector.region,
      accessKey: vector.accessKey,
      secretKey: vector.secretKey,
      date: new Date('2025-01-15T10:30:00Z')
    })
    expect(headers.authorization).toBe(expectedAwsHeader)
    expect(headers['x-amz-date']).toBe(vector.date)
    expect(headers['content-type']).toBe('application/json')
    // Only the signed headers come out of the signer; nothing else would be signed by accident.
    expect(Object.keys(headers).sort()).toEqual(['authorization', 'content-type', 'x-amz-date'])
  })

  it('changes the signature when the body changes by one character', async () => {
    const sign = (body: string) =>
      signRequest({
        url: `https://${vector.host}${vector.path}`,
        body,
        region: vector.region,
        accessKey: vector.accessKey,
        secretKey: vector.secretKey,
        date: new Date('2025-01-15T10:30:00Z')
      })
    const signature = async (body: string) =>
      /Signature=([0-9a-f]{64})$/.exec((await sign(body)).authorization)?.[1]
    const [a, b] = [
      await signature(vector.body),
      await signature(vector.body.replace('5678', '5679'))
    ]
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(a).not.toBe(b)
  })

  it.each([
    [
      'https://api.eu-west-2.outscale.com/api/v1/CreateVolume',
      '{"Size":10,"SubregionName":"eu-west-2a"}'
    ],
    ['http://127.0.0.1:40123/api/v1/ReadVms', '{}'],
    [
      'https://api.cloudgouv-eu-west-1.outscale.com:8443/api/v1/CreateTags',
      '{"Tags":[{"Key":"é","Value":"ü"}]}'
    ]
  ])('signs %s as aws4fetch (Outscale JS SDK) does', async (url, body) => {
    const { AwsV4Signer } = await import('aws4fetch')
    const date = new Date('2026-03-04T05:06:07Z')
    const reference = await new AwsV4Signer({
      method: 'POST',
      url,
      headers: { 'Content-Type': 'application/json' },
      body,
      accessKeyId: vector.accessKey,
      secretAccessKey: vector.secretKey,
      service: 'api',
      region: 'cloudgouv-eu-west-1',
      datetime: amzDate(date),
      allHeaders: true
    }).sign()
    const headers = await signRequest({
      url,
      body,
      region: 'cloudgouv-eu-west-1',
      accessKey: vector.accessKey,
      secretKey: vector.secretKey,
      date
    })
    expect(headers.authorization).toBe(reference.headers.get('authorization'))
    expect(headers['x-amz-date']).toBe(reference.headers.get('x-amz-date'))
  })

  it('formats X-Amz-Date as YYYYMMDDTHHMMSSZ in UTC', () => {
    expect(amzDate(new Date('2025-01-15T10:30:00.123Z'))).toBe('20250115T103000Z')
    expect(amzDate(new Date('1999-12-31T23:59:59Z'))).toBe('19991231T235959Z')
  })
})

describe("the simulator's verifier, which the client tests check signatures with", () => {
  // sim/auth.ts, written with node:crypto from the algorithm: it must agree with the vectors.
  const verify = (flavour: 'aws' | 'osc', signature: string) => {
    const [algorithm, dateHeader, terminator] =
      flavour === 'aws'
        ? ['AWS4-HMAC-SHA256', 'x-amz-date', 'aws4_request']
        : ['OSC4-HMAC-SHA256', 'x-osc-date', 'osc4_request']
    const scope = `${vector.date.slice(0, 8)}/${vector.region}/${vector.service}/${terminator}`
    return verifySignature(
      {
        method: 'POST',
        url: vector.path,
        headers: {
          'content-type': 'application/json',
          host: vector.host,
          [dateHeader]: vector.date,
          authorization: `${algorithm} Credential=${vector.accessKey}/${scope}, SignedHeaders=content-type;host;${dateHeader}, Signature=${signature}`
        },
        body: Buffer.from(vector.body)
      },
      {
        secretOf: (accessKey) => (accessKey === vector.accessKey ? vector.secretKey : undefined),
        region: vector.region,
        now: Date.parse('2025-01-15T10:30:00Z')
      }
    )
  }
  const wrong = (signature: string) => signature.replace(/.$/, (c) => (c === '0' ? '1' : '0'))

  it.each(['aws', 'osc'] as const)('accepts the %s-flavour vector', (flavour) => {
    expect(verify(flavour, vector[flavour].signature)).toBe(vector.accessKey)
  })

  it.each(['aws', 'osc'] as const)(
    'refuses the %s-flavour vector with one signature digit changed, naming its canonical request hash',
    (flavour) => {
      expect(() => verify(flavour, wrong(vector[flavour].signature))).toThrow(
        `canonical request SHA-256 ${vector[flavour].canonicalRequestHash}`
      )
    }
  )

  it('hashes the vector body to the documented SHA-256', async () => {
    const { createHash } = await import('node:crypto')
    expect(createHash('sha256').update(vector.body).digest('hex')).toBe(vector.bodySha256)
  })
})
