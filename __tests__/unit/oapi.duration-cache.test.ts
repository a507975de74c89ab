import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  chownSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  FileDurationStore,
  maxFileBytes,
  maxKinds,
  parseSamples,
  runnerDurationStore,
  samplesPerKind
} from '../../src/oapi/duration-cache.js'

let dir: string
let file: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'osc-chroot-durations-'))
  file = join(dir, 'osc-chroot', 'durations.json')
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const sample = (lowMs: number, highMs: number) => ({ lowMs, highMs })

describe('FileDurationStore', () => {
  it('has no samples while the file is missing, then keeps what it records', async () => {
    const store = new FileDurationStore(file)
    expect(await store.recent('volume-available')).toEqual([])
    await store.record('volume-available', sample(2900, 3100))
    expect(await new FileDurationStore(file).recent('volume-available')).toEqual([
      sample(2900, 3100)
    ])
  })

  it('writes the file owner-only, in an owner-only directory', async () => {
    await new FileDurationStore(file).record('volume-linked', sample(1800, 2100))
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(join(dir, 'osc-chroot')).mode & 0o777).toBe(0o700)
  })

  it('keeps the latest samples of each kind and the most recently recorded kinds', async () => {
    const store = new FileDurationStore(file)
    for (let i = 0; i < samplesPerKind + 3; i++) await store.record('omi-available', sample(i, i))
    for (let k = 0; k < maxKinds + 4; k++) await store.record(`kind-${k}`, sample(k, k + 1))
    const reread = new FileDurationStore(file)
    // omi-available was recorded first: the kinds recorded after it pushed it out.
    expect(await reread.recent('omi-available')).toEqual([])
    expect(await reread.recent('kind-3')).toEqual([])
    expect(await reread.recent(`kind-${maxKinds + 3}`)).toEqual([
      sample(maxKinds + 3, maxKinds + 4)
    ])
    const kinds = Object.keys(JSON.parse(readFileSync(file, 'utf8')).kinds)
    expect(kinds).toHaveLength(maxKinds)

    for (let i = 0; i < samplesPerKind + 3; i++) await store.record('omi-available', sample(i, i))
    const latest = await new FileDurationStore(file).recent('omi-available')
    expect(latest.map((s) => s.lowMs)).toEqual([3, 4, 5, 6, 7, 8, 9, 10])
    expect(statSync(file).size).toBeLessThan(maxFileBytes)
  })

  it.each([
    ['not JSON', '{"version":1,"kinds":{"a":[{"lowMs":1'],
    ['another version', JSON.stringify({ version: 2, kinds: { a: [sample(1, 2)] } })],
    ['null', 'null'],
    ['kinds as a list', JSON.stringify({ version: 1, kinds: [[sample(1, 2)]] })]
  ])('ignores a corrupt file (%s), and replaces it at the next record', async (_, text) => {
    await new FileDurationStore(file).record('a', sample(5, 6))
    writeFileSync(file, text, { mode: 0o600 })
    const store = new FileDurationStore(file)
    expect(await store.recent('a')).toEqual([])
    await store.record('a', sample(7, 8))
    expect(await new FileDurationStore(file).recent('a')).toEqual([sample(7, 8)])
  })

  it('drops samples that are not durations', () => {
    const text = JSON.stringify({
      version: 1,
      kinds: {
        a: [sample(1, 2), sample(-1, 2), sample(3, 2), { lowMs: '1', highMs: 2 }, sample(4, 1e12)],
        b: 'nothing',
        c: [null, 7]
      }
    })
    expect(parseSamples(text)).toEqual({ a: [sample(1, 2)] })
  })

  it('ignores a file too big to be its own', async () => {
    await new FileDurationStore(file).record('a', sample(1, 2))
    const big = JSON.stringify({
      version: 1,
      kinds: { a: [sample(1, 2)] },
      pad: 'x'.repeat(maxFileBytes)
    })
    writeFileSync(file, big)
    expect(await new FileDurationStore(file).recent('a')).toEqual([])
  })

  it('ignores a symbolic link', async () => {
    await new FileDurationStore(file).record('a', sample(1, 2))
    const planted = join(dir, 'planted.json')
    writeFileSync(planted, readFileSync(file))
    rmSync(file)
    symlinkSync(planted, file)
    expect(await new FileDurationStore(file).recent('a')).toEqual([])

    expect(await new FileDurationStore(planted).recent('a')).toEqual([sample(1, 2)])
  })

  it('ignores a file that another user owns', async () => {
    if (process.getuid?.() !== 0) return // only root can give a file to another user
    await new FileDurationStore(file).record('a', sample(1, 2))
    chownSync(file, 65534, 65534)
    expect(await new FileDurationStore(file).recent('a')).toEqual([])
  })

  it('never fails a build when the file cannot be written', async () => {
    const store = new FileDurationStore(join(dir, 'blocked', 'durations.json'))
    writeFileSync(join(dir, 'blocked'), 'a file where the directory should be')
    await expect(store.record('a', sample(1, 2))).resolves.toBeUndefined()
    chmodSync(join(dir, 'blocked'), 0o600)
  })
})

describe('runnerDurationStore', () => {
  it("is the runner's tool cache file, and none outside a runner", () => {
    expect(runnerDurationStore({})).toBeUndefined()
    expect(runnerDurationStore({ RUNNER_TOOL_CACHE: ' ' })).toBeUndefined()
    const store = runnerDurationStore({ RUNNER_TOOL_CACHE: dir })
    expect(store).toBeInstanceOf(FileDurationStore)
    expect((store as FileDurationStore).file).toBe(join(dir, 'osc-chroot', 'durations.json'))
  })
})
