/* global process */
// Removes the bundle e2e-setup.mjs made.
import { rmSync } from 'node:fs'

export default function e2eTeardown() {
  const out = process.env.OSC_CHROOT_TEST_BUNDLE
  if (out) rmSync(out, { recursive: true, force: true })
}
