import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { readVmIdentity } from '../../src/oapi/metadata.js'
import { startFakeServer, type FakeReply, type FakeServer } from '../helpers/fake-oapi.js'

let server: FakeServer | undefined
const savedEndpoint = process.env.OSC_METADATA_ENDPOINT

afterEach(async () => {
  await server?.close()
  server = undefined
  if (savedEndpoint === undefined) delete process.env.OSC_METADATA_ENDPOINT
  else process.env.OSC_METADATA_ENDPOINT = savedEndpoint
})

/** A metadata service answering the given paths (anything else: 404). */
async function metadataService(paths: Record<string, FakeReply[] | string>): Promise<FakeServer> {
  server = await startFakeServer((request) => {
    const entry = paths[request.path]
    if (typeof entry === 'string') return { status: 200, text: entry }
    return entry?.shift() ?? { status: 404, text: 'Not Found' }
  })
  return server
}

/** A port nothing listens on: bind one, note it, release it. */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

describe('readVmIdentity', () => {
  it('reads the VM ID and Subregion, and derives the region', async () => {
    const service = await metadataService({
      '/latest/meta-data/instance-id': 'i-0a1b2c3d\n',
      '/latest/meta-data/placement/availability-zone': 'eu-west-2a'
    })
    await expect(readVmIdentity({ endpoint: service.url })).resolves.toEqual({
      vmId: 'i-0a1b2c3d',
      subregion: 'eu-west-2a',
      region: 'eu-west-2'
    })
    expect(service.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', '/latest/meta-data/instance-id'],
      ['GET', '/latest/meta-data/placement/availability-zone']
    ])
  })

  it.each([
    ['cloudgouv-eu-west-1c', 'cloudgouv-eu-west-1'],
    ['us-east-2b', 'us-east-2'],
    ['ap-northeast-1a', 'ap-northeast-1']
  ])('derives the region of %s as %s', async (subregion, region) => {
    const service = await metadataService({
      '/latest/meta-data/instance-id': 'i-12345678',
      '/latest/meta-data/placement/availability-zone': subregion
    })
    await expect(readVmIdentity({ endpoint: `${service.url}/` })).resolves.toMatchObject({
      subregion,
      region
    })
  })

  it('takes its address from OSC_METADATA_ENDPOINT', async () => {
    const service = await metadataService({
      '/latest/meta-data/instance-id': 'i-12345678',
      '/latest/meta-data/placement/availability-zone': 'eu-west-2b'
    })
    process.env.OSC_METADATA_ENDPOINT = service.url
    await expect(readVmIdentity()).resolves.toMatchObject({ vmId: 'i-12345678' })
    expect(service.requests).toHaveLength(2)
  })

  it('tries each path twice', async () => {
    const service = await metadataService({
      '/latest/meta-data/instance-id': [
        { status: 500, text: 'busy' },
        { status: 200, text: 'i-12345678' }
      ],
      '/latest/meta-data/placement/availability-zone': [
        { dropConnection: true },
        { status: 200, text: 'eu-west-2a' }
      ]
    })
    await expect(readVmIdentity({ endpoint: service.url })).resolves.toMatchObject({
      subregion: 'eu-west-2a'
    })
    expect(service.requests).toHaveLength(4)
  })

  it('explains that the action must run on an Outscale VM when nothing answers', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    await expect(readVmIdentity({ endpoint: url, timeoutMs: 500 })).rejects.toThrow(
      new RegExp(
        `^cannot reach the VM metadata service at ${url}/latest/meta-data/instance-id \\(.*ECONNREFUSED.*, 2 tries\\): ` +
          'this action must run on an Outscale VM \\(a self-hosted runner\\)'
      )
    )
  })

  it('gives up on a silent service after its timeout', async () => {
    server = await startFakeServer(() => ({ hang: true }))
    await expect(readVmIdentity({ endpoint: server.url, timeoutMs: 100 })).rejects.toThrow(
      /cannot reach the VM metadata service at .* \(no answer within 100 ms, 2 tries\)/
    )
    expect(server.requests).toHaveLength(2)
  })

  it('names the HTTP status when the service answers with an error', async () => {
    const service = await metadataService({
      '/latest/meta-data/placement/availability-zone': 'eu-west-2a'
    })
    await expect(readVmIdentity({ endpoint: service.url })).rejects.toThrow(
      /instance-id \(HTTP 404: Not Found, 2 tries\)/
    )
  })

  it('refuses values that are not a VM ID or a Subregion', async () => {
    const badId = await metadataService({
      '/latest/meta-data/instance-id': '<html>captive portal</html>',
      '/latest/meta-data/placement/availability-zone': 'eu-west-2a'
    })
    await expect(readVmIdentity({ endpoint: badId.url })).rejects.toThrow(
      /returned "<html>captive portal<\/html>" as instance-id, which is not a VM ID/
    )
    await badId.close()

    const badZone = await metadataService({
      '/latest/meta-data/instance-id': 'i-12345678',
      '/latest/meta-data/placement/availability-zone': 'eu-west-2'
    })
    await expect(readVmIdentity({ endpoint: badZone.url })).rejects.toThrow(
      /returned "eu-west-2" as availability zone, which is not a Subregion name/
    )
  })

  it('rejects with the abort reason when cancelled', async () => {
    server = await startFakeServer(() => ({ hang: true }))
    const controller = new AbortController()
    const promise = readVmIdentity({
      endpoint: server.url,
      timeoutMs: 60_000,
      signal: controller.signal
    })
    setTimeout(() => controller.abort(), 20)
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' })
  })
})
