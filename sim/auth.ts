/**
 * Signature Version 4 verification, written from the algorithm (docs.outscale.com, "About
 * Signatures of API Requests") with node:crypto only, independent of the signing library our
 * client uses.
 *
 * Outscale accepts two flavours that differ in four constants: AWS4-HMAC-SHA256 with
 * X-Amz-Date, aws4_request and the key seed "AWS4"+secret, and OSC4-HMAC-SHA256 with X-Osc-Date,
 * osc4_request and "OSC4"+secret. Clients sign different header sets and service names (api, oapi,
 * osc), so the signature is recomputed from what the request declares, not from a fixed recipe.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { apiError } from './errors.js'

interface Flavour {
  algorithm: string
  dateHeader: string
  terminator: string
  keyPrefix: string
}

const FLAVOURS: Flavour[] = [
  {
    algorithm: 'AWS4-HMAC-SHA256',
    dateHeader: 'x-amz-date',
    terminator: 'aws4_request',
    keyPrefix: 'AWS4'
  },
  {
    algorithm: 'OSC4-HMAC-SHA256',
    dateHeader: 'x-osc-date',
    terminator: 'osc4_request',
    keyPrefix: 'OSC4'
  }
]

export const ACCEPTED_SERVICES = ['api', 'oapi', 'osc']
/** A request must be signed within 5 minutes of the server's clock. */
export const CLOCK_WINDOW_MS = 5 * 60 * 1000

export interface SignedRequest {
  method: string
  /** Path and query exactly as sent, e.g. /api/v1/ReadVolumes */
  url: string
  /** Lower-case header name -> value (repeated headers joined with ','). */
  headers: Record<string, string>
  body: Buffer
}

export interface VerifyContext {
  /** The secret key of an access key, or undefined when the key is unknown. */
  secretOf: (accessKey: string) => string | undefined
  region: string
  /**
   * Accept a scope naming another region, as the real gateway does (osc-sdk-go v2 signed every
   * region with eu-west-2; docs/outscale-fidelity.md, "Signing").
   */
  lenientScopeRegion?: boolean
  now: number
}

interface ParsedAuthorization {
  flavour: Flavour
  accessKey: string
  day: string
  region: string
  service: string
  terminator: string
  signedHeaders: string[]
  signature: string
}

function denied(details: string): never {
  throw apiError('authenticationFailed', details)
}

/** Returns the access key of a correctly signed request; throws 401 code 1 otherwise. */
export function verifySignature(request: SignedRequest, context: VerifyContext): string {
  const authorization = request.headers['authorization']
  if (!authorization) denied('The request is not signed: the Authorization header is missing')
  const parsed = parseAuthorization(authorization)
  const { flavour } = parsed

  if (parsed.terminator !== flavour.terminator) {
    denied(`${flavour.algorithm} requires the credential scope to end with ${flavour.terminator}`)
  }
  if (!ACCEPTED_SERVICES.includes(parsed.service)) {
    denied(
      `Unknown service '${parsed.service}' in the credential scope (use ${ACCEPTED_SERVICES.join(', ')})`
    )
  }
  if (parsed.region !== context.region && !context.lenientScopeRegion) {
    denied(
      `The credential scope names region '${parsed.region}' but this endpoint is ${context.region}`
    )
  }
  checkSignedHeaders(parsed.signedHeaders, flavour)
  const date = request.headers[flavour.dateHeader]
  checkDate(date, parsed.day, context.now, flavour)

  const secret = context.secretOf(parsed.accessKey)
  if (secret === undefined) denied('The access key is unknown')

  const scope = `${parsed.day}/${parsed.region}/${parsed.service}/${parsed.terminator}`
  const canonical = canonicalRequest(request, parsed.signedHeaders)
  const stringToSign = [flavour.algorithm, date, scope, sha256Hex(canonical)].join('\n')
  const key = signingKey(
    flavour.keyPrefix + secret,
    parsed.day,
    parsed.region,
    parsed.service,
    parsed.terminator
  )
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest()
  const given = Buffer.from(parsed.signature, 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    denied(
      `The request signature does not match (canonical request SHA-256 ${sha256Hex(canonical)})`
    )
  }
  return parsed.accessKey
}

