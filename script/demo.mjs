// `sudo npm run demo`: the action's main job on this machine, with no Outscale account.
//
// Starts the local Outscale API simulator (sim/), seeds a small Linux OMI, then runs the bundled
// action exactly as a GitHub runner would: `node dist/main/index.js` and then
// `node dist/post/index.js`, with INPUT_* variables and the GITHUB_OUTPUT, GITHUB_STATE and
// GITHUB_STEP_SUMMARY files. Prints the new OMI ID and the job summary, then stops the simulator,
// leaving nothing behind.
//
// The steps' output reads like a runner's log (script/runner-log.mjs): groups are headings,
// debug lines are hidden (`sudo npm run demo -- --debug` shows them), masked values show as ***.
//
// The simulator plays the real cloud's behaviours (its 'realistic' profile: a new resource missing
// from Read* for a moment, tags refused on it, ReadVms mappings lagging, discovery-order device
// names...); `sudo npm run demo -- --simulator test` runs the fast and forgiving one instead.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { startSimulator } from '../sim/dist/index.js'
import { runnerLog } from './runner-log.mjs'

const repo = resolve(import.meta.dirname, '..')

if (process.getuid?.() !== 0) {
  console.error(
    'The demo links volumes as loop devices and mounts them: run it as root (sudo npm run demo).'
  )
  process.exit(1)
}

/** Runs one step of the action as the runner does, showing its log as a runner would. */
async function runStep(bundle, env) {
  const child = spawn(process.execPath, [join(repo, 'dist', bundle, 'index.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const exited = once(child, 'close')
  const render = runnerLog({ debug: options.debug })
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    for (const shown of render(line)) process.stdout.write(`${shown}\n`)
  }
  const [code] = await exited
  return code ?? 1
}

function outputsOf(file) {
  const outputs = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (match) outputs[match[1]] = lines[++i]
  }
  return outputs
}

/** The job summary is HTML; a terminal reads it better as text. */
function summaryAsText(html) {
  return html
    .replace(/<h\d>(.*?)<\/h\d>/g, '\n== $1 ==\n')
    .replace(/<\/tr>/g, '\n')
    .replace(/<\/t[hd]>/g, '  ')
    .replace(/<[^>]+>/g, '')
    .trim()
}

const { values: options } = parseArgs({
  options: {
    simulator: { type: 'string', default: 'realistic' },
    debug: { type: 'boolean', default: false }
  }
})
if (!['realistic', 'test'].includes(options.simulator)) {
  console.error(`--simulator ${options.simulator}: use realistic (the default) or test.`)
  process.exit(1)
}

const job = mkdtempSync(join(tmpdir(), 'osc-chroot-demo-'))
// Latencies a little like Outscale's, shortened so the demo takes seconds.
const sim = await startSimulator({
  profile: options.simulator,
  latency: {
    volumeCreateMs: 800,
    linkAttachMs: 500,
    linkDetachMs: 500,
    snapshotMs: 1500,
    imageCreateMs: 800
  }
})
let exitCode = 1
try {
  const base = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Debian-12-demo' })
  console.log(
    `Simulator (${options.simulator} profile) at ${sim.endpoint}; source OMI ${base.imageId} (${base.name}).\n`
  )

  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STATE: 'state',
    GITHUB_STEP_SUMMARY: 'summary.html'
  }
  for (const name of Object.values(files)) writeFileSync(join(job, name), '')
  const env = {
    PATH: process.env.PATH,
    HOME: job,
    RUNNER_TEMP: job,
    GITHUB_WORKSPACE: repo,
    ...Object.fromEntries(
      Object.entries(files).map(([variable, name]) => [variable, join(job, name)])
    ),
    OSC_METADATA_ENDPOINT: sim.metadataEndpoint,
    INPUT_ACCESS_KEY: sim.credentials.accessKey,
    INPUT_SECRET_KEY: sim.credentials.secretKey,
    INPUT_CUSTOM_ENDPOINT_OAPI: sim.endpoint,
    INPUT_SOURCE_OMI: base.imageId,
    INPUT_OMI_NAME: 'demo-app-{{timestamp}}',
    INPUT_OMI_DESCRIPTION: 'Built by the osc-chroot demo from {{.SourceOMIName}}',
    INPUT_PROVISION: [
      'echo "Provisioning inside the chroot of $(cat /etc/hostname) for $OMI_NAME"',
      'echo "built by osc-chroot" > /etc/motd',
      'ls -l /etc/resolv.conf'
    ].join('\n'),
    INPUT_TAGS: 'Name: demo-app\nSource: "{{.SourceOMI}}"'
  }

  const mainCode = await runStep('main', env)
  const postCode = await runStep('post', env)
  const outputs = outputsOf(join(job, files.GITHUB_OUTPUT))
  console.log(
    '\n' + summaryAsText(readFileSync(join(job, files.GITHUB_STEP_SUMMARY), 'utf8')) + '\n'
  )
  if (mainCode === 0 && postCode === 0) {
    console.log(`New OMI: ${outputs.omi_id} (${outputs.omi_name}), snapshot ${outputs.snapshot_id}`)
    exitCode = 0
  } else {
    console.error(`The action failed (main exit ${mainCode}, post exit ${postCode}).`)
  }
} finally {
  await sim.stop()
  rmSync(job, { recursive: true, force: true })
}
process.exit(exitCode)
