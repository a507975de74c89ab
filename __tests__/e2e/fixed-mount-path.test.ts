/**
 * Two builds started together on one runner with the same fixed mount_path (no {{.Device}}): the
 * bundled action lets one build and refuses the other before it creates anything, naming the
 * build that uses the path; the claim is released and nothing is left afterwards.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { DEFAULT_CLAIMS_DIR } from '../../src/host/mount-path-claim.js'
import { ActionJob } from '../helpers/action.js'
import { expectNothingLeft, resourceIds } from '../helpers/leftovers.js'
import { privateNames } from '../helpers/private-names.js'

const { mountPrefix, devicePath } = privateNames('e2e-fixed')
// A second private device name, for the build that must not get as far as linking.
const { devicePath: otherDevicePath } = privateNames('e2e-fixed', process.pid + 1)
const mountPath = `${mountPrefix}fixed`

function claimsOf(path: string): string[] {
  if (!existsSync(DEFAULT_CLAIMS_DIR)) return []
  return readdirSync(DEFAULT_CLAIMS_DIR).filter((name) => {
    try {
      return JSON.parse(readFileSync(join(DEFAULT_CLAIMS_DIR, name), 'utf8')).mountPath === path
    } catch {
      return false
    }
  })
}

describe('a fixed mount_path used by two builds at once', () => {
  let sim: Simulator
  let seed: { imageId: string }
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    seed = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Fixed-path-base' })
  })
  afterAll(async () => {
    for (const job of jobs.splice(0)) job.remove()
    await sim?.stop()
  })

  it('builds one and refuses the other before it creates anything', async () => {
    const before = resourceIds(sim)
    const callsBefore = sim.calls().length
    const started = [devicePath, otherDevicePath].map((device, i) => {
      const job = new ActionJob(sim, {
        source_omi: seed.imageId,
        omi_name: `fixed-path-${i}-{{timestamp}}`,
        mount_path: mountPath,
        device_path: device
      })
      jobs.push(job)
      return job
    })
    const mains = await Promise.all(started.map((job) => job.main()))
    const posts = await Promise.all(started.map((job) => job.post()))

    const winner = mains.findIndex((main) => main.exitCode === 0)
    const loser = 1 - winner
    expect(winner).toBeGreaterThanOrEqual(0)
    expect(mains[loser].exitCode).not.toBe(0)
    expect(mains[loser].log).toMatch(
      new RegExp(
        `mount_path ${mountPath} is in use by build \\S+ \\(pid \\d+\\) on this runner\\. ` +
          'Builds running at the same time need their own mount_path'
      )
    )
    // Refused right after the read-only checks: one build's writes only (one volume, one link).
    const calls = sim
      .calls()
      .slice(callsBefore)
      .map((entry) => entry.call)
    expect(calls.filter((call) => call === 'CreateVolume' || call === 'LinkVolume')).toEqual([
      'CreateVolume',
      'LinkVolume'
    ])
    for (const post of posts) expect(post.exitCode).toBe(0)

    expect(claimsOf(mountPath)).toEqual([])
    expect(existsSync(mountPath)).toBe(false)
    expectNothingLeft(sim, {
      before,
      kept: [mains[winner].outputs.omi_id, mains[winner].outputs.snapshot_id]
    })
  })
})
