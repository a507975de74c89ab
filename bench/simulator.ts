/**
 * A simulator for a stretch of the benchmark: started with a profile's latencies, seeded with the
 * source OMI every build starts from, stopped afterwards whatever happens. Its data directory is
 * the run's, so the seed disk is built once and reused by the next simulator. It plays the real
 * cloud's behaviours (the 'realistic' simulator profile: a new resource missing from Read* for a
 * moment, tags refused on it, ReadVms mappings lagging...) unless the run asks for 'test'.
 */
import {
  startSimulator,
  type FidelityOptions,
  type Simulator,
  type SimProfile
} from '../sim/index.js'
import type { BenchProfile } from './profiles.js'

let running: Simulator | undefined

/** Stops the simulator of the moment, if any (the bench was interrupted). */
export async function stopRunningSimulator(): Promise<void> {
  await running?.stop()
}

export async function withSimulator<T>(
  profile: BenchProfile,
  where: { dataDir: string; simProfile: SimProfile; fidelity?: Partial<FidelityOptions> },
  work: (sim: Simulator, sourceOmiId: string) => Promise<T>
): Promise<T> {
  const sim = await startSimulator({
    dataDir: where.dataDir,
    profile: where.simProfile,
    latency: profile.latency,
    fidelity: where.fidelity,
    deviceNaming: 'outscale'
  })
  running = sim
  try {
    const { imageId } = await sim.seedImage({ kind: 'ext4-partitioned', name: 'bench-source' })
    return await work(sim, imageId)
  } finally {
    await sim.stop()
    running = undefined
  }
}
