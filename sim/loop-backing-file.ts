/**
 * The file a loop device holds, read from sysfs: what makes detaching safe. A loop device's
 * number is reused the moment it is freed (by a test's own disk, another simulator), so whoever
 * attached a file detaches the device only while it still holds that file.
 *
 * Synchronous on purpose (one small sysfs read): the simulator and the tests' teardown
 * (__tests__/helpers/loop-disk.ts, which runs synchronously) share it. It imports nothing of the
 * simulator, so a test helper can import it alone.
 */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

/**
 * The backing file of a loop device (e.g. /dev/loop3), as the kernel names it (an absolute,
 * resolved path, without the " (deleted)" it appends once the file is removed); undefined when
 * the device holds no file or does not exist.
 */
export function loopBackingFile(device: string): string | undefined {
  try {
    const path = join('/sys/block', basename(device), 'loop', 'backing_file')
    return readFileSync(path, 'utf8')
      .trim()
      .replace(/ \(deleted\)$/, '')
  } catch {
    return undefined
  }
}
