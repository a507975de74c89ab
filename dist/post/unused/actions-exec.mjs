// Stands in for @actions/exec in the bundles (script/ncc-build.mjs maps it here).
// @actions/core imports it only for core.platform.getDetails(), which osc-chroot never calls (it
// runs programs through src/host/exec.ts); the real package and @actions/io would be loaded by
// every process for nothing. Should a future change reach it, this fails loudly instead.
function leftOut() {
  throw new Error(
    '@actions/exec is left out of the osc-chroot bundles (see script/ncc-build.mjs): ' +
      'core.platform.getDetails and anything else that needs it cannot be used without bundling it again.'
  )
}

export function exec() {
  return leftOut()
}

export function getExecOutput() {
  return leftOut()
}
