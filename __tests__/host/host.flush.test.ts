/**
 * The image is flushed to its disk while provisioning runs (flush.ts): what provisioning wrote a
 * second ago is on the disk before provisioning ends, where the kernel alone would keep it in the
 * page cache until the unmount (dirty pages are written back once 30 s old).
 */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createHostRunner } from '../../src/host/exec.js'
import { FLUSH_INTERVAL_MS, flushingWhile } from '../../src/host/flush.js'
import { hostSuite } from '../helpers/host-suite.js'
import { mountTestImage } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite
const runner = createHostRunner()

/** Bytes written to the disk (all its partitions) since it was made: /sys/block/<disk>/stat. */
function bytesWritten(device: string): number {
  const fields = readFileSync(`/sys/block/${basename(device)}/stat`, 'utf8')
    .trim()
    .split(/\s+/)
  return Number(fields[6]) * 512
}

const written = 16 * 1024 * 1024

/** Provisioning that writes 16 MiB, then works on for a while, reporting what reached the disk. */
async function provisioning(mountPath: string, device: string): Promise<number> {
  const before = bytesWritten(device)
  await runner.run(
    ['dd', 'if=/dev/zero', `of=${join(mountPath, 'data.bin')}`, 'bs=1M', 'count=16'],
    { quiet: true }
  )
  await sleep(FLUSH_INTERVAL_MS * 2)
  return bytesWritten(device) - before
}

it('writes what provisioning wrote to the disk while provisioning still runs', async () => {
  const { disk, mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
    chrootMounts: false
  })
  const onDisk = await flushingWhile(
    runner,
    mounted.mountPath,
    provisioning(mounted.mountPath, disk.device)
  )
  expect(onDisk).toBeGreaterThanOrEqual(written)
})

it('leaves it in the page cache without the flushes: the unmount would write it', async () => {
  const { disk, mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
    chrootMounts: false
  })
  expect(await provisioning(mounted.mountPath, disk.device)).toBeLessThan(written)
})

it('returns the work’s failure once the flush under way has ended, and flushes no more', async () => {
  const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
    chrootMounts: false
  })
  const flushes: string[] = []
  const counting = {
    ...runner,
    run: (argv: string[], options?: Parameters<typeof runner.run>[1]) => {
      if (argv[0] === 'sync') flushes.push(argv.join(' '))
      return runner.run(argv, options)
    }
  }
  const failing = sleep(FLUSH_INTERVAL_MS * 1.5).then(() => {
    throw new Error('provisioning failed')
  })
  await expect(flushingWhile(counting, mounted.mountPath, failing)).rejects.toThrow(
    'provisioning failed'
  )
  expect(flushes).toEqual([`sync -f -- ${mounted.mountPath}`])
  await sleep(FLUSH_INTERVAL_MS * 1.5)
  expect(flushes).toHaveLength(1)
})
