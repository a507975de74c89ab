/**
 * Who am I: the runner's own VM ID and Subregion, from the VM metadata service that every
 * Outscale VM reaches at http://169.254.169.254 (EC2-compatible paths, no token).
 * The build links a volume to this very VM, so the action cannot run anywhere else; when the
 * service does not answer, the error says so instead of a bare "connect ETIMEDOUT".
 */
import type { Agent } from 'node:http'
import { createAgent, HttpTimeoutError, send } from './http.js'

export const defaultMetadataEndpoint = 'http://169.254.169.254'

export interface VmIdentity {
  /** i-xxxxxxxx */
  vmId: string
  /** e.g. eu-west-2a */
  subregion: string
  /** The Subregion minus its trailing letter, e.g. eu-west-2 (what Outscale's tools do). */
  region: string
}

export interface MetadataOptions {
  /** Base URL; default OSC_METADATA_ENDPOINT, then http://169.254.169.254. */
  endpoint?: string
  /** Per request; each request is tried twice. Default 2 s. */
  timeoutMs?: number
  signal?: AbortSignal
}

const defaultTimeoutMs = 2000
const attempts = 2

export async function readVmIdentity(options: MetadataOptions = {}): Promise<VmIdentity> {
  const base = (
    options.endpoint ||
    process.env.OSC_METADATA_ENDPOINT ||
    defaultMetadataEndpoint
  ).replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs
  // Its own connection pool, closed at the end, so no idle socket outlives the call.
  const agent = createAgent(base, { rejectUnauthorized: true })
  try {
    const read = (path: string) =>
      readText(agent, `${base}/latest/meta-data/${path}`, timeoutMs, options.signal)
    const vmId = await read('instance-id')
    const subregion = await read('placement/availability-zone')
    if (!/^i-[0-9a-f]+$/.test(vmId)) {
      throw new Error(
        `The VM metadata service at ${base} returned "${vmId}" as instance-id, which is not a VM ID (i-xxxxxxxx).`
      )
    }
    if (!/^[a-z0-9-]+[0-9][a-z]$/.test(subregion)) {
      throw new Error(
        `The VM metadata service at ${base} returned "${subregion}" as availability zone, which is ` +
          'not a Subregion name (a region followed by a letter, e.g. eu-west-2a).'
      )
    }
    return { vmId, subregion, region: subregion.slice(0, -1) }
  } finally {
    agent.destroy()
  }
}

/** GET url → trimmed text, tried twice, with a timeout on each try. */
async function readText(
  agent: Agent,
  url: string,
  timeoutMs: number,
  signal: AbortSignal | undefined
): Promise<string> {
  let lastProblem = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted()
    try {
      const reply = await send(url, { method: 'GET', agent, timeoutMs, signal })
      const text = reply.text.trim()
      if (reply.status >= 200 && reply.status <= 299) return text
      lastProblem = `HTTP ${reply.status}${text ? `: ${text.slice(0, 200)}` : ''}`
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      lastProblem = error instanceof HttpTimeoutError ? error.message : describe(error)
    }
  }
  throw new Error(
    `cannot reach the VM metadata service at ${url} (${lastProblem}, ${attempts} tries): this ` +
      'action must run on an Outscale VM (a self-hosted runner), because it links a volume to the ' +
      'VM it runs on. OSC_METADATA_ENDPOINT overrides the address (for tests).'
  )
}

function describe(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause ?? error
  const code = (cause as { code?: unknown }).code
  const message = cause instanceof Error ? cause.message : String(cause)
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message
}
