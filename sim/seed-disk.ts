/**
 * Seed disks built on this machine without network: a tiny root file system from busybox-static
 * (a working /bin/sh) on a sparse disk that is partitioned (one Linux partition at 1 MiB, ext4 or
 * XFS) or a whole-disk ext4. File systems are populated without mounting anything: mkfs.ext4 -d,
 * and mkfs.xfs -p with a generated protofile. Each kind and size is built once per data directory.
 *
 * The root keeps its own /etc/resolv.conf as a symlink to ../run/resolvconf/resolv.conf, the way
 * cloud images do, so a build that must not destroy it can be tested.
 *
 * The 'hostile' kind is ext4-partitioned with links and a device node aimed at the runner (see
 * seed-hostile.ts); each variant of its options is its own cached disk.
 */
import {
  chmod,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readlink,
  rename,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises'
import { join } from 'node:path'
import { run } from './exec.js'
import { GIB } from './files.js'
import { hostileVariant, writeHostileTree, type HostileSeedOptions } from './seed-hostile.js'

export const SEED_KINDS = ['ext4-partitioned', 'xfs-partitioned', 'ext4-whole', 'hostile'] as const
export type SeedKind = (typeof SEED_KINDS)[number]

const BUSYBOX = '/bin/busybox'
const PARTITION_START_BYTES = 1024 * 1024
/** mkfs.xfs refuses file systems under 300 MiB. */
const XFS_MIN_BYTES = 300 * 1024 * 1024
const APPLETS = (
  'sh ash ls cat echo sleep mkdir rm rmdir cp mv ln touch chmod chown true false test [ env id ' +
  'uname grep sed awk head tail wc printf ps kill date hostname which sync readlink find tar gzip ' +
  'stat dirname basename mktemp tee sort uniq cut tr xargs pwd df du mount umount whoami seq expr'
).split(' ')
export const SEED_RESOLV_CONF =
  "# the image's own resolv.conf (osc-sim seed): a build must keep it\nnameserver 10.0.0.2\n"

const building = new Map<string, Promise<string>>()

/** The cached disk file of a kind and size, built on first use. */
export function seedDisk(
  cacheDir: string,
  kind: SeedKind,
  sizeGiB: number,
  hostile: HostileSeedOptions = {}
): Promise<string> {
  const variant = kind === 'hostile' ? `-${hostileVariant(hostile)}` : ''
  const path = join(cacheDir, `seed-${kind}${variant}-${sizeGiB}g.img`)
  let pending = building.get(path)
  if (!pending) {
    pending = buildOnce(cacheDir, path, kind, sizeGiB, hostile)
    building.set(path, pending)
    pending.catch(() => building.delete(path))
  }
  return pending
}

async function buildOnce(
  cacheDir: string,
  path: string,
  kind: SeedKind,
  sizeGiB: number,
  hostile: HostileSeedOptions
): Promise<string> {
  if (
    await lstat(path).then(
      () => true,
      () => false
    )
  )
    return path
  await mkdir(cacheDir, { recursive: true })
  const work = await mkdtemp(join(cacheDir, `build-${kind}-`))
  try {
    const root = join(work, 'root')
    await writeRootTree(root, kind)
    if (kind === 'hostile') await writeHostileTree(root, hostile)
    const disk = join(work, 'disk.img')
    await run('truncate', ['-s', String(sizeGiB * GIB), disk])
    if (kind === 'ext4-whole') {
      await run('mkfs.ext4', [
        '-q',
        '-F',
        '-L',
        'rootfs',
        '-E',
        'lazy_itable_init=1,nodiscard',
        '-d',
        root,
        disk
      ])
    } else {
      await run('sfdisk', ['-q', disk], 'label: dos\nstart=2048, type=83\n')
      const partitionBytes = sizeGiB * GIB - PARTITION_START_BYTES
      if (kind !== 'xfs-partitioned') await ext4AtOffset(root, disk, partitionBytes)
      else await xfsAtOffset(root, work, disk, partitionBytes)
    }
    await rename(disk, path)
    return path
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function ext4AtOffset(root: string, disk: string, bytes: number): Promise<void> {
  await run('mkfs.ext4', [
    '-q',
    '-F',
    '-L',
    'rootfs',
    '-E',
    `offset=${PARTITION_START_BYTES},lazy_itable_init=1,nodiscard`,
    '-d',
    root,
    disk,
    `${bytes / 1024}k`
  ])
}

/** mkfs.xfs has no offset option: build the partition apart, then copy it in (sparsely). */
async function xfsAtOffset(root: string, work: string, disk: string, bytes: number): Promise<void> {
  if (bytes < XFS_MIN_BYTES)
    throw new Error('an XFS seed needs at least 1 GiB (mkfs.xfs wants >= 300 MiB)')
  const partition = join(work, 'partition.img')
  const protofile = join(work, 'protofile')
  await run('truncate', ['-s', String(bytes), partition])
  await writeFile(protofile, await xfsProtofile(root))
  await run('mkfs.xfs', ['-q', '-f', '-L', 'rootfs', '-p', protofile, partition])
  await run('dd', [
    `if=${partition}`,
    `of=${disk}`,
    'bs=1M',
    `seek=${PARTITION_START_BYTES / (1024 * 1024)}`,
    'conv=sparse,notrunc',
    'status=none'
  ])
}

/** The tiny root file system. */
async function writeRootTree(root: string, kind: SeedKind): Promise<void> {
  for (const dir of [
    'bin',
    'etc',
    'usr/bin',
    'usr/sbin',
    'sbin',
    'proc',
    'sys',
    'dev',
    'run/resolvconf',
    'var/tmp',
    'home'
  ]) {
    await mkdir(join(root, dir), { recursive: true })
  }
  await mkdir(join(root, 'tmp'), { mode: 0o1777 })
  await chmod(join(root, 'tmp'), 0o1777)
  await mkdir(join(root, 'root'), { mode: 0o700 })
  await cp(BUSYBOX, join(root, 'bin', 'busybox'))
  await chmod(join(root, 'bin', 'busybox'), 0o755)
  for (const applet of APPLETS) await symlink('busybox', join(root, 'bin', applet))
  const files: Record<string, string> = {
    'etc/os-release':
      'PRETTY_NAME="osc-sim tiny Linux (busybox)"\nNAME="osc-sim"\nID=osc-sim\nVERSION_ID="1"\n',
    'etc/hostname': 'osc-sim-image\n',
    'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n',
    'etc/group': 'root:x:0:\n',
    'etc/osc-sim-seed': `${kind}\n`,
    'run/resolvconf/resolv.conf': SEED_RESOLV_CONF
  }
  for (const [path, content] of Object.entries(files)) await writeFile(join(root, path), content)
  await symlink('../run/resolvconf/resolv.conf', join(root, 'etc', 'resolv.conf'))
}

/** mkfs.xfs protofile describing `root` (see mkfs.xfs(8), -p). */
async function xfsProtofile(root: string): Promise<string> {
  const lines = ['/dev/null', '0 0', 'd--755 0 0']
  await describeDir(root, lines)
  lines.push('$')
  return `${lines.join('\n')}\n`
}

async function describeDir(dir: string, lines: string[]): Promise<void> {
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name)
    const info = await lstat(path)
    const perms = (info.mode & 0o777).toString(8).padStart(3, '0')
    if (info.isSymbolicLink()) {
      lines.push(`${name} l--${perms} 0 0 ${await readlink(path)}`)
    } else if (info.isDirectory()) {
      lines.push(`${name} d--${perms} 0 0`)
      await describeDir(path, lines)
      lines.push('$')
    } else {
      lines.push(`${name} ---${perms} 0 0 ${path}`)
    }
  }
}
