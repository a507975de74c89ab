// Bundles each entry point into its own dist/<name>/index.js with ncc, licences included.
// One ncc run per entry keeps the main, post and CLI bundles independent of each other.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = { main: 'src/entry/main.ts', post: 'src/entry/post.ts', cli: 'src/entry/cli.ts' }
rmSync('dist', { recursive: true, force: true })
for (const [name, entry] of Object.entries(entries)) {
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', `dist/${name}`, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' }
  )
}
