/**
 * The image's code is isolated (real chroot on a busybox image on a loop disk, default
 * chroot_mounts): provisioning sees only its own processes in a /proc of its own, cannot read the
 * action's environment, finds in /dev only the standard nodes and the build's own disk, cannot
 * write the host's kernel settings through /proc or /sys, cannot rename the host, leaves no
 * daemon behind, and provision_env is never in an argv. provision_host_commands get no secret and
 * what they start in the chroot is isolated the same way.
 * The suite runs in PID and mount namespaces of its own (helpers/namespaced-suite.ts).
 */
import { beforeEach, expect, it } from '@jest/globals'
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import { hostname, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { defaultChrootMounts } from '../../src/config/defaults.js'
import { mountChrootMounts } from '../../src/host/chroot-mounts.js'
import { createHostRunner, type HostRunner } from '../../src/host/exec.js'
import { mountsUnder } from '../../src/host/mountinfo.js'
import { runHostCommands } from '../../src/host/host-commands.js'
import { type ProvisionOptions, runProvisioning } from '../../src/host/provision.js'
import { type LoopDisk } from '../helpers/loop-disk.js'
import { describeInNamespaces } from '../helpers/namespaced-suite.js'
import { hostSuite } from '../helpers/host-suite.js'
import { mountTestImage } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite

const SECRETS = {
  INPUT_SECRET_KEY: `input-secret-${process.pid}-${Date.now()}`,
  OSC_SECRET_KEY: `osc-secret-${process.pid}-${Date.now()}`,
  ACTIONS_RUNTIME_TOKEN: `runtime-token-${process.pid}-${Date.now()}`
}

beforeEach(() => {
  Object.assign(process.env, SECRETS)
  teardown.add(() => {
    for (const name of Object.keys(SECRETS)) delete process.env[name]
  })
})

/** The busybox image on a loop disk, with the default chroot_mounts (private /dev and all). */
async function defaultChroot(runner: HostRunner): Promise<{ disk: LoopDisk; mountPath: string }> {
  const { disk, mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
    chrootMounts: false
  })
  await mountChrootMounts(runner, mounted.mountPath, defaultChrootMounts, disk.device)
  return { disk, mountPath: mounted.mountPath }
}

function options(runner: HostRunner, mountPath: string, inline: string): ProvisionOptions {
  return {
    runner,
    mountPath,
    build: { buildId: 'iso-1', omiName: 'x', sourceOmi: '', sourceOmiName: '', region: 'r' },
    inline,
    shell: '/bin/sh',
    scripts: [],
    env: {}
  }
}

function inImage(mountPath: string, path: string): string {
  return readFileSync(join(mountPath, path), 'utf8')
}

function hostPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return '' // gone, or a kernel thread
  }
}

