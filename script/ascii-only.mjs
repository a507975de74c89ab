// Rewrites the non-ASCII characters of bundled JavaScript as \u escapes where that keeps the
// meaning: in comments, string literals and untagged template literals.
// V8 keeps a script's source in memory, as one byte per character only when every character is
// Latin-1: a single '→' in a comment makes the whole chunk two bytes per character, and Node
// decodes it more slowly at every start. A character left elsewhere (an identifier; a tagged
// template, where String.raw would see the escape itself; a regular expression, whose `source`
// would show it) stays as it is: the bundle is then only bigger in memory, never different in
// behaviour.
import { tokenizer } from 'acorn'

const nonAscii = /[\u0080-\uffff]/

/** Token types after which a template literal is tagged (a function call, conservatively). */
const endsAnExpression = new Set([
  'name',
  ')',
  ']',
  '}',
  '`',
  'string',
  'num',
  'regexp',
  'this',
  'super',
  'privateId'
])

function escaped(character) {
  let out = ''
  for (let i = 0; i < character.length; i++) {
    out += '\\u' + character.charCodeAt(i).toString(16).padStart(4, '0')
  }
  return out
}

/** [start, end) ranges of the code where a \u escape means the character it stands for. */
function escapableRanges(code) {
  const ranges = []
  const templates = [] // for each template being read: whether it is tagged
  let previous
  const tokens = tokenizer(code, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: true,
    onComment: (_block, _text, start, end) => ranges.push([start, end])
  })
  for (const token of tokens) {
    const type = token.type.label
    if (type === '`') {
      const closing = previous === 'template' || previous === 'invalidTemplate'
      if (closing) templates.pop()
      else templates.push(endsAnExpression.has(previous))
    } else if (type === 'string') {
      ranges.push([token.start, token.end])
    } else if (type === 'template' && templates.at(-1) === false) {
      ranges.push([token.start, token.end])
    }
    previous = type
  }
  return ranges
}

/** The code with its non-ASCII characters escaped where safe; `left` counts the others. */
export function asciiOnly(code) {
  if (!nonAscii.test(code)) return { code, left: 0 }
  const ranges = escapableRanges(code)
  let out = ''
  let left = 0
  let last = 0
  let r = 0
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i)
    if (unit < 0x80) continue
    const pair = unit >= 0xd800 && unit <= 0xdbff ? 2 : 1
    const character = code.slice(i, i + pair)
    while (r < ranges.length && ranges[r][1] <= i) r++
    const inRange = r < ranges.length && ranges[r][0] <= i
    // After an odd run of backslashes the character is itself escaped (`\→`): left alone.
    let backslashes = 0
    while (code[i - 1 - backslashes] === '\\') backslashes++
    if (inRange && backslashes % 2 === 0) {
      out += code.slice(last, i) + escaped(character)
      last = i + pair
    } else {
      left++
    }
    i += pair - 1
  }
  return { code: out + code.slice(last), left }
}
