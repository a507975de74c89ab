// Bundles one entry point with ncc into <outDir>/index.js (chunks, assets and licences beside it):
//   node script/ncc-build.mjs <entry> <outDir>
// script/bundle.mjs runs one of these per entry point, each in its own process.
//
// Some packages that a dependency imports are never reached by osc-chroot's code; they are left
// out of the bundle (each mapped to a small module in script/unused/ that throws a clear error if
// it ever is reached), since every process would otherwise load their code and keep it in memory.
// That is most of the time from process start to the first API request, and of the resident
// memory: see bench/README.md.
import ncc from '@vercel/ncc'
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { transformSync } from 'esbuild'

const unusedDir = join(dirname(fileURLToPath(import.meta.url)), 'unused')

/** Package import → the stand-in module's file name (copied beside the bundle). */
const leftOut = {
  // @actions/core's OIDC client (core.getIDToken): undici, about 1 MB.
  '@actions/http-client': 'actions-http-client.mjs',
  '@actions/http-client/lib/auth': 'actions-http-client.mjs',
  // @actions/core's core.platform.getDetails(), with @actions/io.
  '@actions/exec': 'actions-exec.mjs',
  // Handlebars' compiler, for source maps of compiled templates (never asked for).
  'source-map': 'source-map.mjs'
}

const [entry, outDir] = process.argv.slice(2)
if (!entry || !outDir) throw new Error('usage: node script/ncc-build.mjs <entry> <outDir>')

const externals = Object.fromEntries(
  Object.entries(leftOut).map(([name, file]) => [name, `./unused/${file}`])
)
const { code, assets } = await ncc(resolve(entry), {
  externals,
  license: 'licenses.txt',
  quiet: true
})

/**
 * JavaScript rewritten ASCII-only, as esbuild prints it (non-ASCII characters escaped, comments
 * but licences dropped). V8 keeps a script's source in memory one byte per character only when
 * every character is Latin-1: a single '→' in a comment makes a whole chunk two bytes per
 * character, and Node decodes it more slowly at every start.
 */
function loadable(name, source) {
  if (!name.endsWith('.js')) return source
  return transformSync(source.toString(), {
    loader: 'js',
    charset: 'ascii',
    legalComments: 'inline'
  }).code
}

rmSync(outDir, { recursive: true, force: true })
mkdirSync(join(outDir, 'unused'), { recursive: true })
writeFileSync(join(outDir, 'index.js'), loadable('index.js', code))
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(dirname(join(outDir, name)), { recursive: true })
  writeFileSync(join(outDir, name), loadable(name, asset.source), { mode: asset.permissions })
}
for (const file of new Set(Object.values(leftOut))) {
  copyFileSync(join(unusedDir, file), join(outDir, 'unused', file))
}
