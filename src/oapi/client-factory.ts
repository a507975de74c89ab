/**
 * The one place osc-chroot builds an OapiClient. The build, the orphan sweep and the post step's
 * cleanup all talk to the API the same way: the configuration's key pair, its TLS choice, the
 * default retry policy and timeouts, one user agent. Only where they talk to (endpoint and
 * region: from the configuration and the runner's VM, or as the build journaled them) differs.
 */
import { OapiClient } from './client.js'

/** What the client takes from the configuration (a BuildConfig has these fields). */
export interface ClientSettings {
  credentials: { accessKey: string; secretKey: string }
  insecureSkipTlsVerify: boolean
  /** A TLS client certificate (x509_cert_path, x509_key_path), for endpoints that require one. */
  clientCertificate?: { certPath: string; keyPath: string }
}

/** Where the calls go: the endpoint URL (see resolveEndpoint) and the region they are signed for. */
export interface ApiTarget {
  endpoint: string
  region: string
}

/** How osc-chroot introduces itself to the API (visible in Outscale's request logs). */
export const userAgent = 'osc-chroot'

/**
 * A client for one build, sweep or cleanup; close() it when done. onRequest is called before
 * every HTTP request (the benchmarks count calls with it).
 */
export function createOapiClient(
  settings: ClientSettings,
  target: ApiTarget,
  onRequest?: (call: string) => void
): OapiClient {
  return new OapiClient({
    endpoint: target.endpoint,
    region: target.region,
    accessKey: settings.credentials.accessKey,
    secretKey: settings.credentials.secretKey,
    insecureSkipTlsVerify: settings.insecureSkipTlsVerify,
    clientCertificate: settings.clientCertificate,
    userAgent,
    onRequest
  })
}
