/**
 * Waiting for a resource to reach a state: one bounded, cancellable poller (waitFor) and the named
 * waiters the build uses.
 *
 * Packer polls every 2 s with no limit and stops on the first API error, so a stuck snapshot hangs
 * it forever (waitForState in https://github.com/outscale/packer-plugin-outscale/blob/001c08a3c0b9f260df19ba854927e7ebf4bda67a/builder/common/state.go). Here every wait has a deadline per phase (the `timeouts`
 * input), fail states end it at once, transient read errors are already retried by the client,
 * and polling is adaptive: about every second while a chroot build's resources usually settle,
 * then backing off, because Outscale throttles identical requests; a resource that reports its
 * progress (a snapshot) is read when that progress says it will be done (bench/ measures both).
 */
import type { OapiClient } from './client.js'
import { formatDuration, realSleep, systemClock, type Clock, type Sleep } from './time.js'
import type { Image, LinkedVolume, Snapshot, Volume } from './types.js'

/** The delay between polls starts at initialMs and is multiplied by factor up to maxMs. */
export interface PollPolicy {
  /** The first read, this long after the wait starts (default 0: at once). */
  firstReadMs?: number
  initialMs: number
  maxMs: number
  factor: number
  /**
   * When the resource reports a progress percentage, time the next read by it: by the rate seen
   * so far, read when it should reach 100 % (half-way there while that is more than two maxMs
   * away, so a rate that changes is caught). Default false.
   */
  followProgress?: boolean
}

/**
 * The build's policy. The first read after 1 s: what was just created or linked is not ready
 * sooner (the call's own answer gave its state); then every 0.8 s, 10 % longer each time, up to
 * 5 s; snapshots are read by their progress. In the benchmark (bench/README.md) it finds a
 * resource ready about 0.4 s after it is, where Packer's 2 s polling takes about 1 s, for a few
 * more reads on a short wait and far fewer on a snapshot.
 */
export const adaptivePolling: PollPolicy = {
  firstReadMs: 1000,
  initialMs: 800,
  maxMs: 5000,
  factor: 1.1,
  followProgress: true
}

/** waitFor's default when no policy is given: a read at once, then 250 ms ×1.5 up to 5 s. */
export const quickPolling: PollPolicy = { initialMs: 250, maxMs: 5000, factor: 1.5 }

/** Packer's waiters: every 2 s, always. Kept for the benchmark's side-by-side comparison. */
export const packerPolling: PollPolicy = { initialMs: 2000, maxMs: 2000, factor: 1 }

/**
 * The polling policy named by OSC_CHROOT_POLL_POLICY: `adaptive` (the default, also when unset
 * or empty) or `packer`. Only the benchmark sets it, to compare both policies on the same build.
 */
export function pollPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): PollPolicy {
  const value = (env.OSC_CHROOT_POLL_POLICY ?? '').trim().toLowerCase()
  if (value === '' || value === 'adaptive') return adaptivePolling
  if (value === 'packer') return packerPolling
  throw new Error(
    `OSC_CHROOT_POLL_POLICY="${env.OSC_CHROOT_POLL_POLICY}" is not a polling policy: ` +
      'use "adaptive" (the default) or "packer".'
  )
}

/** The `timeouts` input keys; a deadline error names the one to raise. */
export type WaitPhase = 'volume' | 'link' | 'device' | 'snapshot' | 'omi'

export interface WaitProgress {
  elapsedMs: number
  state: string
  /** Percent, when the resource reports one (snapshots). */
  progress?: number
}

export interface WaitForOptions<T> {
  /** What is awaited, for messages: "volume vol-1234 to be available". */
  what: string
  /** Reads the resource; undefined when it is not found. */
  read: () => Promise<T | undefined>
  state: (resource: T) => string
  done: (resource: T) => boolean
  /** A reason when the resource reached a state it will not come back from. */
  failed: (resource: T) => string | undefined
  progress?: (resource: T) => number | undefined
  timeoutSeconds: number
  phase: WaitPhase
  /**
   * How long the resource may be missing from the reads before the wait fails (default 0: a
   * missing resource fails the wait at once). A resource created a moment ago may take a little
   * while to be listed.
   */
  notFoundGraceMs?: number
  signal?: AbortSignal
  onProgress?: (progress: WaitProgress) => void
  policy?: PollPolicy
  sleep?: Sleep
  now?: Clock
}

/** Why a wait ended without reaching its target. */
export type WaitErrorReason = 'timeout' | 'failed' | 'not-found'

export class WaitError extends Error {
  readonly reason: WaitErrorReason
  readonly phase: WaitPhase
  /** The last state read, or undefined if the resource was never seen. */
  readonly lastState?: string
  readonly elapsedMs: number

  constructor(
    message: string,
    details: { reason: WaitErrorReason; phase: WaitPhase; lastState?: string; elapsedMs: number }
  ) {
    super(message)
    this.name = 'WaitError'
    this.reason = details.reason
    this.phase = details.phase
    this.lastState = details.lastState
    this.elapsedMs = details.elapsedMs
  }
}

