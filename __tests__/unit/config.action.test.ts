/**
 * The public contract: action.yml declares exactly the options the configuration reads, and the
 * README's tables are generated from it. The bundled main step's answer to a bad configuration is
 * checked in e2e/config-rejected.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { captureLog } from '../helpers/log-sink.js'
import { minimalInputs, sandboxPerTest } from '../fixtures/config/harness.js'

// What the configuration logs goes to the tests' sink, not the output.
captureLog()
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

const sandbox = sandboxPerTest()

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
