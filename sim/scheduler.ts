/**
 * Time drives the state machines: a transition is scheduled for a moment and runs then (a timer
 * fires) or earlier-than-observed (every request first runs what is due), whichever comes first.
 * Requests and transitions run one at a time, so handlers never see a half-done transition even
 * though transitions do slow things (losetup, partx).
 */

interface Task {
  at: number
  label: string
  run: () => Promise<void> | void
}

export class Scheduler {
  private tasks: Task[] = []
  private timer: NodeJS.Timeout | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private stopped = false

  constructor(private readonly onError: (label: string, error: unknown) => void) {}

  /** Runs `run` at real time `at` (epoch ms). */
  at(at: number, label: string, run: Task['run']): void {
    if (this.stopped) return
    this.tasks.push({ at, label, run })
    this.tasks.sort((a, b) => a.at - b.at)
    this.arm()
  }

  after(delayMs: number, label: string, run: Task['run']): void {
    this.at(Date.now() + delayMs, label, run)
  }

  /** Runs fn when nothing else runs (requests and transitions are serialised). */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn)
    this.queue = result.catch(() => undefined)
    return result
  }

  /** Runs every task that is due, oldest first. Call only inside exclusive(). */
  async runDue(): Promise<void> {
    while (this.tasks.length > 0 && this.tasks[0].at <= Date.now() && !this.stopped) {
      const task = this.tasks.shift() as Task
      try {
        await task.run()
      } catch (error) {
        this.onError(task.label, error)
      }
    }
    this.arm()
  }

  /** Drops every pending task; waits for whatever is running now. */
  async stop(): Promise<void> {
    this.stopped = true
    this.tasks = []
    if (this.timer) clearTimeout(this.timer)
    await this.exclusive(async () => undefined)
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    if (this.stopped || this.tasks.length === 0) return
    const delay = Math.max(0, this.tasks[0].at - Date.now())
    this.timer = setTimeout(() => void this.exclusive(() => this.runDue()), delay)
    // The HTTP server keeps a running simulator alive; a timer alone should not.
    this.timer.unref()
  }
}