/**
 * Polls until done(resource), and returns the last read. Rejects with a WaitError on a fail
 * state, a missing resource or the deadline; with the read's own error when a read fails (the
 * client has already retried what can be retried); with the signal's reason on cancellation.
 */
export async function waitFor<T>(options: WaitForOptions<T>): Promise<T> {
  const policy = options.policy ?? quickPolling
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? systemClock
  const { signal, phase, what } = options
  const timeoutMs = options.timeoutSeconds * 1000
  const startedAt = now()
  const progressRate = new ProgressRate()
  let lastState: string | undefined
  let delayMs = policy.initialMs

  if (policy.firstReadMs) await sleep(Math.min(policy.firstReadMs, timeoutMs), signal)
  for (;;) {
    signal?.throwIfAborted()
    const resource = await options.read()
    signal?.throwIfAborted()
    const elapsedMs = now() - startedAt

    if (resource === undefined) {
      if (elapsedMs >= (options.notFoundGraceMs ?? 0)) {
        const seen = lastState === undefined ? '' : ` (it was ${lastState} before)`
        throw new WaitError(
          `Stopped waiting for ${what}: it was not found after ${formatDuration(elapsedMs)}${seen}. ` +
            'It was deleted, or never existed.',
          { reason: 'not-found', phase, lastState, elapsedMs }
        )
      }
    } else {
      lastState = options.state(resource)
      const progress = options.progress?.(resource)
      options.onProgress?.({ elapsedMs, state: lastState, progress })
      progressRate.observe(elapsedMs, progress)
      const failure = options.failed(resource)
      if (failure !== undefined) {
        throw new WaitError(
          `Stopped waiting for ${what}: ${failure} (state ${lastState}, after ${formatDuration(elapsedMs)}).`,
          { reason: 'failed', phase, lastState, elapsedMs }
        )
      }
      if (options.done(resource)) return resource
    }

    if (elapsedMs >= timeoutMs) {
      throw new WaitError(
        `Timed out after ${formatDuration(elapsedMs)} waiting for ${what} ` +
          `(last state: ${lastState ?? 'not found'}). If this is only slow, raise "${phase}" in ` +
          `the timeouts input (now ${options.timeoutSeconds} s).`,
        { reason: 'timeout', phase, lastState, elapsedMs }
      )
    }
    const untilDoneMs = policy.followProgress ? progressRate.msUntilComplete() : undefined
    const nextMs = untilDoneMs === undefined ? delayMs : readAheadOf(untilDoneMs, policy)
    // Never sleep past the deadline: the last poll happens right at it.
    await sleep(Math.min(nextMs, timeoutMs - elapsedMs), signal)
    delayMs = Math.min(delayMs * policy.factor, policy.maxMs)
  }
}

/** Never re-read sooner than this, even when progress says the resource is about done. */
const minimumReadAheadMs = 250

/** The wait before the next read, from the time progress says is left. */
function readAheadOf(untilDoneMs: number, policy: PollPolicy): number {
  const step = untilDoneMs > 2 * policy.maxMs ? untilDoneMs / 2 : untilDoneMs
  return Math.max(step, minimumReadAheadMs)
}

/**
 * The rate of a progress percentage, from the first read where it had moved off 0 to the latest
 * read: a snapshot waits in-queue at 0 % first, which says nothing of its speed.
 */
class ProgressRate {
  private first?: { elapsedMs: number; percent: number }
  private latest?: { elapsedMs: number; percent: number }

  observe(elapsedMs: number, percent: number | undefined): void {
    if (percent === undefined || percent <= 0) return
    const reading = { elapsedMs, percent }
    this.first ??= reading
    this.latest = reading
  }

  /** Undefined until two reads have shown it move. */
  msUntilComplete(): number | undefined {
    const { first, latest } = this
    if (!first || !latest || latest.percent <= first.percent) return undefined
    const percentPerMs = (latest.percent - first.percent) / (latest.elapsedMs - first.elapsedMs)
    return Math.max(0, (100 - latest.percent) / percentPerMs)
  }
}

// ------------------------------------------------------------------------------ named waiters

/** What every named waiter takes besides the client and the resource. */
export interface WaiterOptions {
  timeoutSeconds: number
  signal?: AbortSignal
  onProgress?: (progress: WaitProgress) => void
  policy?: PollPolicy
  /** See WaitForOptions.notFoundGraceMs; the named waiters default to 10 s. */
  notFoundGraceMs?: number
  sleep?: Sleep
  now?: Clock
}

const defaultNotFoundGraceMs = 10_000

function pollingOptions(options: WaiterOptions): WaiterOptions {
  return { ...options, notFoundGraceMs: options.notFoundGraceMs ?? defaultNotFoundGraceMs }
}

/** One volume by id; undefined when it does not exist (any more). */
export async function readVolume(client: OapiClient, volumeId: string, signal?: AbortSignal) {
  const volumes = await client.readVolumes({ VolumeIds: [volumeId] }, signal)
  return volumes.find((volume) => volume.VolumeId === volumeId)
}