/** Processes (seen from here) whose root directory is the image. */
function processesRootedIn(mountPath: string): number[] {
  return hostPids().filter((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/root`) === mountPath
    } catch {
      return false
    }
  })
}

const PROBE = `
ls /proc | grep -E '^[0-9]+$' | tr '\\n' ' ' > /root/pids
tr '\\0' ' ' < /proc/1/cmdline > /root/init-cmdline
readlink /proc/1/root > /root/init-root
cat /proc/[0-9]*/environ /proc/[0-9]*/cmdline 2>/dev/null | tr '\\0' '\\n' > /root/readable
ls -A /dev | tr '\\n' ' ' > /root/dev
for node in /dev/*; do
  if [ -b "$node" ] || [ -c "$node" ]; then stat -c '%n %F %t:%T' "$node"; fi
done > /root/nodes
grep -E ' /(proc|sys) ' /proc/self/mountinfo | cut -d' ' -f5,6 > /root/mounts
value=$(cat /proc/sys/kernel/hostname)
echo "$value" 2>> /root/proc-write > /proc/sys/kernel/hostname || echo "refused" >> /root/proc-write
hostname image-renamed-the-host 2> /root/hostname-error || true
dd if="$DISK" bs=512 count=1 2>/dev/null | tail -c 2 | od -An -tx1 | tr -d ' \n' > /root/mbr-signature
sleep 1000 </dev/null >/dev/null 2>&1 &
echo "daemon started"
`

describeInNamespaces('the sandbox around the image code', fileURLToPath(import.meta.url), () => {
  it('shows provisioning only its own processes, /dev with the build disk only, read-only proc and sysfs', async () => {
    const runner = createHostRunner()
    const { disk, mountPath } = await defaultChroot(runner)
    const hostName = hostname()
    await runProvisioning({ ...options(runner, mountPath, PROBE), env: { DISK: disk.device } })

    // Its own PID namespace: a handful of processes, the first of which is the script itself.
    const pids = inImage(mountPath, 'root/pids').trim().split(' ').map(Number)
    expect(pids.length).toBeLessThan(10)
    expect(pids).toContain(1)
    expect(inImage(mountPath, 'root/init-cmdline')).toContain('/tmp/osc-chroot-iso-1/provision.sh')
    expect(inImage(mountPath, 'root/init-root').trim()).toBe('/')
    // Nothing of the action's environment is readable.
    const readable = inImage(mountPath, 'root/readable')
    for (const value of Object.values(SECRETS)) expect(readable).not.toContain(value)
    expect(readable).toMatch(/^OSC_CHROOT_BUILD_ID=iso-1$/m) // (the check reads environs)

    // /dev: the standard nodes and links, and the build's disk with its partition, nothing else.
    const diskName = basename(disk.device)
    const partName = basename(disk.partitions[0])
    expect(inImage(mountPath, 'root/dev').trim().split(' ').sort()).toEqual(
      [
        'console',
        'fd',
        'full',
        diskName,
        partName,
        'null',
        'ptmx',
        'pts',
        'random',
        'shm',
        'stderr',
        'stdin',
        'stdout',
        'tty',
        'urandom',
        'zero'
      ].sort()
    )
    const hex = (n: number): string => n.toString(16)
    const numbers = (path: string): string => {
      const rdev = statSync(path).rdev
      return `${hex(Math.floor(rdev / 256) & 0xfff)}:${hex((rdev & 0xff) | ((rdev >> 12) & 0xfff00))}`
    }
    const nodes = inImage(mountPath, 'root/nodes')
    expect(nodes).toContain(`/dev/${diskName} block special file ${numbers(disk.device)}`)
    expect(nodes).toContain(`/dev/${partName} block special file ${numbers(disk.partitions[0])}`)
    expect(nodes).toContain('/dev/null character special file 1:3')
    expect(nodes.match(/block special/g)).toHaveLength(2)
    // What grub-install does first: read the build's own disk from inside the chroot.
    expect(inImage(mountPath, 'root/mbr-signature')).toBe('55aa')

    // proc and sysfs are read-only: the host's kernel settings cannot be written.
    const mounts = inImage(mountPath, 'root/mounts')
    expect(mounts).toMatch(/^\/proc ro,/m)
    expect(mounts).toMatch(/^\/sys ro,/m)
    expect(inImage(mountPath, 'root/proc-write')).toMatch(/[Rr]ead-only file system/)
    expect(inImage(mountPath, 'root/proc-write')).toMatch(/refused/)
    // Its own UTS namespace: the host keeps its name.
    expect(hostname()).toBe(hostName)
    // The daemon it left ended with the namespace.
    expect(suite.logged.lines).toContain('info: daemon started')
    expect(processesRootedIn(mountPath)).toEqual([])
  })

  it('keeps root in the chroot: no chroot escape, no mount, only the default capabilities', async () => {
    const runner = createHostRunner()
    const { mountPath } = await defaultChroot(runner)
    // A static program, so it runs on the busybox image (.ci/run installs gcc and libc6-dev).
    const fixture = fileURLToPath(new URL('../fixtures/chroot-escape.c', import.meta.url))
    execFileSync('gcc', ['-static', '-O2', '-o', join(mountPath, 'root/escape'), fixture])
    const hostOnly = join(suite.work, 'only-on-the-host')
    writeFileSync(hostOnly, 'host')

    await runProvisioning({
      ...options(
        runner,
        mountPath,
        `/root/escape "$HOST_ONLY" > /root/escape-result 2>&1 || true
mkdir -p /mnt/devices
mount -t devtmpfs devtmpfs /mnt/devices > /root/mount-result 2>&1 && echo mounted >> /root/mount-result
grep CapBnd /proc/self/status > /root/capabilities`
      ),
      env: { HOST_ONLY: hostOnly }
    })

    expect(inImage(mountPath, 'root/escape-result')).toContain(`contained: ${hostOnly} not found`)
    expect(inImage(mountPath, 'root/mount-result')).not.toContain('mounted')
    const bounding = BigInt(`0x${inImage(mountPath, 'root/capabilities').split(/\s+/)[1]}`)
    const capability = (bit: number): boolean => ((bounding >> BigInt(bit)) & 1n) === 1n
    expect(capability(0)).toBe(true) // CAP_CHOWN: package installs need it
    expect(capability(21)).toBe(false) // CAP_SYS_ADMIN: mount, and much more
    expect(capability(17)).toBe(false) // CAP_SYS_RAWIO
    expect(capability(12)).toBe(false) // CAP_NET_ADMIN
    expect(capability(16)).toBe(false) // CAP_SYS_MODULE
  })

  it('keeps provision_env out of every argv, and the action secrets out of every environ', async () => {
    const runner = createHostRunner()
    const { mountPath } = await defaultChroot(runner)
    // The environment file goes to the temporary directory (jest's process.env is a copy, so
    // TMPDIR cannot be pointed elsewhere from here): watch the files of that name appear.
    const environmentFiles = () =>
      readdirSync(tmpdir()).filter((name) => name.startsWith('osc-chroot-env-'))
    const before = new Set(environmentFiles())
    const newEnvironmentFiles = () => environmentFiles().filter((name) => !before.has(name))
    const password = `pass word 'quoted' $(no) ${process.pid}`
    const running = runProvisioning({
      ...options(
        runner,
        mountPath,
        'echo "$DB_PASSWORD" > /root/password; touch /root/sleeping; sleep 3'
      ),
      env: { DB_PASSWORD: password }
    })
    for (let i = 0; i < 100 && !existsSync(join(mountPath, 'root/sleeping')); i++) await sleep(50)
    expect(existsSync(join(mountPath, 'root/sleeping'))).toBe(true)
    const others = hostPids().filter((pid) => pid !== process.pid)
    const argvs = others.map((pid) => readProc(pid, 'cmdline')).join('\n')
    const environs = others.map((pid) => readProc(pid, 'environ')).join('\n')
    // Read and removed as the sandbox starts: a build killed while its command runs leaves no
    // file of provision_env behind.
    expect(newEnvironmentFiles()).toEqual([])
    await running
    expect(inImage(mountPath, 'root/password')).toBe(`${password}\n`)
    expect(argvs).toContain('osc-chroot-sandbox') // we did look while it ran
    expect(argvs).not.toContain(password)
    for (const value of Object.values(SECRETS)) expect(environs).not.toContain(value)
    expect(newEnvironmentFiles()).toEqual([]) // the environment file is gone
  })

  it('runs provision_host_commands without secrets, and isolates what they start in the chroot', async () => {
    const runner = createHostRunner()
    const { mountPath } = await defaultChroot(runner)
    writeFileSync(join(suite.work, 'host-file'), 'on the host\n')
    await runHostCommands(
      runner,
      'provision_host_commands',
      [
        `env > {{.MountPath}}/root/host-env; cp ${join(suite.work, 'host-file')} {{.MountPath}}/root/`,
        `chroot {{.MountPath}} /bin/sh -c 'ls /proc | grep -cE "^[0-9]+$" > /root/count; tr "\\0" " " < /proc/1/cmdline > /root/init; sleep 1000 </dev/null >/dev/null 2>&1 &'`
      ],
      { Device: '/dev/sdb', MountPath: mountPath },
      undefined,
      mountPath
    )
    const environment = inImage(mountPath, 'root/host-env')
    for (const value of Object.values(SECRETS)) expect(environment).not.toContain(value)
    expect(environment).toMatch(/^PATH=/m)
    expect(inImage(mountPath, 'root/host-file')).toBe('on the host\n') // it works on the host
    expect(Number(inImage(mountPath, 'root/count'))).toBeLessThan(10)
    // The first process it sees is the host command itself, not this machine's init.
    expect(inImage(mountPath, 'root/init')).toMatch(/^\/bin\/sh -c chroot /)
    expect(processesRootedIn(mountPath)).toEqual([])
  })

  it('still binds the host /dev when chroot_mounts lists it, with a warning', async () => {
    const runner = createHostRunner()
    const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs, {
      chrootMounts: false
    })
    await mountChrootMounts(runner, mounted.mountPath, [
      { fstype: 'proc', source: 'proc', target: '/proc' },
      { fstype: 'bind', source: '/dev', target: '/dev' }
    ])
    expect(suite.logged.lines).toContainEqual(
      expect.stringMatching(
        /^warning: chroot_mounts: \["bind","\/dev","\/dev"\] binds the host's \/dev .*every disk of this runner/
      )
    )
    const types = mountsUnder(mounted.mountPath).map((m) => m.fsType)
    expect(types).toEqual(expect.arrayContaining(['proc', 'devtmpfs']))
    // proc, whoever lists it, is read-only.
    expect(existsSync(join(mounted.mountPath, 'dev/null'))).toBe(true)
    expect(() =>
      writeFileSync(join(mounted.mountPath, 'proc/sys/kernel/hostname'), hostname())
    ).toThrow(/EROFS|read-only/)
  })

  it('runs provisioning the same through a "$@"-style command_wrapper', async () => {
    const runner = createHostRunner(`sh -c 'exec "$@"' sh {{.Command}}`)
    const { mountPath } = await defaultChroot(runner)
    await runProvisioning({
      ...options(
        runner,
        mountPath,
        'echo "$GREETING" > /root/greeting; tr "\\0" " " < /proc/1/cmdline > /root/init'
      ),
      env: { GREETING: `it's "$HOME" \`x\`` }
    })
    expect(inImage(mountPath, 'root/greeting')).toBe(`it's "$HOME" \`x\`\n`)
    expect(inImage(mountPath, 'root/init')).toContain('/tmp/osc-chroot-iso-1/provision.sh')
  })
})
