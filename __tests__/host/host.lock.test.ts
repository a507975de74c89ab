/**
 * The host lock and device-name choice across separate processes: eight builds choosing at once
 * never get the same name; a lock left by a SIGKILLed process is taken over; a held lock makes a
 * waiter fail after its bounded wait with a message naming the lock.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { type ChildProcess, spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { Journal } from '../../src/pipeline/journal.js'
import { requireHostLock } from '../../src/pipeline/steps/lock.js'
import { stepLinkVolume } from '../../src/pipeline/steps/link-volume.js'
import type { BuildContext } from '../../src/pipeline/context.js'
import {
  acquireHostLock,
  hostLockPath,
  hostLockProblem,
  releaseLockIfOurs,
  type HostLock
} from '../../src/host/lock.js'
import {
  ownerFileOf,
  ownerTemporaryFileOf,
  readOwnerRecord,
  writeOwnerRecord
} from '../../src/host/lock-owner.js'
import { transpileForChild } from '../helpers/child-modules.js'
import { captureLog, Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
afterEach(() => teardown.run())

let childDir: string
const childTeardown = new Teardown()
beforeAll(() => {
  childDir = transpileForChild(tempDir(childTeardown, 'osc-chroot-child-'), [
    'src/log.ts',
    'src/host/lock.ts',
    'src/host/lock-owner.ts',
    'src/host/lock-directory.ts',
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

  it('is taken by a waiting build the moment its holder releases it, not at the next backoff', async () => {
    const dir = tempDir(teardown)
    const lockPath = join(dir, 'lock')
    const held = await acquireHostLock({ path: lockPath, purpose: 'holder' })
    const logged = captureLog()
    teardown.add(() => logged.restore())
    let takenAt = 0
    const waiting = acquireHostLock({ path: lockPath, purpose: 'waiter' }).then((lock) => {
      takenAt = Date.now()
      return lock
    })
    // Long enough for the waiter's backoff to reach its longest step.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const releasedAt = Date.now()
    await held.release()
    const second = await waiting
    teardown.add(() => second.release())
    expect(takenAt - releasedAt).toBeLessThan(150)
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
      expect(hostLockPath()).toBe('/run/osc-chroot/lock')
    } finally {
      if (saved === undefined) delete process.env.OSC_CHROOT_LOCK_PATH
      else process.env.OSC_CHROOT_LOCK_PATH = saved
    }
  })
})

/** A file outside the lock directory that a followed link would overwrite. */
function canary(dir: string): string {
  const file = join(dir, 'canary')
  writeFileSync(file, 'untouched')
  return file
}

function ownerRecord(dir: string, token: string): HostLock {
  return {
    path: dir,
    ownerFile: ownerFileOf(dir),
    pid: 1,
    host: 'elsewhere',
    token,
    acquiredAt: new Date().toISOString(),
    purpose: 'another build'
  }
}

describe('host lock: owner record and directory', () => {
  it('keeps the owner record inside the lock directory, and removes both on release', async () => {
    const dir = tempDir(teardown)
    const lockPath = join(dir, 'lock')
    const held = await acquireHostLock({ path: lockPath, purpose: 'build 7' })
    teardown.add(() => held.release())

    expect(held.lock.ownerFile).toBe(join(lockPath, 'owner'))
    expect(readdirSync(dir)).toEqual(['lock']) // nothing beside the lock directory
    expect(readdirSync(lockPath)).toEqual(['owner'])
    expect(statSync(lockPath).mode & 0o777).toBe(0o755)
    expect(JSON.parse(readFileSync(join(lockPath, 'owner'), 'utf8'))).toMatchObject({
      pid: process.pid,
      token: held.lock.token,
      purpose: 'build 7'
    })
    await held.release()
    expect(readdirSync(dir)).toEqual([])
  })

  it('does not follow a link planted where the temporary owner file goes', () => {
    const dir = tempDir(teardown)
    const target = canary(dir)
    const lockDir = join(dir, 'lock')
    mkdirSync(lockDir)
    symlinkSync(target, ownerTemporaryFileOf(lockDir))

    expect(() => writeOwnerRecord(lockDir, ownerRecord(lockDir, 'ours'))).toThrow(
      /owner record .*owner\.\d+\.tmp \(EEXIST\): something is already there/
    )
    expect(readFileSync(target, 'utf8')).toBe('untouched')
    expect(readlinkSync(ownerTemporaryFileOf(lockDir))).toBe(target)
  })

  it('replaces a link planted at the owner record instead of writing through it', () => {
    const dir = tempDir(teardown)
    const target = canary(dir)
    const lockDir = join(dir, 'lock')
    mkdirSync(lockDir)
    symlinkSync(target, ownerFileOf(lockDir))
    expect(readOwnerRecord(lockDir)).toBeUndefined() // a link is never read as a record

    writeOwnerRecord(lockDir, ownerRecord(lockDir, 'ours'))
    expect(readFileSync(target, 'utf8')).toBe('untouched')
    expect(lstatSync(ownerFileOf(lockDir)).isFile()).toBe(true)
    expect(readOwnerRecord(lockDir)?.token).toBe('ours')
    expect(readdirSync(lockDir)).toEqual(['owner'])
  })

  it('refuses a lock directory writable by others', async () => {
    const dir = tempDir(teardown)
    const shared = join(dir, 'shared')
    mkdirSync(shared)
    chmodSync(shared, 0o1777) // like /var/lock, sticky bit included
    await expect(acquireHostLock({ path: join(shared, 'lock') })).rejects.toThrow(
      `The host lock's directory ${shared} is writable by group or others (mode 1777)`
    )
    expect(readdirSync(shared)).toEqual([])
  })

  it('refuses a lock directory that is a symbolic link', async () => {
    const dir = tempDir(teardown)
    mkdirSync(join(dir, 'real'))
    symlinkSync(join(dir, 'real'), join(dir, 'link'))
    await expect(acquireHostLock({ path: join(dir, 'link', 'lock') })).rejects.toThrow(
      `The host lock's directory ${join(dir, 'link')} is a symbolic link`
    )
    expect(readdirSync(join(dir, 'real'))).toEqual([])
  })

  it('refuses a lock path that is a symbolic link', async () => {
    const dir = tempDir(teardown)
    mkdirSync(join(dir, 'elsewhere'))
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'lock'))
    await expect(acquireHostLock({ path: join(dir, 'lock'), waitSeconds: 1 })).rejects.toThrow(
      `The host lock ${join(dir, 'lock')} is a symbolic link`
    )
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([])
  })
})

