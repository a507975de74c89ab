/**
 * The end of a build on a real chroot: daemons started by provisioning are stopped and named,
 * mounts made by provisioning are unmounted too, and a host process that keeps the mount busy
 * is never killed but named in the unmount error.
 */
import { expect, it } from '@jest/globals'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createHostRunner } from '../../src/host/exec.js'
import { isMounted, mountsUnder } from '../../src/host/mountinfo.js'
import { findMountUsers, stopChrootProcesses } from '../../src/host/processes.js'
import { unmountAll } from '../helpers/unmount-all.js'
import { hostSuite } from '../helpers/host-suite.js'
import { mountTestImage } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite
const runner = createHostRunner()

/**
 * Starts processes in the chroot the way a host command does (Ansible's chroot connection): a
 * plain chroot from the host. (What provisioning starts dies with its namespace, sandbox.ts.)
 */
async function startInChroot(mountPath: string, script: string): Promise<void> {
  await runner.run(['chroot', mountPath, '/bin/sh', '-e', '-c', script])
}

/** A host process (not chrooted) started by the test, killed at teardown. */
function hostProcess(args: string[], cwd: string): ChildProcess {
  const child = spawn(args[0], args.slice(1), { cwd, stdio: 'ignore' })
  teardown.add(() => void child.kill('SIGKILL'))
  return child
}

function isAlive(pid: number): boolean {
  try {
    return !/\)\s+Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** Until the host process uses the mount (spawn returns before a shell has opened its files). */
async function untilUsing(pid: number | undefined, mountPath: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await findMountUsers(runner, mountPath)).some((user) => user.pid === pid)) return
    await sleep(100)
  }
  throw new Error(`process ${pid} never used ${mountPath}`)
}

