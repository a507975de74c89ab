/**
 * The tests' log sink: what src/ logs through src/log.ts (the one door to the log), kept per level
 * instead of printed. It replaces the methods of the `log` object itself, so every module that
 * logs writes here without a module mock, and `expect(log.secret)` still sees each call.
 */
import { jest } from '@jest/globals'
import { log } from '../../src/log.js'

export interface LogSink {
  /** `level: message`, in order (groups run their body, unrecorded). */
  lines: string[]
  /** Values src/ asked the runner to mask. */
  secrets: string[]
  text(): string
  /** Puts the real log back (a suite that captures in beforeEach restores in afterEach). */
  restore(): void
}

export function captureLog(): LogSink {
  const lines: string[] = []
  const secrets: string[] = []
  const spies = [
    ...(['debug', 'info', 'warning', 'notice'] as const).map((level) =>
      jest.spyOn(log, level).mockImplementation((message: string) => {
        lines.push(`${level}: ${message}`)
      })
    ),
    jest.spyOn(log, 'group').mockImplementation(<T>(_name: string, fn: () => Promise<T>) => fn()),
    jest.spyOn(log, 'secret').mockImplementation((value: string) => {
      secrets.push(value)
    })
  ]
  return {
    lines,
    secrets,
    text: () => lines.join('\n'),
    restore: () => spies.forEach((spy) => spy.mockRestore())
  }
}

/** Captures what src/ logs during each test (quietly), restored after it: call at the top of a file. */
export function captureLogPerTest(): void {
  let sink: LogSink | undefined
  beforeEach(() => {
    sink = captureLog()
  })
  afterEach(() => sink?.restore())
}
