/**
 * The simulator's time-driven states: volumes, snapshots (in-queue, pending with Progress,
 * completed; slower for volumes with data written) and images, deletions, and injected resource
 * faults. "Stays in state X" is checked with transitions set far in the future; "reaches state Y"
 * with tiny ones and a poll - never with a timed assertion.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../sim/index.js'
import { oapiCaller, simResources, waitFor, withSim, type OapiCall } from '../helpers/sim-client.js'

const FAR = 600_000

interface Reader {
  volume: (id: string) => Promise<{ State: string } | undefined>
  snapshot: (id: string) => Promise<{ State: string; Progress: number } | undefined>
  image: (id: string) => Promise<{ State: string; StateComment: object } | undefined>
}

function readers(oapi: OapiCall): Reader {
  return {
    volume: async (id) =>
      (await oapi('ReadVolumes', { Filters: { VolumeIds: [id] } })).body.Volumes[0],
    snapshot: async (id) =>
      (await oapi('ReadSnapshots', { Filters: { SnapshotIds: [id] } })).body.Snapshots[0],
    image: async (id) => (await oapi('ReadImages', { Filters: { ImageIds: [id] } })).body.Images[0]
  }
}

describe('simulator states with quick transitions', () => {
  let sim: Simulator
  let oapi: OapiCall
  let read: Reader

  beforeAll(async () => {
    sim = await startSimulator({ strictResponses: true, latency: { snapshotQueueMs: 0 } })
    oapi = oapiCaller(sim)
    read = readers(oapi)
  })
  afterAll(async () => {
    await sim.stop()
  })

  async function newVolume(): Promise<string> {
    const id = (await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })).body.Volume
      .VolumeId
    await waitFor(
      () => read.volume(id),
      (v) => v?.State !== 'creating',
      'volume created'
    )
    return id
  }

  it('moves a volume from creating to available', async () => {
    const id = await newVolume()
    expect((await read.volume(id))?.State).toBe('available')
  })

  it('deletes a volume through deleting, then it is gone with its file', async () => {
    const id = await newVolume()
    const file = sim.volumeFile(id)
    expect((await oapi('DeleteVolume', { VolumeId: id })).status).toBe(200)
    await waitFor(
      () => read.volume(id),
      (v) => v === undefined,
      'volume gone'
    )
    const { existsSync } = await import('node:fs')
    expect(existsSync(file)).toBe(false)
  })

  it('grows snapshot Progress from 0 to 100 while pending, then completes', async () => {
    // Its own simulator, whose snapshots stay pending long enough for the polls (every 25 ms) to
    // see some progress between 0 and 100 even on a loaded machine; the other cases here need
    // no such wait.
    await withSim({ latency: { snapshotQueueMs: 0, snapshotMs: 800 } }, async (slowSim, call) => {
      const volumeId = await simResources(slowSim, call).availableVolume()
      const id = (await call('CreateSnapshot', { VolumeId: volumeId, Description: 'progress' }))
        .body.Snapshot.SnapshotId
      const seen: { State: string; Progress: number }[] = []
      await waitFor(
        async () => {
          const snapshot = await readers(call).snapshot(id)
          if (snapshot) seen.push({ State: snapshot.State, Progress: snapshot.Progress })
          return snapshot
        },
        (snapshot) => snapshot?.State === 'completed',
        'snapshot completed'
      )
      const progress = seen.map((s) => s.Progress)
      expect(progress).toEqual([...progress].sort((a, b) => a - b))
      expect(seen.at(-1)).toEqual({ State: 'completed', Progress: 100 })
      expect(seen.filter((s) => s.State === 'pending').every((s) => s.Progress < 100)).toBe(true)
      expect(seen.some((s) => s.State === 'pending' && s.Progress > 0)).toBe(true)
    })
  })

  it('moves a registered image from pending to available', async () => {
    const { snapshotId } = await sim.seedImage({ kind: 'ext4-whole' })
    const created = await oapi('CreateImage', {
      ImageName: 'registered',
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
    })
    expect(created.body.Image.State).toBe('pending')
    const image = await waitFor(
      () => read.image(created.body.Image.ImageId),
      (i) => i?.State !== 'pending',
      'image'
    )
    expect(image?.State).toBe('available')
  })

  it('deletes a snapshot through deleting once no image uses it', async () => {
    const volumeId = await newVolume()
    const id = (await oapi('CreateSnapshot', { VolumeId: volumeId })).body.Snapshot.SnapshotId
    await waitFor(
      () => read.snapshot(id),
      (s) => s?.State === 'completed',
      'snapshot completed'
    )
    expect((await oapi('DeleteSnapshot', { SnapshotId: id })).status).toBe(200)
    await waitFor(
      () => read.snapshot(id),
      (s) => s === undefined,
      'snapshot gone'
    )
  })

  it('deletes an image but keeps its snapshots', async () => {
    const { imageId, snapshotId } = await sim.seedImage({ kind: 'ext4-whole', name: 'to-delete' })
    expect((await oapi('DeleteImage', { ImageId: imageId })).status).toBe(200)
    expect(await read.image(imageId)).toBeUndefined()
    expect((await read.snapshot(snapshotId))?.State).toBe('completed')
    expect((await oapi('DeleteSnapshot', { SnapshotId: snapshotId })).status).toBe(200)
  })

  describe('resource faults', () => {
    it('sends the next volume to error', async () => {
      sim.failResource({ kind: 'volume', to: 'error' })
      const id = await newVolume()
      expect((await read.volume(id))?.State).toBe('error')
      expect((await oapi('DeleteVolume', { VolumeId: id })).status).toBe(200)
    })

    it('sends the next snapshot to error', async () => {
      const volumeId = await newVolume()
      sim.failResource({ kind: 'snapshot', to: 'error' })
      const id = (await oapi('CreateSnapshot', { VolumeId: volumeId })).body.Snapshot.SnapshotId
      const snapshot = await waitFor(
        () => read.snapshot(id),
        (s) => s?.State === 'error' || s?.State === 'completed',
        'snapshot'
      )
      expect(snapshot?.State).toBe('error')
    })

    it('fails the image with this name and says why in StateComment', async () => {
      const { snapshotId } = await sim.seedImage({ kind: 'ext4-whole' })
      sim.failResource({ kind: 'image', match: { name: 'doomed' }, to: 'failed' })
      const register = (name: string): Promise<string> =>
        oapi('CreateImage', {
          ImageName: name,
          RootDeviceName: '/dev/sda1',
          BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
        }).then((answer) => answer.body.Image.ImageId)
      const spared = await register('spared')
      const doomed = await register('doomed')
      const failed = await waitFor(
        () => read.image(doomed),
        (i) => i?.State !== 'pending',
        'doomed image'
      )
      expect(failed?.State).toBe('failed')
      expect(failed?.StateComment).toEqual({
        StateCode: expect.any(String),
        StateMessage: expect.any(String)
      })
      expect(
        (
          await waitFor(
            () => read.image(spared),
            (i) => i?.State !== 'pending',
            'spared image'
          )
        )?.State
      ).toBe('available')
    })

    it('refuses a fault outcome that does not fit the resource', () => {
      expect(() => sim.failResource({ kind: 'volume', to: 'failed' })).toThrow(
        "cannot go to 'failed'"
      )
    })
  })
})

describe('simulator states with slow transitions', () => {
  let sim: Simulator
  let oapi: OapiCall
  let read: Reader

  beforeAll(async () => {
    sim = await startSimulator({
      strictResponses: true,
      latency: { volumeCreateMs: FAR, snapshotQueueMs: FAR, imageCopyMs: FAR }
    })
    oapi = oapiCaller(sim)
    read = readers(oapi)
  })
  afterAll(async () => {
    await sim.stop()
  })

  it('keeps a volume creating until its time comes', async () => {
    const id = (await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })).body.Volume
      .VolumeId
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await read.volume(id))?.State).toBe('creating')
  })

  it('keeps a snapshot in-queue with Progress 0', async () => {
    const { snapshotId } = await sim.seedImage({ kind: 'ext4-whole' })
    const copy = await oapi('CreateSnapshot', {
      SourceSnapshotId: snapshotId,
      SourceRegionName: sim.region
    })
    expect(copy.body.Snapshot).toMatchObject({ State: 'in-queue', Progress: 0 })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await read.snapshot(copy.body.Snapshot.SnapshotId)).toMatchObject({
      State: 'in-queue',
      Progress: 0
    })
  })

  it('keeps an image copy pending until its time comes', async () => {
    const { imageId } = await sim.seedImage({ kind: 'ext4-whole', owner: 'foreign' })
    const copy = await oapi('CreateImage', {
      SourceImageId: imageId,
      SourceRegionName: sim.region,
      ImageName: 'slow-copy'
    })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await read.image(copy.body.Image.ImageId))?.State).toBe('pending')
  })
})

describe('simulator deletions in progress', () => {
  it('shows deleting while a volume or a snapshot is being deleted', async () => {
    const sim = await startSimulator({
      strictResponses: true,
      latency: {
        volumeCreateMs: 0,
        volumeDeleteMs: FAR,
        snapshotQueueMs: 0,
        snapshotMs: 0,
        snapshotDeleteMs: FAR
      }
    })
    try {
      const oapi = oapiCaller(sim)
      const read = readers(oapi)
      const volumeId = (await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })).body
        .Volume.VolumeId
      await waitFor(
        () => read.volume(volumeId),
        (v) => v?.State === 'available',
        'volume available'
      )
      const snapshotId = (await oapi('CreateSnapshot', { VolumeId: volumeId })).body.Snapshot
        .SnapshotId
      await waitFor(
        () => read.snapshot(snapshotId),
        (s) => s?.State === 'completed',
        'snapshot completed'
      )
      expect((await oapi('DeleteVolume', { VolumeId: volumeId })).status).toBe(200)
      expect((await oapi('DeleteSnapshot', { SnapshotId: snapshotId })).status).toBe(200)
      expect((await read.volume(volumeId))?.State).toBe('deleting')
      expect((await read.snapshot(snapshotId))?.State).toBe('deleting')
      // A volume being deleted is in the wrong state for another delete: InvalidState, 409.
      expect((await oapi('DeleteVolume', { VolumeId: volumeId })).status).toBe(409)
    } finally {
      await sim.stop()
    }
  })
})

describe('simulator snapshot time grows with written data (snapshotMsPerGiBWritten)', () => {
  it('completes a snapshot of an empty volume but not of one with data, with time per GiB only', async () => {
    const sim = await startSimulator({
      latency: {
        snapshotQueueMs: 0,
        snapshotMs: 0,
        snapshotMsPerGiBWritten: 1e9,
        volumeCreateMs: 0
      }
    })
    try {
      const oapi = oapiCaller(sim)
      const read = readers(oapi)
      const { snapshotId: seeded } = await sim.seedImage({ kind: 'ext4-partitioned' })
      const empty = (await oapi('CreateVolume', { SubregionName: sim.subregion, Size: 1 })).body
        .Volume.VolumeId
      const full = (
        await oapi('CreateVolume', { SubregionName: sim.subregion, SnapshotId: seeded })
      ).body.Volume.VolumeId
      await waitFor(
        () => read.volume(full),
        (v) => v?.State === 'available',
        'volumes available'
      )
      const emptySnapshot = (await oapi('CreateSnapshot', { VolumeId: empty })).body.Snapshot
        .SnapshotId
      const fullSnapshot = (await oapi('CreateSnapshot', { VolumeId: full })).body.Snapshot
        .SnapshotId
      await waitFor(
        () => read.snapshot(emptySnapshot),
        (s) => s?.State === 'completed',
        'empty snapshot completed'
      )
      expect((await read.snapshot(fullSnapshot))?.State).toBe('pending')
    } finally {
      await sim.stop()
    }
  })
})
