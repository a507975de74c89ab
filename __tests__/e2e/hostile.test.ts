/**
 * A hostile source image, through the bundled action (main, then post, as a runner runs them)
 * against the simulator, each build inside its own PID and mount namespaces (helpers/sandbox.ts)
 * so that a build that reaches the host hits the sandbox rather than this machine.
 *
 * The image (the simulator's 'hostile' seed, sim/seed-hostile.ts) aims links and a device node at a
 * host canary tree and canary disk (helpers/canary.ts), and its own provisioning code reads every
 * /proc/<pid>/environ and cmdline, lists /dev, tries to mount and to write through /proc/1/root,
 * leaves a daemon and prints workflow commands, writing what it saw into the image. After the
 * build: the canary tree is byte-identical, no secret was within the script's reach, the chroot's
 * /dev held no host disk and only standard nodes, the workflow commands did nothing, the daemon is
 * gone and nothing is left behind.
 *
 * Then a from-scratch build (what grub-install needs): the chroot's /dev shows the build's own
 * disk and its partitions as block devices, and no other disk.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  HOSTILE_CANARY_DIR,
  HOSTILE_DAEMON_SECONDS,
  HOSTILE_REPORT_DIR,
  startSimulator,
  TEST_LATENCY,
  type Simulator
} from '../../sim/index.js'
import { ActionJob, readFromDiskImage, type Inputs, type StepResult } from '../helpers/action.js'
import { executedCommands } from '../helpers/workflow-commands.js'
import { createCanary, hostDisks, type Canary } from '../helpers/canary.js'
import { expectNothingLeft, resourceIds } from '../helpers/leftovers.js'
import { privateNames } from '../helpers/private-names.js'
import {
  mainThenPost,
  removeEmptyMountPoints,
  runInSandbox,
  sandboxMountsUnder,
  sandboxProcessesRunning,
  type SandboxRun
} from '../helpers/sandbox.js'

const names = privateNames('e2e-hostile')
const secret = (label: string): string => `${label}-${randomBytes(12).toString('hex')}`

/**
 * The nodes a chroot's private /dev may hold besides the build's own disks: null, zero, full,
 * random, urandom, tty, console, ptmx, and the pseudo-terminals of its own devpts (major 136).
 */
const STANDARD_CHAR_DEVICES = ['1:3', '1:5', '1:7', '1:8', '1:9', '5:0', '5:1', '5:2']
const PTS_MAJOR = 136

interface DeviceEntry {
  type: 'block' | 'char'
  /** Decimal "major:minor". */
  numbers: string
  path: string
}

/** The script's `stat -c '%F %t:%T %n'` lines (hexadecimal numbers). */
function parseDevices(listing: string): DeviceEntry[] {
  return listing
    .split('\n')
    .map((line) =>
      /^(block special file|character special file) ([0-9a-f]+):([0-9a-f]+) (.+)$/.exec(line)
    )
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, kind, major, minor, path]) => ({
      type: kind.startsWith('block') ? 'block' : 'char',
      numbers: `${parseInt(major, 16)}:${parseInt(minor, 16)}`,
      path
    }))
}

/** 'built', 'refused' (with an error matching `refusal`), or the log of any other failure. */
function outcome(result: StepResult, refusal: RegExp): string {
  if (result.exitCode === 0) return 'built'
  return refusal.test(result.log) ? 'refused' : result.log
}

/** Lines of `text` holding `value`, but for the ::add-mask:: command that masks it. */
function linesHolding(text: string, value: string): string[] {
  return text.split('\n').filter((line) => line.includes(value) && line !== `::add-mask::${value}`)
}

