/**
 * Waiting for a resource to reach a state: one bounded, cancellable poller (waitFor) and the named
 * waiters the build uses.
 *
 * Packer polls every 2 s with no limit and stops on the first API error, so a stuck snapshot hangs
 * it forever (waitForState in https://github.com/outscale/packer-plugin-outscale/blob/001c08a3c0b9f260df19ba854927e7ebf4bda67a/builder/common/state.go). Here every wait has a deadline per phase (the `timeouts`
 * input), fail states end it at once, transient read errors are already retried by the client,
 * and polling is adaptive: about every second while a chroot build's resources usually settle,
 * then backing off, because Outscale throttles identical requests; a resource that reports its
 * progress (a snapshot) is read when that progress says it will be done. On a runner that has
 * built before, the reads gather around the time the same operation took there recently
 * (duration-cache.ts): a few reads that split the span from the earliest recent end to the latest
 * (bench/ measures all of this).
 */
import type { OapiClient } from './client.js'
import { runnerDurationStore, type DurationSample, type DurationStore } from './duration-cache.js'
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
  /**
   * Read around the time the same operation recently took on this runner (see learnedWindow),
   * and record how long this one took. Default false.
   */
  learnDurations?: boolean
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
  followProgress: true,
  learnDurations: true
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
  /**
   * The kind of operation, for the durations learned on this runner ("volume-available"): with
   * a policy that learns, the reads follow its recent durations and this one's is recorded.
   */
  learnAs?: string
  /** Where durations are learned (default: the runner's tool cache, none outside a runner). */
  durations?: DurationStore
  /**
   * When the operation was requested (default: when the wait starts). A caller that did other
   * work between the request and the wait gives it, so that durations and deadline count from it.
   */
  startedAt?: number
  /**
   * A sign from outside the API that the operation may be done (the kernel showed the linked
   * disk): when it comes, the pause before the next read ends at once, one time. A read then
   * sees the end as it happens instead of at the next scheduled read.
   */
  readNow?: Promise<unknown>
  sleep?: Sleep
  now?: Clock
}

/** Reads inside a learned window at most: the bound on the calls a learned schedule adds. */
export const learnedWindowReads = 4
/** Reads inside a learned window are never closer than this: a tighter window gains little. */
export const learnedLagMs = 300
/**
 * The least spread of a learned window, as a share of the typical duration: one or two samples
 * that agree say little of how much the next one varies (the same operation often takes a tenth
 * more or less), and a window narrower than that is missed by most operations, which then wait
 * for the policy's backoff.
 */
export const learnedSpread = 0.2

/** Where to read, from recent durations: firstReadMs, then every stepMs, `reads` reads in all. */
export interface LearnedWindow {
  firstReadMs: number
  stepMs: number
  reads: number
}

/**
 * When a recorded operation ended, at best known: the middle of its sample. A sample seen done at
 * the wait's first read (lowMs 0) only says it ended by then: it counts a step earlier, so that a
 * runner whose operations got faster moves its first read earlier, one step per build.
 */
function estimatedEndMs(sample: DurationSample): number {
  if (sample.lowMs > 0) return (sample.lowMs + sample.highMs) / 2
  return Math.max(sample.highMs - learnedLagMs, sample.highMs / 2)
}

/**
 * The window of reads from recent durations: the recent operations ended between the earliest
 * and the latest estimated end (widened to learnedSpread of the typical duration when they agree
 * more closely), and the reads split that span in equal parts, the last at the latest end: for
 * ends spread evenly, an eighth of the span of lag for two and a half reads on average (a read at
 * the earliest end itself would almost never see it done). One odd sample cannot stretch it: the
 * window stays within half and twice the typical duration. Past the window the policy's own
 * backoff takes over; an operation that ends before it is seen at its first read.
 */
