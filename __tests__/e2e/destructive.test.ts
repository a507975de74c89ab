/**
 * Configurations that aim a build at the runner itself, through the bundled action against the
 * simulator, each inside its own PID and mount namespaces (helpers/sandbox.ts): mount_path `/`, a
 * mount_path that is or holds a mount point, a fixed mount_path another build is using, and an
 * nvme_device_path naming the runner's root disk or a mounted loop device.
 *
 * Each must fail with an error that names the option; those the configuration can see make not one
 * call that creates, changes or deletes anything; the device cases stop before pre_mount_commands
 * run. In every case a canary process and a canary tmpfs mount, made in the same sandbox before the
 * build, are still there afterwards, and nothing of the build is left.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { ActionJob, type Inputs, type StepResult } from '../helpers/action.js'
import { expectNothingLeft, resourceIds } from '../helpers/leftovers.js'
import { writeCalls } from '../helpers/orphans.js'
import { privateNames } from '../helpers/private-names.js'
import {
  mainThenPost,
  removeEmptyMountPoints,
  runInSandbox,
  sandboxMountsUnder,
  sandboxProcessesRunning,
  type SandboxRun,
  type SandboxStep
} from '../helpers/sandbox.js'

const names = privateNames('e2e-destructive')
const canaryMount = `${names.mountPrefix}canary`
const CANARY_SLEEP = 'sleep 31338'
/** A second device name for the concurrent build: the private one with its last letter moved on. */
const secondDevicePath = names.devicePath.replace(/.$/, (last) =>
  last === 'z' ? 'a' : String.fromCharCode(last.charCodeAt(0) + 1)
)

/** The canary tmpfs (at `at`, default canaryMount) and the canary process, made in the sandbox. */
function canarySetup(at = canaryMount): string {
  return [
    `mkdir -p '${at}'`,
    `mount -t tmpfs -o size=1m osc-chroot-canary '${at}'`,
    `echo "the runner's canary mount" > '${at}/canary'`,
    `${CANARY_SLEEP} </dev/null >/dev/null 2>&1 &`
  ].join('\n')
}

function canaryCheck(at = canaryMount): string {
  return `cat '${at}/canary'`
}

/** The root disk of this machine (e.g. /dev/vda), from the device of `/` and sysfs. */
function rootDisk(): string {
  const root = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .find((fields) => fields[4] === '/')
  if (!root) throw new Error('no mount of / in /proc/self/mountinfo')
  const node = execFileSync('readlink', ['-f', `/sys/dev/block/${root[2]}`], {
    encoding: 'utf8'
  }).trim()
  const disk = existsSync(join(node, 'partition')) ? dirname(node) : node
  return `/dev/${disk.split('/').pop()}`
}

