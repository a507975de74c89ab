/**
 * What the hostile-image host suites share. Host canaries: a directory with a secret file, and a
 * small "disk" on a loop device whose node an image can plant as /dev/sdcanary; a write or read
 * that escaped the image would change or reveal them. And one run of a child script on a fresh
 * image in its own PID and mount namespaces (unshare): the child mounts the image there, without
 * nodev so that each check is proven on its own, and whatever goes wrong, its mounts die with it.
 *
 * The child script is called as `<script> <device> <mnt> <arrange> <action> <args> <inspect>`
 * (arrange and inspect are shell scripts run with $MNT set) and prints one `RESULT <json>` line.
 */
import { afterEach, beforeEach } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HostSuite } from './host-suite.js'
import { attachLoop, createLoopDisk, type LoopDisk } from './loop-disk.js'
import { IN_NEW_NAMESPACES } from './namespaced-suite.js'

export interface HostCanaries {
  /** The host directory holding secret.txt. */
  readonly dir: string
  readonly disk: LoopDisk
  /** The disk's `major:minor`. */
  readonly majorMinor: string
  /** A digest of the disk and of every file in the directory. */
  state(): string
}

/** Fresh canaries in each test's own directory (the loop device goes with the test's teardown). */
export function hostCanaries(suite: HostSuite): HostCanaries {
  let current: Omit<HostCanaries, 'state'> | undefined
  beforeEach(() => {
    const dir = join(suite.work, 'canary')
    mkdirSync(dir)
    writeFileSync(join(dir, 'secret.txt'), `host canary ${randomBytes(8).toString('hex')}\n`)
    const diskFile = join(suite.work, 'canary-disk.img')
    writeFileSync(diskFile, randomBytes(1024 * 1024))
    const disk = attachLoop(suite.teardown, diskFile)
    const majorMinor = readFileSync(
      `/sys/class/block/${disk.device.replace('/dev/', '')}/dev`,
      'utf8'
    ).trim()
    current = { dir, disk, majorMinor }
  })
  const ready = (): Omit<HostCanaries, 'state'> => {
    if (current === undefined) throw new Error('hostCanaries: made before each test, not yet')
    return current
  }
  const digest = (data: Buffer): string => createHash('sha256').update(data).digest('hex')
  return {
    get dir() {
      return ready().dir
    },
    get disk() {
      return ready().disk
    },
    get majorMinor() {
      return ready().majorMinor
    },
    state() {
      const { dir, disk } = ready()
      return (
        digest(readFileSync(disk.file)) +
        readdirSync(dir)
          .sort()
          .map((name) => `${name}:${digest(readFileSync(join(dir, name)))}`)
          .join(',')
      )
    }
  }
}

export interface HostileRun {
  /** The child script (see above). */
  script: string
  /** Shell run in the image before the action; /dev/sdcanary is already there. */
  arrange: string
  action: string
  args: unknown
  /** Shell run in the image after the action; what it prints is the result's `inspect`. */
  inspect?: string
}

/** Runs the child script on a fresh ext4 image of the suite's rootfs; returns its RESULT. */
export function runOnHostileImage<Result>(
  suite: HostSuite,
  canaries: HostCanaries,
  run: HostileRun
): Result {
  const disk = createLoopDisk(suite.teardown, suite.work, {
    sizeMiB: 64,
    partitions: [{ fs: 'ext4', content: suite.rootfs }]
  })
  const mnt = join(suite.work, 'mnt')
  mkdirSync(mnt, { recursive: true })
  const [major, minor] = canaries.majorMinor.split(':')
  const [unshare, ...namespaces] = IN_NEW_NAMESPACES
  const child = spawnSync(
    unshare,
    [
      ...namespaces,
      process.execPath,
      run.script,
      disk.partitions[0],
      mnt,
      `mknod "$MNT/dev/sdcanary" b ${major} ${minor}\n${run.arrange}`,
      run.action,
      JSON.stringify(run.args),
      run.inspect ?? 'true'
    ],
    { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } }
  )
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`child failed (${child.status}): ${child.stderr}${child.stdout}`)
  return JSON.parse(line.slice('RESULT '.length)) as Result
}

/**
 * The variable a hostile-image child reads its command_wrapper from (unset: the default), so that
 * both implementations of the file operations are proven.
 */
export const TEST_WRAPPER_VARIABLE = 'OSC_CHROOT_TEST_WRAPPER'

type FileOperationsKind = 'in-process' | 'programs'

let fileOperationsInUse: FileOperationsKind = 'in-process'

/** Which file operations the current withEachFileOperations block expects the child to use. */
export function expectedFileOperations(): FileOperationsKind {
  return fileOperationsInUse
}

/** The two implementations, and the wrapper that selects each: a table for describe.each. */
export const FILE_OPERATIONS: [FileOperationsKind, string | undefined][] = [
  ['in-process', undefined],
  ['programs', 'env {{.Command}}']
]

/**
 * In a describe.each(FILE_OPERATIONS) block: every case of it tells the child its wrapper
 * (TEST_WRAPPER_VARIABLE) and expects the child to use that kind of file operations.
 */
export function useFileOperations(kind: FileOperationsKind, wrapper: string | undefined): void {
  beforeEach(() => {
    fileOperationsInUse = kind
    if (wrapper) process.env[TEST_WRAPPER_VARIABLE] = wrapper
    else delete process.env[TEST_WRAPPER_VARIABLE]
  })
  afterEach(() => {
    delete process.env[TEST_WRAPPER_VARIABLE]
  })
}
