/**
 * The CLI (`osc-chroot build --config build.yaml`): the same pipeline outside GitHub Actions,
 * run from the bundle against the simulator; the outputs come as JSON on stdout, the log on stderr.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { bundled } from '../helpers/action.js'

const exec = promisify(execFile)
const cli = () => bundled('cli')

describe('osc-chroot build (CLI)', () => {
  let sim: Simulator
  let dir: string

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY })
    dir = mkdtempSync(join(tmpdir(), 'osc-chroot-cli-'))
  })
  afterAll(async () => {
    await sim?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  function run(args: string[]) {
    return exec(process.execPath, [cli(), ...args], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        TMPDIR: dir,
        OSC_METADATA_ENDPOINT: sim.metadataEndpoint,
        OSC_ACCESS_KEY: sim.credentials.accessKey,
        OSC_SECRET_KEY: sim.credentials.secretKey
      }
    }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error
    )
  }

  it('builds an OMI from a YAML file and prints the outputs as JSON on stdout', async () => {
    const base = await sim.seedImage({ kind: 'ext4-partitioned', name: 'cli-base' })
    writeFileSync(
      join(dir, 'build.yaml'),
      [
        `custom_endpoint_oapi: ${sim.endpoint}`,
        `source_omi: ${base.imageId}`,
        "omi_name: 'cli-{{timestamp}}'",
        'provision: echo from-cli > /etc/cli'
      ].join('\n')
    )
    const { code, stdout, stderr } = await run(['build', '--config', 'build.yaml'])
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' })
    const outputs = JSON.parse(stdout)
    expect(outputs).toMatchObject({
      outcome: 'succeeded',
      source_omi_id: base.imageId,
      region: sim.region
    })
    expect(outputs.omi_id).toMatch(/^ami-[0-9a-f]{8}$/)
    expect(sim.resources().images.some((image) => image.ImageId === outputs.omi_id)).toBe(true)
    expect(stderr).toContain('Provisioning in the chroot')
    expect(stdout + stderr).not.toContain(sim.credentials.secretKey)
  })

  it('reports configuration problems on stderr and exits 1', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'omi_name: x\nroot_volume_type: gp3\n')
    const { code, stdout, stderr } = await run(['build', '--config', 'bad.yaml'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/root_volume_type: "gp3" is not allowed/)
  })

  it('explains its usage', async () => {
    const { code, stderr } = await run(['frobnicate'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/Usage: osc-chroot build --config <file>/)
  })
})
