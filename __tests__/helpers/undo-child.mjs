/* global process, console */
// Runs the journal's cleanup (src/pipeline/undo.ts, transpiled by the test) inside the PID and mount
// namespaces the test made with unshare, on a scenario set up here, and prints what became of the
// canaries as one JSON line. Everything it mounts or starts dies with the namespaces.
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const [srcRoot, argsJson] = process.argv.slice(2)
const args = JSON.parse(argsJson)
const { Journal } = await import(join(srcRoot, 'src/pipeline/journal.js'))
const { cleanUp } = await import(join(srcRoot, 'src/pipeline/undo.js'))
const { log } = await import(join(srcRoot, 'src/log.js'))
const { createHostRunner } = await import(join(srcRoot, 'src/host/exec.js'))
const { mountsAt, readMountInfo } = await import(join(srcRoot, 'src/host/mountinfo.js'))

const warnings = []
log.warning = (message) => warnings.push(message)
log.info = () => {}
log.debug = () => {}

const sh = (file, argv) => execFileSync(file, argv, { encoding: 'utf8' })
const deviceNumber = (device) =>
  readFileSync(`/sys/class/block/${device.replace('/dev/', '')}/dev`, 'utf8').trim()
const alive = (pid) => {
  try {
    return !/\)\s+[ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}
/** A process started chrooted into root, once its root is there. */
async function chrooted(root, program) {
  const child = spawn('chroot', [root, program, 'sleep', '1000'], {
    stdio: 'ignore',
    detached: true
  })
  for (let i = 0; i < 100; i++) {
    try {
      if (readlinkSync(`/proc/${child.pid}/root`) === root) return child.pid
    } catch {
      // not chrooted yet
    }
    await sleep(50)
  }
  throw new Error(`canary never chrooted into ${root}`)
}

const mountPath = args.mountPath === '/' ? '/' : join(args.work, 'mnt')
if (mountPath !== '/') mkdirSync(mountPath, { recursive: true })
const resource = {
  kind: 'mount',
  mountPath: mountPath === '/' ? '/' : realpathSync(mountPath),
  removeDirectory: true,
  diskMajorMinor: deviceNumber(args.disk)
}
const canaries = {}

if (args.scenario === 'someone-else-mounted-there') {
  // The build's mount is gone (id and device recorded); someone else's tmpfs is there now.
  sh('mount', ['-t', 'tmpfs', 'someone-else', mountPath])
  copyFileSync('/bin/busybox', join(mountPath, 'busybox'))
  sh('chmod', ['0755', join(mountPath, 'busybox')])
  canaries.chrootedThere = await chrooted(resource.mountPath, '/busybox')
  Object.assign(resource, { majorMinor: deviceNumber(args.partition), mountId: 999999 })
} else if (args.scenario === 'journaled-before-a-refused-mount') {
  // "already a mount point": the entry exists, the mount never happened.
  sh('mount', ['-t', 'tmpfs', 'someone-else', mountPath])
  copyFileSync('/bin/busybox', join(mountPath, 'busybox'))
  sh('chmod', ['0755', join(mountPath, 'busybox')])
  canaries.chrootedThere = await chrooted(resource.mountPath, '/busybox')
} else if (args.scenario === 'mount-path-is-root') {
  canaries.onHostRoot = spawn('sleep', ['1000'], { stdio: 'ignore', detached: true }).pid
} else if (args.scenario === 'our-own-mount') {
  sh('mount', [args.partition, mountPath])
  sh('mount', ['-t', 'tmpfs', 'made-in-the-chroot', join(mountPath, 'tmp')])
  const [ours] = mountsAt(mountPath)
  Object.assign(resource, { majorMinor: ours.majorMinor, mountId: ours.id })
  canaries.daemonInChroot = await chrooted(resource.mountPath, '/bin/busybox')
}

const mountsBefore = readMountInfo().length
const journal = new Journal(join(args.work, 'journal.json'), {
  buildId: 'b-ownership',
  region: 'eu-west-2',
  endpoint: 'https://api.invalid'
})
journal.record('StepMount', resource)
const means = {
  client: {},
  host: createHostRunner(),
  config: { killChrootProcesses: true, timeouts: {} },
  poll: { initialMs: 10, maxMs: 10, factor: 1 }
}
let error
try {
  await cleanUp(journal, means, 'failed')
} catch (caught) {
  error = caught.message
}
console.log(
  JSON.stringify({
    error,
    warnings,
    alive: Object.fromEntries(Object.entries(canaries).map(([name, pid]) => [name, alive(pid)])),
    mountedAtPath: mountPath === '/' ? undefined : mountsAt(mountPath).map((m) => m.source),
    mountsBefore,
    mountsAfter: readMountInfo().length,
    status: journal.entries()[0].status
  })
)
process.exit(0) // PID namespace's init: its exit ends every canary
