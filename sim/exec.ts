/** Runs an external program with an argument array (never a shell string). */
import { execFile } from 'node:child_process'

export interface RunResult {
  stdout: string
  stderr: string
}

/** Runs `file` with `args`, optionally feeding `input` on stdin; rejects with its stderr. */
export function run(file: string, args: string[], input?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const why = stderr.trim() || error.message
          reject(new Error(`${file} ${args.join(' ')} failed: ${why}`))
          return
        }
        resolve({ stdout, stderr })
      }
    )
    // A program that does not read its stdin may exit first: that EPIPE is not an error.
    child.stdin?.on('error', () => undefined)
    if (input === undefined) child.stdin?.end()
    else child.stdin?.end(input)
  })
}
