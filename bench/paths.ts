/** Where the checkout is, found from this file whether it runs built (in a cache) or not. */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The first directory above this file with a package.json. */
export function repositoryRoot(): string {
  let dir = import.meta.dirname
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) throw new Error(`No package.json above ${import.meta.dirname}`)
    dir = dirname(dir)
  }
  return dir
}
