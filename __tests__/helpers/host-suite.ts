/**
 * The fixture every host suite starts from: a busybox root file system made once per file (the
 * content its loop disks are made from), a temporary directory of its own for each test, what
 * src/ logs captured per test, and teardown lists that leave the machine as it was (per test, then
 * per file). Call it at the top of a suite; its hooks run before the suite's own.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals'
import { join } from 'node:path'
import { captureLog, type LogSink } from './log-sink.js'
import { makeRootfs, Teardown, tempDir } from './loop-disk.js'

export interface HostSuite {
  /** Runs after each test: what a test creates, it adds here. */
  readonly teardown: Teardown
  /** Runs after the file's last test. */
  readonly suiteTeardown: Teardown
  /** The file's own directory (made before its first test). */
  readonly dir: string
  /** A busybox root file system under `dir`: copy it or make a disk of it, never change it. */
  readonly rootfs: string
  /** The current test's own temporary directory. */
  readonly work: string
  /** What src/ logged during the current test. */
  readonly logged: LogSink
}

export function hostSuite(): HostSuite {
  const teardown = new Teardown()
  const suiteTeardown = new Teardown()
  let dir: string | undefined
  let rootfs: string | undefined
  let work: string | undefined
  let logged: LogSink | undefined

  beforeAll(() => {
    dir = tempDir(suiteTeardown)
    rootfs = makeRootfs(join(dir, 'rootfs'))
  })
  afterAll(() => suiteTeardown.run())
  beforeEach(() => {
    const sink = captureLog()
    logged = sink
    teardown.add(() => sink.restore())
    work = tempDir(teardown)
  })
  afterEach(() => teardown.run())

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`hostSuite: ${what} is made in a hook, not yet run`)
    return value
  }
  return {
    teardown,
    suiteTeardown,
    get dir() {
      return ready(dir, 'dir')
    },
    get rootfs() {
      return ready(rootfs, 'rootfs')
    },
    get work() {
      return ready(work, 'work')
    },
    get logged() {
      return ready(logged, 'logged')
    }
  }
}