/** One snapshot by id; undefined when it does not exist (any more). */
export async function readSnapshot(client: OapiClient, snapshotId: string, signal?: AbortSignal) {
  const snapshots = await client.readSnapshots({ SnapshotIds: [snapshotId] }, signal)
  return snapshots.find((snapshot) => snapshot.SnapshotId === snapshotId)
}

/** One OMI by id; undefined when it does not exist (any more). */
export async function readImage(client: OapiClient, imageId: string, signal?: AbortSignal) {
  const images = await client.readImages({ ImageIds: [imageId] }, signal)
  return images.find((image) => image.ImageId === imageId)
}

/** A volume that went to error, or that is being deleted, will never be usable. */
function volumeFailure(volume: Volume): string | undefined {
  if (volume.State === 'error') return 'the volume went to state error'
  if (volume.State === 'deleting') return 'the volume is being deleted'
  return undefined
}

/** The volume's links that are not over: a link in state detached no longer counts. */
function activeLinks(volume: Volume): LinkedVolume[] {
  return (volume.LinkedVolumes ?? []).filter((link) => link.State !== 'detached')
}

/** After CreateVolume: the volume is available. */
export function waitForVolumeAvailable(
  client: OapiClient,
  volumeId: string,
  options: WaiterOptions
): Promise<Volume> {
  return waitFor({
    ...pollingOptions(options),
    what: `volume ${volumeId} to be available`,
    phase: 'volume',
    read: () => readVolume(client, volumeId, options.signal),
    state: (volume) => volume.State,
    done: (volume) => volume.State === 'available',
    failed: volumeFailure
  })
}

/** After LinkVolume: the volume is in-use and its link to vmId is attached. */
export function waitForVolumeLinked(
  client: OapiClient,
  volumeId: string,
  vmId: string,
  options: WaiterOptions
): Promise<Volume> {
  const linkTo = (volume: Volume) => volume.LinkedVolumes?.find((link) => link.VmId === vmId)
  return waitFor({
    ...pollingOptions(options),
    what: `volume ${volumeId} to be linked to VM ${vmId}`,
    phase: 'link',
    read: () => readVolume(client, volumeId, options.signal),
    state: (volume) => `${volume.State}, link ${linkTo(volume)?.State ?? 'not listed yet'}`,
    done: (volume) => volume.State === 'in-use' && linkTo(volume)?.State === 'attached',
    failed: (volume) => {
      const other = activeLinks(volume).find((link) => link.VmId !== vmId)
      if (other) return `the volume is linked to another VM (${other.VmId})`
      return volumeFailure(volume)
    }
  })
}

/** After UnlinkVolume: the volume is available again and no longer linked. */
export function waitForVolumeUnlinked(
  client: OapiClient,
  volumeId: string,
  options: WaiterOptions
): Promise<Volume> {
  return waitFor({
    ...pollingOptions(options),
    what: `volume ${volumeId} to be unlinked`,
    phase: 'link',
    read: () => readVolume(client, volumeId, options.signal),
    state: (volume) => {
      const link = activeLinks(volume)[0]
      return link ? `${volume.State}, link ${link.State ?? 'unknown'}` : volume.State
    },
    done: (volume) => volume.State === 'available' && activeLinks(volume).length === 0,
    failed: volumeFailure
  })
}

/** After CreateSnapshot: completed. in-queue, pending and any other state count as in progress. */
export function waitForSnapshotCompleted(
  client: OapiClient,
  snapshotId: string,
  options: WaiterOptions
): Promise<Snapshot> {
  return waitFor({
    ...pollingOptions(options),
    what: `snapshot ${snapshotId} to be completed`,
    phase: 'snapshot',
    read: () => readSnapshot(client, snapshotId, options.signal),
    state: (snapshot) => snapshot.State,
    done: (snapshot) => snapshot.State === 'completed',
    failed: (snapshot) => {
      if (snapshot.State === 'error') return 'the snapshot went to state error'
      if (snapshot.State === 'deleting') return 'the snapshot is being deleted'
      return undefined
    },
    progress: (snapshot) => snapshot.Progress
  })
}

/** After CreateImage (register or copy): available; failed carries the image's state comment. */
export function waitForImageAvailable(
  client: OapiClient,
  imageId: string,
  options: WaiterOptions
): Promise<Image> {
  return waitFor({
    ...pollingOptions(options),
    what: `OMI ${imageId} to be available`,
    phase: 'omi',
    read: () => readImage(client, imageId, options.signal),
    state: (image) => image.State,
    done: (image) => image.State === 'available',
    failed: (image) => {
      if (image.State !== 'failed') return undefined
      const comment = [image.StateComment?.StateCode, image.StateComment?.StateMessage]
        .filter(Boolean)
        .join(': ')
      return comment ? `the OMI failed: ${comment}` : 'the OMI failed (no reason given)'
    }
  })
}
