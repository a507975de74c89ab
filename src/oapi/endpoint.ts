/**
 * Turns the region and the custom_endpoint_oapi input (or OSC_ENDPOINT_API) into the base URL the
 * client appends `/<Call>` to. Outscale's own tools disagree on the format of that value (see
 * the list), so we accept every form in use:
 *
 *   ''                                   https://api.<region>.outscale.com/api/v1
 *   https://api.eu-west-2.outscale.com   + /api/v1 (osc-config-spec: a URL with no path)
 *   http://127.0.0.1:3000/api/v1         as is (JS SDK, Go SDK v3: the base path itself)
 *   api.eu-west-2.outscale.com/api/v1    https:// added (osc-cli: a host and path, no scheme)
 *   outscale.com/oapi/latest             https://api.<region>.outscale.com/api/v1 (Packer)
 *   outscale.hk                          https://api.<region>.outscale.hk/api/v1 (Packer)
 *
 * A value without a scheme is a host when it starts with `api.`, is `localhost` or an IP address;
 * otherwise it is a Packer-style domain suffix. Packer's default suffix `outscale.com/oapi/latest`
 * comes from its 2020 client; the published spec only serves `/api/v1` (its `servers` entry), no
 * current Outscale source documents `/oapi/latest`, and today's Packer plugin hands the value to
 * the SDK whose default path is `/api/v1`. So a Packer template copied as is must keep working:
 * we map `/oapi/latest` (and an empty path) to `/api/v1`. Any other path is kept as given.
 */

const API_PATH = '/api/v1'
const PACKER_LEGACY_PATH = '/oapi/latest'

export function resolveEndpoint(region: string, customEndpointOapi: string): string {
  const value = customEndpointOapi.trim()
  if (value === '') return `https://${apiHost(region, 'outscale.com', value)}${API_PATH}`

  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return withApiPath(parseUrl(value, value))

  const slash = value.indexOf('/')
  const host = slash === -1 ? value : value.slice(0, slash)
  const path = slash === -1 ? '' : value.slice(slash)
  if (isHostName(host)) return withApiPath(parseUrl(`https://${value}`, value))

  const packerPath = path === '' || stripSlash(path) === PACKER_LEGACY_PATH ? API_PATH : path
  return withApiPath(parseUrl(`https://${apiHost(region, host, value)}${packerPath}`, value))
}

function apiHost(region: string, domain: string, input: string): string {
  if (region.trim() === '') {
    const shown = input === '' ? 'the default endpoint' : `custom_endpoint_oapi "${input}"`
    throw new Error(
      `The OAPI endpoint cannot be built: ${shown} needs a region (api.<region>.${domain}). ` +
        'Set the region input (or OSC_REGION), or give custom_endpoint_oapi as a full URL.'
    )
  }
  return `api.${region.trim()}.${domain}`
}

/** True for `api.<...>`, `localhost` and IP addresses (with or without a port). */
function isHostName(host: string): boolean {
  const name = host.replace(/:\d+$/, '')
  return (
    name.startsWith('api.') ||
    name === 'localhost' ||
    /^\d{1,3}(\.\d{1,3}){3}$/.test(name) ||
    name.startsWith('[')
  )
}

function parseUrl(candidate: string, input: string): URL {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    throw new Error(
      `custom_endpoint_oapi "${input}" is not a valid URL or domain. ` +
        'Use a URL such as https://api.eu-west-2.outscale.com/api/v1 or a domain such as outscale.com.'
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`custom_endpoint_oapi "${input}" must use http:// or https://.`)
  }
  if (url.search !== '' || url.hash !== '') {
    throw new Error(`custom_endpoint_oapi "${input}" must not have a query string or fragment.`)
  }
  return url
}

/** Adds /api/v1 to a URL with no path; otherwise keeps the path, minus a trailing slash. */
function withApiPath(url: URL): string {
  const path = stripSlash(url.pathname)
  return `${url.protocol}//${url.host}${path === '' ? API_PATH : path}`
}

function stripSlash(path: string): string {
  return path.replace(/\/+$/, '')
}
