/**
 * The turns StepUnlinkVolume and StepSnapshot take when they run together (unlink-overlap.ts), on
 * a scripted client: the unlink goes out once CreateSnapshot has answered; a 409 on CreateSnapshot
 * sends it again, under a new ClientToken, once the volume is unlinked; a failure on either side
 * never leaves the other waiting; the journal holds what the cleanup needs at every point.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { log } from '../../src/log.js'
import { OapiError, type OapiClient, type Snapshot, type Volume } from '../../src/oapi/index.js'
import type { BuildConfig } from '../../src/config/types.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import { Journal } from '../../src/pipeline/journal.js'
import { runSteps, together } from '../../src/pipeline/runner.js'
import { stepSnapshotWhileLinked } from '../../src/pipeline/steps/snapshot.js'
import { detachRead, stepUnlinkAlongsideSnapshot } from '../../src/pipeline/steps/unlink-volume.js'
import { createHostRunner } from '../../src/host/exec.js'

function apiError(call: string, httpStatus: number, code: string): OapiError {
  return new OapiError({
    call,
    failure: { httpStatus, code, type: 'InvalidState', summary: `refused (${code})` },
    retryable: false,
    attempts: 1,
    elapsedMs: 0,
    idempotent: false,
    region: 'eu-west-2'
  })
}

interface Script {
  /** CreateSnapshot answers, in turn: 'ok' or an error. */
  createSnapshot: ('ok' | OapiError)[]
  unlinkVolume: ('ok' | OapiError)[]
}

/** A volume linked until UnlinkVolume succeeds; snapshots complete when first read. */
function scriptedClient(script: Script) {
  const events: string[] = []
  let linked = true
  const tokens: string[] = []
  const client = {
    async readVolumes(): Promise<Volume[]> {
      events.push(`ReadVolumes ${linked ? 'linked' : 'unlinked'}`)
      return [
        {
          VolumeId: 'vol-1',
          State: linked ? 'in-use' : 'available',
          LinkedVolumes: linked
            ? [{ VmId: 'i-1', DeviceName: '/dev/xvdf', State: 'attached', VolumeId: 'vol-1' }]
            : []
        } as Volume
      ]
    },
    async unlinkVolume() {
      const answer = script.unlinkVolume.shift() ?? 'ok'
      events.push(`UnlinkVolume ${answer === 'ok' ? 'ok' : answer.code}`)
      if (answer !== 'ok') throw answer
      linked = false
    },
    async createSnapshot(request: { ClientToken: string }): Promise<Snapshot> {
      const answer = script.createSnapshot.shift() ?? 'ok'
      events.push(
        `CreateSnapshot ${answer === 'ok' ? 'ok' : answer.code} while ${linked ? 'linked' : 'unlinked'}`
      )
      if (answer !== 'ok') throw answer
      tokens.push(request.ClientToken)
      return { SnapshotId: 'snap-1', State: 'pending', VolumeId: 'vol-1' } as Snapshot
    },
    async createTags() {},
    async readSnapshots(): Promise<Snapshot[]> {
      events.push('ReadSnapshots completed')
      return [
        { SnapshotId: 'snap-1', State: 'completed', Progress: 100, VolumeId: 'vol-1' } as Snapshot
      ]
    }
  }
  return { client: client as unknown as OapiClient, events, tokens }
}

let work: string
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'unlink-overlap-'))
  jest.spyOn(log, 'info').mockImplementation(() => {})
  jest.spyOn(log, 'warning').mockImplementation(() => {})
  jest.spyOn(log, 'debug').mockImplementation(() => {})
  jest.spyOn(log, 'group').mockImplementation((_name, fn) => fn())
})
afterEach(() => {
  jest.restoreAllMocks()
  rmSync(work, { recursive: true, force: true })
})

