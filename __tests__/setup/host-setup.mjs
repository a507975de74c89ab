/* global process */
// The host tier's global setup: its simulator suites run the compiled simulator (sim/dist) too.
import { npmRun, tierCanRun } from './root-tier.mjs'

export default function hostSetup() {
  if (!tierCanRun('host', 'loop devices, mount, chroot')) return
  // A suite re-run inside new namespaces (helpers/namespaced-suite.ts) was set up by its parent.
  if (process.env.OSC_CHROOT_TEST_IN_NAMESPACES === '1') return
  npmRun('build:sim')
}
