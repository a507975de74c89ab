// Bundles each entry point into its own <out>/<name>/index.js with ncc, licences included.
// One ncc run per entry keeps the main, post and CLI bundles independent of each other; the runs
// go in parallel (each is a separate process). <out> is dist/ unless given:
//   node script/bundle.mjs [--out DIR]
// (the e2e tests bundle today's src/ into node_modules/.cache this way).
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } })
const entries = {
  main: 'src/entry/main.ts',
  post: 'src/entry/post.ts',
  cli: 'src/entry/cli.ts',
  prepare: 'src/entry/prepare.ts',
  finish: 'src/entry/finish.ts',
  exec: 'src/entry/exec.ts'
}

function ncc(entry, outDir) {
  const args = ['ncc', 'build', entry, '-o', outDir, '--license', 'licenses.txt', '--quiet']
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: 'inherit' })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed (exit ${code}) bundling ${entry}`))
    )
  })
}

rmSync(values.out, { recursive: true, force: true })
await Promise.all(
  Object.entries(entries).map(([name, entry]) => ncc(entry, join(values.out, name)))
)
