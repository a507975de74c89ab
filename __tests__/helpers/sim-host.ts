/**
 * Machine-side helpers for the simulator's root-only suites: mounting what the simulator exposes,
 * and finding what it may have left behind (loop devices backed by its files, links, mounts).
 * Each helper touches only what the calling test names.
 */
import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  readFileSync,
  rmdirSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

export async function sh(file: string, args: string[]): Promise<string> {
  return (await exec(file, args)).stdout
}

/** Mounts `device` on a new temporary directory; call the returned function to undo it. */
export async function mountTemporarily(
  device: string,
  options: string[] = []
): Promise<{ dir: string; unmount: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sim-test-mount-'))
  try {
    await sh('mount', [...options, device, dir])
  } catch (error) {
    rmdirSync(dir)
    throw error
  }
  let done = false
  return {
    dir,
    unmount: async () => {
      if (done) return
      done = true
      try {
        // Someone (the simulator's stop) may have unmounted it already.
        if (isMountPoint(dir)) await sh('umount', [dir])
      } finally {
        rmdirSync(dir)
      }
    }
  }
}

/** Loop devices whose backing file lies under `dir`. */
export async function loopDevicesUnder(dir: string): Promise<string[]> {
  const out = await sh('losetup', ['--list', '--noheadings', '--output', 'NAME,BACK-FILE'])
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([name, file]) => name && file?.startsWith(`${dir}/`))
    .map(([name]) => name)
}

/** Links under /dev/disk/by-id (and /dev itself) that point at `loopDevice` or its partitions. */
export function linksTo(loopDevice: string): string[] {
  const name = loopDevice.replace('/dev/', '')
  const candidates = [
    ...(existsSync('/dev/disk/by-id')
      ? readdirSync('/dev/disk/by-id').map((n) => join('/dev/disk/by-id', n))
      : []),
    ...readdirSync('/dev')
      .filter((n) => /^(xvd|sd)[a-z]+\d*$/.test(n))
      .map((n) => join('/dev', n))
  ]
  return candidates.filter((path) => {
    try {
      const target = readlinkSync(path)
      return (
        target.endsWith(`/${name}`) ||
        target === name ||
        new RegExp(`(^|/)${name}p\\d+$`).test(target)
      )
    } catch {
      return false
    }
  })
}

function isMountPoint(dir: string): boolean {
  return readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .some((line) => line.split(' ')[1] === dir)
}

/** Mount points of these devices or their partitions (from /proc/mounts). */
export function mountsOf(devices: string[]): string[] {
  return readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([source]) =>
      devices.some((device) => source === device || source?.startsWith(`${device}p`))
    )
    .map(([, target]) => target)
}
