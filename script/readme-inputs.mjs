// Writes the README's tables of inputs and outputs from action.yml, between the markers
// <!-- inputs --> ... <!-- /inputs --> and <!-- outputs --> ... <!-- /outputs -->, so the docs
// cannot drift from the contract. `--check` only reports whether the README is up to date.
import { readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath, URL } from 'node:url'
import YAML from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))
const readmePath = `${root}README.md`

/**
 * One line of a Markdown table cell: whitespace collapsed, pipes escaped, and < > outside code
 * spans written as entities so that `<region>` is not taken for an HTML tag.
 */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
}

function table(heading, entries) {
  const rows = Object.entries(entries ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec?.description)} |`
  )
  return [`| ${heading} | Description |`, '| --- | --- |', ...rows].join('\n')
}

/** Replaces what lies between <!-- name --> and <!-- /name --> (kept out of Prettier's way). */
function replaceSection(readme, name, content) {
  const pattern = new RegExp(`(<!-- ${name} -->\\n)[\\s\\S]*?(<!-- /${name} -->)`)
  if (!pattern.test(readme)) throw new Error(`README.md has no <!-- ${name} --> section`)
  const body = `<!-- prettier-ignore-start -->\n${content}\n<!-- prettier-ignore-end -->\n`
  return readme.replace(pattern, (_match, start, end) => `${start}${body}${end}`)
}

const action = YAML.parse(readFileSync(`${root}action.yml`, 'utf8'))
const current = readFileSync(readmePath, 'utf8')
let generated = replaceSection(current, 'inputs', table('Input', action.inputs))
generated = replaceSection(generated, 'outputs', table('Output', action.outputs))

if (process.argv.includes('--check')) {
  if (generated !== current) {
    process.stderr.write('README.md is out of date with action.yml: run `npm run docs`.\n')
    process.exit(1)
  }
} else if (generated !== current) {
  writeFileSync(readmePath, generated)
  process.stdout.write('README.md: inputs and outputs updated from action.yml.\n')
}
