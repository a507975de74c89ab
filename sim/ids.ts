/** Identifiers and dates in the formats the real API uses (the examples of the spec, https://github.com/outscale/osc-api/blob/1.40.1/outscale.yaml). */
import { randomBytes, randomInt, randomUUID } from 'node:crypto'

/** `vol-`, `snap-`, `ami-`, `i-` followed by 8 lower-case hex characters. */
export function newResourceId(
  prefix: 'vol' | 'snap' | 'ami' | 'i',
  taken: (id: string) => boolean
): string {
  for (;;) {
    const id = `${prefix}-${randomBytes(4).toString('hex')}`
    if (!taken(id)) return id
  }
}

/** Account ids are 12-digit strings. */
export function newAccountId(): string {
  let id = String(randomInt(1, 10))
  for (let i = 1; i < 12; i++) id += String(randomInt(0, 10))
  return id
}

export function newRequestId(): string {
  return randomUUID()
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** An access key shaped like Outscale's (20 upper-case letters and digits) and a 40-character secret. */
export function newCredentials(): { accessKey: string; secretKey: string } {
  let accessKey = ''
  for (let i = 0; i < 20; i++) accessKey += KEY_ALPHABET[randomInt(0, KEY_ALPHABET.length)]
  const secretKey = randomBytes(30).toString('base64').slice(0, 40)
  return { accessKey, secretKey }
}

/** ISO-8601 UTC with milliseconds and a Z, e.g. 2010-10-01T12:34:56.789Z. */
export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString()
}

export const ID_PATTERNS = {
  vm: /^i-[0-9a-f]{8}$/,
  volume: /^vol-[0-9a-f]{8}$/,
  snapshot: /^snap-[0-9a-f]{8}$/,
  image: /^ami-[0-9a-f]{8}$/,
  account: /^[0-9]{12}$/
}
