/**
 * The bundled main step (built from today's src/ by the e2e tier's setup) rejects a bad
 * configuration with one annotation per problem and without a single network request, and never
 * prints the secret of a valid one. No root needed, but it runs the bundle, as the e2e tier does.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { makeSandbox, minimalInputs, type Sandbox } from '../fixtures/config/harness.js'
import { bundled } from '../helpers/action.js'

let sandbox: Sandbox
beforeEach(() => {
  sandbox = makeSandbox()
})
afterEach(() => {
  sandbox.cleanup()
})

describe('the bundled main step', () => {
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
    const child = spawn(process.execPath, [bundled('main')], {
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
