import { log } from './log.js'
import { CancelledError } from './pipeline/runner.js'

/**
 * GitHub sends SIGINT, then SIGTERM, to a cancelled step (Ctrl-C does the first on a terminal):
 * the build stops at its next safe point and cleans up. The returned signal aborts on the first.
 */
export function abortOnSignals(): AbortSignal {
  const controller = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) return
      log.warning(`${signal} received: stopping the build and cleaning up.`)
      controller.abort(new CancelledError(`the build was cancelled (${signal})`))
    })
  }
  return controller.signal
}
