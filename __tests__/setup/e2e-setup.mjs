/* global process, console */
// The e2e tier's global setup: the tests run the action bundled from today's src/ (as
// `npm run bundle` makes dist/, script/bundle.mjs), never the committed dist/. Bundling takes a
// minute or more, so a bundle is kept under node_modules/.cache, named by a hash of everything it
// is made from, and made again only when one of those files changed. helpers/action.ts finds it
// through OSC_CHROOT_TEST_BUNDLE.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { npmRun, tierCanRun } from './root-tier.mjs'

const cacheRoot = join('node_modules', '.cache', 'osc-chroot-e2e-bundle')
/** What a bundle is made from: the sources, the dependencies' exact versions, the recipe. */
function bundleInputs() {
  const sources = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  return [...sources, 'package-lock.json', 'tsconfig.json', 'script/bundle.mjs'].sort()
}

function sourceHash() {
  const hash = createHash('sha256')
  for (const file of bundleInputs())
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0')
  return hash.digest('hex').slice(0, 16)
}

export default function e2eSetup() {
  if (!tierCanRun('e2e', 'loop devices, mount, chroot')) return
  const bundle = join(process.cwd(), cacheRoot, sourceHash())
  if (existsSync(join(bundle, 'main', 'index.js'))) {
    console.log(`\ne2e: src/ unchanged since its last bundle, ${bundle}`)
  } else {
    const started = Date.now()
    // Older bundles are of older sources (or were left half made): only the newest is kept.
    rmSync(cacheRoot, { recursive: true, force: true })
    mkdirSync(cacheRoot, { recursive: true })
    const building = `${bundle}.${process.pid}.tmp`
    npmRun('bundle', '--out', building)
    renameSync(building, bundle)
    console.log(
      `\ne2e: bundled src/ into ${bundle} in ${Math.round((Date.now() - started) / 1000)} s`
    )
  }
  // Read by the test workers, which jest starts after this (they inherit the environment).
  process.env.OSC_CHROOT_TEST_BUNDLE = bundle
}
