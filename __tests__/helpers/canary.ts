/**
 * The host canary tree the hostile seed image aims at (HOSTILE_CANARY_DIR, see
 * sim/seed-hostile.ts): the files its links name, and a canary disk, a small loop device filled
 * with a known pattern, whose path and numbers the image's link and device node carry. A build
 * that writes through the image's links or node onto the host changes the tree or the disk:
 * fingerprint() before and after tells.
 *
 * The directory is fixed (the image's links must name it), so one run at a time on a machine uses
 * it; create() refuses to take over a tree that has a mount below it.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { HOSTILE_CANARY_DIR } from '../../sim/index.js'

const DISK_BYTES = 4 * 1024 * 1024

export interface Canary {
  dir: string
  /** The canary disk, e.g. /dev/loop7, and its numbers. */
  device: string
  major: number
  minor: number
  /** Every file, link and directory of the tree, and the disk's content: path -> digest. */
  fingerprint(): Record<string, string>
  /** Puts the tree and the disk back as create() made them (between tests). */
  reset(): void
  remove(): void
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}

function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((target) => target === dir || target?.startsWith(`${dir}/`))
}

function describeTree(dir: string, into: Record<string, string>, prefix = ''): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    const key = `${prefix}/${name}`
    const info = lstatSync(path)
    const mode = (info.mode & 0o7777).toString(8)
    if (info.isSymbolicLink()) into[key] = `link ${mode} -> ${readlinkSync(path)}`
    else if (info.isDirectory()) {
      into[key] = `dir ${mode}`
      describeTree(path, into, key)
    } else if (info.isFile()) into[key] = `file ${mode} ${sha256(readFileSync(path))}`
    else into[key] = `special ${mode} ${info.rdev}`
  }
}

/** The canary files, fresh (all but the disk's backing file). */
function writeTree(dir: string): void {
  for (const name of readdirSync(dir))
    if (name !== 'disk.img') rmSync(join(dir, name), { recursive: true, force: true })
  for (const sub of ['tmp', 'proc', 'dev']) {
    mkdirSync(join(dir, sub))
    writeFileSync(join(dir, sub, 'canary'), `the runner's own ${sub} canary\n`)
  }
  writeFileSync(
    join(dir, 'resolv.conf'),
    "# the runner's canary resolv.conf\nnameserver 192.0.2.53\n"
  )
  writeFileSync(join(dir, 'policy-rc.d'), "#!/bin/sh\n# the runner's canary policy-rc.d\nexit 0\n")
  writeFileSync(join(dir, 'not-a-device'), "the runner's canary file\n")
}

export function createCanary(): Canary {
  const dir = HOSTILE_CANARY_DIR
  if (mountsUnder(dir).length > 0)
    throw new Error(`${dir} has mounts below it (${mountsUnder(dir).join(', ')}): not touching it`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { mode: 0o755 })
  writeTree(dir)
  const pattern = Buffer.alloc(DISK_BYTES)
  for (let i = 0; i < DISK_BYTES; i++) pattern[i] = (i * 31 + 7) & 0xff
  const backing = join(dir, 'disk.img')
  writeFileSync(backing, pattern)
  const device = execFileSync('losetup', ['--find', '--show', backing], { encoding: 'utf8' }).trim()
  const rdev = statSync(device).rdev
  // Linux's dev_t encoding (see major(3)): major in bits 8-19, minor in bits 0-7 and 20-31.
  const major = (rdev >> 8) & 0xfff
  const minor = (rdev & 0xff) | ((rdev >> 12) & 0xfff00)
  return {
    dir,
    device,
    major,
    minor,
    fingerprint() {
      const tree: Record<string, string> = {}
      describeTree(dir, tree)
      tree['<canary disk>'] = sha256(readFileSync(device))
      return tree
    },
    reset() {
      if (mountsUnder(dir).length > 0)
        throw new Error(`${dir} has mounts below it: not resetting it`)
      writeTree(dir)
      // Through the device, whose cache a write to the backing file would not update.
      writeFileSync(device, pattern)
    },
    remove() {
      try {
        if (existsSync(device)) execFileSync('losetup', ['-d', device])
      } finally {
        if (mountsUnder(dir).length === 0) rmSync(dir, { recursive: true, force: true })
      }
    }
  }
}

/**
 * The machine's disks that no build may show its image: every block device that is not a loop
 * device (the runner's root disk and its partitions, zram...), as "major:minor" -> name.
 */
export function hostDisks(): Record<string, string> {
  const disks: Record<string, string> = {}
  for (const name of readdirSync('/sys/class/block')) {
    if (name.startsWith('loop')) continue
    disks[readFileSync(`/sys/class/block/${name}/dev`, 'utf8').trim()] = name
  }
  return disks
}
