/**
 * The files behind volumes and snapshots. They are sparse: a 1 GiB volume with a few MiB written
 * takes a few MiB of disk, and copies stay sparse.
 */
import { open, rm, stat } from 'node:fs/promises'
import { run } from './exec.js'

export const GIB = 1024 * 1024 * 1024

export async function createSparseFile(path: string, sizeGiB: number): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.truncate(sizeGiB * GIB)
  } finally {
    await handle.close()
  }
}

/** Copies a sparse file quickly (holes stay holes) and grows the copy to sizeGiB if asked. */
export async function copySparseFile(from: string, to: string, sizeGiB?: number): Promise<void> {
  await run('cp', ['--sparse=always', from, to])
  if (sizeGiB === undefined) return
  const handle = await open(to, 'r+')
  try {
    const { size } = await handle.stat()
    if (size < sizeGiB * GIB) await handle.truncate(sizeGiB * GIB)
  } finally {
    await handle.close()
  }
}

/** Bytes actually written in a sparse file (what a snapshot has to copy). */
export async function writtenBytes(path: string): Promise<number> {
  const info = await stat(path)
  return info.blocks * 512
}

export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true })
}