export function learnedWindow(samples: DurationSample[]): LearnedWindow | undefined {
  if (samples.length === 0) return undefined
  const ends = samples.map(estimatedEndMs)
  const typical = median(ends)
  const middle = (Math.min(...ends) + Math.max(...ends)) / 2
  const halfSpread = Math.max(Math.max(...ends) - middle, (typical * learnedSpread) / 2)
  const earliestEnd = Math.max(middle - halfSpread, typical / 2)
  const latestEnd = Math.max(Math.min(middle + halfSpread, typical * 2), earliestEnd)
  const stepMs = Math.max(learnedLagMs, (latestEnd - earliestEnd) / learnedWindowReads)
  const firstReadMs = Math.max(
    Math.min(earliestEnd + stepMs, latestEnd - stepMs * (learnedWindowReads - 1)),
    earliestEnd,
    minimumReadAheadMs
  )
  return { firstReadMs, stepMs, reads: learnedWindowReads }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
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
  const startedAt = options.startedAt ?? now()
  const progressRate = new ProgressRate()
  const durations = policy.learnDurations && options.learnAs ? options.durations : undefined
  const window = durations && learnedWindow(await durations.recent(options.learnAs ?? ''))
  let windowReadsLeft = window?.reads ?? 0
  let lastState: string | undefined
  let delayMs = policy.initialMs
  // The start of the last read that saw the operation not done yet: it ended after that.
  let notDoneAtMs = 0

  let readNow = options.readNow
  /** Sleeps ms, unless readNow comes first (then it is spent: later pauses are whole). */
  const pause = async (ms: number): Promise<void> => {
    if (!readNow) return sleep(ms, signal)
    const woken = new AbortController()
    void readNow.then(
      () => woken.abort(),
      () => undefined
    )
    try {
      await sleep(ms, signal ? AbortSignal.any([signal, woken.signal]) : woken.signal)
    } catch (error) {
      if (signal?.aborted || !woken.signal.aborted) throw error
      readNow = undefined
    }
  }

  const firstReadMs = window?.firstReadMs ?? policy.firstReadMs ?? 0
  const untilFirstReadMs = Math.min(firstReadMs, timeoutMs) - (now() - startedAt)
  if (untilFirstReadMs > 0) await pause(untilFirstReadMs)
  for (;;) {
    signal?.throwIfAborted()
    const readAtMs = now() - startedAt
    const resource = await options.read()
    signal?.throwIfAborted()
    const elapsedMs = now() - startedAt
    windowReadsLeft--

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
      if (options.done(resource)) {
        await durations?.record(options.learnAs ?? '', { lowMs: notDoneAtMs, highMs: readAtMs })
        return resource
      }
    }
    notDoneAtMs = readAtMs

    if (elapsedMs >= timeoutMs) {
      throw new WaitError(
        `Timed out after ${formatDuration(elapsedMs)} waiting for ${what} ` +
          `(last state: ${lastState ?? 'not found'}). If this is only slow, raise "${phase}" in ` +
          `the timeouts input (now ${options.timeoutSeconds} s).`,
        { reason: 'timeout', phase, lastState, elapsedMs }
      )
    }
    const untilDoneMs = policy.followProgress ? progressRate.msUntilComplete() : undefined
    let nextMs: number
    if (untilDoneMs !== undefined) nextMs = readAheadOf(untilDoneMs, policy)
    else if (window && windowReadsLeft > 0) nextMs = window.stepMs
    else {
      nextMs = delayMs
      delayMs = Math.min(delayMs * policy.factor, policy.maxMs)
    }
    // Counted from the start of the read, so that the reads keep their spacing; never past the
    // deadline: the last poll happens right at it.
    const untilNextMs = Math.min(readAtMs + nextMs, timeoutMs) - elapsedMs
    if (untilNextMs > 0) await pause(untilNextMs)
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
 * Progress is a whole percentage: over reads this far apart at least, its rounding says little of
 * the rate (over 0.3 s of a 20 s snapshot, one point is a third of what it moved).
 */
export const progressBaselineMs = 2000

/**
 * The rate of a progress percentage, from the first read where it had moved off 0 to the latest
 * read at least progressBaselineMs later: a snapshot waits in-queue at 0 % first, which says
 * nothing of its speed.
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

  /** Undefined until two reads progressBaselineMs apart have shown it move. */
  msUntilComplete(): number | undefined {
    const { first, latest } = this
    if (!first || !latest || latest.percent <= first.percent) return undefined
    if (latest.elapsedMs - first.elapsedMs < progressBaselineMs) return undefined
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
  /** See WaitForOptions.learnAs; each named waiter has its own kind ("volume-linked"...). */
  learnAs?: string
  /** See WaitForOptions.durations; the named waiters default to the runner's tool cache. */
  durations?: DurationStore
  /** See WaitForOptions.startedAt. */
  startedAt?: number
  /** See WaitForOptions.readNow. */
  readNow?: Promise<unknown>
  sleep?: Sleep
  now?: Clock
}

const defaultNotFoundGraceMs = 10_000

function pollingOptions(options: WaiterOptions, learnAs: string): WaiterOptions {
  return {
    ...options,
    notFoundGraceMs: options.notFoundGraceMs ?? defaultNotFoundGraceMs,
    learnAs: options.learnAs ?? learnAs,
    durations: options.durations ?? runnerDurationStore()
  }
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
    ...pollingOptions(options, 'volume-available'),
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
    ...pollingOptions(options, 'volume-linked'),
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
    ...pollingOptions(options, 'volume-unlinked'),
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
    ...pollingOptions(options, 'snapshot-completed'),
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
    ...pollingOptions(options, 'omi-available'),
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
