/**
 * Signs an OAPI request with AWS Signature Version 4, through aws4's RequestSigner
 * (https://github.com/mhart/aws4, node:crypto only). We use the AWS flavour (AWS4-HMAC-SHA256,
 * X-Amz-Date, aws4_request) with service "api" and the configured region, as Outscale's SDKs do.
 *
 * aws4fetch, the signer of Outscale's JS SDK, needs the WHATWG Headers class and WebCrypto: Node
 * loads its whole fetch implementation (undici) the first time Headers is touched, before the
 * first request, in a process that never fetches (it talks through node:http). That is 16 MB in
 * an empty node process and 3 to 4 MB of the main step's peak resident memory.
 *
 * Exactly content-type, host and x-amz-date are signed (`content-type;host;x-amz-date`, as the Go
 * SDKs and botocore do), so the signature covers every header the gateway reads; aws4 is told not
 * to add headers of its own (Content-Length), and User-Agent is added after signing.
 */
import aws4 from 'aws4'

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
  const url = new URL(input.url)
  const datetime = amzDate(input.date)
  const signer = new aws4.RequestSigner(
    {
      method: 'POST',
      // URL.host carries the port unless it is the scheme's default, as node:http's Host does.
      host: url.host,
      path: url.pathname + url.search,
      headers: { 'Content-Type': 'application/json', 'X-Amz-Date': datetime },
      body: input.body,
      service: signingService,
      region: input.region,
      doNotModifyHeaders: true
    },
    { accessKeyId: input.accessKey, secretAccessKey: input.secretKey }
  )
  // With doNotModifyHeaders aws4 would take the time from a Date header or the clock.
  signer.datetime = datetime
  const signed = signer.sign().headers as Record<string, string>
  return {
    'content-type': signed['Content-Type'],
    'x-amz-date': signed['X-Amz-Date'],
    authorization: signed.Authorization
  }
}

/** YYYYMMDDTHHMMSSZ in UTC, the format of X-Amz-Date. */
export function amzDate(date: Date): string {
  return date.toISOString().replace(/[-:]|\.\d{3}/g, '')
}
