/**
 * The errors the simulator answers with, in the real OAPI envelope:
 *   { Errors: [{ Code, Type, Details }], ResponseContext: { RequestId } }
 * Codes are strings of digits, as the real API sends them.
 *
 * Codes 4000 and up come from Outscale's own catalogue (osc-sdk-python
 * osc_sdk_python/resources/gateway_errors.yaml, https://github.com/outscale/osc-sdk-python/blob/4f34b9cec96641a9a7e2a1a6c57c76792d3923dd/osc_sdk_python/resources/gateway_errors.yaml):
 * each row below names the catalogue entry it uses, and __tests__/sim/fidelity.test.ts checks the table
 * against the catalogue. Codes below 4000 (authentication, throttling, validation) are not in the
 * catalogue; they come from the API's errors page (https://docs.outscale.com/api#errors).
 *
 * HTTP statuses follow what Outscale's clients see (docs/outscale-fidelity.md, "Errors"):
 * InvalidParameterValue and InvalidResource 400; ResourceConflict and InvalidState 409 (the
 * terraform provider's retry code and osc-bsu-csi-driver issue #9, "409 Conflict" when detaching
 * a detached volume). The status of TooManyResources is not known: options.quotaStatus.
 */

export interface ErrorKind {
  status: number
  code: string
  type: string
}

export const ERRORS = {
  // Not in the catalogue: the errors page (https://docs.outscale.com/api#errors)
  authenticationFailed: { status: 401, code: '1', type: 'AccessDenied' },
  methodNotAllowed: { status: 405, code: '2', type: 'AccessDenied' },
  /** An EIM policy that does not allow the call ("unauthorized operation"). */
  deniedByPolicy: { status: 403, code: '4', type: 'AccessDenied' },
  throttledWholePlatform: { status: 503, code: '6', type: 'AccessDenied' },
  throttledPerAccount: { status: 429, code: '24', type: 'AccessDenied' },
  throttledPerCall: { status: 429, code: '25', type: 'AccessDenied' },
  internalError: { status: 500, code: '0', type: 'DefaultError' },
  notImplementedBySimulator: { status: 501, code: '0', type: 'DefaultError' },
  unknownParameter: { status: 400, code: '3001', type: 'InvalidParameter' },
  missingParameter: { status: 400, code: '7000', type: 'MissingParameter' },
  operationNotSupported: { status: 400, code: '8018', type: 'OperationNotSupported' },

  // InvalidParameterValue (catalogue name in the comment)
  invalidParameterValue: { status: 400, code: '4047', type: 'InvalidParameterValue' }, // invalid-parameter-value
  invalidVolumeSize: { status: 400, code: '4078', type: 'InvalidParameterValue' }, // invalid-volume-size
  invalidIops: { status: 400, code: '4029', type: 'InvalidParameterValue' }, // invalid-iops
  invalidDeviceName: { status: 400, code: '4019', type: 'InvalidParameterValue' }, // invalid-device-name
  invalidImageName: { status: 400, code: '4026', type: 'InvalidParameterValue' }, // invalid-image-name
  invalidTagKey: { status: 400, code: '4069', type: 'InvalidParameterValue' }, // invalid-tag-key
  invalidTagValue: { status: 400, code: '4071', type: 'InvalidParameterValue' }, // invalid-tag-value-length
  invalidFilter: { status: 400, code: '4023', type: 'InvalidParameterValue' }, // invalid-filter
  invalidId: { status: 400, code: '4105', type: 'InvalidParameterValue' }, // malformed-id

  // InvalidResource: something that does not exist
  unknownCall: { status: 400, code: '5011', type: 'InvalidResource' }, // no-such-call
  subregionNotFound: { status: 400, code: '5009', type: 'InvalidResource' }, // no-such-az
  imageNotFound: { status: 400, code: '5023', type: 'InvalidResource' }, // no-such-image
  snapshotNotFound: { status: 400, code: '5054', type: 'InvalidResource' }, // no-such-snapshot
  vmNotFound: { status: 400, code: '5063', type: 'InvalidResource' }, // no-such-vm
  volumeNotFound: { status: 400, code: '5064', type: 'InvalidResource' }, // no-such-volume
  resourceNotFound: { status: 400, code: '5044', type: 'InvalidResource' }, // no-such-resource

  // InvalidState
  invalidState: { status: 409, code: '6003', type: 'InvalidState' }, // invalid-state
  invalidImageState: { status: 409, code: '6001', type: 'InvalidState' }, // invalid-image-state
  invalidVolumeState: { status: 409, code: '6007', type: 'InvalidState' }, // invalid-volume-state

  // ResourceConflict
  deviceInUse: { status: 409, code: '9004', type: 'ResourceConflict' }, // device-in-use
  duplicateName: { status: 409, code: '9015', type: 'ResourceConflict' }, // duplicate-name
  volumeNotInUse: { status: 409, code: '9063', type: 'ResourceConflict' }, // volume-not-in-use
  resourceBusy: { status: 409, code: '9002', type: 'ResourceConflict' }, // busy
  zoneMismatch: { status: 409, code: '9071', type: 'ResourceConflict' }, // zone-mismatch

  // TooManyResources (QuotaExceded); the status is options.quotaStatus
  tooManyConcurrentSnapshots: { status: 400, code: '10008', type: 'TooManyResources' }, // too-many-concurrent-snapshots
  tooManyVolumes: { status: 400, code: '10018', type: 'TooManyResources' }, // too-many-volumes
  tooManyTags: { status: 400, code: '10041', type: 'TooManyResources' } // too-many-tags
} satisfies Record<string, ErrorKind>

export type ErrorName = keyof typeof ERRORS

/** An error the API answers with; thrown by handlers, turned into the envelope by the server. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly type: string
  /** Set for a gateway failure: the body is this HTML page, with no OAPI envelope at all. */
  readonly html?: string

  constructor(kind: ErrorKind, details: string, html?: string) {
    super(details)
    this.status = kind.status
    this.code = kind.code
    this.type = kind.type
    this.html = html
  }
}

export function apiError(name: ErrorName, details: string): ApiError {
  return new ApiError(ERRORS[name], details)
}

/** A quota error, answered with the status the simulator was told to use for quotas. */
export function quotaError(name: ErrorName, status: number, details: string): ApiError {
  return new ApiError({ ...ERRORS[name], status }, details)
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
