/**
 * The simulator as a separate program (root only, it links real devices): start in the
 * background with a state file, seed, drive it over HTTP, stop it cleanly; and `cleanup` after
 * the simulator process was killed removes the loop devices, links and files it left.
 * Needs the compiled CLI: `npm test` builds it first (pretest: npm run build:sim).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { oapiCaller, waitFor } from '../helpers/sim-client.js'
import { linksTo, loopDevicesUnder } from '../helpers/sim-host.js'

const CLI = join(process.cwd(), 'sim', 'dist', 'cli.js')
const BY_ID = '/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_'
const exec = promisify(execFile)

interface State {
  pid: number
  endpoint: string
  metadataEndpoint: string
  credentials: { accessKey: string; secretKey: string }
  vmId: string
  region: string
  subregion: string
  dataDir: string
}

async function cli(...args: string[]): Promise<unknown> {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: run 'npm run build:sim' (npm test does it first)`)
  const { stdout } = await exec(process.execPath, [CLI, ...args])
  return JSON.parse(stdout)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Simulators a test started: stopped after it whatever happens. */
const started: string[] = []
afterEach(async () => {
  for (const dataDir of started.splice(0))
    await cli('stop', '--data-dir', dataDir).catch(() => undefined)
})

async function linkAttachedVolume(state: State, deviceName: string): Promise<string> {
  const oapi = oapiCaller(state)
  const seeded = (await cli('seed', '--data-dir', state.dataDir, '--kind', 'ext4-partitioned')) as {
    snapshotId: string
  }
  const volumeId = (
    await oapi('CreateVolume', { SubregionName: state.subregion, SnapshotId: seeded.snapshotId })
  ).body.Volume.VolumeId
  // Optional chaining: in the realistic profile a new volume is missing from reads for a moment,
  // and polling the same request too fast is throttled (503 without Volumes).
  const read = async () =>
    (await oapi('ReadVolumes', { Filters: { VolumeIds: [volumeId] } })).body.Volumes?.[0]
  await waitFor(read, (volume) => volume?.State === 'available', 'volume available')
  expect(
    (await oapi('LinkVolume', { VolumeId: volumeId, VmId: state.vmId, DeviceName: deviceName }))
      .status
  ).toBe(200)
  await waitFor(read, (volume) => volume?.LinkedVolumes[0]?.State === 'attached', 'volume attached')
  return volumeId
}

describe('simulator CLI', () => {
  it('starts in the background, seeds, serves OAPI and metadata, and stops leaving nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sim-cli-test-'))
    try {
      const state = (await cli('start', '--data-dir', dataDir)) as State
      started.push(dataDir)
      expect(alive(state.pid)).toBe(true)
      expect(JSON.parse(readFileSync(join(dataDir, 'sim.json'), 'utf8'))).toEqual(state)
      expect(statSync(join(dataDir, 'sim.json')).mode & 0o777).toBe(0o600)
      expect(
        await (await fetch(`${state.metadataEndpoint}/latest/meta-data/instance-id`)).text()
      ).toBe(state.vmId)

      await linkAttachedVolume(state, '/dev/xvdza')
      await waitFor(
        async () => existsSync(`${BY_ID}sdza-part1`),
        (found) => found,
        'by-id link'
      )
      const calls = (await cli('calls', '--data-dir', dataDir)) as {
        call: string
        status: number
      }[]
      expect(calls.map((entry) => entry.call)).toEqual(
        expect.arrayContaining(['CreateVolume', 'LinkVolume', 'ReadVolumes'])
      )

      const loops = await loopDevicesUnder(dataDir)
      expect(loops).toHaveLength(1)
      await cli('stop', '--data-dir', dataDir)
      expect(alive(state.pid)).toBe(false)
      expect(await loopDevicesUnder(dataDir)).toEqual([])
      expect(linksTo(loops[0])).toEqual([])
      expect(existsSync(`${BY_ID}sdza`)).toBe(false)
      expect(existsSync(join(dataDir, 'sim.json'))).toBe(false)
      expect(existsSync(join(dataDir, 'volumes'))).toBe(false)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('cleans up after a simulator that was killed with SIGKILL', async () => {
    const state = (await cli('start')) as State
    started.push(state.dataDir)
    await linkAttachedVolume(state, '/dev/xvdzb')
    await waitFor(
      async () => existsSync(`${BY_ID}sdzb-part1`),
      (found) => found,
      'by-id link'
    )
    const loops = await loopDevicesUnder(state.dataDir)
    expect(loops).toHaveLength(1)

    process.kill(state.pid, 'SIGKILL')
    await waitFor(
      async () => alive(state.pid),
      (isAlive) => !isAlive,
      'the simulator to die'
    )
    // Killed: everything is still there.
    expect(await loopDevicesUnder(state.dataDir)).toEqual(loops)
    expect(existsSync(`${BY_ID}sdzb-part1`)).toBe(true)

    const report = (await cli('cleanup')) as {
      loopDevices: string[]
      links: string[]
      dataDirs: string[]
    }
    expect(report.loopDevices).toContain(loops[0])
    expect(report.links).toEqual(expect.arrayContaining([`${BY_ID}sdzb`, `${BY_ID}sdzb-part1`]))
    expect(report.dataDirs).toContain(state.dataDir)
    expect(await loopDevicesUnder(state.dataDir)).toEqual([])
    expect(linksTo(loops[0])).toEqual([])
    expect(existsSync(state.dataDir)).toBe(false)
    expect(existsSync('/run/osc-sim/claims/scsi-0QEMU_QEMU_HARDDISK_sdzb')).toBe(false)
  })

  it('takes the realistic profile, the osc-udev naming and gateway HTML faults from the command line', async () => {
    const state = (await cli(
      'start',
      '--profile',
      'realistic',
      '--fidelity',
      '{"deniedCalls":["ReadAccounts"]}',
      '--naming',
      'osc-udev'
    )) as State
    started.push(state.dataDir)
    const oapi = oapiCaller(state)
    const missing = await oapi('DeleteVolume', { VolumeId: 'vol-00000000' })
    expect(missing.body.Errors[0].Details).toBe("The VolumeId 'vol-00000000' doesn't exist.")
    expect((await oapi('ReadAccounts')).status).toBe(403)

    await linkAttachedVolume(state, '/dev/xvdzc')
    await waitFor(
      async () => existsSync('/dev/xvdzc1') && existsSync(`${BY_ID}sdzc-part1`),
      (found) => found,
      'the xvd and by-id links'
    )

    await cli(
      'fault',
      '--data-dir',
      state.dataDir,
      '--call',
      'ReadVms',
      '--status',
      '502',
      '--html'
    )
    const { AwsClient } = await import('aws4fetch')
    const signer = new AwsClient({
      accessKeyId: state.credentials.accessKey,
      secretAccessKey: state.credentials.secretKey,
      service: 'api',
      region: state.region,
      retries: 0
    })
    const gateway = await signer.fetch(`${state.endpoint}/ReadVms`, { method: 'POST', body: '{}' })
    expect(gateway.status).toBe(502)
    expect(await gateway.text()).toContain('502 Bad Gateway')

    await cli('stop', '--data-dir', state.dataDir)
    expect(existsSync('/dev/xvdzc')).toBe(false)
    expect(existsSync('/dev/xvdzc1')).toBe(false)
  })
})
