/**
 * The cloud the benchmark pretends to be: how long each Outscale operation takes in the simulator.
 *
 * No Outscale figures are published for these operations, so the reference profile holds
 * estimates of what a build sees on the platform, each with its reason below. They are on the
 * short side on purpose: a shorter floor makes every second of our own overhead weigh more in
 * "% of the floor", so the percentages here are pessimistic for us, not flattering.
 */
import type { LatencyProfile } from '../sim/index.js'

/**
 * The simulator shows a linked volume's kernel disk the moment its link is attached (the by-id
 * name follows after its deviceAppearDelayMs, 0 here): the action finds the disk then, by-id name
 * or not, so that delay is no part of the floor either.
 */
export interface BenchProfile {
  name: string
  latency: LatencyProfile
}

export const referenceProfile: BenchProfile = {
  name: 'reference',
  latency: {
    volumeCreateMs: 3000,
    volumeDeleteMs: 2000,
    linkAttachMs: 2000,
    linkDetachMs: 2000,
    snapshotQueueMs: 3000,
    snapshotMs: 20_000,
    snapshotMsPerGiBWritten: 60_000,
    snapshotDeleteMs: 2000,
    imageCreateMs: 4000,
    imageCopyMs: 30_000
  }
}

/** Why each reference figure; printed with the results so a reader can disagree with them. */
export const referenceReasons: Record<keyof LatencyProfile, string> = {
  volumeCreateMs: 'a BSU volume restored from a snapshot is available after a few seconds',
  volumeDeleteMs: 'deleting is asynchronous; the build does not wait for it',
  linkAttachMs: 'LinkVolume: attaching → attached takes a couple of seconds',
  linkDetachMs: 'UnlinkVolume of an unmounted volume: detaching → detached, a couple of seconds',
  snapshotQueueMs: 'a new snapshot waits in-queue before it starts',
  snapshotMs:
    'the fixed part of a snapshot of a small root volume (real ones often take longer, which ' +
    'would only make our share smaller)',
  snapshotMsPerGiBWritten:
    'plus the data written in the volume (seed image + provisioning), at about 17 MiB/s',
  snapshotDeleteMs: 'asynchronous, not waited for',
  imageCreateMs: 'CreateImage from a snapshot: pending → available in a few seconds',
  imageCopyMs: 'copying a foreign-owned source OMI (not on the benchmark path: the source is ours)'
}

/**
 * The profile with every duration drawn in [1 - spread, 1 + spread] × its figure, the same draw for
 * the same seed. Real durations vary; fixed round figures would let a polling period fall in step
 * with them (2 s polling finds a 4.0 s operation done at once, a 4.1 s one 1.9 s late), and
 * decide a comparison by luck. Each round of single builds gets its own draw, and both policies
 * build on the same one.
 */
export function jitteredProfile(profile: BenchProfile, seed: number, spread = 0.25): BenchProfile {
  const random = seededRandom(seed)
  const vary = (ms: number) => Math.round(ms * (1 - spread + 2 * spread * random()))
  const latency = Object.fromEntries(
    Object.entries(profile.latency).map(([knob, ms]) => [knob, vary(ms)])
  ) as unknown as LatencyProfile
  return { name: `${profile.name} (draw ${seed})`, latency }
}

/** mulberry32: a small seeded generator, so a draw can be repeated. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The reference profile with every duration multiplied by factor (smoke runs of the bench). */
export function scaledProfile(name: string, factor: number): BenchProfile {
  const latency = Object.fromEntries(
    Object.entries(referenceProfile.latency).map(([knob, ms]) => [knob, Math.round(ms * factor)])
  ) as unknown as LatencyProfile
  return { name, latency }
}

export const profiles: Record<string, BenchProfile> = {
  reference: referenceProfile,
  quick: scaledProfile('quick', 0.2)
}
