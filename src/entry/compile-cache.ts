/**
 * Node's on-disk compile cache (https://nodejs.org/api/module.html#module-compile-cache, Node 22.1
 * and later): the second build on a runner starts from V8's compiled code of the bundle instead of
 * compiling its 3 MB again, which is most of the time from process start to the first request.
 *
 * It lives in the runner's tool cache, kept between jobs on a self-hosted runner (where this
 * action runs). Node loads compiled code from it, so it is used only in a directory that only
 * this user can write: a cache that someone else could write would run their code.
 */
import { lstatSync, mkdirSync } from 'node:fs'
import module from 'node:module'
import { join } from 'node:path'

function ownedPrivateDirectory(path: string): boolean {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 })
    const stats = lstatSync(path)
    const ownUid = process.getuid?.()
    return stats.isDirectory() && stats.uid === ownUid && (stats.mode & 0o077) === 0
  } catch {
    return false
  }
}

/**
 * Turns the cache on when Node has it and the runner has a tool cache; otherwise does nothing.
 * Returns the cache's directory when it was turned on.
 */
export function enableCompileCache(
  env: NodeJS.ProcessEnv = process.env,
  enable: ((directory: string) => unknown) | undefined = module.enableCompileCache
): string | undefined {
  const toolCache = env.RUNNER_TOOL_CACHE?.trim()
  // Older Node has no such function: the bundle is compiled every time, as before.
  if (!toolCache || typeof enable !== 'function') return undefined
  const directory = join(toolCache, 'osc-chroot', 'compile-cache')
  if (!ownedPrivateDirectory(directory)) return undefined
  enable(directory)
  return directory
}
