import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { OapiClient } from '../../src/oapi/client.js'
import { OapiError } from '../../src/oapi/errors.js'
import {
  WaitError,
  adaptivePolling,
  packerPolling,
  pollPolicyFromEnv,
  waitFor,
  waitForImageAvailable,
  waitForSnapshotCompleted,
  waitForVolumeAvailable,
  waitForVolumeLinked,
  waitForVolumeUnlinked,
  type PollPolicy,
  type WaitForOptions,
  type WaitProgress
} from '../../src/oapi/waiters.js'
import {
  oapiError,
  ok,
  startFakeServer,
  throttledPlatform,
  type FakeReply,
  type FakeServer
} from '../helpers/fake-oapi.js'

/** A fake clock; its sleep advances it at once and records the wait. */
function fakeTime() {
  let now = 1_000_000
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

interface Thing {
  state: string
  progress?: number
}

/**
 * A waitFor over an in-memory resource whose state is a function of the fake time elapsed.
 * Returns the options (to tweak) and the list of elapsed times at which it was read.
 */
function thingWaiter(stateAt: (elapsedMs: number) => Thing | undefined, policy?: PollPolicy) {
  const time = fakeTime()
  const start = time.now()
  const readsAt: number[] = []
  const options: WaitForOptions<Thing> = {
    what: 'thing t-1 to be ready',
    phase: 'volume',
    timeoutSeconds: 600,
    read: async () => {
      readsAt.push(time.now() - start)
      return stateAt(time.now() - start)
    },
    state: (thing) => thing.state,
    done: (thing) => thing.state === 'ready',
    failed: (thing) => (thing.state === 'broken' ? 'the thing broke' : undefined),
    progress: (thing) => thing.progress,
    policy,
    sleep: time.sleep,
    now: time.now
  }
  return { options, readsAt, time }
}

async function waitError(promise: Promise<unknown>): Promise<WaitError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof WaitError) return error
    throw error
  }
  throw new Error('expected the wait to fail')
}

