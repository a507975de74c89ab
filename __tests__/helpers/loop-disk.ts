/**
 * Fixtures for the host tests: real disks on loop devices, a busybox root file system, captured
 * log lines, and a teardown list that always leaves the machine as it was.
 *
 * Only what a test created is ever touched: loop devices by the path losetup returned, mounts
 * under the test's own temporary directory. Several jest workers (and other people's suites) run
 * on this machine at the same time.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { mountsOf, mountsUnder } from '../../src/host/mountinfo.js'

// The log sink used to live here; suites import it from either file.
export { captureLog } from './log-sink.js'

export function sh(file: string, args: string[], input?: string): string {
  return execFileSync(file, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] })
}

/** Cleanup steps run in reverse order; every step runs even when an earlier one fails. */
export class Teardown {
  private steps: (() => void | Promise<void>)[] = []

  add(step: () => void | Promise<void>): void {
    this.steps.push(step)
  }

  async run(): Promise<void> {
    const errors: unknown[] = []
    for (const step of this.steps.reverse()) {
      try {
        await step()
      } catch (error) {
        errors.push(error)
      }
    }
    this.steps = []
    if (errors.length > 0) throw new AggregateError(errors, 'teardown failed')
  }
}

/** A temporary directory removed at teardown (after anything mounted below it is unmounted). */
export function tempDir(teardown: Teardown, prefix = 'osc-chroot-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  teardown.add(() => {
    unmountEverythingUnder(dir)
    rmSync(dir, { recursive: true, force: true })
  })
  return dir
}

/** Test cleanup only: kill our leftover processes using dir, unmount deepest first. */
export function unmountEverythingUnder(dir: string): void {
  for (let round = 0; round < 20; round++) {
    const mounts = mountsUnder(dir)
    if (mounts.length === 0) return
    if (round === 0) spawnSync('fuser', ['-km', ...mounts.map((m) => m.mountPoint)])
    const deepest = mounts.sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0]
    // A test that failed halfway may leave a busy mount; a lazy unmount is acceptable in cleanup.
    const result = spawnSync('umount', [deepest.mountPoint])
    if (result.status !== 0) spawnSync('umount', ['-l', deepest.mountPoint])
  }
}

/** A busybox root file system: /bin/sh and friends, /etc/os-release, the usual directories. */
export function makeRootfs(dir: string, osRelease = true): string {
  for (const sub of [
    'bin',
    'sbin',
    'usr/bin',
    'usr/sbin',
    'etc',
    'tmp',
    'root',
    'proc',
    'sys',
    'dev',
    'run'
  ]) {
    mkdirSync(join(dir, sub), { recursive: true })
  }
  copyFileSync('/bin/busybox', join(dir, 'bin/busybox'))
  sh('chmod', ['0755', join(dir, 'bin/busybox')])
  sh('chroot', [dir, '/bin/busybox', '--install', '-s'])
  sh('chmod', ['1777', join(dir, 'tmp')])
  if (osRelease) writeFileSync(join(dir, 'etc/os-release'), 'ID=busybox\nNAME="test image"\n')
  writeFileSync(join(dir, 'etc/hostname'), 'image\n')
  return dir
}

/** A small file system with no root markers (like /boot or an ESP). */
export function makeDataFs(dir: string): string {
  mkdirSync(join(dir, 'grub'), { recursive: true })
  writeFileSync(join(dir, 'grub/grub.cfg'), '# not a root file system\n')
  return dir
}

export type FsKind = 'ext4' | 'xfs' | 'none'

export interface FsSpec {
  fs: FsKind
  /** Directory whose content the file system starts with. */
  content?: string
  sizeMiB?: number
}

export interface LoopDisk {
  file: string
  device: string
  /** Partition device paths, in order (empty for a whole-disk file system). */
  partitions: string[]
}

function makeFs(workDir: string, device: string, spec: FsSpec): void {
  if (spec.fs === 'ext4') {
    sh('mkfs.ext4', ['-q', '-F', ...(spec.content ? ['-d', spec.content] : []), device])
  } else if (spec.fs === 'xfs') {
    sh('mkfs.xfs', ['-q', '-f', device])
    if (spec.content) {
      const mnt = mkdtempSync(join(workDir, 'fill-'))
      sh('mount', [device, mnt])
      try {
        sh('cp', ['-a', `${spec.content}/.`, mnt])
      } finally {
        sh('umount', [mnt])
        rmSync(mnt, { recursive: true, force: true })
      }
    }
  }
}

/** The file a loop device holds now, or undefined when it holds none. */
function backingFileOf(device: string): string | undefined {
  try {
    return readFileSync(join('/sys/block', basename(device), 'loop', 'backing_file'), 'utf8')
      .trim()
      .replace(/ \(deleted\)$/, '')
  } catch {
    return undefined
  }
}

/** Attaches an image file to a loop device (detached at teardown) and shows its partitions. */
export function attachLoop(teardown: Teardown, file: string): LoopDisk {
  const device = sh('losetup', ['--find', '--show', file]).trim()
  const attached = realpathSync(file)
  teardown.add(() => {
    // Detached already (a test may do it), the number may be another suite's disk by now.
    if (backingFileOf(device) !== attached) return
    for (const mount of mountsOf(device)) unmountEverythingUnder(mount.mountPoint)
    spawnSync('partx', ['-d', device])
    sh('losetup', ['-d', device])
  })
  // Both fail (exit 1) without a partition table: the disk holds one file system.
  spawnSync('partx', ['-a', device])
  const table = spawnSync('partx', ['-g', '-o', 'NR', device], { encoding: 'utf8' }).stdout ?? ''
  const partitions = table
    .split('\n')
    .filter((line) => line.trim())
    .map((nr) => `${device}p${nr.trim()}`)
  return { file, device, partitions }
}

/**
 * A sparse disk image on a loop device. With `partitions`, a DOS table with one partition per
 * entry (the last takes the rest); otherwise `whole` is the file system of the whole disk.
 */
export function createLoopDisk(
  teardown: Teardown,
  workDir: string,
  spec: { sizeMiB: number; partitions?: FsSpec[]; whole?: FsSpec }
): LoopDisk {
  const file = join(mkdtempSync(join(workDir, 'disk-')), 'disk.img')
  sh('truncate', ['-s', `${spec.sizeMiB}M`, file])
  if (spec.partitions) {
    const table = spec.partitions.map((p, i) =>
      i === spec.partitions!.length - 1 || !p.sizeMiB ? ',,L' : `,${p.sizeMiB}M,L`
    )
    sh('sfdisk', ['-q', file], `label: dos\n${table.join('\n')}\n`)
  }
  const disk = attachLoop(teardown, file)
  if (spec.partitions) {
    spec.partitions.forEach((p, i) => makeFs(workDir, disk.partitions[i], p))
  } else if (spec.whole) {
    makeFs(workDir, disk.device, spec.whole)
  }
  return disk
}

/** A symlink helper that reads like `ln -s target path`. */
export function ln(target: string, path: string): void {
  symlinkSync(target, path)
}
