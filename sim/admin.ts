/**
 * Admin routes under /_sim/ (not OAPI) so that another process - the CLI, the bundled action's
 * tests, the demo, a benchmark - can drive a running simulator:
 *   GET  /_sim/health         -> { ok: true }
 *   POST /_sim/seed           { kind, owner?, name?, sizeGiB?, hostile? } -> { imageId, ... }
 *   POST /_sim/fault          { call, status, code, type?, details?, times? }
 *   POST /_sim/fail-resource  { kind, match?, to }
 *   GET  /_sim/calls          -> the call log
 *   GET  /_sim/resources      -> volumes, snapshots, images, links, tags, permissions
 *   GET  /_sim/link-history   -> every link made, with when its device name was taken and freed
 *   POST /_sim/stop           -> stops the simulator (its process then exits, in CLI mode)
 * They listen on 127.0.0.1 only, like the API itself.
 */
import type { AdminAnswer, AdminHandler } from './server.js'
import type { CallFault, ResourceFault } from './faults.js'
import type { SeedImageOptions, Simulator } from './index.js'

export function createAdminHandler(sim: Simulator): AdminHandler {
  return async (method, path, rawBody): Promise<AdminAnswer> => {
    const route = `${method} ${path}`
    try {
      const body = rawBody.length > 0 ? (JSON.parse(rawBody.toString('utf8')) as unknown) : {}
      switch (route) {
        case 'GET /_sim/health':
          return { status: 200, body: { ok: true } }
        case 'POST /_sim/seed':
          return { status: 200, body: await sim.seedImage(body as SeedImageOptions) }
        case 'POST /_sim/fault':
          sim.injectFault(body as CallFault)
          return { status: 200, body: {} }
        case 'POST /_sim/fail-resource':
          sim.failResource(body as ResourceFault)
          return { status: 200, body: {} }
        case 'GET /_sim/calls':
          return { status: 200, body: sim.calls() }
        case 'GET /_sim/resources':
          return { status: 200, body: sim.resources() }
        case 'GET /_sim/link-history':
          return { status: 200, body: sim.linkHistory() }
        case 'POST /_sim/stop':
          // Answer first: stopping closes the server this request came through.
          setImmediate(() => void sim.stop())
          return { status: 200, body: { stopping: true } }
        default:
          return { status: 404, body: { error: `No admin route ${route}` } }
      }
    } catch (error) {
      return { status: 400, body: { error: (error as Error).message } }
    }
  }
}
