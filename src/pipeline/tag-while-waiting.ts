/**
 * Tags a just-created resource while waiting for it to be ready, rather than before: the API may
 * not list a new resource for a moment and refuse to tag it meanwhile (CreateTags then answers
 * not-found and is sent again), and that moment need not add to the build's time. The tag goes
 * out once the wait's reads list the resource, so it is not refused.
 */
import type { WaitProgress } from '../oapi/index.js'

/**
 * How long a new resource goes untagged at most when no read has listed it yet: the orphan sweep
 * finds snapshots by their tags, so a build killed meanwhile must not leave one untagged for long.
 * The API lists a new resource within about a second (the realistic simulator's
 * readAfterCreateLagMs).
 */
export const tagAfterMs = 2000

/**
 * Runs `wait` with `options`, and tags the resource once a read of the wait has listed it (its
 * onProgress is called), or tagAfterMs after the wait started, or once the wait has ended,
 * whichever comes first. Both run to their end before this returns, so no call goes on after the
 * step has failed; the wait's failure is reported first, since it says more about the resource
 * (its error state).
 */
export async function tagOnceListed<T, O extends { onProgress?: (progress: WaitProgress) => void }>(
  tag: () => Promise<unknown>,
  options: O,
  wait: (options: O) => Promise<T>
): Promise<T> {
  let resolveSeen!: () => void
  const seen = new Promise<void>((resolve) => (resolveSeen = resolve))
  const timer = setTimeout(() => resolveSeen(), tagAfterMs)
  const listed = (): void => {
    clearTimeout(timer)
    resolveSeen()
  }
  const waiting = wait({
    ...options,
    onProgress: (progress: WaitProgress) => {
      listed()
      options.onProgress?.(progress)
    }
  })
  waiting.then(listed, listed)
  const [tagged, ready] = await Promise.allSettled([seen.then(tag), waiting])
  if (ready.status === 'rejected') throw ready.reason
  if (tagged.status === 'rejected') throw tagged.reason
  return ready.value
}
