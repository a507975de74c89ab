/**
 * Keeps V8's young generation at its initial size (https://v8.dev/blog/orinoco-parallel-scavenger).
 * V8 doubles the two semi-spaces each time most of a scavenge survives, up to 16 MB each on
 * 64-bit, and does not give the pages back soon: a build's short bursts (parsing the
 * configuration, the API answers, the programs' output) grew them to 8 MB, several MB of the
 * process's peak resident memory for objects that are garbage a moment later. The action
 * allocates little, so scavenging a small young generation more often costs it no measurable time.
 *
 * V8 reads this flag each time it decides whether to grow the young generation, so setting it
 * here, before the rest of the action is loaded, is in time (node's own --max-semi-space-size
 * cannot be given to a GitHub Action's node: action.yml has no place for node flags).
 */
import { setFlagsFromString } from 'node:v8'

export const youngGenerationFlag = '--semi-space-growth-factor=1'

export function keepYoungGenerationSmall(set: (flags: string) => void = setFlagsFromString): void {
  set(youngGenerationFlag)
}
