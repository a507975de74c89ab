import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { enableCompileCache } from '../../src/entry/compile-cache.js'

let toolCache: string
const cacheDir = () => join(toolCache, 'osc-chroot', 'compile-cache')

beforeEach(() => {
  toolCache = mkdtempSync(join(tmpdir(), 'osc-chroot-tool-cache-'))
})

afterEach(() => {
  rmSync(toolCache, { recursive: true, force: true })
})

describe('enableCompileCache', () => {
  it("turns Node's compile cache on in an owner-only directory of the runner's tool cache", () => {
    const enable = jest.fn()
    expect(enableCompileCache({ RUNNER_TOOL_CACHE: toolCache }, enable)).toBe(cacheDir())
    expect(enable).toHaveBeenCalledWith(cacheDir())
    expect(statSync(cacheDir()).mode & 0o777).toBe(0o700)
  })

  it('does nothing outside a runner, or on a Node without a compile cache', () => {
    const enable = jest.fn()
    expect(enableCompileCache({}, enable)).toBeUndefined()
    expect(enableCompileCache({ RUNNER_TOOL_CACHE: ' ' }, enable)).toBeUndefined()
    expect(enableCompileCache({ RUNNER_TOOL_CACHE: toolCache }, undefined)).toBeUndefined()
    expect(enable).not.toHaveBeenCalled()
  })

  it('refuses a directory that others can write: Node would run the code cached there', () => {
    mkdirSync(cacheDir(), { recursive: true })
    chmodSync(cacheDir(), 0o777)
    const enable = jest.fn()
    expect(enableCompileCache({ RUNNER_TOOL_CACHE: toolCache }, enable)).toBeUndefined()
    expect(enable).not.toHaveBeenCalled()
  })

  it('refuses a directory another user owns', () => {
    if (process.getuid?.() !== 0) return // only root can give a directory to another user
    mkdirSync(cacheDir(), { recursive: true, mode: 0o700 })
    chownSync(cacheDir(), 65534, 65534)
    const enable = jest.fn()
    expect(enableCompileCache({ RUNNER_TOOL_CACHE: toolCache }, enable)).toBeUndefined()
    expect(enable).not.toHaveBeenCalled()
  })
})
