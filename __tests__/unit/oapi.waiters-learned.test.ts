import { describe, expect, it } from '@jest/globals'
import { MemoryDurationStore, type DurationSample } from '../../src/oapi/duration-cache.js'
import {
  adaptivePolling,
  learnedLagMs,
  learnedSpread,
  learnedWindow,
  learnedWindowReads,
  packerPolling,
  waitFor,
  type PollPolicy,
  type WaitForOptions
} from '../../src/oapi/waiters.js'

/**
 * A waitFor on a fake clock over a resource that is ready once readyAtMs have elapsed since the
 * operation started; returns the elapsed times of its reads.
 */
async function waitUntilReady(
  readyAtMs: number,
  options: { policy?: PollPolicy; store?: MemoryDurationStore; waitStartsAfterMs?: number } = {}
) {
  let now = 1_000_000
  const operationStartedAt = now
  now += options.waitStartsAfterMs ?? 0
  const readsAt: number[] = []
  const waitOptions: WaitForOptions<{ state: string }> = {
    what: 'thing t-1 to be ready',
    phase: 'volume',
    timeoutSeconds: 600,
    read: async () => {
      readsAt.push(now - operationStartedAt)
      now += 20 // the API's answer
      return { state: readsAt[readsAt.length - 1] >= readyAtMs ? 'ready' : 'pending' }
    },
    state: (thing) => thing.state,
    done: (thing) => thing.state === 'ready',
    failed: () => undefined,
    policy: options.policy ?? adaptivePolling,
    learnAs: 'thing-ready',
    durations: options.store,
    startedAt: options.waitStartsAfterMs === undefined ? undefined : operationStartedAt,
    now: () => now,
    sleep: async (ms) => {
      now += ms
    }
  }
  await waitFor(waitOptions)
  return { readsAt, lagMs: readsAt[readsAt.length - 1] - readyAtMs }
}

function storeWith(samples: DurationSample[]): MemoryDurationStore {
  const store = new MemoryDurationStore()
  store.samples['thing-ready'] = samples
  return store
}

/** Samples like a few builds' on a runner where it takes 2.25 to 3.75 s. */
const recentSamples = [
  { lowMs: 2600, highMs: 2900 },
  { lowMs: 3400, highMs: 3700 },
  { lowMs: 2250, highMs: 2550 },
  { lowMs: 3100, highMs: 3400 }
]

/** recentSamples' window: their middles run from 2400 to 3550, split in four parts, 300 ms each. */
const step = learnedLagMs

