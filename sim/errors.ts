/**
 * The errors the simulator answers with, in the real OAPI envelope:
 *   { Errors: [{ Code, Type, Details }], ResponseContext: { RequestId } }
 * Codes are strings of digits, as the real API sends them.
 *
 * Rows marked CONFIRMED come from Outscale's errors page or a real reply (oapi-facts.md §5.2).
 * Rows marked PLACEHOLDER keep the real Type and the real code range of that Type, but the exact
 * code could not be confirmed (oapi-facts.md §13); they live in this one table so they are easy to
 * correct later. Clients should branch on HTTP status and Type, not on these codes.
 */

export interface ErrorKind {
  status: number
  code: string
  type: string
}

export const ERRORS = {
  // CONFIRMED
  authenticationFailed: { status: 401, code: '1', type: 'AccessDenied' },
  methodNotAllowed: { status: 405, code: '2', type: 'AccessDenied' },
  throttledWholePlatform: { status: 503, code: '6', type: 'AccessDenied' },
  throttledPerAccount: { status: 429, code: '24', type: 'AccessDenied' },
  throttledPerCall: { status: 429, code: '25', type: 'AccessDenied' },
  invalidParameterValue: { status: 400, code: '4078', type: 'InvalidParameterValue' },
  // PLACEHOLDER (real Type, unverified code)
  internalError: { status: 500, code: '0', type: 'DefaultError' },
  unknownCall: { status: 404, code: '0', type: 'DefaultError' },
  notImplementedBySimulator: { status: 501, code: '0', type: 'DefaultError' },
  unknownParameter: { status: 400, code: '3001', type: 'InvalidParameter' },
  invalidId: { status: 400, code: '4105', type: 'InvalidParameterValue' },
  missingParameter: { status: 400, code: '7000', type: 'MissingParameter' },
  vmNotFound: { status: 400, code: '5063', type: 'InvalidResource' },
  volumeNotFound: { status: 400, code: '5064', type: 'InvalidResource' },
  snapshotNotFound: { status: 400, code: '5054', type: 'InvalidResource' },
  imageNotFound: { status: 400, code: '5023', type: 'InvalidResource' },
  subregionNotFound: { status: 400, code: '5009', type: 'InvalidResource' },
  resourceConflict: { status: 400, code: '9011', type: 'ResourceConflict' },
  invalidState: { status: 400, code: '6003', type: 'InvalidState' },
  operationNotSupported: { status: 400, code: '8018', type: 'OperationNotSupported' },
  tooManyResources: { status: 400, code: '10001', type: 'TooManyResources' }
} satisfies Record<string, ErrorKind>

export type ErrorName = keyof typeof ERRORS

/** An error the API answers with; thrown by handlers, turned into the envelope by the server. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly type: string

  constructor(kind: ErrorKind, details: string) {
    super(details)
    this.status = kind.status
    this.code = kind.code
    this.type = kind.type
  }
}

export function apiError(name: ErrorName, details: string): ApiError {
  return new ApiError(ERRORS[name], details)
}

export interface ErrorBody {
  Errors: { Code: string; Type: string; Details: string }[]
  ResponseContext: { RequestId: string }
}

export function errorBody(error: ApiError, requestId: string): ErrorBody {
  return {
    Errors: [{ Code: error.code, Type: error.type, Details: error.message }],
    ResponseContext: { RequestId: requestId }
  }
}
