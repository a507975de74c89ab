/**
 * The public contract: action.yml declares exactly the options the configuration reads, the
 * README's tables are generated from it, and the bundled main step (dist/, as committed) rejects a
 * bad configuration with one annotation per problem and without a single network request.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { makeSandbox, minimalInputs, type Sandbox } from '../fixtures/config/harness.js'

jest.unstable_mockModule('../../src/log.js', () => ({
  log: {
    debug: jest.fn(),
    info: jest.fn(),
    warning: jest.fn(),
    notice: jest.fn(),
    group: jest.fn(),
    secret: jest.fn()
  }
}))
const { loadConfig } = await import('../../src/config/index.js')
const { inputNames } = await import('../../src/config/inputs.js')

const root = fileURLToPath(new URL('../..', import.meta.url))

interface ActionInput {
  description?: string
  default?: string
  required?: boolean
}
const action = YAML.parse(readFileSync(`${root}action.yml`, 'utf8')) as {
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: Record<string, string>
}

let sandbox: Sandbox
beforeEach(() => {
  sandbox = makeSandbox()
})
afterEach(() => {
  sandbox.cleanup()
})

describe('action.yml', () => {
  it('declares every option the configuration reads, and nothing else', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...inputNames].sort())
  })

  it('describes every input and gives none a default, so config_file keeps its precedence', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      // The name rides along so that a failure says which input it is.
      expect([name, input.description ?? '']).toEqual([name, expect.stringMatching(/\S/)])
      expect([name, input.default]).toEqual([name, undefined])
    }
  })

  it('documents the defaults the configuration applies', () => {
    const { config } = loadConfig(sandbox.sources(minimalInputs))
    const documented: [string, unknown][] = [
      ['mount_path', config.mountPath],
      ['mount_partition', config.mountPartition],
      ['command_wrapper', config.commandWrapper],
      ['copy_files', config.copyFiles[0]],
      ['omi_virtualization_type', config.omiVirtualizationType],
      ['provision_shell', config.provisionShell],
      ['insecure_skip_tls_verify', config.insecureSkipTlsVerify],
      ['skip_region_validation', config.skipRegionValidation],
      ['from_scratch', config.fromScratch],
      ['global_permission', config.globalPermission],
      ['force_deregister', config.forceDeregister],
      ['force_delete_snapshot', config.forceDeleteSnapshot],
      ['prevent_service_start', config.preventServiceStart],
      ['kill_chroot_processes', config.killChrootProcesses],
      ['dry_run', config.dryRun]
    ]
    for (const [name, value] of documented) {
      const description = action.inputs[name].description?.replace(/\s+/g, ' ')
      expect([name, description]).toEqual([
        name,
        expect.stringContaining(`Default: \`${String(value)}\``)
      ])
    }
    const timeouts = action.inputs.timeouts.description?.replace(/\s+/g, ' ')
    expect(config.timeouts).toEqual({
      volume: 600,
      link: 600,
      device: 300,
      snapshot: 7200,
      omi: 3600
    })
    for (const phase of [
      'volume (creation, default 10m)',
      'link (default 10m)',
      'default 5m',
      'snapshot (default 2h)',
      'default 1h'
    ]) {
      expect(timeouts).toContain(phase)
    }
  })

  it('declares the outputs and the node24 main and post steps', () => {
    expect(Object.keys(action.outputs)).toEqual([
      'omi_id',
      'omi_name',
      'snapshot_id',
      'source_omi_id',
      'region',
      'subregion',
      'device',
      'manifest',
      'duration_seconds',
      'orphans_deleted'
    ])
    for (const output of Object.values(action.outputs)) expect(output.description).toMatch(/\S/)
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
      'post-if': 'always()'
    })
  })

  it("matches the README's input and output tables (npm run docs)", () => {
    expect(() =>
      execFileSync('node', ['script/readme-inputs.mjs', '--check'], { cwd: root, stdio: 'pipe' })
    ).not.toThrow()
  })
})

describe('the bundled main step (dist/main/index.js)', () => {
  let server: Server
  let requests: string[]
  let url: string

  beforeEach(async () => {
    requests = []
    server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`)
      response.end('{}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  /** Runs the bundle as the runner would: inputs in INPUT_*, output and state files present. */
  async function runMain(
    inputs: Record<string, string>
  ): Promise<{ code: number | null; stdout: string }> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: sandbox.homeDir,
      GITHUB_WORKSPACE: sandbox.workspace,
      GITHUB_OUTPUT: sandbox.write('github_output', ''),
      GITHUB_STATE: sandbox.write('github_state', ''),
      OSC_METADATA_ENDPOINT: url
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    const child = spawn(process.execPath, [`${root}dist/main/index.js`], {
      env,
      cwd: sandbox.workspace
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { code, stdout }
  }

  it('exits non-zero with one error annotation per problem, and makes no network call', async () => {
    const { code, stdout } = await runMain({
      ...minimalInputs,
      custom_endpoint_oapi: url,
      omi_name: 'x',
      root_volume_type: 'gp3',
      from_scratch: 'yes'
    })
    expect(code).not.toBe(0)
    const errors = stdout.split('\n').filter((line) => line.startsWith('::error::'))
    expect(errors).toEqual([
      '::error::from_scratch: "yes" is not a boolean; write true or false',
      '::error::root_volume_type: "gp3" is not allowed; use standard, gp2 or io1',
      '::error::omi_name: "x" is 1 characters long; OMI names have 3 to 128',
      '::error::The configuration has 3 problems (listed above).'
    ])
    expect(requests).toEqual([])
  })

  it('logs a valid configuration without its secret, then goes on to the metadata service', async () => {
    const secret = 'SK-must-never-be-printed'
    const { code, stdout } = await runMain({
      ...minimalInputs,
      secret_key: secret,
      custom_endpoint_oapi: url,
      dry_run: 'true'
    })
    expect(stdout).toContain('omi_name: test-omi')
    expect(stdout).toContain('secret_key: (set)')
    // Past the configuration, the first thing the build asks is who this VM is; this fake
    // metadata service answers nonsense, so the step fails there, before any API call.
    expect(requests[0]).toBe('GET /latest/meta-data/instance-id')
    expect(requests.every((request) => request.startsWith('GET /latest/meta-data/'))).toBe(true)
    expect(code).not.toBe(0)
    const linesWithSecret = stdout.split('\n').filter((line) => line.includes(secret))
    expect(linesWithSecret).toEqual([`::add-mask::${secret}`])
  })

  it('reads config_file relative to the workspace', async () => {
    writeFileSync(`${sandbox.workspace}/build.yml`, 'root_volume_type: gp3\n')
    const { code, stdout } = await runMain({ ...minimalInputs, config_file: 'build.yml' })
    expect(code).not.toBe(0)
    expect(stdout).toContain(
      '::error::root_volume_type: "gp3" is not allowed; use standard, gp2 or io1 (from config_file build.yml)'
    )
  })
})