describe('host lock: lost before LinkVolume', () => {
  function journalWith(dir: string, lock: HostLock): Journal {
    const journal = new Journal(join(dir, 'journal.json'), {
      buildId: 'lock-test',
      region: 'eu-west-2',
      endpoint: 'https://example.invalid'
    })
    journal.record('StepLock', { kind: 'lock', lock })
    return journal
  }

  it('lets the build link while the lock is held', async () => {
    const dir = tempDir(teardown)
    const held = await acquireHostLock({ path: join(dir, 'lock') })
    teardown.add(() => held.release())
    expect(() => requireHostLock({ journal: journalWith(dir, held.lock) })).not.toThrow()
  })

  it('stops the build when another build took the lock over (its owner record)', async () => {
    const dir = tempDir(teardown)
    const lockPath = join(dir, 'lock')
    const held = await acquireHostLock({ path: lockPath })
    teardown.add(() => held.release())
    writeOwnerRecord(lockPath, ownerRecord(lockPath, 'another build'))

    expect(() => requireHostLock({ journal: journalWith(dir, held.lock) })).toThrow(
      new RegExp(
        `^The host lock ${lockPath} was lost before LinkVolume \\(its owner record now names pid 1 on elsewhere`
      )
    )
    // Its release leaves the other build's lock alone.
    const logged = captureLog()
    teardown.add(() => logged.restore())
    await held.release()
    expect(readOwnerRecord(lockPath)?.token).toBe('another build')
    expect(logged.text()).toMatch(/now belongs to pid 1 on elsewhere/)
  })

  it('StepLinkVolume stops before calling LinkVolume when the lock was taken over', async () => {
    const dir = tempDir(teardown)
    const lockPath = join(dir, 'lock')
    const held = await acquireHostLock({ path: lockPath })
    teardown.add(() => held.release())
    const journal = journalWith(dir, held.lock)
    writeOwnerRecord(lockPath, ownerRecord(lockPath, 'another build'))
    const calls: string[] = []
    const client = {
      readVms: async () => (calls.push('ReadVms'), [{ BlockDeviceMappings: [] }]),
      readVolumes: async () => (calls.push('ReadVolumes'), []),
      linkVolume: async () => void calls.push('LinkVolume')
    }
    const context = {
      client,
      journal,
      config: { devicePath: '', nvmeDevicePath: '', timeouts: { link: 1, device: 1 } },
      vmId: 'i-12345678',
      volume: { VolumeId: 'vol-12345678', Size: 1 },
      signal: new AbortController().signal
    } as unknown as BuildContext

    await expect(stepLinkVolume.run(context)).rejects.toThrow(/lost before LinkVolume/)
    expect(calls).not.toContain('LinkVolume')
    expect(journal.active('link')).toEqual([])
  })

  it('stops the build when proper-lockfile reports the lock compromised, and warns', async () => {
    const dir = tempDir(teardown)
    const lockPath = join(dir, 'lock')
    const logged = captureLog()
    teardown.add(() => logged.restore())
    const held = await acquireHostLock({ path: lockPath, staleSeconds: 2 })
    teardown.add(() => held.release())
    // Someone else touched the lock: its mtime is no longer the one the holder set.
    const past = new Date(Date.now() - 60_000)
    utimesSync(lockPath, past, past)
    const deadline = Date.now() + 10_000
    while (!hostLockProblem(held.lock) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    expect(() => requireHostLock({ journal: journalWith(dir, held.lock) })).toThrow(
      /was lost before LinkVolume \(Unable to update lock within the stale threshold\)/
    )
    expect(logged.text()).toContain(`warning: The host lock ${lockPath} was lost`)
  })
})
