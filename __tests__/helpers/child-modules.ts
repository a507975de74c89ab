/**
 * Lets a test run src/ modules in separate Node processes (jest transforms TypeScript only inside
 * its own workers): the named files are transpiled to JavaScript in a temporary directory that
 * mirrors the repository layout and sees the repository's node_modules.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ts from 'typescript'

const repoRoot = process.cwd()

/** Transpiles repository files (e.g. 'src/host/lock.ts') into outDir; returns outDir. */
export function transpileForChild(outDir: string, files: string[]): string {
  for (const file of files) {
    const output = ts.transpileModule(readFileSync(join(repoRoot, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      fileName: file
    })
    const target = join(outDir, file.replace(/\.ts$/, '.js'))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, output.outputText)
  }
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }))
  symlinkSync(join(repoRoot, 'node_modules'), join(outDir, 'node_modules'))
  return outDir
}
