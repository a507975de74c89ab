/**
 * Where the blocks and attributes of an HCL2 file are: their lines, and the order of blocks of
 * different types (the parser's JSON groups blocks by type, so it loses both).
 *
 * This is not a parser: it runs only on text HashiCorp's parser has already accepted, and only
 * finds block headers (`type "label" ... {`), attribute names (`name =`) and the braces that
 * close blocks, skipping strings, heredocs, comments and expressions. Values always come from
 * the real parser.
 */

export interface BlockLocation {
  type: string
  labels: string[]
  /** Line of the block's header, from 1. */
  line: number
  /** Nested blocks, in file order. */
  children: BlockLocation[]
  /** Line of each attribute, by name. */
  attributes: Map<string, number>
}

/** The file as a block of type '' whose children are the top-level blocks. */
export function locateBlocks(text: string): BlockLocation {
  const root: BlockLocation = { type: '', labels: [], line: 1, children: [], attributes: new Map() }
  try {
    new Scanner(text).body(root)
  } catch {
    // Text the scanner cannot follow: what was found so far is kept; lines may be missing.
  }
  return root
}

/** The blocks of one type (and first label, if given) among a block's children. */
export function childBlocks(
  block: BlockLocation | undefined,
  type: string,
  label?: string
): BlockLocation[] {
  return (block?.children ?? []).filter(
    (child) => child.type === type && (label === undefined || child.labels[0] === label)
  )
}

const identifier = /[A-Za-z_][A-Za-z0-9_-]*/y

class Scanner {
  private i = 0
  private readonly lineStarts: number[] = [0]

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1)
  }

  private lineAt(offset: number): number {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      if (this.lineStarts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }

  /** Reads attributes and blocks until the closing brace (consumed) or the end of the text. */
  body(block: BlockLocation): void {
    for (;;) {
      this.skipSpace(true)
      if (this.i >= this.text.length) return
      if (this.text[this.i] === '}') {
        this.i++
        return
      }
      const start = this.i
      const name = this.word()
      if (name === undefined) throw new Error(`unexpected ${this.text[this.i]}`)
      this.skipSpace(false)
      if (this.text[this.i] === '=' && this.text[this.i + 1] !== '=') {
        this.i++
        block.attributes.set(name, this.lineAt(start))
        this.expression()
        continue
      }
      const child: BlockLocation = {
        type: name,
        labels: [],
        line: this.lineAt(start),
        children: [],
        attributes: new Map()
      }
      for (;;) {
        this.skipSpace(false)
        const c = this.text[this.i]
        if (c === '{') {
          this.i++
          break
        }
        if (c === '"') {
          const from = this.i
          this.quoted()
          child.labels.push(JSON.parse(this.text.slice(from, this.i)) as string)
        } else {
          const label = this.word()
          if (label === undefined) throw new Error(`unexpected ${c}`)
          child.labels.push(label)
        }
      }
      this.body(child)
      block.children.push(child)
    }
  }

  private word(): string | undefined {
    identifier.lastIndex = this.i
    const match = identifier.exec(this.text)
    if (match === null) return undefined
    this.i += match[0].length
    return match[0]
  }

  /** Skips blanks and comments; newlines too when `newlines`. */
  private skipSpace(newlines: boolean): void {
    while (this.i < this.text.length) {
      const c = this.text[this.i]
      const next = this.text[this.i + 1]
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.i++
      else if (c === '#' || (c === '/' && next === '/')) this.skipToLineEnd()
      else if (c === '/' && next === '*') {
        const end = this.text.indexOf('*/', this.i + 2)
        this.i = end < 0 ? this.text.length : end + 2
      } else return
    }
  }

  private skipToLineEnd(): void {
    const end = this.text.indexOf('\n', this.i)
    this.i = end < 0 ? this.text.length : end
  }

  /** An attribute's value: up to the end of its line outside brackets, or the block's `}`. */
  private expression(): void {
    let depth = 0
    while (this.i < this.text.length) {
      const c = this.text[this.i]
      if (c === '"') this.quoted()
      else if (c === '<' && this.text[this.i + 1] === '<') this.heredoc()
      else if (
        c === '#' ||
        (c === '/' && (this.text[this.i + 1] === '/' || this.text[this.i + 1] === '*'))
      ) {
        this.skipSpace(false)
      } else if (c === '(' || c === '[' || c === '{') {
        depth++
        this.i++
      } else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return
        depth--
        this.i++
      } else if (c === '\n' && depth === 0) return
      else this.i++
    }
  }

  /** A quoted string, with its `${...}` and `%{...}` sequences (which may hold strings). */
  private quoted(): void {
    this.i++
    while (this.i < this.text.length) {
      const c = this.text[this.i]
      if (c === '\\') this.i += 2
      else if (c === '"') {
        this.i++
        return
      } else if ((c === '$' || c === '%') && this.text[this.i + 1] === '{') {
        this.i += 2
        this.interpolation()
      } else this.i++
    }
  }

  private interpolation(): void {
    let depth = 0
    while (this.i < this.text.length) {
      const c = this.text[this.i]
      if (c === '"') this.quoted()
      else if (c === '{') {
        depth++
        this.i++
      } else if (c === '}') {
        this.i++
        if (depth-- === 0) return
      } else this.i++
    }
  }

  /** <<MARKER or <<-MARKER, up to the line that holds only the marker. */
  private heredoc(): void {
    const header = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y
    header.lastIndex = this.i
    const match = header.exec(this.text)
    if (match === null) {
      this.i += 2
      return
    }
    this.i += match[0].length
    while (this.i < this.text.length) {
      const end = this.text.indexOf('\n', this.i)
      const lineEnd = end < 0 ? this.text.length : end
      const line = this.text.slice(this.i, lineEnd).trim()
      if (line === match[1]) {
        this.i = lineEnd
        return
      }
      this.i = lineEnd + 1
    }
  }
}