function buildContext(client: OapiClient, withVolume = true): BuildContext {
  const journal = new Journal(join(work, 'journal.json'), {
    buildId: 'b-overlap',
    region: 'eu-west-2',
    endpoint: 'https://api.invalid'
  })
  journal.record('StepCreateVolume', { kind: 'volume', volumeId: 'vol-1' })
  journal.record('StepLinkVolume', {
    kind: 'link',
    volumeId: 'vol-1',
    vmId: 'i-1',
    device: '/dev/xvdf'
  })
  return {
    config: {
      omiName: 'overlap',
      killChrootProcesses: true,
      timeouts: { volume: 5, link: 5, device: 5, snapshot: 5, omi: 5 }
    } as unknown as BuildConfig,
    client,
    host: createHostRunner(),
    journal,
    signal: new AbortController().signal,
    poll: { initialMs: 5, maxMs: 5, factor: 1 },
    buildId: 'b-overlap',
    startedAt: new Date().toISOString(),
    region: 'eu-west-2',
    subregion: 'eu-west-2a',
    vmId: 'i-1',
    ...(withVolume ? { volume: { VolumeId: 'vol-1' } as Volume } : {})
  }
}

const overlap = () =>
  together('Unlinking while snapshotting', stepUnlinkAlongsideSnapshot, stepSnapshotWhileLinked)

async function run(context: BuildContext) {
  return runSteps([overlap()], context, context.signal, async () => {})
}

/** The requests that change something, without the reads. */
const calls = (events: string[]) => events.filter((e) => !e.startsWith('Read'))

function snapshotEntries(context: BuildContext) {
  return context.journal
    .active()
    .flatMap((e) => (e.resource.kind === 'snapshot' ? [e.resource] : []))
}

