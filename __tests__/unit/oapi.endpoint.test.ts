import { describe, expect, it } from '@jest/globals'
import { resolveEndpoint } from '../../src/oapi/endpoint.js'

describe('resolveEndpoint', () => {
  it.each([
    // [region, custom_endpoint_oapi, expected base URL]
    ['eu-west-2', '', 'https://api.eu-west-2.outscale.com/api/v1'],
    ['us-east-2', '   ', 'https://api.us-east-2.outscale.com/api/v1'],
    // full URLs: no path gets /api/v1 (osc-config-spec), a path is kept (JS / Go v3 SDKs)
    [
      'eu-west-2',
      'https://api.eu-west-2.outscale.com',
      'https://api.eu-west-2.outscale.com/api/v1'
    ],
    [
      'eu-west-2',
      'https://api.eu-west-2.outscale.com/',
      'https://api.eu-west-2.outscale.com/api/v1'
    ],
    [
      'eu-west-2',
      'https://api.eu-west-2.outscale.com/api/v1/',
      'https://api.eu-west-2.outscale.com/api/v1'
    ],
    ['eu-west-2', 'http://127.0.0.1:3000/api/v1', 'http://127.0.0.1:3000/api/v1'],
    ['eu-west-2', 'http://127.0.0.1:3000', 'http://127.0.0.1:3000/api/v1'],
    [
      'eu-west-2',
      'https://gateway.example.com/outscale/api/latest',
      'https://gateway.example.com/outscale/api/latest'
    ],
    // a host without a scheme (osc-cli's endpoints.api)
    ['eu-west-2', 'api.eu-west-2.outscale.com/api/v1', 'https://api.eu-west-2.outscale.com/api/v1'],
    ['eu-west-2', 'api.eu-west-2.outscale.com', 'https://api.eu-west-2.outscale.com/api/v1'],
    ['eu-west-2', 'localhost:3000', 'https://localhost:3000/api/v1'],
    // Packer-style domain suffixes
    ['eu-west-2', 'outscale.com/oapi/latest', 'https://api.eu-west-2.outscale.com/api/v1'],
    ['cn-southeast-1', 'outscale.hk/oapi/latest', 'https://api.cn-southeast-1.outscale.hk/api/v1'],
    ['eu-west-2', 'outscale.com', 'https://api.eu-west-2.outscale.com/api/v1'],
    ['eu-west-2', 'outscale.com/', 'https://api.eu-west-2.outscale.com/api/v1'],
    ['us-west-1', 'example.org/custom/path', 'https://api.us-west-1.example.org/custom/path']
  ])('region %s, endpoint %j -> %s', (region, custom, expected) => {
    expect(resolveEndpoint(region, custom)).toBe(expected)
  })

  it('needs a region for the default endpoint and for a domain', () => {
    expect(() => resolveEndpoint('', '')).toThrow(/needs a region.*OSC_REGION/)
    expect(() => resolveEndpoint('', 'outscale.com/oapi/latest')).toThrow(
      /custom_endpoint_oapi "outscale.com\/oapi\/latest" needs a region/
    )
  })

  it('does not need a region for a full URL or a host', () => {
    expect(resolveEndpoint('', 'https://api.eu-west-2.outscale.com')).toBe(
      'https://api.eu-west-2.outscale.com/api/v1'
    )
    expect(resolveEndpoint('', 'api.eu-west-2.outscale.com/api/v1')).toBe(
      'https://api.eu-west-2.outscale.com/api/v1'
    )
  })

  it('refuses other schemes, queries and malformed values, naming the input', () => {
    expect(() => resolveEndpoint('eu-west-2', 'ftp://api.example.com')).toThrow(
      /custom_endpoint_oapi "ftp:\/\/api.example.com" must use http:\/\/ or https:\/\//
    )
    expect(() => resolveEndpoint('eu-west-2', 'https://api.example.com/api/v1?x=1')).toThrow(
      /must not have a query string/
    )
    expect(() => resolveEndpoint('eu-west-2', 'https://exa mple.com')).toThrow(
      /custom_endpoint_oapi "https:\/\/exa mple.com" is not a valid URL/
    )
  })
})
