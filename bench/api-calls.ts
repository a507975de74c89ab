/** The simulator's call log, cut to one build (or one batch of builds) and counted by call name. */
import type { CallLogEntry } from '../sim/index.js'

/** Calls that arrived in [from, to] (epoch ms). */
export function callsBetween(calls: CallLogEntry[], from: number, to: number): CallLogEntry[] {
  return calls.filter((call) => call.at >= from && call.at <= to)
}

/** { ReadVolumes: 7, ... }, names in alphabetical order. */
export function countByName(calls: CallLogEntry[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const name of calls.map((call) => call.call).sort()) counts[name] = (counts[name] ?? 0) + 1
  return counts
}

/** From the process spawn to the first API request it made (calls must be that build's only). */
export function firstCallDelayMs(calls: CallLogEntry[], startedAt: number): number | undefined {
  const first = Math.min(...calls.map((call) => call.at))
  return Number.isFinite(first) ? first - startedAt : undefined
}

/** The time the simulator spent answering these calls: a sequential build waited for all of it. */
export function answerTimeMs(calls: CallLogEntry[]): number {
  return Math.round(calls.reduce((sum, call) => sum + call.ms, 0))
}
