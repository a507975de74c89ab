/**
 * What the configuration may need is loaded only when it does, which keeps it out of the
 * process's memory and of its start-up before the first request:
 * - the HCL parser (Go compiled to WebAssembly, 6.5 MB) by a build whose config_file is an HCL2
 *   template: a build configured by inputs, a YAML file or a Packer JSON template never loads it;
 * - Handlebars by a template that is more than plain references (`{{.Device}}`, `{{timestamp}}`):
 *   the defaults and most options never load it.
 */
import { describe, expect, it } from '@jest/globals'
import { minimalInputs, sandboxPerTest } from '../fixtures/config/harness.js'
import { captureLogPerTest } from '../helpers/log-sink.js'

captureLogPerTest()

const { loadConfig } = await import('../../src/config/index.js')
const { hclParserLoaded } = await import('../../src/config/template/hcl-parser.js')
const { handlebarsLoaded } = await import('../../src/template.js')

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

// One process (this file's module registry) goes through the cases in order: what is loaded
// stays loaded.
describe('Handlebars', () => {
  it('is not loaded by the defaults nor by options made of plain references', () => {
    const plain = {
      ...minimalInputs,
      omi_name: 'debian-{{timestamp}}',
      mount_path: '/mnt/osc-chroot/{{ .Device }}',
      command_wrapper: 'sudo -n {{.Command}}',
      tags: 'Source: "{{.SourceOMI}}"\nBuilt: "{{isotime}}"'
    }
    expect(loadConfig(sandbox.sources(minimalInputs)).config.commandWrapper).toBe('{{.Command}}')
    expect(loadConfig(sandbox.sources(plain)).config.omiName).toMatch(/^debian-\d{10}$/)
    expect(handlebarsLoaded()).toBe(false)
  })

  it('is loaded by a template with a pipe', () => {
    const piped = { ...minimalInputs, omi_name: 'debian-{{isotime | clean_resource_name}}' }
    expect(loadConfig(sandbox.sources(piped)).config.omiName).toMatch(/^debian-\d{4}-\d\d-/)
    expect(handlebarsLoaded()).toBe(true)
  })
})

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
