/**
 * Tags a just-created resource while waiting for it to be ready, rather than before: the API may
 * not list a new resource for a moment and refuse to tag it meanwhile (CreateTags then answers
 * not-found and is sent again), and that moment need not add to the build's time.
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
