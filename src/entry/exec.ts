#!/usr/bin/env node
import { abortOnSignals } from '../cancel-on-signals.js'
import { execInOpenBuild } from '../split/exec.js'

const signal = abortOnSignals()
try {
  process.exitCode = await execInOpenBuild(process.argv.slice(2), {
    stdin: process.stdin,
    error: (message) => process.stderr.write(`${message}\n`),
    signal
  })
} catch (error) {
  process.stderr.write(
    `osc-chroot-exec: ${error instanceof Error ? error.message : String(error)}\n`
  )
  // Stopped by the job's cancellation: the shell's status for SIGINT; else, as env(1), 125.
  process.exitCode = signal.aborted ? 130 : 125
}
// The runner may keep this process's stdin open: reading it must not keep the process alive.
process.stdin.destroy()
