/**
 * Test helpers for the simulator suites: a signed OAPI caller (aws4fetch, as Outscale's JS SDK
 * signs), polling with a deadline, and root detection. Tests talk to the simulator over HTTP only.
 */
import { AwsClient } from 'aws4fetch'
import type { Simulator } from '../../sim/index.js'

export interface OapiAnswer {
  status: number
  // Answers are checked field by field in the tests; `any` keeps those checks short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
}

export type OapiCall = (call: string, body?: object) => Promise<OapiAnswer>

/** Calls the simulator signed with our account's keys (AWS flavour, service 'api'). */
export function oapiCaller(sim: Pick<Simulator, 'endpoint' | 'credentials' | 'region'>): OapiCall {
  const client = new AwsClient({
    accessKeyId: sim.credentials.accessKey,
    secretAccessKey: sim.credentials.secretKey,
    service: 'api',
    region: sim.region,
    retries: 0
  })
  return async (call, body = {}) => {
    const response = await client.fetch(`${sim.endpoint}/${call}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    })
    return { status: response.status, body: await response.json() }
  }
}

/** Polls until `done` holds; fails with what it last saw after a generous deadline. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T = await probe()
  while (!done(last)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last saw ${JSON.stringify(last)}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
    last = await probe()
  }
  return last
}

export const isRoot = process.getuid?.() === 0

/** The first error of an error answer, for short assertions. */
export function firstError(answer: OapiAnswer): { Code: string; Type: string; Details: string } {
  return answer.body.Errors?.[0]
}
