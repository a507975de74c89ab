/**
 * Signs an OAPI request with AWS Signature Version 4, through aws4fetch's AwsV4Signer (the signer
 * Outscale's own JS SDK uses). We use the AWS flavour (AWS4-HMAC-SHA256, X-Amz-Date,
 * aws4_request) with service "api" and the configured region, as the JS SDK's examples do.
 *
 * aws4fetch leaves content-type out of the signature by default; we sign it too
 * (`content-type;host;x-amz-date`, as the Go SDKs and botocore do) so the
 * signature covers every header the gateway reads. allHeaders makes aws4fetch sign every header
 * it is given, so only the headers to be signed go in here; User-Agent is added afterwards.
 */
import { AwsV4Signer } from 'aws4fetch'

export const signingService = 'api'

export interface SigningInput {
  /** The full URL, e.g. https://api.eu-west-2.outscale.com/api/v1/ReadVolumes */
  url: string
  /** The exact JSON text that is sent. */
  body: string
  region: string
  accessKey: string
  secretKey: string
  /** When the request is signed; Outscale refuses requests more than 5 minutes off its clock. */
  date: Date
}

/** Returns the headers to send: content-type, x-amz-date and authorization. */
export async function signRequest(input: SigningInput): Promise<Record<string, string>> {
  const signer = new AwsV4Signer({
    method: 'POST',
    url: input.url,
    headers: { 'Content-Type': 'application/json' },
    body: input.body,
    accessKeyId: input.accessKey,
    secretAccessKey: input.secretKey,
    service: signingService,
    region: input.region,
    datetime: amzDate(input.date),
    allHeaders: true
  })
  const signed = await signer.sign()
  return Object.fromEntries(signed.headers.entries())
}

/** YYYYMMDDTHHMMSSZ in UTC, the format of X-Amz-Date. */
export function amzDate(date: Date): string {
  return date.toISOString().replace(/[-:]|\.\d{3}/g, '')
}