describe('the unlink alongside the snapshot', () => {
  it('snapshots while linked, then unlinks', async () => {
    const { client, events } = scriptedClient({ createSnapshot: [], unlinkVolume: [] })
    const context = buildContext(client)
    const result = await run(context)
    expect(result.error).toBeUndefined()
    expect(calls(events)).toEqual(['CreateSnapshot ok while linked', 'UnlinkVolume ok'])
    // Whether the volume is detached is read once, after the snapshot completed.
    const detachedReads = events.filter((e) => e === 'ReadVolumes unlinked')
    expect(detachedReads).toHaveLength(1)
    expect(events.at(-1)).toBe('ReadVolumes unlinked')
    expect(events.indexOf('ReadSnapshots completed')).toBeLessThan(events.length - 1)
    expect(context.snapshot?.SnapshotId).toBe('snap-1')
    expect(context.journal.active().map((e) => e.resource.kind)).toEqual(['snapshot', 'volume'])
  })

  it('reads the detach while a long snapshot is in progress, and not whether a proven link was made', async () => {
    const { client, events } = scriptedClient({ createSnapshot: [], unlinkVolume: [] })
    // The snapshot completes 300 ms after it is first read; the detach is read 50 ms after the unlink.
    let firstRead: number | undefined
    const reads = async (): Promise<Snapshot[]> => {
      firstRead ??= Date.now()
      const done = Date.now() - firstRead >= 300
      events.push(`ReadSnapshots ${done ? 'completed' : 'pending'}`)
      return [
        {
          SnapshotId: 'snap-1',
          State: done ? 'completed' : 'pending',
          VolumeId: 'vol-1'
        } as Snapshot
      ]
    }
    ;(client as unknown as { readSnapshots: typeof reads }).readSnapshots = reads
    const context = buildContext(client)
    const [linkEntry] = context.journal.active().filter((e) => e.resource.kind === 'link')
    // The link step proved the disk (its block device is journaled): the link was made.
    Object.assign(linkEntry.resource, { blockDevice: '/dev/osc-chroot-test-absent' })
    const saved = detachRead.afterMs
    detachRead.afterMs = 50
    try {
      const result = await run(context)
      expect(result.error).toBeUndefined()
    } finally {
      detachRead.afterMs = saved
    }
    expect(calls(events)).toEqual(['CreateSnapshot ok while linked', 'UnlinkVolume ok'])
    expect(events).not.toContain('ReadVolumes linked')
    const detached = events.indexOf('ReadVolumes unlinked')
    expect(detached).toBeGreaterThan(-1)
    expect(detached).toBeLessThan(events.indexOf('ReadSnapshots completed'))
    expect(context.journal.active().map((e) => e.resource.kind)).toEqual(['snapshot', 'volume'])
  })

  it('a 409 on CreateSnapshot: unlinks, then snapshots under a new ClientToken, journaled first', async () => {
    const { client, events, tokens } = scriptedClient({
      createSnapshot: [apiError('CreateSnapshot', 409, '6007')],
      unlinkVolume: []
    })
    const context = buildContext(client)
    const result = await run(context)
    expect(result.error).toBeUndefined()
    expect(calls(events)).toEqual([
      'CreateSnapshot 6007 while linked',
      'UnlinkVolume ok',
      'CreateSnapshot ok while unlinked'
    ])
    const [entry] = snapshotEntries(context)
    expect(entry).toEqual({
      kind: 'snapshot',
      clientToken: tokens[0],
      snapshotId: 'snap-1',
      temporaryTags: {
        'osc-chroot:build-id': 'b-overlap',
        'osc-chroot:created-at': context.startedAt
      }
    })
  })

  it('the quota (10008, even as a 409) is not a refusal of a linked volume', async () => {
    const { client, events } = scriptedClient({
      createSnapshot: [apiError('CreateSnapshot', 409, '10008')],
      unlinkVolume: []
    })
    const context = buildContext(client)
    // waited out as a quota within the snapshot deadline, not sent again after an unlink
    const result = await run(context)
    expect(result.error).toBeUndefined()
    expect(calls(events).slice(0, 2)).toEqual([
      'CreateSnapshot 10008 while linked',
      'CreateSnapshot ok while linked'
    ])
  })

  it('a 409 on CreateSnapshot and the unlink failing: the unlink error is the one reported', async () => {
    const { client, events } = scriptedClient({
      createSnapshot: [apiError('CreateSnapshot', 409, '6007')],
      unlinkVolume: [apiError('UnlinkVolume', 400, '4047')]
    })
    const context = buildContext(client)
    const result = await run(context)
    expect(result.outcome).toBe('failed')
    expect(result.error?.message).toMatch(/^StepUnlinkVolume: /)
    expect(calls(events)).toEqual(['CreateSnapshot 6007 while linked', 'UnlinkVolume 4047'])
    expect(result.timings.map((t) => [t.name, t.status])).toEqual([
      ['StepUnlinkVolume', 'failed'],
      ['StepSnapshot', 'failed'],
      ['Cleanup', 'done']
    ])
    // The link is still for the cleanup to undo; the snapshot entry finds nothing by its token.
    expect(context.journal.active().map((e) => e.resource.kind)).toEqual([
      'snapshot',
      'link',
      'volume'
    ])
  })

  it('the snapshot failing before CreateSnapshot is sent does not leave the unlink waiting', async () => {
    const { client, events } = scriptedClient({ createSnapshot: [], unlinkVolume: [] })
    const context = buildContext(client, false)
    const result = await run(context)
    expect(result.error?.message).toMatch(/StepSnapshot needs the volume/)
    expect(calls(events)).toEqual(['UnlinkVolume ok'])
  })

  it('a 409 on UnlinkVolume while the snapshot is in progress: unlinks once it has ended', async () => {
    const { client, events } = scriptedClient({
      createSnapshot: [],
      unlinkVolume: [apiError('UnlinkVolume', 409, '6007')]
    })
    // In progress until the unlink's own look at the volume's snapshots, completed after it.
    let lookedAtByUnlink = false
    const reads = async (filters: { VolumeIds?: string[] }): Promise<Snapshot[]> => {
      const state = lookedAtByUnlink ? 'completed' : 'pending'
      if (filters.VolumeIds) lookedAtByUnlink = true
      return [{ SnapshotId: 'snap-1', State: state, VolumeId: 'vol-1' } as Snapshot]
    }
    ;(client as unknown as { readSnapshots: typeof reads }).readSnapshots = reads
    const context = buildContext(client)
    const result = await run(context)
    expect(result.error).toBeUndefined()
    expect(calls(events)).toEqual([
      'CreateSnapshot ok while linked',
      'UnlinkVolume 6007',
      'UnlinkVolume ok'
    ])
    expect(context.journal.active().map((e) => e.resource.kind)).toEqual(['snapshot', 'volume'])
  })
})
