import { readFileSync } from 'node:fs'

/**
 * When a process started, in clock ticks since boot: field 22 of /proc/<pid>/stat (man 5 proc),
 * counted after the command name, which is in parentheses and may itself hold spaces. With the
 * pid, it tells a live process from a new one that was given the pid of a dead one.
 */
export function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19])
    return Number.isFinite(ticks) ? ticks : undefined
  } catch {
    return undefined
  }
}
