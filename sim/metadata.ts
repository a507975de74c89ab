/**
 * The VM metadata service (http://169.254.169.254 on a real VM) on its own port: the two paths
 * Outscale's tools read; anything else is 404.
 */
import { createServer, type Server } from 'node:http'

export function createMetadataServer(vm: { vmId: string; subregion: string }): Server {
  const answers: Record<string, string> = {
    '/latest/meta-data/instance-id': vm.vmId,
    '/latest/meta-data/placement/availability-zone': vm.subregion
  }
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]
    const answer = request.method === 'GET' ? answers[path] : undefined
    if (answer === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' })
      response.end('Not Found')
      return
    }
    response.writeHead(200, { 'Content-Type': 'text/plain' })
    response.end(answer)
  })
}
