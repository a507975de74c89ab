/**
 * createOapiClient: the build, the sweep and the post step get their client from it. What they
 * must share is checked on the wire, against a scripted local server: the configuration's key
 * pair signs for the target's region, the target's endpoint is called, the user agent is
 * osc-chroot's, and the TLS choice is the configuration's.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createOapiClient, userAgent } from '../../src/oapi/client-factory.js'
import type { OapiClient } from '../../src/oapi/client.js'
import {
  ok,
  startFakeServer,
  verifyRecordedRequest,
  type FakeServer
} from '../helpers/fake-oapi.js'

const settings = {
  credentials: { accessKey: 'AKIDFACTORY000000000', secretKey: 'factory/SECRET+never-shown' },
  insecureSkipTlsVerify: false
}

let server: FakeServer
let client: OapiClient | undefined
let stdout: string[] = []

beforeEach(async () => {
  server = await startFakeServer(() => ok({ Volumes: [] }))
  // @actions/core logs as workflow commands on stdout: captured, so a test can read them.
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(async () => {
  jest.restoreAllMocks()
  await client?.close()
  client = undefined
  await server.close()
})

describe('createOapiClient', () => {
  it("calls the target's endpoint, signed with the configuration's keys for the target's region", async () => {
    client = createOapiClient(settings, {
      endpoint: server.endpoint,
      region: 'cloudgouv-eu-west-1'
    })
    await client.call('ReadVolumes', {})

    expect(server.requests.map((request) => request.path)).toEqual(['/api/v1/ReadVolumes'])
    const [request] = server.requests
    // SigV4's credential scope: key/date/region/service/osc4_request.
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\//.exec(String(request.headers.authorization))
    expect(scope?.slice(1)).toEqual([settings.credentials.accessKey, 'cloudgouv-eu-west-1'])
    expect(verifyRecordedRequest(request, settings.credentials.secretKey)).toBe(true)
    expect(request.headers['user-agent']).toBe(userAgent)
    expect(JSON.stringify(request.headers) + request.body).not.toContain(
      settings.credentials.secretKey
    )
  })

  it('reports every request to onRequest (the benchmarks count calls with it)', async () => {
    const calls: string[] = []
    client = createOapiClient(
      settings,
      { endpoint: server.endpoint, region: 'eu-west-2' },
      (call) => calls.push(call)
    )
    await client.call('ReadVolumes', {})
    await client.call('ReadSnapshots', {})
    expect(calls).toEqual(['ReadVolumes', 'ReadSnapshots'])
  })

  it('warns when the configuration turns TLS verification off, and only then', () => {
    const target = { endpoint: server.endpoint, region: 'eu-west-2' }
    client = createOapiClient(settings, target)
    expect(stdout.join('')).not.toContain('insecure_skip_tls_verify')
    void client.close()

    client = createOapiClient({ ...settings, insecureSkipTlsVerify: true }, target)
    expect(stdout.join('')).toMatch(/::warning::insecure_skip_tls_verify is on/)
  })
})
