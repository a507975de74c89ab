/**
 * Lets a test run src/ modules in separate Node processes (jest transforms TypeScript only inside
 * its own workers): the named files, and every repository file they import (followed through
 * relative imports, so a new module never has to be listed), are transpiled to JavaScript in a
 * temporary directory that mirrors the repository layout and sees the repository's node_modules.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const repoRoot = process.cwd()

/** Relative imports of a module, as repository paths of their TypeScript sources. */
function relativeImports(file: string, source: string): string[] {
  const specifiers = ts
    .preProcessFile(source, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
  return specifiers
    .map((name) =>
      relative(repoRoot, resolve(repoRoot, dirname(file), name.replace(/\.js$/, '.ts')))
    )
    .filter((path) => existsSync(join(repoRoot, path)))
}

/** Transpiles repository files (e.g. 'src/host/lock.ts') and what they import into outDir. */
export function transpileForChild(outDir: string, files: string[]): string {
  const pending = [...files]
  const done = new Set<string>()
  while (pending.length > 0) {
    const file = pending.pop()!
    if (done.has(file)) continue
    done.add(file)
    const source = readFileSync(join(repoRoot, file), 'utf8')
    const output = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      fileName: file
    })
    const target = join(outDir, file.replace(/\.ts$/, '.js'))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, output.outputText)
    pending.push(...relativeImports(file, source))
  }
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }))
  symlinkSync(join(repoRoot, 'node_modules'), join(outDir, 'node_modules'))
  return outDir
}
