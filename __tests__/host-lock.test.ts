/**
 * The host lock and device-name choice across separate processes: eight builds choosing at once
 * never get the same name; a lock left by a SIGKILLed process is taken over; a held lock makes a
 * waiter fail after its bounded wait with a message naming the lock.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { acquireHostLock, hostLockPath, releaseLockIfOurs } from '../src/host/lock.js'
import { transpileForChild } from './helpers/child-modules.js'
import { captureLog, Teardown, tempDir } from './helpers/loop-disk.js'

const teardown = new Teardown()
afterEach(() => teardown.run())

let childDir: string
const childTeardown = new Teardown()
beforeAll(() => {
  childDir = transpileForChild(tempDir(childTeardown, 'osc-chroot-child-'), [
    'src/log.ts',
    'src/host/lock.ts',
    'src/host/device-name.ts'
  ])
  // Takes the lock, chooses a device name, "links" it (creates the node a new disk would make)
  // after a pause that would let another process choose the same name without the lock, releases.
  writeFileSync(
    join(childDir, 'choose.mjs'),
    `
import { mkdirSync, writeFileSync } from 'node:fs'
import { acquireHostLock } from './src/host/lock.js'
import { chooseDeviceName } from './src/host/device-name.js'
const [lockPath, devDir, sysBlockDir, byIdDir] = process.argv.slice(2)
const held = await acquireHostLock({ path: lockPath, purpose: 'child ' + process.pid })
const name = chooseDeviceName({ usedByVm: [], layout: { devDir, sysBlockDir, byIdDir } })
await new Promise((resolve) => setTimeout(resolve, 150))
writeFileSync(devDir + '/' + name.slice('/dev/'.length), String(process.pid))
await held.release()
process.stdout.write('CHOSEN ' + name + '\\n')
`
  )
  // Takes the lock and waits to be killed.
  writeFileSync(
    join(childDir, 'hold.mjs'),
    `
import { acquireHostLock } from './src/host/lock.js'
const held = await acquireHostLock({ path: process.argv[2], purpose: 'holder', staleSeconds: 2 })
process.stdout.write('HELD\\n')
setInterval(() => undefined, 1000)
`
  )
})
afterAll(() => childTeardown.run())

function runChild(
  script: string,
  args: string[]
): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(process.execPath, [join(childDir, script), ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  let err = ''
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const output = new Promise<string>((resolve, reject) => {
    child.on('exit', (code, signal) =>
      code === 0 || signal === 'SIGKILL'
        ? resolve(out)
        : reject(new Error(`${script} exited ${code}: ${err}`))
    )
  })
  return { child, output }
}

function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      if (seen.includes(text)) resolve()
    })
    child.on('exit', () => reject(new Error(`child exited before printing ${text}`)))
  })
}

describe('host lock', () => {
  it('lets eight concurrent processes choose device names without a collision', async () => {
    const dir = tempDir(teardown)
    const layout = {
      devDir: join(dir, 'dev'),
      sysBlockDir: join(dir, 'sys'),
      byIdDir: join(dir, 'by-id')
    }
    Object.values(layout).forEach((d) => mkdirSync(d))
    const lockPath = join(dir, 'lock')

    const children = Array.from({ length: 8 }, () =>
      runChild('choose.mjs', [lockPath, layout.devDir, layout.sysBlockDir, layout.byIdDir])
    )
    const outputs = await Promise.all(children.map((c) => c.output))
    const names = outputs.map((out) => /CHOSEN (\S+)/.exec(out)?.[1])

    expect(names.every(Boolean)).toBe(true)
    expect(new Set(names).size).toBe(8)
    expect(readdirSync(layout.devDir).sort()).toEqual([
      'xvdf',
      'xvdg',
      'xvdh',
      'xvdi',
      'xvdj',
      'xvdk',
      'xvdl',
      'xvdm'
    ])
    expect(existsSync(lockPath)).toBe(false)
  })

  it('takes over a lock left by a process killed with SIGKILL', async () => {
    const dir = tempDir(teardown)
    const lockPath = join(dir, 'lock')
    const holder = runChild('hold.mjs', [lockPath])
    await waitForOutput(holder.child, 'HELD')
    holder.child.kill('SIGKILL')
    await holder.output
    expect(existsSync(lockPath)).toBe(true) // nobody cleaned up after the killed holder

    const held = await acquireHostLock({ path: lockPath, staleSeconds: 2, waitSeconds: 60 })
    teardown.add(() => held.release())
    expect(held.lock.pid).toBe(process.pid)
    await held.release()
    expect(existsSync(lockPath)).toBe(false)
  })

  it('fails after the bounded wait, naming the lock and its holder', async () => {
    const dir = tempDir(teardown)
    const lockPath = join(dir, 'lock')
    const held = await acquireHostLock({ path: lockPath, purpose: 'build 42' })
    teardown.add(() => held.release())
    const logged = captureLog()
    teardown.add(() => logged.restore())

    await expect(acquireHostLock({ path: lockPath, waitSeconds: 1 })).rejects.toThrow(
      new RegExp(
        `Timed out after 1 s waiting for the host lock ${lockPath}, held by pid ${process.pid} .*build 42`
      )
    )
    expect(logged.text()).toContain(`Waiting for the host lock ${lockPath}`)
  })

  it('release is idempotent, and the post step releases only its own lock', async () => {
    const dir = tempDir(teardown)
    const lockPath = join(dir, 'lock')
    const first = await acquireHostLock({ path: lockPath })
    await first.release()
    await first.release()

    const second = await acquireHostLock({ path: lockPath })
    teardown.add(() => second.release())
    expect(releaseLockIfOurs(first.lock)).toBe(false) // taken by another build since
    expect(existsSync(lockPath)).toBe(true)
    expect(releaseLockIfOurs(second.lock)).toBe(true)
    expect(existsSync(lockPath)).toBe(false)
    expect(releaseLockIfOurs(second.lock)).toBe(false)
  })

  it('explains a lock path whose directory does not exist', async () => {
    const dir = tempDir(teardown)
    await expect(acquireHostLock({ path: join(dir, 'missing', 'lock') })).rejects.toThrow(
      /OSC_CHROOT_LOCK_PATH/
    )
  })

  it('reads its path from OSC_CHROOT_LOCK_PATH', () => {
    const saved = process.env.OSC_CHROOT_LOCK_PATH
    process.env.OSC_CHROOT_LOCK_PATH = '/tmp/elsewhere.lock'
    try {
      expect(hostLockPath()).toBe('/tmp/elsewhere.lock')
      delete process.env.OSC_CHROOT_LOCK_PATH
      expect(hostLockPath()).toBe('/var/lock/osc-chroot.lock')
    } finally {
      if (saved === undefined) delete process.env.OSC_CHROOT_LOCK_PATH
      else process.env.OSC_CHROOT_LOCK_PATH = saved
    }
  })
})
