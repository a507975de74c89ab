/**
 * Split mode's action files: prepare accepts every input of the all-in-one action, plus `name`
 * (script/split-actions.mjs writes it from action.yml; `npm run docs` runs it), and finish gives
 * the all-in-one action's outputs but orphans_deleted (the sweep is prepare's).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import YAML from 'yaml'

interface ActionFile {
  inputs: Record<string, { description: string }>
  outputs: Record<string, { description: string }>
  runs: Record<string, string>
}

function actionFile(path: string): ActionFile {
  return YAML.parse(readFileSync(path, 'utf8')) as ActionFile
}

describe('split mode action files', () => {
  const allInOne = actionFile('action.yml')
  const prepare = actionFile('prepare/action.yml')
  const finish = actionFile('finish/action.yml')

  it("prepare's inputs are action.yml's plus name, with the same descriptions", () => {
    expect(Object.keys(prepare.inputs).sort()).toEqual(
      [...Object.keys(allInOne.inputs), 'name'].sort()
    )
    for (const [input, { description }] of Object.entries(allInOne.inputs)) {
      expect([input, prepare.inputs[input].description]).toEqual([input, description])
    }
  })

  it('prepare gives the open build as outputs and cleans up in its post step', () => {
    expect(Object.keys(prepare.outputs)).toEqual(
      expect.arrayContaining(['mount_path', 'device', 'build_id', 'source_omi_id'])
    )
    expect(prepare.runs).toEqual({
      using: 'node24',
      main: '../dist/prepare/index.js',
      post: '../dist/post/index.js',
      'post-if': 'always()'
    })
  })

  it("finish has the all-in-one action's outputs (but the sweep's) and no required input", () => {
    const outputs = Object.keys(allInOne.outputs).filter((name) => name !== 'orphans_deleted')
    expect(Object.keys(finish.outputs).sort()).toEqual(outputs.sort())
    expect(Object.keys(finish.inputs)).toContain('name')
    expect(JSON.stringify(finish.inputs)).not.toContain('required')
    expect(finish.runs).toEqual({ using: 'node24', main: '../dist/finish/index.js' })
  })
})
