/**
 * The HCL parser (Go compiled to WebAssembly, 6.5 MB) is instantiated only by a build whose
 * config_file is an HCL2 template: a build configured by inputs, a YAML file or a Packer JSON
 * template never loads it, which keeps it out of the process's memory and start-up time.
 */
import { describe, expect, it } from '@jest/globals'
import { minimalInputs, sandboxPerTest } from '../fixtures/config/harness.js'
import { captureLogPerTest } from '../helpers/log-sink.js'

captureLogPerTest()

const { loadConfig } = await import('../../src/config/index.js')
const { hclParserLoaded } = await import('../../src/config/template/hcl-parser.js')

const sandbox = sandboxPerTest()

const jsonTemplate = JSON.stringify({
  builders: [{ type: 'osc-chroot', source_omi: 'ami-12345678', omi_name: 'from-json' }]
})

const hclTemplate = `source "osc-chroot" "one" {
  source_omi = "ami-12345678"
  omi_name   = "from-hcl"
}

build {
  sources = ["source.osc-chroot.one"]
}
`

// One process (this file's module registry) goes through the cases in order: the parser's
// state only ever goes from not loaded to loaded.
describe('the HCL parser', () => {
  it('is not loaded by a build configured by inputs, a YAML file or a Packer JSON template', () => {
    expect(loadConfig(sandbox.sources(minimalInputs)).config.omiName).toBe('test-omi')

    sandbox.write('build.yml', 'omi_name: from-yaml\n')
    const yaml = { ...minimalInputs, omi_name: '', config_file: 'build.yml' }
    expect(loadConfig(sandbox.sources(yaml)).config.omiName).toBe('from-yaml')

    sandbox.write('build.json', jsonTemplate)
    const json = { ...minimalInputs, omi_name: '', source_omi: '', config_file: 'build.json' }
    expect(loadConfig(sandbox.sources(json)).config.omiName).toBe('from-json')

    expect(hclParserLoaded()).toBe(false)
    // Go's JavaScript runtime (wasm_exec.js) has not run either.
    expect('Go' in globalThis).toBe(false)
  })

  it('is loaded when config_file is an HCL2 template', () => {
    sandbox.write('build.pkr.hcl', hclTemplate)
    const hcl = { ...minimalInputs, omi_name: '', source_omi: '', config_file: 'build.pkr.hcl' }
    expect(loadConfig(sandbox.sources(hcl)).config.omiName).toBe('from-hcl')
    expect(hclParserLoaded()).toBe(true)
    expect('Go' in globalThis).toBe(true)
  })
})
