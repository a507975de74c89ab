/* global process, console */
// What the root tiers' global setups share: whether they can run, and the npm scripts they need.
import { execFileSync } from 'node:child_process'

export const isRoot = process.getuid?.() === 0

/**
 * True when the tier can run; otherwise says once why its tests are reported skipped (its test
 * environment, root-tier-environment.mjs, skips them).
 */
export function tierCanRun(tier, needs) {
  if (!isRoot) console.log(`\n${tier} tier needs root (${needs}): skipped`)
  return isRoot
}

/** Runs an npm script of this repository, its output shown (a failure ends the run). */
export function npmRun(script, ...args) {
  execFileSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    stdio: 'inherit'
  })
}
