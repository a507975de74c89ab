/**
 * ResultsPerPage (1-1000) and an opaque base64 NextPageToken, as the Read* calls have them
 * (ResultsPerPage, NextPageToken in the spec). The token names the call and the offset, so a token
 * from another call or a forged one is refused.
 */
import { apiError } from './errors.js'

interface PageRequest {
  ResultsPerPage?: number
  NextPageToken?: string
}

export function paginate<T>(
  call: string,
  items: T[],
  request: PageRequest,
  defaultPageSize: number | undefined
): { page: T[]; NextPageToken?: string } {
  const size = request.ResultsPerPage ?? defaultPageSize ?? items.length
  if (request.ResultsPerPage !== undefined && (size < 1 || size > 1000)) {
    throw apiError(
      'invalidParameterValue',
      `ResultsPerPage must be between 1 and 1000, got ${size}`
    )
  }
  const offset = request.NextPageToken === undefined ? 0 : decodeToken(call, request.NextPageToken)
  const page = items.slice(offset, offset + Math.max(size, 1))
  const next = offset + page.length
  return next < items.length ? { page, NextPageToken: encodeToken(call, next) } : { page }
}

function encodeToken(call: string, offset: number): string {
  return Buffer.from(JSON.stringify({ call, offset })).toString('base64')
}

function decodeToken(call: string, token: string): number {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as {
      call?: string
      offset?: number
    }
    if (
      decoded.call === call &&
      Number.isInteger(decoded.offset) &&
      (decoded.offset as number) >= 0
    ) {
      return decoded.offset as number
    }
  } catch {
    // fall through to the error below
  }
  throw apiError(
    'invalidParameterValue',
    `NextPageToken is not a token this call (${call}) returned`
  )
}