// Read in-process (the default wrapper: this process is root) and through programs (a wrapper).
describe.each([
  ['in-process', createHostRunner()],
  ['programs', createHostRunner('env {{.Command}}')]
])('stopping chroot processes and unmounting, /proc read %s', (_kind, scanner) => {
  it('stops daemons left in the chroot, names them, and unmounts what was mounted inside it', async () => {
    const { disk, mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs)
    await startInChroot(
      mounted.mountPath,
      [
        'setsid sleep 1001 </dev/null >/dev/null 2>&1 &', // a proper daemon
        'sleep 1002 &', // one that keeps our output pipe open
        'mount -t tmpfs tmpfs /run' // a mount made inside the chroot
      ].join('\n')
    )
    expect(mountsUnder(mounted.mountPath).map((m) => m.mountPoint)).toContain(
      join(mounted.mountPath, 'run')
    )

    const { stopped, remaining } = await stopChrootProcesses(scanner, mounted.mountPath, {
      rootDevice: mounted.majorMinor,
      kill: true
    })
    expect(stopped.map((p) => p.cmdline).sort()).toEqual(['sleep 1001', 'sleep 1002'])
    expect(remaining).toEqual([])
    for (const p of stopped) {
      expect(isAlive(p.pid)).toBe(false)
      // busybox's sleep: chrooted, working in /, its program and /dev/null from the image
      expect(suite.logged.text()).toContain(
        `pid ${p.pid} (sleep) \`${p.cmdline}\` [root, cwd, program, open file]`
      )
    }

    const { unmounted } = await unmountAll(runner, mounted.mountPath)
    expect(unmounted).toContain(join(mounted.mountPath, 'run'))
    expect(isMounted(disk.device)).toBe(false)
  })

  it('leaves chroot processes running with kill_chroot_processes false, and names them as blockers', async () => {
    const { disk, mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs)
    await startInChroot(mounted.mountPath, 'setsid sleep 1003 </dev/null >/dev/null 2>&1 &')
    const { stopped, remaining } = await stopChrootProcesses(scanner, mounted.mountPath, {
      rootDevice: mounted.majorMinor,
      kill: false
    })
    expect(stopped).toEqual([])
    expect(remaining.map((p) => p.cmdline)).toEqual(['sleep 1003'])
    expect(suite.logged.text()).toMatch(
      /warning: Still using .*sleep 1003.*kill_chroot_processes is false/
    )

    await expect(unmountAll(scanner, mounted.mountPath, { busyTimeoutSeconds: 1 })).rejects.toThrow(
      new RegExp(
        `target is busy .*\\n  pid ${remaining[0].pid} \\(sleep\\) \`sleep 1003\` \\[root, cwd`,
        's'
      )
    )
    expect(isMounted(disk.device)).toBe(true) // never unmounted lazily

    await stopChrootProcesses(scanner, mounted.mountPath, {
      kill: true,
      rootDevice: mounted.majorMinor
    })
    await unmountAll(runner, mounted.mountPath)
    expect(isMounted(disk.device)).toBe(false)
  })

  it('never kills a host process working in the mount, and names it when it blocks the unmount', async () => {
    const { disk, mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs)
    const shell = hostProcess(['sleep', '1004'], join(mounted.mountPath, 'root'))
    await untilUsing(shell.pid, mounted.mountPath)

    const { remaining } = await stopChrootProcesses(scanner, mounted.mountPath, {
      kill: true,
      rootDevice: mounted.majorMinor
    })
    expect(remaining).toEqual([expect.objectContaining({ pid: shell.pid, uses: ['cwd'] })])
    expect(isAlive(shell.pid as number)).toBe(true)
    expect(suite.logged.text()).toContain(
      'it runs on the host, not in the chroot, so osc-chroot does not stop it'
    )

    const failure = unmountAll(scanner, mounted.mountPath, { busyTimeoutSeconds: 1 })
    await expect(failure).rejects.toThrow(
      new RegExp(
        `Cannot unmount ${mounted.mountPath}: target is busy.*\\n  pid ${shell.pid} \\(sleep\\) \`sleep 1004\` \\[cwd\\]\\n`,
        's'
      )
    )
    expect(isMounted(disk.device)).toBe(true)

    shell.kill('SIGKILL') // busy until it is gone: unmountAll retries
    await unmountAll(runner, mounted.mountPath) // the post step finishes the job
    expect(isMounted(disk.device)).toBe(false)
  })

  it('never stops a process whose root is below the mount path but on another file system', async () => {
    const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
      chrootMounts: false
    })
    const other = join(mounted.mountPath, 'root')
    spawnSync('mount', ['-t', 'tmpfs', 'not-the-image', other])
    copyFileSync('/bin/busybox', join(other, 'busybox'))
    chmodSync(join(other, 'busybox'), 0o755)
    const canary = hostProcess(['chroot', other, '/busybox', 'sleep', '1006'], suite.work)
    await untilUsing(canary.pid, mounted.mountPath)

    const { stopped, remaining } = await stopChrootProcesses(scanner, mounted.mountPath, {
      kill: true,
      rootDevice: mounted.majorMinor
    })
    expect(stopped).toEqual([])
    expect(remaining.map((p) => p.pid)).toEqual([canary.pid])
    expect(isAlive(canary.pid as number)).toBe(true)
    expect(suite.logged.text()).toContain(
      `its root is not on the build's file system (${mounted.majorMinor}), so osc-chroot does not stop it`
    )
  })

  it('names a host process that holds a file of the image open', async () => {
    const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
      chrootMounts: false
    })
    const holder = hostProcess(
      ['sh', '-c', `exec 3< ${join(mounted.mountPath, 'etc/hostname')}; exec sleep 1005`],
      suite.work
    )
    await untilUsing(holder.pid, mounted.mountPath)
    await expect(unmountAll(scanner, mounted.mountPath, { busyTimeoutSeconds: 1 })).rejects.toThrow(
      new RegExp(`pid ${holder.pid} \\(sleep\\) \`sleep 1005\` \\[open file\\]`)
    )
    holder.kill('SIGKILL')
    await unmountAll(runner, mounted.mountPath)
  })
})
