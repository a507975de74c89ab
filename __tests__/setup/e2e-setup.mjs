/* global process, console */
// The e2e tier's global setup: the tests run the action bundled from today's src/ (as
// `npm run bundle` makes dist/, script/bundle.mjs), never the committed dist/. Bundling takes a
// minute or more, so a bundle is kept under node_modules/.cache, named by a hash of everything it
// is made from, and made again only when one of those files changed. helpers/action.ts finds it
// through OSC_CHROOT_TEST_BUNDLE.
//
// Two runs at once on one checkout (say, before and after an edit) may each need their own bundle,
// so the few most recently used bundles are kept, not only the newest, and a half-made one only
// goes when it is too old to be still in the making.
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync
} from 'node:fs'
import { join } from 'node:path'
import { npmRun, tierCanRun } from './root-tier.mjs'

/** Where the action records for the boot that disks show by-id names (src/host/by-id-record.ts). */
export const BY_ID_RECORD = '/run/osc-chroot/names-by-id.json'

const cacheRoot = join(process.cwd(), 'node_modules', '.cache', 'osc-chroot-e2e-bundle')
/** How many bundles are kept, the one in use included. */
const KEEP_BUNDLES = 3
/** A half-made bundle older than this is of a run that died: bundling takes a few minutes. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000
/** What a bundle is made from: the sources, the dependencies' exact versions, the recipe. */
function bundleInputs() {
  const sources = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  const recipe = ['script/bundle.mjs', 'script/ncc-build.mjs']
  const standIns = readdirSync('script/unused').map((name) => join('script/unused', name))
  return [...sources, 'package-lock.json', 'tsconfig.json', ...recipe, ...standIns].sort()
}

function sourceHash() {
  const hash = createHash('sha256')
  for (const file of bundleInputs())
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0')
  return hash.digest('hex').slice(0, 16)
}

/** The cache's directories, most recently used first (one removed meanwhile is left out). */
function cachedDirectories() {
  const found = []
  for (const name of readdirSync(cacheRoot)) {
    try {
      found.push({
        path: join(cacheRoot, name),
        name,
        usedMs: statSync(join(cacheRoot, name)).mtimeMs
      })
    } catch {
      // Removed by another run between the listing and the stat.
    }
  }
  return found.sort((a, b) => b.usedMs - a.usedMs)
}

/** Removes all but the most recently used bundles, and half-made ones that were abandoned. */
function pruneCache(inUse) {
  const entries = cachedDirectories()
  const finished = entries.filter((entry) => !entry.name.endsWith('.tmp') && entry.path !== inUse)
  const abandoned = entries.filter(
    (entry) => entry.name.endsWith('.tmp') && Date.now() - entry.usedMs > ABANDONED_AFTER_MS
  )
  for (const entry of [...finished.slice(KEEP_BUNDLES - 1), ...abandoned])
    rmSync(entry.path, { recursive: true, force: true })
}

export default function e2eSetup() {
  if (!tierCanRun('e2e', 'loop devices, mount, chroot')) return
  mkdirSync(cacheRoot, { recursive: true })
  const bundle = join(cacheRoot, sourceHash())
  if (existsSync(join(bundle, 'main', 'index.js'))) {
    console.log(`\ne2e: src/ unchanged since its last bundle, ${bundle}`)
    // Marks it as used now, so that another run's pruning keeps it.
    const now = new Date()
    utimesSync(bundle, now, now)
  } else {
    const started = Date.now()
    const building = `${bundle}.${process.pid}.tmp`
    npmRun('bundle', '--out', building)
    try {
      renameSync(building, bundle)
    } catch (error) {
      // Another run made the same bundle meanwhile: theirs is as good.
      if (!existsSync(join(bundle, 'main', 'index.js'))) throw error
      rmSync(building, { recursive: true, force: true })
    }
    console.log(
      `\ne2e: bundled src/ into ${bundle} in ${Math.round((Date.now() - started) / 1000)} s`
    )
  }
  pruneCache(bundle)
  // Read by the test workers, which jest starts after this (they inherit the environment).
  process.env.OSC_CHROOT_TEST_BUNDLE = bundle
  // The builds record, beside the default host lock, that this host names disks by id: the
  // teardown (same process) removes that record unless it was there before the run.
  globalThis.oscChrootByIdRecordWasThere = existsSync(BY_ID_RECORD)
}