function parseAuthorization(header: string): ParsedAuthorization {
  const space = header.indexOf(' ')
  const algorithm = space < 0 ? header : header.slice(0, space)
  const flavour = FLAVOURS.find((candidate) => candidate.algorithm === algorithm)
  if (!flavour)
    denied(`Unknown Authorization scheme '${algorithm}' (use AWS4-HMAC-SHA256 or OSC4-HMAC-SHA256)`)
  const parts = new Map<string, string>()
  for (const part of header.slice(space + 1).split(',')) {
    const equals = part.indexOf('=')
    if (equals > 0) parts.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim())
  }
  const credential = parts.get('Credential')?.split('/') ?? []
  const signedHeaders = parts.get('SignedHeaders')
  const signature = parts.get('Signature')
  if (
    credential.length !== 5 ||
    !signedHeaders ||
    !signature ||
    !/^[0-9a-f]{64}$/.test(signature)
  ) {
    denied(
      'The Authorization header must be "<ALGORITHM> Credential=AK/DAY/REGION/SERVICE/TERMINATOR, SignedHeaders=..., Signature=<64 hex>"'
    )
  }
  const [accessKey, day, region, service, terminator] = credential
  return {
    flavour,
    accessKey,
    day,
    region,
    service,
    terminator,
    signedHeaders: signedHeaders.split(';'),
    signature
  }
}

function checkSignedHeaders(names: string[], flavour: Flavour): void {
  const sorted = [...names].sort()
  if (names.some((name, i) => name !== name.toLowerCase() || name !== sorted[i])) {
    denied('SignedHeaders must be lower-case and sorted')
  }
  for (const required of ['host', flavour.dateHeader]) {
    if (!names.includes(required)) denied(`SignedHeaders must include ${required}`)
  }
}

function checkDate(date: string | undefined, day: string, now: number, flavour: Flavour): void {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date ?? '')
  if (!match) denied(`The ${flavour.dateHeader} header must be YYYYMMDDTHHMMSSZ`)
  if (!(date as string).startsWith(day))
    denied(`The credential scope date ${day} does not match ${flavour.dateHeader}`)
  const [, y, mo, d, h, mi, s] = match.map(Number)
  const signedAt = Date.UTC(y, mo - 1, d, h, mi, s)
  if (Math.abs(now - signedAt) > CLOCK_WINDOW_MS) {
    denied(
      `The request was signed at ${new Date(signedAt).toISOString()}, more than 5 minutes from the server's clock`
    )
  }
}

function canonicalRequest(request: SignedRequest, signedHeaders: string[]): string {
  const questionMark = request.url.indexOf('?')
  const path = questionMark < 0 ? request.url : request.url.slice(0, questionMark)
  const query = questionMark < 0 ? '' : request.url.slice(questionMark + 1)
  const headerLines = signedHeaders.map((name) => {
    const value = request.headers[name]
    if (value === undefined) denied(`The signed header '${name}' is not in the request`)
    return `${name}:${value.trim().replace(/\s+/g, ' ')}\n`
  })
  return [
    request.method,
    canonicalPath(path),
    canonicalQuery(query),
    headerLines.join(''),
    signedHeaders.join(';'),
    sha256Hex(request.body)
  ].join('\n')
}

function canonicalPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeRfc3986(decodeURIComponent(segment)))
    .join('/')
}

function canonicalQuery(query: string): string {
  if (query === '') return ''
  return [...new URLSearchParams(query)]
    .map(([key, value]) => [encodeRfc3986(key), encodeRfc3986(value)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
}

function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

function signingKey(
  seed: string,
  day: string,
  region: string,
  service: string,
  terminator: string
): Buffer {
  let key: Buffer = Buffer.from(seed, 'utf8')
  for (const part of [day, region, service, terminator]) {
    key = createHmac('sha256', key).update(part, 'utf8').digest()
  }
  return key
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
