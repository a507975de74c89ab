/**
 * Test helpers for the simulator suites: a signed OAPI caller (aws4fetch, as Outscale's JS SDK
 * signs), polling with a deadline, a simulator per test, and short checks of answers. Tests talk
 * to the simulator over HTTP only.
 */
import { expect } from '@jest/globals'
import { AwsClient } from 'aws4fetch'
import { startSimulator, type Simulator, type SimulatorOptions } from '../../sim/index.js'

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

/** The first error of an error answer, for short assertions. */
export function firstError(answer: OapiAnswer): { Code: string; Type: string; Details: string } {
  return answer.body.Errors?.[0]
}

/** The status each error Type is answered with (../shared/oapi/REAL-BEHAVIOUR.md, "Errors"). */
function statusOf(type: string): number {
  return type === 'ResourceConflict' || type === 'InvalidState' ? 409 : 400
}

/** Asserts an error answer of this Type (and its status) whose Details mention `mentions`. */
export function expectRefused(answer: OapiAnswer, type: string, mentions?: string | RegExp): void {
  expect({ status: answer.status, type: firstError(answer)?.Type }).toEqual({
    status: statusOf(type),
    type
  })
  if (mentions !== undefined) expect(firstError(answer).Details).toMatch(mentions)
}

/** Starts a simulator for one test and stops it afterwards, whatever happens. */
export async function withSim(
  options: SimulatorOptions,
  test: (sim: Simulator, oapi: OapiCall) => Promise<void>
): Promise<void> {
  const sim = await startSimulator({ strictResponses: true, ...options })
  try {
    await test(sim, oapiCaller(sim))
  } finally {
    await sim.stop()
  }
}

/** Reads a volume or snapshot, and makes one that is ready to use (waiting for its state). */
export function simResources(sim: Simulator, oapi: OapiCall) {
  const read = {
    volume: async (id: string) =>
      (await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })).body.Volumes?.[0],
    snapshot: async (id: string) =>
      (await oapi('ReadSnapshots', { Filters: { SnapshotIds: [id] } })).body.Snapshots?.[0]
  }
  return {
    read,
    async availableVolume(): Promise<string> {
      const created = await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })
      expect(created.status).toBe(200)
      const id = created.body.Volume.VolumeId as string
      await waitFor(
        () => read.volume(id),
        (v) => v?.State === 'available',
        `${id} available`
      )
      return id
    },
    async completedSnapshot(volumeId: string): Promise<string> {
      const created = await oapi('CreateSnapshot', { VolumeId: volumeId })
      expect(created.status).toBe(200)
      const id = created.body.Snapshot.SnapshotId as string
      await waitFor(
        () => read.snapshot(id),
        (s) => s?.State === 'completed',
        `${id} completed`
      )
      return id
    }
  }
}
