/**
 * Tagging a just-created resource once a read of its wait has listed it (tag-while-waiting.ts):
 * sent at once, the tag is refused as not-found by an API that does not list the resource yet.
 */
import { describe, expect, it } from '@jest/globals'
import type { WaitProgress } from '../../src/oapi/index.js'
import { tagAfterMs, tagOnceListed } from '../../src/pipeline/tag-while-waiting.js'

/** A wait whose reads list the resource from the `listedFrom`-th read (from 1), done at `doneAt`. */
function scriptedWait(events: string[], listedFrom: number, doneAt: number) {
  return async (options: { onProgress?: (progress: WaitProgress) => void }) => {
    for (let read = 1; ; read++) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      const seen = read >= listedFrom
      events.push(`read ${read} ${seen ? 'listed' : 'not listed'}`)
      if (seen) options.onProgress?.({ elapsedMs: read * 5, state: 'creating' })
      if (read >= doneAt) return 'ready'
    }
  }
}

describe('tagOnceListed', () => {
  it('sends the tag only after a read has listed the resource, once', async () => {
    const events: string[] = []
    const tag = async () => {
      events.push('tag')
    }
    await expect(tagOnceListed(tag, {}, scriptedWait(events, 2, 4))).resolves.toBe('ready')
    expect(events.indexOf('tag')).toBeGreaterThan(events.indexOf('read 2 listed'))
    expect(events.filter((e) => e === 'tag')).toHaveLength(1)
  })

  it('tags tagAfterMs after the wait started when no read has listed it by then', async () => {
    const events: string[] = []
    const started = Date.now()
    let taggedAfterMs = 0
    const tag = async () => {
      taggedAfterMs = Date.now() - started
      events.push('tag')
    }
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, tagAfterMs + 300))
      events.push('ready')
      return 'ready'
    }
    await expect(tagOnceListed(tag, {}, slow)).resolves.toBe('ready')
    expect(events).toEqual(['tag', 'ready'])
    expect(taggedAfterMs).toBeGreaterThanOrEqual(tagAfterMs - 5)
  })

  it('tags once the wait has ended, even when no read listed it, and reports the wait’s error first', async () => {
    const events: string[] = []
    const tag = async () => {
      events.push('tag')
      throw new Error('tag refused')
    }
    const failing = async () => {
      events.push('read failed')
      throw new Error('the volume went to state error')
    }
    await expect(tagOnceListed(tag, {}, failing)).rejects.toThrow('the volume went to state error')
    expect(events).toEqual(['read failed', 'tag'])
  })

  it('a tag that fails fails the step once the resource is ready', async () => {
    const events: string[] = []
    const tag = async () => {
      throw new Error('tag refused')
    }
    await expect(tagOnceListed(tag, {}, scriptedWait(events, 1, 2))).rejects.toThrow('tag refused')
  })

  it('passes every progress of the wait on to the caller’s onProgress', async () => {
    const seen: string[] = []
    const tag = async () => undefined
    const options = { onProgress: (progress: WaitProgress) => seen.push(progress.state) }
    await expect(tagOnceListed(tag, options, scriptedWait([], 1, 3))).resolves.toBe('ready')
    expect(seen).toEqual(['creating', 'creating', 'creating'])
  })
})
