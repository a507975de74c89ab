/** The retry policy, one table (src/oapi/retry.ts): who may send each failed answer again. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { OapiFailure } from '../../src/oapi/errors.js'
import {
  OapiError,
  isNotFound,
  notFoundCodes,
  tooManyConcurrentSnapshotsCode
} from '../../src/oapi/errors.js'
import { isRetryable, retryRuleFor } from '../../src/oapi/retry.js'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { cataloguePath, hasCatalogue } from '../helpers/spec.js'

const failure = (parts: Partial<OapiFailure>): OapiFailure => ({ summary: 'x', ...parts })
const network = (notSent: boolean, tlsRefused = false) =>
  failure({ network: { notSent, tlsRefused } })

describe('the retry table', () => {
  it.each([
    ['429 code 24', failure({ httpStatus: 429, code: '24' }), 'any call'],
    ['429 code 25', failure({ httpStatus: 429, code: '25' }), 'any call'],
    ['503 code 6', failure({ httpStatus: 503, code: '6' }), 'any call'],
    ['409 ResourceConflict', failure({ httpStatus: 409, code: '9004' }), 'never'],
    ['409 InvalidState', failure({ httpStatus: 409, code: '6007' }), 'never'],
    ['503 with another OAPI code', failure({ httpStatus: 503, code: '3' }), 'never'],
    ['503 without an OAPI body', failure({ httpStatus: 503 }), 'idempotent calls'],
    ['502 gateway page', failure({ httpStatus: 502 }), 'idempotent calls'],
    ['500 internal error', failure({ httpStatus: 500, code: '0' }), 'idempotent calls'],
    ['connection refused', network(true), 'any call'],
    ['certificate refused', network(true, true), 'never'],
    ['connection reset after sending', network(false), 'idempotent calls'],
    ['400 no-such-volume', failure({ httpStatus: 400, code: '5064' }), 'never'],
    ['400 quota 10008', failure({ httpStatus: 400, code: '10008' }), 'never']
  ])('%s: %s', (_name, answer, resend) => {
    expect(retryRuleFor(answer).resend).toBe(resend)
    expect(isRetryable(answer, true)).toBe(resend !== 'never')
    expect(isRetryable(answer, false)).toBe(resend === 'any call')
  })
})

const catalogue = cataloguePath
const describeWithCatalogue = hasCatalogue ? describe : describe.skip
if (!hasCatalogue)
  console.warn(`oapi-retry: catalogue checks skipped, no ${catalogue} (set OSC_OAPI_ERRORS)`)

describeWithCatalogue(
  "the codes the client decides on, checked against Outscale's catalogue",
  () => {
    // Read in beforeAll: a skipped describe still runs its body, and the file may be absent.
    let codes: Record<string, { Name: string; Type: string }>
    beforeAll(() => {
      codes = parse(readFileSync(catalogue, 'utf8')) as typeof codes
    })

    it('every "already gone" code is an InvalidResource no-such-* of a resource the build handles', () => {
      for (const code of notFoundCodes) {
        expect(codes[code]).toMatchObject({ Type: 'InvalidResource' })
        expect(codes[code].Name).toMatch(/^no-such-(attachment|image|snapshot|vm|volume)$/)
      }
      expect(codes['5011'].Name).toBe('no-such-call') // not a missing resource: never "gone"
      expect(notFoundCodes.has('5011')).toBe(false)
    })

    it('10008 is too-many-concurrent-snapshots, a quota', () => {
      expect(codes[tooManyConcurrentSnapshotsCode].Name).toBe('too-many-concurrent-snapshots')
    })
  }
)

it('decides "gone" by the code alone: empty Details, and not by a Details text', () => {
  const error = (code: string, details: string) =>
    new OapiError({
      call: 'DeleteVolume',
      failure: { httpStatus: 400, code, type: 'InvalidResource', details, summary: 's' },
      retryable: false,
      attempts: 1,
      elapsedMs: 0,
      idempotent: false,
      region: 'r'
    })
  expect(isNotFound(error('5064', ''))).toBe(true)
  expect(isNotFound(error('4045', "The VolumeId 'vol-1' doesn't exist."))).toBe(false)
})
