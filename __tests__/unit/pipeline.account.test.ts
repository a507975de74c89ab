/**
 * Our own account id: from ReadAccounts, or, when the access key's policy denies ReadAccounts
 * (HTTP 403), from the runner VM's network interface; one sentence when neither says. No root.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { OapiClient } from '../../src/oapi/client.js'
import { readOwnAccountId } from '../../src/pipeline/account.js'
import { oapiError, ok, scripted, startFakeServer, type FakeServer } from '../helpers/fake-oapi.js'

let server: FakeServer | undefined
let client: OapiClient | undefined
let stdout: string

beforeEach(() => {
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
})

afterEach(async () => {
  jest.restoreAllMocks()
  await client?.close()
  await server?.close()
  client = undefined
  server = undefined
})

async function serve(
  queues: Parameters<typeof scripted>[0]
): Promise<{ client: OapiClient; server: FakeServer }> {
  server = await startFakeServer(scripted(queues))
  client = new OapiClient({
    endpoint: server.endpoint,
    region: 'eu-west-2',
    accessKey: 'AKIDTEST000000000000',
    secretKey: 'secret',
    retry: { baseDelayMs: 1, maxDelayMs: 1 }
  })
  return { client, server }
}

const denied = () =>
  oapiError(403, '4', 'AccessDenied', 'The access key is not allowed to call ReadAccounts')

describe('readOwnAccountId', () => {
  it('takes the id ReadAccounts gives, and reads nothing else', async () => {
    const { client, server } = await serve({
      ReadAccounts: [ok({ Accounts: [{ AccountId: '123456789012' }] })]
    })
    expect(await readOwnAccountId(client, 'i-12345678')).toBe('123456789012')
    expect(server.requestsTo('ReadVms')).toHaveLength(0)
  })

  it("denied ReadAccounts: takes the id from the runner VM's network interface, saying so", async () => {
    const { client, server } = await serve({
      ReadAccounts: [denied()],
      ReadVms: [
        ok({
          Vms: [{ VmId: 'i-12345678', State: 'running', Nics: [{ AccountId: '210987654321' }] }]
        })
      ]
    })
    expect(await readOwnAccountId(client, 'i-12345678')).toBe('210987654321')
    expect(server.requestsTo('ReadAccounts')).toHaveLength(1) // a 403 is not resent
    expect(JSON.parse(server.requestsTo('ReadVms')[0].body)).toEqual({
      Filters: { VmIds: ['i-12345678'] }
    })
    expect(stdout).toContain('denied ReadAccounts (HTTP 403): account 210987654321 is taken from')
  })

  it('denied ReadAccounts and a VM with no network interface: one sentence saying what to allow', async () => {
    const { client } = await serve({
      ReadAccounts: [denied()],
      ReadVms: [ok({ Vms: [{ VmId: 'i-12345678', State: 'running', Nics: [] }] })]
    })
    await expect(readOwnAccountId(client, 'i-12345678')).rejects.toThrow(
      /^This access key is denied ReadAccounts \(HTTP 403\) and the runner VM i-12345678 has no network interface naming its account, .*allow ReadAccounts in the key's EIM policy\./
    )
  })

  it('any other ReadAccounts failure is not papered over', async () => {
    const { client, server } = await serve({
      ReadAccounts: [oapiError(401, '1', 'AccessDenied', 'bad signature')]
    })
    await expect(readOwnAccountId(client, 'i-12345678')).rejects.toThrow(
      /ReadAccounts failed: HTTP 401/
    )
    expect(server.requestsTo('ReadVms')).toHaveLength(0)
  })
})
