/**
 * Looking at this machine's processes from a test: whether one still runs, and which run a given
 * command line (to check that what provisioning started in the chroot was stopped).
 */
import { readdirSync, readFileSync } from 'node:fs'

/** Whether a process is still running (a zombie waiting to be reaped is not). */
export function isRunning(pid: number): boolean {
  try {
    return !/\)\s+[ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '').replace(/\0/g, ' ')
  } catch {
    return '' // exited meanwhile
  }
}

/** Running processes whose command line is exactly `commandLine` (arguments joined by spaces). */
export function processesRunning(commandLine: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => commandLineOf(pid) === commandLine && isRunning(pid))
}
