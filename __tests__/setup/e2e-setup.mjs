/* global process, console */
// The e2e tier's global setup: bundles today's src/ (script/bundle.mjs, as `npm run bundle` does
// for dist/) into a temporary directory, so the tests run the code as it is now, not the
// committed dist/. helpers/action.ts finds the bundles through OSC_CHROOT_TEST_BUNDLE.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { npmRun, tierCanRun } from './root-tier.mjs'

export default function e2eSetup() {
  if (!tierCanRun('e2e', 'loop devices, mount, chroot')) return
  const out = mkdtempSync(join(tmpdir(), 'osc-chroot-e2e-bundle-'))
  const started = Date.now()
  npmRun('bundle', '--out', out)
  console.log(`\ne2e: bundled src/ into ${out} in ${Math.round((Date.now() - started) / 1000)} s`)
  // Read by the test workers, which jest starts after this (they inherit the environment).
  process.env.OSC_CHROOT_TEST_BUNDLE = out
}