describe('a hostile source image, through the bundled action in a sandbox', () => {
  let sim: Simulator
  let canary: Canary
  /** Absolute links only, so that its provisioning code runs. */
  let hostileImage: string
  /** /dev and /usr/sbin/policy-rc.d climb above the image's root. */
  let climbingImage: string
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    canary = createCanary()
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    const aimedAtCanary = {
      deviceNode: { type: 'block', major: canary.major, minor: canary.minor },
      deviceLink: canary.device
    } as const
    hostileImage = (
      await sim.seedImage({
        kind: 'hostile',
        name: `Hostile-${process.pid}`,
        hostile: { ...aimedAtCanary, climbingLinks: false }
      })
    ).imageId
    climbingImage = (
      await sim.seedImage({
        kind: 'hostile',
        name: `Hostile-climbing-${process.pid}`,
        hostile: aimedAtCanary
      })
    ).imageId
  })

  beforeEach(() => {
    canary.reset()
  })

  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
    removeEmptyMountPoints(names.mountPrefix)
  })

  afterAll(async () => {
    await sim?.stop()
    canary?.remove()
  })

  function job(inputs: Inputs, env: Record<string, string> = {}): ActionJob {
    const created = new ActionJob(
      sim,
      {
        mount_path: `${names.mountPrefix}{{.Device}}`,
        device_path: names.devicePath,
        omi_name: `hostile-${process.pid}-{{timestamp}}`,
        ...inputs
      },
      env
    )
    jobs.push(created)
    return created
  }

  /** What a build left: the sandbox's mounts below the build's or the canary's paths. */
  function sandboxLeftovers(run: SandboxRun): string[] {
    return [
      ...sandboxMountsUnder(run, names.mountPrefix),
      ...sandboxMountsUnder(run, HOSTILE_CANARY_DIR)
    ]
  }

  function succeeded(result: StepResult): void {
    if (result.exitCode !== 0) throw new Error(`the build failed:\n${result.log}`)
  }

  it('its provisioning code reaches no host process, secret, disk or canary, and its workflow commands do nothing', async () => {
    const runnerToken = secret('ACTIONS-RUNTIME-TOKEN')
    const githubToken = secret('ghs')
    const password = secret('provision-env-password')
    const build = job(
      {
        source_omi: hostileImage,
        provision: '/usr/bin/hostile-provision',
        provision_env: `HOSTILE_APP_PASSWORD=${password}`,
        // A wrapper that stays the parent of what it runs (as sudo does): its argv stays readable.
        command_wrapper: 'timeout 3600 {{.Command}}'
      },
      { ACTIONS_RUNTIME_TOKEN: runnerToken, GITHUB_TOKEN: githubToken }
    )
    const before = resourceIds(sim)
    const canaryBefore = canary.fingerprint()

    const run = await runInSandbox({ phases: mainThenPost(build) })
    const { main, post } = run.steps
    succeeded(main)
    expect(main.log).toContain('hostile: done')
    expect(post.exitCode).toBe(0)

    const report = readFromDiskImage(
      sim.imageFile(main.outputs.snapshot_id),
      ['environ', 'cmdline', 'devices', 'own-disks', 'proc1-root', 'mount'].map(
        (name) => `${HOSTILE_REPORT_DIR}/${name}`
      )
    )
    const read = (name: string): string => {
      const entry = report[`${HOSTILE_REPORT_DIR}/${name}`]
      if (entry.content === undefined) throw new Error(`the script left no ${name} report`)
      return entry.content
    }
    const runnerSecrets = [
      sim.credentials.accessKey,
      sim.credentials.secretKey,
      runnerToken,
      githubToken
    ]
    const readable = `${read('environ')}\n${read('cmdline')}`
    const printed = `${main.log}\n${post.log}`
    const devices = parseDevices(read('devices'))
    const ownDisks = read('own-disks').split('\n').filter(Boolean)
    const forbidden = { ...hostDisks(), [`${canary.major}:${canary.minor}`]: canary.device }
    const fakeCommands = ['::add-mask::hostile', '::error::hostile', '::stop-commands::hostile']

    // Every check at once, so that a failure shows all that went wrong, not just the first.
    expect({
      // The host's canary tree and disk are byte-identical: in particular what the script wrote
      // through /proc/1/root (its own root, in its own PID namespace) stayed in the image.
      canary: canary.fingerprint(),
      // No secret of the runner's was within the script's reach, nor in anything it printed.
      secretsReadable: runnerSecrets.filter((value) => readable.includes(value)).length,
      secretsPrinted: runnerSecrets.flatMap((value) => linesHolding(printed, value)),
      // provision_env is the script's own, but never in a command line it (or `ps`) can read.
      provisionEnvInCommandLines: read('cmdline').includes(password),
      // /dev held the build's own disk and partitions, standard nodes, and nothing of the host.
      devicesListed: devices.length > 0 && ownDisks.length > 0,
      hostDisks: devices.filter((d) => d.type === 'block' && forbidden[d.numbers]),
      otherDisks: devices.filter((d) => d.type === 'block' && !ownDisks.includes(d.numbers)),
      nonStandardNodes: devices.filter(
        (d) =>
          d.type === 'char' &&
          !STANDARD_CHAR_DEVICES.includes(d.numbers) &&
          !d.numbers.startsWith(`${PTS_MAJOR}:`)
      ).length,
      // /proc/1 was not the runner's, and a mount stayed the chroot's own.
      mountedOverCanary: read('mount').includes(`over ${HOSTILE_CANARY_DIR}`),
      // The fake workflow commands reached no runner: a runner reading the step's log (its
      // parser, stop-commands included) executes none of them.
      rawWorkflowCommands: executedCommands(main.log)
        .map((command) => command.line)
        .filter((line) => fakeCommands.some((command) => line.includes(command))),
      // The daemon is gone, and nothing is left in the sandbox.
      daemons: sandboxProcessesRunning(run, `sleep ${HOSTILE_DAEMON_SECONDS}`),
      sandboxLeftovers: sandboxLeftovers(run)
    }).toEqual({
      canary: canaryBefore,
      secretsReadable: 0,
      secretsPrinted: [],
      provisionEnvInCommandLines: false,
      devicesListed: true,
      hostDisks: [],
      otherDisks: [],
      nonStandardNodes: 0,
      mountedOverCanary: false,
      rawWorkflowCommands: [],
      daemons: [],
      sandboxLeftovers: []
    })
    expectNothingLeft(sim, {
      before,
      kept: [main.outputs.omi_id, main.outputs.snapshot_id],
      mountPrefix: names.mountPrefix
    })
  })

  it('links climbing above the image root are refused, naming the link, or stay inside the image', async () => {
    const build = job({
      source_omi: climbingImage,
      provision: 'echo provisioned > /etc/provisioned'
    })
    const before = resourceIds(sim)
    const canaryBefore = canary.fingerprint()

    const run = await runInSandbox({ phases: mainThenPost(build) })
    const { main, post } = run.steps

    expect(canary.fingerprint()).toEqual(canaryBefore)
    expect(
      outcome(main, /::error::.*(\/dev|\/usr\/sbin\/policy-rc\.d).*outside the image/)
    ).toMatch(/^(built|refused)$/)
    expect(post.exitCode).toBe(0)
    expect(sandboxLeftovers(run)).toEqual([])
    expectNothingLeft(sim, {
      before,
      kept: [main.outputs.omi_id, main.outputs.snapshot_id].filter(Boolean),
      mountPrefix: names.mountPrefix
    })
  })

  /**
   * provision_files into a link to a device: the image's /etc/app.conf names the canary disk's
   * host path, /etc/app-node.conf the image's own node with the canary disk's numbers. Either is
   * refused naming provision_files, or the file lands in the image; the canary disk never changes.
   */
  for (const destination of ['/etc/app.conf', '/etc/app-node.conf']) {
    it(`provision_files never writes through ${destination}, a link to a device`, async () => {
      const build = job({
        source_omi: hostileImage,
        provision_files: `files/app.conf:${destination}`
      })
      mkdirSync(join(build.workspace, 'files'))
      writeFileSync(
        join(build.workspace, 'files', 'app.conf'),
        `${secret('the user file')}\n`.repeat(4096)
      )
      const before = resourceIds(sim)
      const canaryBefore = canary.fingerprint()

      const run = await runInSandbox({ phases: mainThenPost(build) })
      const { main, post } = run.steps

      expect(canary.fingerprint()).toEqual(canaryBefore)
      expect(outcome(main, /::error::.*provision_files/)).toMatch(/^(built|refused)$/)
      expect(post.exitCode).toBe(0)
      expect(sandboxLeftovers(run)).toEqual([])
      expectNothingLeft(sim, {
        before,
        kept: [main.outputs.omi_id, main.outputs.snapshot_id].filter(Boolean),
        mountPrefix: names.mountPrefix
      })
    })
  }

  it("a from-scratch build's chroot shows its own disk and partitions as block devices, and no other disk", async () => {
    // What grub-install looks at: the root file system's device, its disk, the disk's partitions.
    const probe = [
      '/bin/busybox --install -s /bin',
      'mkdir -p /var/log/probe',
      "find /dev/ -type b -exec stat -c '%F %t:%T %n' {} \\; > /var/log/probe/devices",
      'root=$(awk \'$5 == "/" { print $3 }\' /proc/self/mountinfo | tail -n 1)',
      'node=$(readlink -f /sys/dev/block/$root)',
      'disk=$(dirname $node)',
      'cat $disk/dev > /var/log/probe/own-disks',
      'for part in $disk/*/partition; do cat $(dirname $part)/dev >> /var/log/probe/own-disks; done'
    ].join('\n')
    const build = job({
      from_scratch: 'true',
      root_volume_size: '1',
      root_device_name: '/dev/sda1',
      omi_block_device_mappings:
        '- device_name: /dev/sda1\n  volume_size: 1\n  delete_on_vm_deletion: true',
      pre_mount_commands: [
        "echo 'start=2048, type=83' | sfdisk -q {{.Device}}",
        'partx -a {{.Device}}',
        'mkfs.ext4 -q {{.Device}}p1'
      ].join('\n'),
      post_mount_commands: [
        'mkdir -p {{.MountPath}}/bin {{.MountPath}}/etc {{.MountPath}}/tmp',
        'cp /bin/busybox {{.MountPath}}/bin/busybox',
        'ln -s busybox {{.MountPath}}/bin/sh'
      ].join('\n'),
      prevent_service_start: 'false',
      provision: probe
    })
    const before = resourceIds(sim)
    const links = sim.linkHistory().length

    const run = await runInSandbox({ phases: mainThenPost(build) })
    const { main, post } = run.steps
    succeeded(main)
    expect(post.exitCode).toBe(0)

    const loop = sim.linkHistory()[links]?.loopDevice
    expect(loop).toMatch(/^\/dev\/loop\d+$/)
    const report = readFromDiskImage(sim.imageFile(main.outputs.snapshot_id), [
      '/var/log/probe/devices',
      '/var/log/probe/own-disks'
    ])
    const devices = parseDevices(report['/var/log/probe/devices'].content ?? '')
    const ownDisks = (report['/var/log/probe/own-disks'].content ?? '').split('\n').filter(Boolean)
    // The disk is the loop device the simulator linked (loop devices are major 7, minor N).
    expect(ownDisks[0]).toBe(`7:${loop!.replace('/dev/loop', '')}`)
    expect(ownDisks.length).toBe(2) // the disk and its one partition
    const blockNumbers = devices.filter((d) => d.type === 'block').map((d) => d.numbers)
    for (const own of ownDisks) expect(blockNumbers).toContain(own)
    expect(blockNumbers.filter((numbers) => !ownDisks.includes(numbers))).toEqual([])

    expect(sandboxLeftovers(run)).toEqual([])
    expectNothingLeft(sim, {
      before,
      kept: [main.outputs.omi_id, main.outputs.snapshot_id],
      mountPrefix: names.mountPrefix
    })
  })
})
