// Writes prepare/action.yml from action.yml: split mode's prepare takes every input of the
// all-in-one action (copied verbatim, comments included) plus `name`. Run by `npm run docs`;
// __tests__/unit/split-actions.test.ts fails when the two files differ.
//   node script/split-actions.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

function prepareActionYaml(actionYaml) {
  const lines = actionYaml.split('\n')
  const start = lines.indexOf('inputs:')
  const end = lines.indexOf('outputs:')
  if (start < 0 || end < start) throw new Error('action.yml: no top-level inputs: then outputs:')
  const inputs = lines
    .slice(start + 1, end)
    .join('\n')
    .trimEnd()
  return `# Generated from ../action.yml by script/split-actions.mjs (npm run docs): do not edit.
name: osc-chroot prepare
description: >-
  Split mode, first step: opens an OMI build up to a ready chroot (source, volume, link, mount,
  chroot mounts, copied files, provisioning inputs if given) and leaves it open for the job's
  next steps (osc-chroot-exec) and the finish action. See docs/split-mode.md.
author: osc-chroot contributors
branding:
  icon: package
  color: blue

inputs:
  name:
    description: >-
      Names this open build, when the job opens more than one: osc-chroot-exec --build NAME and
      the finish action's name input then pick it. A letter, then letters, digits or _ (at most
      40). Default: empty, the unnamed build.
${inputs}

outputs:
  mount_path:
    description: Where the image is mounted on the runner (the chroot's root).
  device:
    description: Device the volume was linked as.
  build_id:
    description: The build's id, tagged on its temporary resources.
  source_omi_id:
    description: ID of the source OMI (the original, never a temporary copy); empty from scratch.
  orphans_deleted:
    description: IDs of what cleanup_orphans deleted, space-separated; empty when none or no sweep.

runs:
  using: node24
  main: ../dist/prepare/index.js
  post: ../dist/post/index.js
  post-if: always()
`
}

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const wanted = prepareActionYaml(readFileSync('action.yml', 'utf8'))
if (values.check) {
  if (readFileSync('prepare/action.yml', 'utf8') !== wanted) {
    console.error('prepare/action.yml is out of date: run npm run docs')
    process.exitCode = 1
  }
} else {
  writeFileSync('prepare/action.yml', wanted)
}
