/**
 * The entry points keep V8's young generation at its initial size (src/entry/young-generation.ts):
 * the flag is set at run time, and on this Node it stops the semi-spaces from growing under a
 * burst of short-lived allocations, which the build's peak resident memory would otherwise keep.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { keepYoungGenerationSmall, youngGenerationFlag } from '../../src/entry/young-generation.js'

/** The young generation's size (KiB) after a burst of garbage, in a fresh node with `flags` set. */
function youngGenerationAfterBurst(flags: string | undefined): number {
  const script = `
    const v8 = require('node:v8')
    if (process.env.V8_FLAGS) v8.setFlagsFromString(process.env.V8_FLAGS)
    const kept = []
    for (let i = 0; i < 2e6; i++) { const o = { i, s: 'x' + i }; if (i % 50 === 0) kept.push(o) }
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
    process.stdout.write(String(young.space_size >> 10))`
  const env = { ...process.env, NODE_OPTIONS: '', V8_FLAGS: flags ?? '' }
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env }))
}

describe('keepYoungGenerationSmall', () => {
  it('sets the flag through V8', () => {
    const set: string[] = []
    keepYoungGenerationSmall((flags) => set.push(flags))
    expect(set).toEqual([youngGenerationFlag])
  })

  it('keeps the young generation from growing when set at run time', () => {
    const grown = youngGenerationAfterBurst(undefined)
    const kept = youngGenerationAfterBurst(youngGenerationFlag)
    expect(kept).toBeLessThanOrEqual(2048)
    expect(grown).toBeGreaterThan(2 * kept)
  })
})
