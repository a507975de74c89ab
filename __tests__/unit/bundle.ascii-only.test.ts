/**
 * The bundles' ASCII rewrite (script/ascii-only.mjs): escaping a character must never change what
 * the code does, and where it could (tagged templates, regular expressions, an escaped character)
 * the character stays as it is.
 */
import { describe, expect, it } from '@jest/globals'
import { asciiOnly } from '../../script/ascii-only.mjs'

/** What a CommonJS-style snippet exports, run as a function. */
function exportsOf(code: string): unknown {
  const module = { exports: {} }
  new Function('module', code)(module)
  return module.exports
}

describe('asciiOnly', () => {
  it('escapes comments, strings and untagged templates, and the values stay the same', () => {
    const code = [
      '// a comment → with an arrow',
      '/* 😀 */',
      'const text = "…" + \'é\' + `x → ${`ü`} y`',
      'module.exports = { text, emoji: "😀" }'
    ].join('\n')
    const result = asciiOnly(code)
    expect(result.left).toBe(0)
    expect(result.code).toMatch(/^[\x20-\x7e\n]*$/)
    expect(exportsOf(result.code)).toEqual(exportsOf(code))
    expect(exportsOf(result.code)).toEqual({ text: '…éx → ü y', emoji: '😀' })
  })

  it('leaves tagged templates, regular expressions and escaped characters as they are', () => {
    const code = [
      'const raw = String.raw`→`',
      'const source = /→/.source',
      'const escaped = "\\→"',
      'module.exports = { raw, source, escaped }'
    ].join('\n')
    const result = asciiOnly(code)
    expect(result.left).toBe(3)
    expect(result.code).toBe(code)
    expect(exportsOf(result.code)).toEqual({ raw: '→', source: '→', escaped: '→' })
  })

  it('returns ASCII code untouched', () => {
    const code = 'module.exports = "plain"'
    expect(asciiOnly(code)).toEqual({ code, left: 0 })
  })
})
