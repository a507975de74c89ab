// Writes the tables of inputs (docs/configuration.md) and outputs (README.md) from action.yml,
// between the markers <!-- inputs --> ... <!-- /inputs --> and <!-- outputs --> ... <!-- /outputs -->,
// so the docs cannot drift from the contract. `--check` only reports whether they are up to date.
import { readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath, URL } from 'node:url'
import YAML from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))

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
function replaceSection(file, text, name, content) {
  const pattern = new RegExp(`(<!-- ${name} -->\\n)[\\s\\S]*?(<!-- /${name} -->)`)
  if (!pattern.test(text)) throw new Error(`${file} has no <!-- ${name} --> section`)
  const body = `<!-- prettier-ignore-start -->\n${content}\n<!-- prettier-ignore-end -->\n`
  return text.replace(pattern, (_match, start, end) => `${start}${body}${end}`)
}

const action = YAML.parse(readFileSync(`${root}action.yml`, 'utf8'))
const targets = [
  { file: 'docs/configuration.md', name: 'inputs', content: table('Input', action.inputs) },
  { file: 'README.md', name: 'outputs', content: table('Output', action.outputs) }
]

let stale = false
for (const { file, name, content } of targets) {
  const current = readFileSync(`${root}${file}`, 'utf8')
  const generated = replaceSection(file, current, name, content)
  if (generated === current) continue
  if (process.argv.includes('--check')) {
    process.stderr.write(`${file} is out of date with action.yml: run \`npm run docs\`.\n`)
    stale = true
  } else {
    writeFileSync(`${root}${file}`, generated)
    process.stdout.write(`${file}: ${name} updated from action.yml.\n`)
  }
}
if (stale) process.exit(1)
