/**
 * Tags a just-created resource while waiting for it to be ready, rather than before: the API may
 * not list a new resource for a moment and refuse to tag it meanwhile (CreateTags then answers
 * not-found and is sent again), and that moment need not add to the build's time. The tag goes
 * out once the wait's reads list the resource, so it is not refused.
 */

/**
 * Both run to their end before this returns, so no call goes on after the step has failed; the
 * wait's failure is reported first, since it says more about the resource (its error state).
 */
export async function tagWhileWaiting<T>(
  tagging: Promise<unknown>,
  waiting: Promise<T>
): Promise<T> {
  const [tagged, ready] = await Promise.allSettled([tagging, waiting])
  if (ready.status === 'rejected') throw ready.reason
  if (tagged.status === 'rejected') throw tagged.reason
  return ready.value
}

/**
 * Tags the resource once a read of the wait has listed it (or once the wait has ended, whichever
 * comes first): sent at once, CreateTags on a resource created a moment ago is answered not-found
 * and sent again a second later, one call more for nothing. `wait` gets the callback its reads
 * call when they find the resource (a waiter's onProgress).
 */
export function tagOnceListed<T>(
  tag: () => Promise<unknown>,
  wait: (listed: () => void) => Promise<T>
): Promise<T> {
  let listed!: () => void
  const seen = new Promise<void>((resolve) => (listed = resolve))
  const waiting = wait(listed)
  waiting.then(listed, listed)
  return tagWhileWaiting(seen.then(tag), waiting)
}
