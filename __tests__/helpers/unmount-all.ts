/**
 * Unmounts every mount at or below a path, whoever made it: for tests that made them all. The
 * action itself only ever unmounts its own tree (src/host/unmount.ts unmountOwnTree), found by
 * mount id; this takes each topmost mount under the path as such a tree, then removes the
 * directory as the build's undo does.
 */
import { existsSync } from 'node:fs'
import type { HostRunner } from '../../src/host/exec.js'
import { canonicalPath, mountsUnder } from '../../src/host/mountinfo.js'
import { unmountOwnTree, type UnmountOptions, type UnmountResult } from '../../src/host/unmount.js'

export async function unmountAll(
  runner: HostRunner,
  mountPath: string,
  options: UnmountOptions = {}
): Promise<UnmountResult> {
  const root = canonicalPath(mountPath)
  const unmounted: string[] = []
  for (;;) {
    const under = mountsUnder(root)
    const topmost = under.filter((mount) => !under.some((other) => other.id === mount.parentId))
    if (topmost.length === 0) break
    for (const mount of topmost) {
      const result = await unmountOwnTree(runner, mount, { ...options, removeDirectory: false })
      unmounted.push(...result.unmounted)
    }
  }
  if ((options.removeDirectory ?? true) && existsSync(root)) {
    await runner.run(['rmdir', '--', root], { quiet: true, allowedExitCodes: [0, 1] })
  }
  return { unmounted }
}