describe('a wait that learned from recent durations', () => {
  it('splits the span of the recent ends in learnedWindowReads reads, the last at the latest end', async () => {
    const window = learnedWindow(recentSamples)!
    expect(window.reads).toBe(learnedWindowReads)
    expect(window.stepMs).toBeCloseTo(step)
    expect(window.firstReadMs).toBeCloseTo(3550 - 3 * step)
    const { readsAt } = await waitUntilReady(3000, { store: storeWith(recentSamples) })
    expect(readsAt).toEqual([2650, 2950, 3250])
  })

  it('sees it within a step of its end for any duration the samples span, with fewer reads and less lag than the fixed schedule overall', async () => {
    let learnedLag = 0
    let fixedLag = 0
    let learnedReads = 0
    let fixedReads = 0
    let waits = 0
    for (let readyAt = 2250; readyAt <= 3700; readyAt += 50) {
      const learned = await waitUntilReady(readyAt, { store: storeWith(recentSamples) })
      const fixed = await waitUntilReady(readyAt)
      // Within the span of the recent ends: seen within a step, inside the window's reads.
      const inSpan = readyAt >= 2400 && readyAt <= 3550
      expect(inSpan ? learned.lagMs : 0).toBeLessThanOrEqual(step + 1e-6)
      expect(inSpan ? learned.readsAt.length : 0).toBeLessThanOrEqual(learnedWindowReads)
      learnedLag += learned.lagMs
      fixedLag += fixed.lagMs
      learnedReads += learned.readsAt.length
      fixedReads += fixed.readsAt.length
      waits++
    }
    expect(learnedLag).toBeLessThan(fixedLag / 2)
    // Two and a half reads per wait on average, where the fixed schedule takes four.
    expect(learnedReads / waits).toBeLessThanOrEqual(2.75)
    expect(learnedReads).toBeLessThan(fixedReads / 1.4)
  })

  it('widens a window of samples that agree to learnedSpread of the typical, reads learnedLagMs apart', async () => {
    const steady = [
      { lowMs: 1900, highMs: 2050 },
      { lowMs: 1950, highMs: 2000 }
    ]
    // Both ended at 1975: the window spans 1975 ± 10 %.
    const spread = 1975 * learnedSpread
    expect(learnedWindow(steady)).toMatchObject({
      firstReadMs: 1975 - spread / 2,
      stepMs: learnedLagMs
    })
    const { readsAt, lagMs } = await waitUntilReady(2100, { store: storeWith(steady) })
    expect(readsAt).toEqual([
      1975 - spread / 2,
      1975 - spread / 2 + learnedLagMs,
      1975 - spread / 2 + 2 * learnedLagMs
    ])
    expect(lagMs).toBeLessThanOrEqual(learnedLagMs)
  })

  it('bounds its calls: past learnedWindowReads reads it backs off as the policy does', async () => {
    const { readsAt } = await waitUntilReady(20_000, { store: storeWith(recentSamples) })
    const window = readsAt.slice(0, learnedWindowReads)
    expect(window).toEqual([2650, 2950, 3250, 3550])
    const gaps = readsAt
      .slice(learnedWindowReads)
      .map((t, i) => t - readsAt[learnedWindowReads - 1 + i])
    ;[800, 880, 968].forEach((gap, i) => expect(gaps[i]).toBeCloseTo(gap))
  })

  it('is not stretched by one odd sample: the window stays within half and twice the typical', () => {
    const odd = [...recentSamples, { lowMs: 0, highMs: 60_000 }]
    const window = learnedWindow(odd)!
    const typical = 3250 // the median of the samples' ends
    expect(window.firstReadMs).toBeGreaterThanOrEqual(typical / 2)
    const lastRead = window.firstReadMs + window.stepMs * (window.reads - 1)
    expect(lastRead).toBeCloseTo(typical * 2)
  })

  it('records when this operation ended: after its last read that was not done, by the read that was', async () => {
    const store = new MemoryDurationStore()
    await waitUntilReady(3000, { store })
    // The fixed schedule read at 1000, 1800, 2680 (pending) and 3648 (ready).
    expect(await store.recent('thing-ready')).toEqual([{ lowMs: 2680, highMs: 3648 }])
    // One sample, ended about 3164: the reads go from 3164 - 10 %, learnedLagMs apart.
    const second = await waitUntilReady(3000, { store })
    expect(second.readsAt).toHaveLength(2)
    const [, sample] = await store.recent('thing-ready')
    expect(sample.highMs - sample.lowMs).toBeLessThanOrEqual(learnedLagMs)
    expect(sample.lowMs).toBeLessThan(3000)
    expect(sample.highMs).toBeGreaterThanOrEqual(3000)
  })

  it('counts a sample seen done at its first read as ended a step sooner, so the window moves earlier', () => {
    const seenAtFirstRead = learnedWindow([{ lowMs: 0, highMs: 3164 }])!
    const seenAfterAMiss = learnedWindow([{ lowMs: 3164 - 1, highMs: 3164 + 1 }])!
    expect(seenAtFirstRead.firstReadMs).toBeCloseTo(seenAfterAMiss.firstReadMs - learnedLagMs * 0.9)
  })

  it('counts from when the operation was requested when the caller says so', async () => {
    const { readsAt } = await waitUntilReady(3000, {
      store: storeWith(recentSamples),
      waitStartsAfterMs: 1500
    })
    expect(readsAt[0]).toBe(2650)
    // Already past the first read time: it reads at once.
    const late = await waitUntilReady(3000, {
      store: storeWith(recentSamples),
      waitStartsAfterMs: 2800
    })
    expect(late.readsAt[0]).toBe(2800)
  })

  it('has no window without samples, and Packer’s policy neither uses nor records durations', async () => {
    expect(learnedWindow([])).toBeUndefined()
    const store = storeWith(recentSamples)
    const { readsAt } = await waitUntilReady(3000, { store, policy: packerPolling })
    expect(readsAt).toEqual([0, 2000, 4000])
    expect(await store.recent('thing-ready')).toEqual(recentSamples)
  })
})

describe('a wait that follows progress', () => {
  /** A snapshot-like resource: 0 % for queueMs, then whole percentages up to 100 at doneAtMs. */
  async function readsUntilDone(queueMs: number, doneAtMs: number, store?: MemoryDurationStore) {
    let now = 0
    const readsAt: number[] = []
    const percentAt = (t: number) =>
      t <= queueMs ? 0 : Math.min(100, Math.floor((100 * (t - queueMs)) / (doneAtMs - queueMs)))
    await waitFor({
      what: 'snapshot snap-1 to be completed',
      phase: 'snapshot',
      timeoutSeconds: 600,
      read: async () => {
        readsAt.push(now)
        return { progress: percentAt(now) }
      },
      state: (thing) => (thing.progress === 100 ? 'completed' : 'pending'),
      done: (thing) => thing.progress === 100,
      failed: () => undefined,
      progress: (thing) => thing.progress,
      policy: adaptivePolling,
      learnAs: 'snapshot',
      durations: store,
      now: () => now,
      sleep: async (ms) => {
        now += ms
      }
    })
    return readsAt
  }

  it('does not time its reads by percentages read a moment apart: their rounding hides the rate', async () => {
    // Learned: ends about 20 s in, reads 300 ms apart; this one ends at 26.9 s.
    const store = new MemoryDurationStore()
    store.samples['snapshot'] = [{ lowMs: 19_900, highMs: 20_200 }]
    const readsAt = await readsUntilDone(3000, 26_900, store)
    // Two reads 0.3 s apart (67 %, 69 %) would predict a far end; the lag stays within a second.
    expect(readsAt.at(-1)! - 26_900).toBeLessThan(1000)
    expect(readsAt.length).toBeLessThanOrEqual(10)
  })
})
