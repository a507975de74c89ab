/**
 * Making orphans on purpose, for the sweep's end-to-end tests: a build killed with SIGKILL at a
 * chosen moment (no cleanup, no post step), tagged resources made straight through the
 * simulator's API, and build tags moved back in time so that "old" needs no waiting.
 */
import { readFileSync } from 'node:fs'
import type { Simulator } from '../../sim/index.js'
import type { ActionJob, StepResult } from './action.js'
import { waitFor, type OapiCall } from './sim-client.js'

export const buildIdTag = 'osc-chroot:build-id'
export const createdAtTag = 'osc-chroot:created-at'

/** The calls that create, change or delete something. */
export const writeCalls = /^(Create|Delete|Update|Link|Unlink)/

/**
 * Starts the job's main step and kills it with SIGKILL as soon as its log matches `moment`, as
 * a runner that dies would. Fails if the step ends on its own first.
 */
export async function killMainWhen(job: ActionJob, moment: RegExp): Promise<StepResult> {
  const { child, done } = job.spawnMain()
  let log = ''
  const seen = new Promise<void>((resolve) => {
    const watch = (chunk: Buffer): void => {
      log += chunk.toString()
      if (moment.test(log)) {
        child.kill('SIGKILL')
        resolve()
      }
    }
    child.stdout!.on('data', watch)
    child.stderr!.on('data', watch)
  })
  const ended = done.then((result) => {
    if (result.signal !== 'SIGKILL') {
      throw new Error(`the build ended before ${moment} (exit ${result.exitCode}):\n${result.log}`)
    }
    return result
  })
  await Promise.race([seen, ended])
  return ended
}

/** The build id a main step logged ("Build run-4242-1-abcd1234: VM ..."). */
export function buildIdIn(result: StepResult): string {
  const match = /Build (\S+): VM /.exec(result.log)
  if (!match) throw new Error(`no build id in the log:\n${result.log}`)
  return match[1]
}

export function tagsOf(sim: Simulator, resourceId: string): Record<string, string> {
  return Object.fromEntries(
    sim
      .resources()
      .tags.filter((tag) => tag.resourceId === resourceId)
      .map((tag) => [tag.key, tag.value])
  )
}

/** Ids of the resources tagged with this build id. */
export function resourcesOfBuild(sim: Simulator, buildId: string): string[] {
  return sim
    .resources()
    .tags.filter((tag) => tag.key === buildIdTag && tag.value === buildId)
    .map((tag) => tag.resourceId)
    .sort()
}

export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3600_000).toISOString()
}

/** Moves a build's created-at tag back, as if it had been killed long ago. */
export async function backdateBuild(
  call: OapiCall,
  sim: Simulator,
  buildId: string,
  createdAt: string
): Promise<void> {
  const ids = resourcesOfBuild(sim, buildId)
  await expectOk(
    call('CreateTags', { ResourceIds: ids, Tags: [{ Key: createdAtTag, Value: createdAt }] })
  )
}

async function expectOk(answer: ReturnType<OapiCall>): Promise<Awaited<ReturnType<OapiCall>>> {
  const result = await answer
  if (result.status !== 200) throw new Error(`OAPI call failed: ${JSON.stringify(result.body)}`)
  return result
}

/** A 1 GiB volume made through the API, tagged as given, once available. */
export async function createVolume(
  call: OapiCall,
  sim: Simulator,
  tags: Record<string, string>
): Promise<string> {
  const { body } = await expectOk(call('CreateVolume', { SubregionName: sim.subregion, Size: 1 }))
  const volumeId: string = body.Volume.VolumeId
  await tag(call, volumeId, tags)
  await waitFor(
    () => call('ReadVolumes', { Filters: { VolumeIds: [volumeId] } }),
    (answer) => answer.body.Volumes?.[0]?.State === 'available',
    `volume ${volumeId} available`
  )
  return volumeId
}

/** A completed snapshot of a new volume (the volume is deleted), tagged as given. */
export async function createSnapshot(
  call: OapiCall,
  sim: Simulator,
  tags: Record<string, string>
): Promise<string> {
  const volumeId = await createVolume(call, sim, {})
  const { body } = await expectOk(call('CreateSnapshot', { VolumeId: volumeId }))
  const snapshotId: string = body.Snapshot.SnapshotId
  await tag(call, snapshotId, tags)
  await waitFor(
    () => call('ReadSnapshots', { Filters: { SnapshotIds: [snapshotId] } }),
    (answer) => answer.body.Snapshots?.[0]?.State === 'completed',
    `snapshot ${snapshotId} completed`
  )
  await expectOk(call('DeleteVolume', { VolumeId: volumeId }))
  return snapshotId
}

/** Registers an OMI whose root is the snapshot. */
export async function registerImage(
  call: OapiCall,
  snapshotId: string,
  name: string
): Promise<string> {
  const { body } = await expectOk(
    call('CreateImage', {
      ImageName: name,
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Bsu: { SnapshotId: snapshotId } }]
    })
  )
  return body.Image.ImageId
}

async function tag(call: OapiCall, id: string, tags: Record<string, string>): Promise<void> {
  if (Object.keys(tags).length === 0) return
  const pairs = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
  await expectOk(call('CreateTags', { ResourceIds: [id], Tags: pairs }))
}

/** Waits until none of these ids is held by the simulator any more. */
export async function waitUntilGone(sim: Simulator, ids: string[]): Promise<void> {
  const held = (): string[] => {
    const resources = sim.resources()
    const all = [
      ...resources.volumes.map((v) => v.VolumeId),
      ...resources.snapshots.map((s) => s.SnapshotId),
      ...resources.images.map((i) => i.ImageId)
    ]
    return ids.filter((id) => all.includes(id))
  }
  await waitFor(
    async () => held(),
    (left) => left.length === 0,
    `${ids.join(', ')} deleted`
  )
}

/** Whether the simulator still holds this resource (in any state but being deleted). */
export function exists(sim: Simulator, id: string): boolean {
  const { volumes, snapshots, images } = sim.resources()
  return [
    ...volumes.map((volume) => [volume.VolumeId, volume.State]),
    ...snapshots.map((snapshot) => [snapshot.SnapshotId, snapshot.State]),
    ...images.map((image) => [image.ImageId, image.State])
  ].some(([resourceId, state]) => resourceId === id && state !== 'deleting')
}

/** Mount points at or below root (a suite's own mount root, so that other suites' do not count). */
export function mountsUnder(root: string): string[] {
  return readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((target) => target === root || target?.startsWith(`${root}/`))
}
