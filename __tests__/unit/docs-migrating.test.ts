/**
 * docs/migrating-from-packer.md shows, for each template form, the workflow step that replaces
 * `packer build`. Each step here is read from the page with the template shown above it, and must
 * make a valid build that runs the template's provisioners: the page cannot drift from what the
 * action accepts.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { loadConfig } from '../../src/config/index.js'
import { sandboxPerTest } from '../fixtures/config/harness.js'
import { captureLogPerTest } from '../helpers/log-sink.js'

const page = readFileSync(
  fileURLToPath(new URL('../../docs/migrating-from-packer.md', import.meta.url)),
  'utf8'
)
const section = page.slice(page.indexOf('## Replacing `packer build`'))

/** The fenced blocks of a language in the section, in order. */
function blocks(language: string): string[] {
  return [...section.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map(
    (match) => match[1]
  )
}

/** The `with:` of the page's workflow step: the action's inputs, as strings. */
function stepInputs(yaml: string): Record<string, string> {
  const [step] = parse(yaml) as { uses: string; with: Record<string, unknown> }[]
  expect(step.uses).toBe('<owner>/osc-chroot@v1')
  return Object.fromEntries(Object.entries(step.with).map(([key, value]) => [key, String(value)]))
}

const env = { OSC_ACCESS_KEY: 'AKDOCS', OSC_SECRET_KEY: 'SK-DOCS' }
const sandbox = sandboxPerTest()
captureLogPerTest()
beforeEach(() => {
  sandbox.write('files/app.conf', 'listen 80\n')
})

describe('docs/migrating-from-packer.md: the step that replaces packer build', () => {
  it('shows a JSON template, an HCL2 template and a step for each', () => {
    expect(blocks('json')).toHaveLength(1)
    expect(blocks('hcl')).toHaveLength(1)
    expect(blocks('yaml')).toHaveLength(2)
  })

  it.each([
    ['JSON', 'packer.json', 'json', 0],
    ['HCL2', 'build.pkr.hcl', 'hcl', 1]
  ])(
    '%s: the template and its step make a build of its provisioners',
    (_form, file, lang, step) => {
      sandbox.write(file, blocks(lang)[0])
      const inputs = stepInputs(blocks('yaml')[step])
      expect(inputs.config_file).toBe(file)

      const { config } = loadConfig(sandbox.sources(inputs, env))

      expect(config.omiName).toMatch(/^app-1\.2-\d+$/)
      expect(config.sourceOmiFilter).toMatchObject({ owners: ['Outscale'], mostRecent: true })
      expect(config.templateProvisioners.map((provisioner) => provisioner.type)).toEqual([
        'shell',
        'file'
      ])
    }
  )

  it('HCL2: the directory form reads the same template', () => {
    sandbox.write('build.pkr.hcl', blocks('hcl')[0])
    const inputs = { ...stepInputs(blocks('yaml')[1]), config_file: '.' }
    const { config } = loadConfig(sandbox.sources(inputs, env))
    expect(config.templateProvisioners).toHaveLength(2)
  })
})
