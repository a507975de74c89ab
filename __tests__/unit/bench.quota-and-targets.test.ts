/**
 * The benchmark's accounting (bench/quota.ts, bench/targets.ts): the wait a snapshot quota puts
 * in the floor of a batch, and the targets read from a run's figures.
 */
import { describe, expect, it } from '@jest/globals'
import { quotaWaitsMs, snapshotQuota } from '../../bench/quota.js'
import type { ParallelBatch, SoloBuild } from '../../bench/scenarios.js'
import { checkTargets } from '../../bench/targets.js'

describe('quotaWaitsMs', () => {
  const builds = [5, 1, 4, 2, 3].map((end) => ({ label: `b${end}`, mainEndedAt: end }))

  it('makes the builds that end later wait one snapshot per quota-full of builds before them', () => {
    const waits = quotaWaitsMs(builds, 2, () => 25_000)
    const byLabel = Object.fromEntries([...waits].map(([build, ms]) => [build.label, ms]))
    expect(byLabel).toEqual({ b1: 0, b2: 0, b3: 25_000, b4: 25_000, b5: 50_000 })
  })

  it('costs nothing without a quota, or below it', () => {
    expect([...quotaWaitsMs(builds, null, () => 25_000).values()]).toEqual([0, 0, 0, 0, 0])
    expect([...quotaWaitsMs(builds, 10, () => 25_000).values()]).toEqual([0, 0, 0, 0, 0])
  })

  it("takes the series' quota, else the simulator profile's", () => {
    expect(snapshotQuota('realistic', { fidelity: {} })).toBe(10)
    expect(snapshotQuota('test', { fidelity: {} })).toBeNull()
    expect(snapshotQuota('realistic', { fidelity: { maxConcurrentSnapshots: 4 } })).toBe(4)
    expect(snapshotQuota('realistic', { fidelity: { maxConcurrentSnapshots: null } })).toBeNull()
  })
})

describe('checkTargets', () => {
  const solo = (policy: 'adaptive' | 'packer', overrides: Partial<SoloBuild> = {}) =>
    ({
      policy,
      wallMs: 36_000,
      floorMs: 36_500,
      overheadMs: -500,
      overheadPercent: -1.4,
      totalCalls: 28,
      firstApiRequestMs: 200,
      mainPeakRssBytes: 70e6,
      ...overrides
    }) as SoloBuild
  const batch = (builds: number, totalMs: number, medianOverheadMs: number) =>
    ({
      series: 'parallel',
      builds,
      totalMs,
      medianOverheadMs,
      runs: []
    }) as unknown as ParallelBatch

  it('reports each of the issue’s targets as met or not', () => {
    const checks = checkTargets(
      [solo('adaptive'), solo('adaptive'), solo('packer', { totalCalls: 41 })],
      [batch(1, 36_000, 0), batch(8, 44_000, 2500)]
    )
    expect(checks.map((check) => [check.target, check.met])).toEqual([
      ['Overhead at most 1.5 s per build (median)', true],
      ['Overhead at most 4 % of the floor (median)', true],
      ['Wall time below the sequential floor (unlink alongside the snapshot; median)', true],
      ["At most 30 API calls per build (Packer's policy: about 41)", true],
      ['8 builds at once within 1.25 × the time of one', true],
      ['8 builds at once: overhead per build at most 3 s (median)', true],
      ['Process start to first API request at most 250 ms (median)', true],
      ['Peak RSS at most 80 MB (worst build)', true]
    ])
  })

  it('counts the API calls of the builds that learned from earlier ones, not the first', () => {
    const checks = checkTargets(
      [
        solo('adaptive', { totalCalls: 39 }),
        solo('adaptive', { totalCalls: 31 }),
        solo('adaptive', { totalCalls: 27 }),
        solo('adaptive', { totalCalls: 29 })
      ],
      []
    )
    const calls = checks.find((check) => check.target.startsWith('At most 30 API calls'))
    expect(calls).toMatchObject({ met: true })
    expect(calls?.measured).toMatch(/^29 calls, .*the first, with nothing learned yet: 39;/)
  })

  it('says which are missed, with the figures', () => {
    const checks = checkTargets(
      [
        solo('adaptive', {
          wallMs: 39_000,
          overheadMs: 2500,
          overheadPercent: 6.8,
          totalCalls: 39,
          firstApiRequestMs: 257,
          mainPeakRssBytes: 92e6
        })
      ],
      [batch(1, 40_000, 2600), batch(8, 62_000, 13_500)]
    )
    expect(checks.filter((check) => check.met)).toEqual([])
    expect(checks.map((check) => check.measured)).toEqual([
      '2.50 s',
      '6.8 %',
      '39.00 s vs 36.50 s',
      "39 calls, median of the builds after the first (the first, with nothing learned yet: 39; Packer's policy here: NaN)",
      '1.55 × (62.00 s vs 40.00 s)',
      '13.50 s',
      '257 ms',
      '92 MB'
    ])
  })
})
