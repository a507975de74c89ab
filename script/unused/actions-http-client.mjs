// Stands in for @actions/http-client in the bundles (script/ncc-build.mjs maps it here).
// @actions/core imports it only for its OIDC token support (core.getIDToken), which osc-chroot
// never calls; the real package bundles undici, about 1 MB of code that every process would load
// and keep in memory for nothing. Should a future change reach it, this fails loudly instead.
function leftOut() {
  throw new Error(
    '@actions/http-client is left out of the osc-chroot bundles (see script/ncc-build.mjs): ' +
      'core.getIDToken and anything else that needs it cannot be used without bundling it again.'
  )
}

export class HttpClient {
  constructor() {
    leftOut()
  }
}

export class BearerCredentialHandler {
  constructor() {
    leftOut()
  }
}
