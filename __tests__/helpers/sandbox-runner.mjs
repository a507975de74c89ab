// Runs inside the sandbox that sandbox.ts makes (`unshare --pid --fork --mount-proc --mount
// --propagation private`), as its first process: the plan's setup shell, then its phases of action
// steps (the steps of one phase at once), then the check shell, then a record of the sandbox's
// mounts and processes, which die with it. Plain JavaScript: it runs under node as it is, untransformed.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const out = plan.out

/** `name<<delimiter` blocks, as @actions/core writes GITHUB_STATE. */
function parseStateFile(text) {
  const values = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    values[match[1]] = value.join('\n')
  }
  return values
}

function shell(script, file) {
  const result = spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8' })
  writeFileSync(join(out, file), `${result.stdout}${result.stderr}exit ${result.status}\n`)
}

/** What `read` returns, or `empty` when it throws (e.g. a build unmounted the sandbox's /proc). */
function orEmpty(read, empty) {
  try {
    return read()
  } catch {
    return empty
  }
}

async function runStep(step) {
  if (step.waitFor) {
    const deadline = Date.now() + 60_000
    while (!existsSync(step.waitFor) && Date.now() < deadline) await sleep(100)
  }
  if (step.before) spawnSync('/bin/sh', ['-c', step.before], { cwd: step.cwd, stdio: 'ignore' })
  const env = { ...step.env }
  if (step.stateFile) {
    for (const [name, value] of Object.entries(
      parseStateFile(readFileSync(step.stateFile, 'utf8'))
    ))
      env[`STATE_${name}`] = value
  }
  const child = spawn(process.execPath, [step.bundle], { env, cwd: step.cwd })
  let log = ''
  const killOn = step.killOn ? new RegExp(step.killOn, 'm') : undefined
  const grow = (chunk) => {
    log += chunk.toString()
    if (killOn?.test(log) && child.exitCode === null && !child.killed) child.kill('SIGKILL')
  }
  child.stdout.on('data', grow)
  child.stderr.on('data', grow)
  const [code, signal] = await new Promise((resolve) =>
    child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]))
  )
  writeFileSync(join(out, `${step.name}.log`), log)
  writeFileSync(join(out, `${step.name}.rc`), JSON.stringify({ code, signal }))
  // Its directory may be gone: a build that undid another's mount removed it.
  if (step.touchWhenDone) orEmpty(() => writeFileSync(step.touchWhenDone, ''))
}

/** Every process of the sandbox but this one: pid, state (R, S, Z...) and command line. */
function processes() {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .map((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const state = /\)\s+(\S)/.exec(stat)?.[1] ?? '?'
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '')
        return { pid: Number(pid), state, cmdline: cmdline.replace(/\0/g, ' ') }
      } catch {
        return undefined
      }
    })
    .filter(Boolean)
}

if (plan.setup) shell(plan.setup, 'setup.txt')
for (const phase of plan.phases) await Promise.all(phase.map(runStep))
if (plan.check) shell(plan.check, 'check.txt')
writeFileSync(
  join(out, 'mountinfo'),
  orEmpty(() => readFileSync('/proc/self/mountinfo', 'utf8'), '')
)
writeFileSync(join(out, 'processes.json'), JSON.stringify(orEmpty(processes, [])))
