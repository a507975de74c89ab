/**
 * The OpenAPI spec is about 1 MB of YAML and takes a second or more to parse; every test file that
 * starts a simulator (and every simulator process) would parse it again. The parsed document is
 * kept as JSON, named by the SHA-256 of the YAML it came from, in a directory of this user's own
 * under the temporary directory: a changed file is parsed afresh, and any problem with the cache
 * (someone else's directory, a full disk) only means parsing as before. The error catalogue
 * (error-catalogue.ts) is read the same way: small, but the parser's first run in a process made
 * it cost about 260 ms of every test file's first simulator start.
 */
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

/** This user's own private cache directory, or undefined when there is none to trust. */
export function cacheDirectory(): string | undefined {
  const uid = process.getuid?.() ?? 0
  const dir = join(tmpdir(), `osc-chroot-yaml-cache-${uid}`)
  try {
    mkdirSync(dir, { mode: 0o700 })
  } catch {
    // Already there: used below only if it is this user's own private directory.
  }
  try {
    const stat = lstatSync(dir)
    const ours = stat.isDirectory() && stat.uid === uid && (stat.mode & 0o077) === 0
    return ours ? dir : undefined
  } catch {
    return undefined
  }
}

/** The YAML file at `path`, parsed (from the cache when this content was parsed before). */
export function readYamlFile(path: string): unknown {
  return readYamlFileAndHash(path).document
}

/** The same, with the SHA-256 of the file's text (which names what is cached from it). */
export function readYamlFileAndHash(path: string): { document: unknown; sha256: string } {
  const text = readFileSync(path, 'utf8')
  const sha256 = createHash('sha256').update(text).digest('hex')
  const dir = cacheDirectory()
  if (dir === undefined) return { document: parse(text), sha256 }
  const cached = join(dir, `${sha256}.json`)
  try {
    return { document: JSON.parse(readFileSync(cached, 'utf8')), sha256 }
  } catch {
    const document: unknown = parse(text)
    writeCacheFile(cached, JSON.stringify(document))
    return { document, sha256 }
  }
}

/** Writes a cache file whole (renamed into place) or not at all: a failure only means no cache. */
export function writeCacheFile(path: string, content: string): void {
  try {
    const partial = `${path}.${process.pid}.tmp`
    writeFileSync(partial, content, { mode: 0o600 })
    renameSync(partial, path)
  } catch {
    // No cache this time; the caller has what it computed all the same.
  }
}
