// Bundles each entry point into its own <out>/<name>/index.js with ncc, licences included
// (script/ncc-build.mjs, which also leaves out the packages osc-chroot never reaches).
// One ncc run per entry keeps the main, post and CLI bundles independent of each other; the runs
// go in parallel (each is a separate process). <out> is dist/ unless given:
//   node script/bundle.mjs [--out DIR]
// (the e2e tests bundle today's src/ into node_modules/.cache this way).
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
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

const nccBuild = join(dirname(fileURLToPath(import.meta.url)), 'ncc-build.mjs')

function ncc(entry, outDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nccBuild, entry, outDir], { stdio: 'inherit' })
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