describe('configurations aimed at the runner, through the bundled action in a sandbox', () => {
  let sim: Simulator
  let baseImage: string
  let work: string
  const jobs: ActionJob[] = []

  // A simulator per test: a build that fails to clean up (as one aimed at `/` may) must not leave
  // a linked volume that the next test's build would trip over.
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'osc-chroot-destructive-'))
  })

  beforeEach(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    baseImage = (
      await sim.seedImage({ kind: 'ext4-partitioned', name: `Destructive-${process.pid}` })
    ).imageId
  })

  afterEach(async () => {
    for (const job of jobs.splice(0)) job.remove()
    removeEmptyMountPoints(names.mountPrefix)
    await sim?.stop()
    // The sandbox's mounts died with it: what is left of the canary's paths are directories of
    // ours (never removed while anything is mounted below them on this machine).
    for (const dir of [canaryMount, `${names.mountPrefix}busy`, `${names.mountPrefix}fixed`])
      if (!readFileSync('/proc/self/mountinfo', 'utf8').includes(` ${dir}`))
        rmSync(dir, { recursive: true, force: true })
  })

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  function job(inputs: Inputs): ActionJob {
    const created = new ActionJob(sim, {
      source_omi: baseImage,
      omi_name: `destructive-${process.pid}-{{timestamp}}`,
      device_path: names.devicePath,
      mount_path: `${names.mountPrefix}{{.Device}}`,
      ...inputs
    })
    jobs.push(created)
    return created
  }

  /** The canary process and mount after the build; compare with canaryUntouched(at). */
  function canaryState(run: SandboxRun, at = canaryMount): unknown {
    return {
      setup: run.setup.trim().split('\n').pop(),
      process: sandboxProcessesRunning(run, CANARY_SLEEP).length,
      mount: sandboxMountsUnder(run, at).filter((target) => target === at),
      content: run.check
    }
  }

  function canaryUntouched(at = canaryMount): unknown {
    return {
      setup: 'exit 0',
      process: 1,
      mount: [at],
      content: "the runner's canary mount\nexit 0\n"
    }
  }

  /** The error annotations of a step that failed naming this option. */
  const naming = (option: string): unknown =>
    expect.arrayContaining([expect.stringContaining(option)])

  function errorsOf(result: StepResult): string[] {
    return result.log
      .split('\n')
      .filter((line) => line.startsWith('::error::'))
      .map((line) => line.slice('::error::'.length))
  }

  /** Runs main then post of one build in a sandbox with the canaries; the write calls it made. */
  async function runWithCanaries(
    build: ActionJob,
    at = canaryMount
  ): Promise<{ run: SandboxRun; main: StepResult; post: StepResult; writes: string[] }> {
    const callsBefore = sim.calls().length
    const run = await runInSandbox({
      setup: canarySetup(at),
      phases: mainThenPost(build),
      check: canaryCheck(at)
    })
    const writes = sim
      .calls()
      .slice(callsBefore)
      .map((entry) => entry.call)
      .filter((call) => writeCalls.test(call))
    return { run, main: run.steps.main, post: run.steps.post, writes }
  }

  const configTimeCases: { name: string; mountPath: string; canaryAt?: string }[] = [
    { name: 'mount_path /', mountPath: '/' },
    { name: 'a mount_path something is mounted on', mountPath: canaryMount },
    {
      name: 'a mount_path holding a mount point',
      mountPath: `${names.mountPrefix}busy`,
      canaryAt: `${names.mountPrefix}busy/inner`
    }
  ]

  for (const { name, mountPath, canaryAt } of configTimeCases) {
    it(`${name} is refused before anything is created, naming mount_path`, async () => {
      const before = resourceIds(sim)
      const { run, main, post, writes } = await runWithCanaries(
        job({ mount_path: mountPath }),
        canaryAt
      )
      expect({
        exitCode: main.exitCode,
        errors: errorsOf(main),
        writes,
        postExitCode: post.exitCode,
        canary: canaryState(run, canaryAt)
      }).toEqual({
        exitCode: 1,
        errors: naming('mount_path'),
        writes: [],
        postExitCode: 0,
        canary: canaryUntouched(canaryAt)
      })
      expectNothingLeft(sim, { before, mountPrefix: names.mountPrefix })
    })
  }

  it('a fixed mount_path another build is using is refused, naming mount_path, and the other build is untouched', async () => {
    const fixed = `${names.mountPrefix}fixed`
    const started = join(fixed, 'provision-started')
    const secondDone = join(fixed, 'second-done')
    const first = job({
      mount_path: fixed,
      provision: [
        'touch /provision-started',
        'i=0',
        'while [ ! -e /second-done ] && [ $i -lt 300 ]; do sleep 0.2; i=$((i+1)); done',
        'rm -f /provision-started /second-done'
      ].join('\n')
    })
    const second = job({ mount_path: fixed, device_path: secondDevicePath })
    const before = resourceIds(sim)
    const steps: SandboxStep[][] = [
      [
        { name: 'first', job: first, step: 'main' },
        { name: 'second', job: second, step: 'main', waitFor: started, touchWhenDone: secondDone }
      ],
      [
        { name: 'firstPost', job: first, step: 'post' },
        { name: 'secondPost', job: second, step: 'post' }
      ]
    ]
    const run = await runInSandbox({ setup: canarySetup(), phases: steps, check: canaryCheck() })
    const { first: firstMain, second: secondMain } = run.steps

    expect({
      firstExitCode: firstMain.exitCode,
      secondExitCode: secondMain.exitCode,
      firstErrors: errorsOf(firstMain),
      secondErrors: errorsOf(secondMain),
      postExitCodes: [run.steps.firstPost.exitCode, run.steps.secondPost.exitCode],
      canary: canaryState(run)
    }).toEqual({
      firstExitCode: 0,
      secondExitCode: 1,
      firstErrors: [],
      secondErrors: naming('mount_path'),
      postExitCodes: [0, 0],
      canary: canaryUntouched()
    })
    expect(sandboxMountsUnder(run, fixed)).toEqual([])
    expectNothingLeft(sim, {
      before,
      kept: [firstMain.outputs.omi_id, firstMain.outputs.snapshot_id].filter(Boolean),
      mountPrefix: names.mountPrefix
    })
  }, 300_000)

  /**
   * The device cases mount read-only and copy, write and run nothing in the image, so that a
   * build that does not refuse them cannot write to the disk it was wrongly given.
   */
  function deviceCase(device: string, marker: string): Inputs {
    return {
      nvme_device_path: device,
      mount_partition: '0',
      mount_options: 'ro',
      copy_files: '[]',
      prevent_service_start: 'false',
      pre_mount_commands: `touch ${marker}`
    }
  }

  it("nvme_device_path naming the runner's root disk is refused before pre_mount_commands run", async () => {
    const marker = join(work, 'pre-mount-ran-root')
    const before = resourceIds(sim)
    const { run, main, post } = await runWithCanaries(job(deviceCase(rootDisk(), marker)))
    expect({
      exitCode: main.exitCode,
      errors: errorsOf(main),
      preMountCommandsRan: existsSync(marker),
      postExitCode: post.exitCode,
      canary: canaryState(run)
    }).toEqual({
      exitCode: 1,
      errors: naming('nvme_device_path'),
      preMountCommandsRan: false,
      postExitCode: 0,
      canary: canaryUntouched()
    })
    expectNothingLeft(sim, { before, mountPrefix: names.mountPrefix })
  })

  it('nvme_device_path naming a mounted loop device is refused before pre_mount_commands run', async () => {
    const marker = join(work, 'pre-mount-ran-loop')
    const backing = join(work, 'mounted-disk.img')
    execFileSync('truncate', ['-s', '64M', backing])
    execFileSync('mkfs.ext4', ['-q', '-F', backing])
    const loop = execFileSync('losetup', ['--find', '--show', backing], { encoding: 'utf8' }).trim()
    try {
      const before = resourceIds(sim)
      const callsBefore = sim.calls().length
      // The canary mount is that loop device's file system.
      const run = await runInSandbox({
        setup: [
          `mkdir -p '${canaryMount}'`,
          `mount '${loop}' '${canaryMount}'`,
          `echo "the runner's canary mount" > '${canaryMount}/canary'`,
          `${CANARY_SLEEP} </dev/null >/dev/null 2>&1 &`
        ].join('\n'),
        phases: mainThenPost(job(deviceCase(loop, marker))),
        check: canaryCheck()
      })
      const { main, post } = run.steps
      expect({
        exitCode: main.exitCode,
        errors: errorsOf(main),
        preMountCommandsRan: existsSync(marker),
        postExitCode: post.exitCode,
        canary: canaryState(run)
      }).toEqual({
        exitCode: 1,
        errors: naming('nvme_device_path'),
        preMountCommandsRan: false,
        postExitCode: 0,
        canary: canaryUntouched()
      })
      expect(sim.calls().length).toBeGreaterThan(callsBefore)
      expectNothingLeft(sim, { before, mountPrefix: names.mountPrefix })
    } finally {
      execFileSync('losetup', ['-d', loop])
    }
  })
})