describe('waitFor', () => {
  it('returns the resource once done, reporting elapsed time and state at each poll', async () => {
    const { options } = thingWaiter((t) => ({ state: t < 600 ? 'creating' : 'ready' }))
    const seen: WaitProgress[] = []

    const thing = await waitFor({ ...options, onProgress: (p) => seen.push(p) })

    expect(thing).toEqual({ state: 'ready' })
    expect(seen).toEqual([
      { elapsedMs: 0, state: 'creating', progress: undefined },
      { elapsedMs: 250, state: 'creating', progress: undefined },
      { elapsedMs: 625, state: 'ready', progress: undefined }
    ])
  })

  it('reports the progress percentage the resource gives', async () => {
    const { options } = thingWaiter((t) =>
      t < 250
        ? { state: 'pending', progress: 0 }
        : t < 600
          ? { state: 'pending', progress: 40 }
          : { state: 'ready', progress: 100 }
    )
    const progress: (number | undefined)[] = []
    await waitFor({ ...options, onProgress: (p) => progress.push(p.progress) })
    expect(progress).toEqual([0, 40, 100])
  })

  it('stops at a fail state with the reason and the state', async () => {
    const { options } = thingWaiter((t) => ({ state: t < 300 ? 'creating' : 'broken' }))
    const error = await waitError(waitFor(options))
    expect(error).toMatchObject({
      reason: 'failed',
      phase: 'volume',
      lastState: 'broken',
      elapsedMs: 625
    })
    expect(error.message).toBe(
      'Stopped waiting for thing t-1 to be ready: the thing broke (state broken, after 625 ms).'
    )
  })

  it('hits the deadline, naming the phase and the timeouts key to raise, never sleeping past it', async () => {
    const { options, time, readsAt } = thingWaiter(() => ({ state: 'pending' }))
    const error = await waitError(waitFor({ ...options, phase: 'snapshot', timeoutSeconds: 30 }))

    expect(error).toMatchObject({
      reason: 'timeout',
      phase: 'snapshot',
      lastState: 'pending',
      elapsedMs: 30_000
    })
    expect(error.message).toBe(
      'Timed out after 30 s waiting for thing t-1 to be ready (last state: pending). ' +
        'If this is only slow, raise "snapshot" in the timeouts input (now 30 s).'
    )
    expect(time.sleeps.reduce((a, b) => a + b, 0)).toBe(30_000)
    expect(readsAt[readsAt.length - 1]).toBe(30_000)
  })

  it('fails at once on a missing resource by default', async () => {
    const { options, readsAt } = thingWaiter(() => undefined)
    const error = await waitError(waitFor(options))
    expect(error.reason).toBe('not-found')
    expect(error.message).toBe(
      'Stopped waiting for thing t-1 to be ready: it was not found after 0 ms. It was deleted, or never existed.'
    )
    expect(readsAt).toEqual([0])
  })

  it('tolerates a missing resource during notFoundGraceMs', async () => {
    const { options } = thingWaiter((t) => (t < 600 ? undefined : { state: 'ready' }))
    await expect(waitFor({ ...options, notFoundGraceMs: 1000 })).resolves.toEqual({
      state: 'ready'
    })
  })

  it('says a resource disappeared when it was seen before', async () => {
    const { options } = thingWaiter((t) => (t < 300 ? { state: 'creating' } : undefined))
    const error = await waitError(waitFor(options))
    expect(error.message).toContain('not found after 625 ms (it was creating before)')
  })

  it('passes a read error through (the client has already retried it)', async () => {
    const { options } = thingWaiter(() => ({ state: 'pending' }))
    const boom = new Error('ReadThings failed: HTTP 400')
    await expect(waitFor({ ...options, read: () => Promise.reject(boom) })).rejects.toBe(boom)
  })

  it('rejects with the abort reason when cancelled during a sleep, and reads no more', async () => {
    const controller = new AbortController()
    const { options, readsAt } = thingWaiter((t) => {
      if (t >= 250) controller.abort()
      return { state: 'pending' }
    })
    await expect(waitFor({ ...options, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError'
    })
    expect(readsAt).toEqual([0, 250])
  })

  it('rejects promptly when cancelled during a long real sleep', async () => {
    const controller = new AbortController()
    const promise = waitFor<Thing>({
      what: 'thing t-1 to be ready',
      phase: 'omi',
      timeoutSeconds: 7200,
      policy: { initialMs: 3_600_000, maxMs: 3_600_000, factor: 1 },
      read: async () => {
        setImmediate(() => controller.abort())
        return { state: 'pending' }
      },
      state: (thing) => thing.state,
      done: () => false,
      failed: () => undefined,
      signal: controller.signal
    })
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('waitFor with a sign from outside the API (readNow)', () => {
  it('ends the pause it comes in and reads at once, one time; later pauses are whole', async () => {
    const states = ['attaching', 'attaching', 'attached']
    let reads = 0
    const pauses: string[] = []
    let pausing!: () => void
    const firstPause = new Promise<void>((resolve) => (pausing = resolve))
    // The first pause lasts until something ends it; the later ones end on their own.
    const sleep = (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        pauses.push(`pause ${ms}`)
        if (pauses.length > 1) return resolve()
        pausing()
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
      })
    let diskShown!: () => void
    const readNow = new Promise<void>((resolve) => (diskShown = resolve))
    const waiting = waitFor<Thing>({
      what: 'volume vol-1 to be linked',
      phase: 'link',
      timeoutSeconds: 600,
      read: async () => ({ state: states[reads++] }),
      state: (thing) => thing.state,
      done: (thing) => thing.state === 'attached',
      failed: () => undefined,
      policy: { firstReadMs: 0, initialMs: 1000, maxMs: 1000, factor: 1 },
      readNow,
      sleep,
      now: () => 0
    })
    await firstPause
    expect(reads).toBe(1)
    diskShown()
    await expect(waiting).resolves.toEqual({ state: 'attached' })
    expect(reads).toBe(3)
    expect(pauses).toEqual(['pause 1000', 'pause 1000'])
  })

  it('is cancelled as before while it waits for the sign', async () => {
    const cancel = new AbortController()
    const waiting = waitFor<Thing>({
      what: 'volume vol-1 to be linked',
      phase: 'link',
      timeoutSeconds: 600,
      read: async () => ({ state: 'attaching' }),
      state: (thing) => thing.state,
      done: (thing) => thing.state === 'attached',
      failed: () => undefined,
      policy: { firstReadMs: 0, initialMs: 60_000, maxMs: 60_000, factor: 1 },
      readNow: new Promise(() => undefined),
      signal: cancel.signal
    })
    cancel.abort(new Error('the build was cancelled'))
    await expect(waiting).rejects.toThrow('the build was cancelled')
  })
})

describe('polling policies', () => {
  const gaps = (readsAt: number[]) => readsAt.slice(1).map((t, i) => t - readsAt[i])

  it('adaptive reads first after 1 s, then every 0.8 s, 10 % longer each time, up to 5 s', async () => {
    const { options, readsAt } = thingWaiter(
      (t) => ({ state: t < 60_000 ? 'pending' : 'ready' }),
      adaptivePolling
    )
    await waitFor(options)
    expect(readsAt[0]).toBe(1000)
    const firstGaps = gaps(readsAt).slice(0, 4)
    ;[800, 880, 968, 1064.8].forEach((gap, i) => expect(firstGaps[i]).toBeCloseTo(gap))
    expect(Math.max(...gaps(readsAt))).toBeCloseTo(5000)
    expect(readsAt).toHaveLength(24)
  })

  it('adaptive times its reads by the progress a resource reports; packer ignores it', async () => {
    // In-queue at 0 % for 3 s, then 1 % every 200 ms: complete at 23 s.
    const snapshotLike = (t: number): Thing =>
      t < 3000
        ? { state: 'in-queue', progress: 0 }
        : t < 23_000
          ? { state: 'pending', progress: Math.min(99, Math.floor((t - 3000) / 200)) }
          : { state: 'ready', progress: 100 }
    const adaptive = thingWaiter(snapshotLike, adaptivePolling)
    const packer = thingWaiter(snapshotLike, packerPolling)
    await waitFor(adaptive.options)
    await waitFor(packer.options)
    const lastRead = adaptive.readsAt[adaptive.readsAt.length - 1]
    expect(lastRead).toBeGreaterThanOrEqual(23_000)
    expect(lastRead).toBeLessThan(23_500)
    // Progress moves from the read at 3.6 s; the rate is taken once reads 2 s apart show it.
    expect(adaptive.readsAt).toHaveLength(8)
    expect(packer.readsAt).toHaveLength(13)
    expect(packer.readsAt[packer.readsAt.length - 1]).toBe(24_000)
  })

  it('packer polls every 2 s', async () => {
    const { options, readsAt } = thingWaiter(
      (t) => ({ state: t < 30_000 ? 'pending' : 'ready' }),
      packerPolling
    )
    await waitFor(options)
    expect(new Set(gaps(readsAt))).toEqual(new Set([2000]))
    expect(readsAt).toHaveLength(16)
  })

  it('adaptive sees a quick resource sooner than packer does', async () => {
    const readyAfterOneSecond = (t: number) => ({ state: t < 1000 ? 'pending' : 'ready' })
    const adaptive = thingWaiter(readyAfterOneSecond, adaptivePolling)
    const packer = thingWaiter(readyAfterOneSecond, packerPolling)
    await waitFor(adaptive.options)
    await waitFor(packer.options)
    expect(adaptive.readsAt).toEqual([1000])
    expect(packer.readsAt).toEqual([0, 2000])
  })

  it('is chosen by OSC_CHROOT_POLL_POLICY', () => {
    expect(pollPolicyFromEnv({})).toBe(adaptivePolling)
    expect(pollPolicyFromEnv({ OSC_CHROOT_POLL_POLICY: '' })).toBe(adaptivePolling)
    expect(pollPolicyFromEnv({ OSC_CHROOT_POLL_POLICY: 'adaptive' })).toBe(adaptivePolling)
    expect(pollPolicyFromEnv({ OSC_CHROOT_POLL_POLICY: ' Packer ' })).toBe(packerPolling)
    expect(packerPolling).toEqual({ initialMs: 2000, maxMs: 2000, factor: 1 })
    expect(() => pollPolicyFromEnv({ OSC_CHROOT_POLL_POLICY: 'fast' })).toThrow(
      'OSC_CHROOT_POLL_POLICY="fast" is not a polling policy: use "adaptive" (the default) or "packer".'
    )
  })
})

describe('named waiters (through the client, against a fake server)', () => {
  let server: FakeServer | undefined
  let client: OapiClient | undefined

  beforeEach(() => {
    // Keep @actions/core's debug lines out of the test output.
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })

  afterEach(async () => {
    jest.restoreAllMocks()
    await client?.close()
    await server?.close()
    client = undefined
    server = undefined
  })

  /** Serves the given replies to `call` in order, repeating the last one. */
  async function setup(call: string, replies: FakeReply[]) {
    const queue = [...replies]
    server = await startFakeServer((request) =>
      request.call === call
        ? queue.length > 1
          ? queue.shift()!
          : queue[0]
        : oapiError(400, '0', 'Unexpected')
    )
    const time = fakeTime()
    client = new OapiClient({
      endpoint: server.endpoint,
      region: 'eu-west-2',
      accessKey: 'AK',
      secretKey: 'SK',
      sleep: time.sleep,
      now: time.now,
      random: () => 0.5
    })
    const options = { timeoutSeconds: 60, sleep: time.sleep, now: time.now }
    return { client, server, options }
  }

  const volume = (State: string, LinkedVolumes?: object[]) =>
    ok({ Volumes: [{ VolumeId: 'vol-1', State, ...(LinkedVolumes ? { LinkedVolumes } : {}) }] })

  it('waitForVolumeAvailable: creating -> available, reading by VolumeIds', async () => {
    const { client, server, options } = await setup('ReadVolumes', [
      volume('creating'),
      volume('available')
    ])
    const result = await waitForVolumeAvailable(client, 'vol-1', options)
    expect(result.State).toBe('available')
    expect(server.requests.map((r) => r.body)).toEqual([
      '{"Filters":{"VolumeIds":["vol-1"]}}',
      '{"Filters":{"VolumeIds":["vol-1"]}}'
    ])
  })

  it('waitForVolumeAvailable: state error fails the wait', async () => {
    const { client, options } = await setup('ReadVolumes', [volume('creating'), volume('error')])
    const error = await waitError(waitForVolumeAvailable(client, 'vol-1', options))
    expect(error).toMatchObject({ reason: 'failed', phase: 'volume', lastState: 'error' })
    expect(error.message).toContain('volume vol-1 to be available: the volume went to state error')
  })

  it('waitForVolumeAvailable: survives a throttled read (retried by the client)', async () => {
    const { client, server, options } = await setup('ReadVolumes', [
      throttledPlatform(),
      volume('available')
    ])
    await expect(waitForVolumeAvailable(client, 'vol-1', options)).resolves.toMatchObject({
      State: 'available'
    })
    expect(server.requests).toHaveLength(2)
  })

  it('waitForVolumeAvailable: a read that fails for good fails the wait with the OapiError', async () => {
    const { client, options } = await setup('ReadVolumes', [
      oapiError(400, '4078', 'InvalidParameterValue', 'bad id')
    ])
    await expect(waitForVolumeAvailable(client, 'vol-1', options)).rejects.toBeInstanceOf(OapiError)
  })

  it('waitForVolumeAvailable: a volume missing beyond the grace period fails as not found', async () => {
    const { client, options } = await setup('ReadVolumes', [ok({ Volumes: [] })])
    const error = await waitError(
      waitForVolumeAvailable(client, 'vol-1', { ...options, notFoundGraceMs: 2000 })
    )
    expect(error.reason).toBe('not-found')
    expect(error.elapsedMs).toBeGreaterThanOrEqual(2000)
  })

  it('waitForVolumeLinked: needs in-use AND an attached link to this VM', async () => {
    const { client, options } = await setup('ReadVolumes', [
      volume('available'),
      volume('in-use', [
        { VolumeId: 'vol-1', VmId: 'i-1', DeviceName: '/dev/xvdf', State: 'attaching' }
      ]),
      volume('in-use', [
        { VolumeId: 'vol-1', VmId: 'i-1', DeviceName: '/dev/xvdf', State: 'attached' }
      ])
    ])
    const states: string[] = []
    const result = await waitForVolumeLinked(client, 'vol-1', 'i-1', {
      ...options,
      onProgress: (p) => states.push(p.state)
    })
    expect(result.LinkedVolumes?.[0].State).toBe('attached')
    expect(states).toEqual([
      'available, link not listed yet',
      'in-use, link attaching',
      'in-use, link attached'
    ])
  })

  it('waitForVolumeLinked: a link to another VM fails the wait', async () => {
    const { client, options } = await setup('ReadVolumes', [
      volume('in-use', [{ VolumeId: 'vol-1', VmId: 'i-other', State: 'attached' }])
    ])
    const error = await waitError(waitForVolumeLinked(client, 'vol-1', 'i-1', options))
    expect(error.message).toContain('the volume is linked to another VM (i-other)')
    expect(error.phase).toBe('link')
  })

  it('waitForVolumeLinked: a link stuck in attaching hits the "link" deadline', async () => {
    const { client, options } = await setup('ReadVolumes', [
      volume('in-use', [{ VolumeId: 'vol-1', VmId: 'i-1', State: 'attaching' }])
    ])
    const error = await waitError(
      waitForVolumeLinked(client, 'vol-1', 'i-1', { ...options, timeoutSeconds: 20 })
    )
    expect(error).toMatchObject({
      reason: 'timeout',
      phase: 'link',
      lastState: 'in-use, link attaching'
    })
    expect(error.message).toContain('raise "link" in the timeouts input (now 20 s)')
  })

  it('waitForVolumeUnlinked: in-use/detaching -> available with no link', async () => {
    const { client, options } = await setup('ReadVolumes', [
      volume('in-use', [{ VolumeId: 'vol-1', VmId: 'i-1', State: 'detaching' }]),
      volume('available', [{ VolumeId: 'vol-1', VmId: 'i-1', State: 'detaching' }]),
      volume('available', [])
    ])
    const states: string[] = []
    await waitForVolumeUnlinked(client, 'vol-1', {
      ...options,
      onProgress: (p) => states.push(p.state)
    })
    expect(states).toEqual(['in-use, link detaching', 'available, link detaching', 'available'])
  })

  it('waitForVolumeUnlinked: a missing LinkedVolumes list counts as no link', async () => {
    const { client, options } = await setup('ReadVolumes', [volume('available')])
    await expect(waitForVolumeUnlinked(client, 'vol-1', options)).resolves.toMatchObject({
      State: 'available'
    })
  })

  it('waitForSnapshotCompleted: in-queue and pending are in progress, Progress is reported', async () => {
    const snapshot = (State: string, Progress: number) =>
      ok({ Snapshots: [{ SnapshotId: 'snap-1', State, Progress }] })
    const { client, server, options } = await setup('ReadSnapshots', [
      snapshot('in-queue', 0),
      snapshot('pending', 35),
      snapshot('pending/queued', 80),
      snapshot('completed', 100)
    ])
    const seen: WaitProgress[] = []
    await waitForSnapshotCompleted(client, 'snap-1', {
      ...options,
      onProgress: (p) => seen.push(p)
    })
    expect(seen.map((p) => [p.state, p.progress])).toEqual([
      ['in-queue', 0],
      ['pending', 35],
      ['pending/queued', 80],
      ['completed', 100]
    ])
    expect(seen.map((p) => p.elapsedMs)).toEqual([0, 250, 625, 1187.5])
    expect(JSON.parse(server.requests[0].body)).toEqual({ Filters: { SnapshotIds: ['snap-1'] } })
  })

  it('waitForSnapshotCompleted: state error fails the wait', async () => {
    const { client, options } = await setup('ReadSnapshots', [
      ok({ Snapshots: [{ SnapshotId: 'snap-1', State: 'error', Progress: 12 }] })
    ])
    const error = await waitError(waitForSnapshotCompleted(client, 'snap-1', options))
    expect(error).toMatchObject({ reason: 'failed', phase: 'snapshot', lastState: 'error' })
  })

  it('waitForImageAvailable: failed carries the state comment', async () => {
    const { client, options } = await setup('ReadImages', [
      ok({ Images: [{ ImageId: 'ami-1', State: 'pending' }] }),
      ok({
        Images: [
          {
            ImageId: 'ami-1',
            State: 'failed',
            StateComment: { StateCode: 'Server.InternalError', StateMessage: 'snapshot unreadable' }
          }
        ]
      })
    ])
    const error = await waitError(waitForImageAvailable(client, 'ami-1', options))
    expect(error).toMatchObject({ reason: 'failed', phase: 'omi' })
    expect(error.message).toContain(
      'OMI ami-1 to be available: the OMI failed: Server.InternalError: snapshot unreadable (state failed'
    )
  })

  it('waitForImageAvailable: pending -> available', async () => {
    const { client, options } = await setup('ReadImages', [
      ok({ Images: [{ ImageId: 'ami-1', State: 'pending' }] }),
      ok({ Images: [{ ImageId: 'ami-1', State: 'available' }] })
    ])
    await expect(waitForImageAvailable(client, 'ami-1', options)).resolves.toMatchObject({
      State: 'available'
    })
  })

  it('waitForImageAvailable: a deadline naming "omi"', async () => {
    const { client, options } = await setup('ReadImages', [
      ok({ Images: [{ ImageId: 'ami-1', State: 'pending' }] })
    ])
    const error = await waitError(
      waitForImageAvailable(client, 'ami-1', { ...options, timeoutSeconds: 5 })
    )
    expect(error).toMatchObject({ reason: 'timeout', phase: 'omi', lastState: 'pending' })
    expect(error.message).toContain('raise "omi" in the timeouts input (now 5 s)')
  })
})
