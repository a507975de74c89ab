/**
 * The fault matrix (issue 6), end to end: the bundled action (main, then post, as a runner runs
 * them) against the simulator, with faults injected at every step that can meet them:
 *   - API errors the client must ride out (429 codes 24/25, 503 code 6, 500 on reads), and
 *     persistent ones that fail the build with the step, the call, the code and the request id;
 *   - resources going bad (volume error, link stuck, device never there, snapshot error, OMI failed);
 *   - local failures (mount, pre/post-mount commands, provisioning, daemons left running).
 * After every case: the expected outcome and message, and nothing of the build left anywhere.
 * Cancellation and kills are in e2e-cancel.test.ts.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  startSimulator,
  TEST_LATENCY,
  type CallFault,
  type ResourceFault,
  type Simulator
} from '../../sim/index.js'
import { ActionJob, type Inputs, type StepResult } from '../helpers/action.js'
import { isRunning } from '../helpers/processes.js'
import { privateNames } from '../helpers/private-names.js'
import { expectNothingLeft, resourceIds, type ResourceIds } from '../helpers/leftovers.js'
import { annotations, failureMessage } from '../helpers/step-log.js'

/** This run's own mount root and device name (see private-names.ts). */
const { mountPrefix, devicePath } = privateNames('e2e-faults')

interface Build {
  main: StepResult
  post: StepResult
  /** The simulator's ids before the build. */
  before: ResourceIds
  /** The simulator's call log entries made during the build. */
  calls: ReturnType<Simulator['calls']>
  omiName: string
}

describe('fault matrix, end to end', () => {
  let sim: Simulator
  let sourceOmi: string
  let buildCount = 0
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    sourceOmi = (await sim.seedImage({ kind: 'ext4-partitioned', name: 'Faults-base' })).imageId
  })

  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })

  afterAll(async () => {
    await sim?.stop()
  })

  /**
   * One build, main then post, from our own source OMI (so CreateImage is the registration only).
   * `files` are written into the job's workspace first (provision_scripts); `arrange` injects
   * faults just before the main step starts, knowing the OMI name.
   */
  async function build(
    inputs: Inputs = {},
    options: { files?: Record<string, string>; arrange?: (omiName: string) => void } = {}
  ): Promise<Build> {
    buildCount++
    const omiName = `fault-case-${buildCount}`
    const job = new ActionJob(sim, {
      source_omi: sourceOmi,
      omi_name: omiName,
      mount_path: `${mountPrefix}{{.Device}}`,
      device_path: devicePath,
      ...inputs
    })
    jobs.push(job)
    for (const [name, content] of Object.entries(options.files ?? {}))
      writeFileSync(join(job.workspace, name), content, { mode: 0o755 })
    const before = resourceIds(sim)
    const callsBefore = sim.calls().length
    options.arrange?.(omiName)
    const main = await job.main()
    const post = await job.post()
    return { main, post, before, calls: sim.calls().slice(callsBefore), omiName }
  }

  function expectSucceeded(run: Build): void {
    if (run.main.exitCode !== 0) throw new Error(`the build failed:\n${run.main.log}`)
    expect(run.post.log).toContain('Nothing to clean up')
    expect(annotations(run.main.log, 'warning')).toEqual([])
    const { omi_id, snapshot_id } = run.main.outputs
    expect(omi_id).toMatch(/^ami-/)
    expectNothingLeft(sim, { before: run.before, kept: [omi_id, snapshot_id], mountPrefix })
  }

  /**
   * Failed in `step` (the runner's "StepX: " prefix), cleaned up by the main step itself so the
   * post step has nothing to do, and nothing left. Returns the message the user reads.
   */
  function expectFailedIn(run: Build, step: string): string {
    expect(run.main.exitCode).toBe(1)
    const failure = failureMessage(run.main.log)
    expect(failure.startsWith(`${step}: `)).toBe(true)
    expect(failure).not.toMatch(/Cleanup also failed/)
    expect(run.main.outputs.omi_id ?? '').toBe('')
    expect(run.post.log).toContain('Nothing to clean up')
    expectNothingLeft(sim, { before: run.before, mountPrefix })
    return failure
  }

  describe('API errors the client rides out: the build succeeds', () => {
    const bursts: { name: string; fault: CallFault; after?: string }[] = [
      {
        name: 'a burst of 429 (code 24) on CreateVolume',
        fault: { call: 'CreateVolume', status: 429, code: '24', times: 3 }
      },
      {
        name: 'a burst of 429 (code 25) on LinkVolume',
        fault: { call: 'LinkVolume', status: 429, code: '25', times: 3 }
      },
      {
        name: 'a burst of 503 (code 6) on ReadVolumes while waiting for the volume',
        fault: { call: 'ReadVolumes', status: 503, code: '6', times: 3 },
        after: 'CreateVolume'
      },
      {
        name: 'a burst of 503 (code 6) on CreateSnapshot',
        fault: { call: 'CreateSnapshot', status: 503, code: '6', times: 2 }
      },
      {
        name: 'a burst of 429 (code 24) on CreateImage',
        fault: { call: 'CreateImage', status: 429, code: '24', times: 2 }
      },
      {
        name: 'a burst of 503 (code 6) on CreateTags',
        fault: { call: 'CreateTags', status: 503, code: '6', times: 3 }
      },
      {
        name: '500 on ReadImages (a read, so retried)',
        fault: { call: 'ReadImages', status: 500, code: '0', times: 2 }
      },
      {
        name: '500 on ReadSnapshots while waiting for the snapshot',
        fault: { call: 'ReadSnapshots', status: 500, code: '0', times: 2 },
        after: 'CreateSnapshot'
      }
    ]

    it.each(bursts)('$name', async ({ fault, after }) => {
      const run = await build(
        { tags: 'Name: fault-matrix' },
        { arrange: () => sim.injectFault(fault) }
      )
      expectSucceeded(run)

      // Each failure was retried: `times` failures, then the call went through.
      const attempts = run.calls.filter((c) => c.call === fault.call)
      const times = fault.times ?? 1
      expect(attempts.slice(0, times + 1).map((c) => [c.status, c.code])).toEqual([
        ...Array.from({ length: times }, () => [fault.status, fault.code]),
        [200, undefined]
      ])
      // ...and, for a wait, the failures came after the call that started it.
      const trigger = after ? run.calls.find((c) => c.call === after) : undefined
      expect(attempts[0].at).toBeGreaterThanOrEqual(trigger?.at ?? 0)
    })
  })

  describe('persistent API errors: the build fails, naming the step, the call, the code and the request id', () => {
    const persistent: { name: string; fault: CallFault; step: string; hint?: RegExp }[] = [
      {
        name: '400 on CreateVolume',
        fault: {
          call: 'CreateVolume',
          status: 400,
          // 4078 is invalid-volume-size in Outscale's catalogue; a quota would be TooManyResources.
          code: '4078',
          type: 'InvalidParameterValue',
          details: 'The volume size 2 is not valid for this volume type'
        },
        step: 'StepCreateVolume'
      },
      {
        name: '500 on CreateImage, which is not idempotent and so not retried',
        fault: { call: 'CreateImage', status: 500, code: '0' },
        step: 'StepRegisterOmi',
        hint: /not idempotent, so it was not retried.*Check the account/
      }
    ]

    it.each(persistent)('$name', async ({ fault, step, hint }) => {
      const run = await build({}, { arrange: () => sim.injectFault(fault) })
      const failed = run.calls.filter((c) => c.call === fault.call && c.status === fault.status)
      expect(failed).toHaveLength(1) // a persistent error is not retried
      const message = expectFailedIn(run, step)
      expect(message).toContain(`${fault.call} failed: HTTP ${fault.status}`)
      expect(message).toContain(`(${fault.code})`)
      expect(message).toContain(fault.details ?? `Injected fault on ${fault.call}`)
      expect(message).toContain(`[request id ${failed[0].requestId}]`)
      expect(message).toMatch(hint ?? /./)
    })
  })

  describe('resources going bad: the build fails in the step that waited, and cleans up', () => {
    const bad: {
      name: string
      fault: (omiName: string) => ResourceFault
      inputs?: Inputs
      step: string
      message: RegExp
    }[] = [
      {
        name: 'the volume goes to error',
        fault: () => ({ kind: 'volume', to: 'error' }),
        step: 'StepCreateVolume',
        message:
          /volume vol-\w+ to be available: the volume went to state error .*Outscale will not recover it: run the build again/
      },
      {
        name: 'the link stays attaching: the link timeout fires',
        fault: () => ({ kind: 'link', to: 'stuck' }),
        inputs: { timeouts: 'link: 3s' },
        step: 'StepLinkVolume',
        message:
          /Timed out after 3 s waiting for volume vol-\w+ to be linked .*last state: in-use, link attaching.*raise "link" in the timeouts input/
      },
      {
        name: 'the device never appears: the device timeout fires and lists what it saw',
        fault: () => ({ kind: 'link', to: 'no-device' }),
        // A size no other suite's volume has, so no other new disk can pass for this one.
        inputs: { timeouts: 'device: 2s', root_volume_size: '3' },
        step: 'StepLinkVolume',
        message: new RegExp(
          'did not appear as a block device within 2 s \\(timeouts\\.device\\)\\. Looked for: ' +
            `/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sd${devicePath.slice('/dev/xvd'.length)}: missing; ` +
            `${devicePath}: missing; new disks since the link: .*` +
            'Raise timeouts\\.device, or set nvme_device_path'
        )
      },
      {
        name: 'the snapshot goes to error',
        fault: () => ({ kind: 'snapshot', to: 'error' }),
        step: 'StepSnapshot',
        message:
          /snapshot snap-\w+ to be completed: the snapshot went to state error .*Outscale will not recover it: run the build again/
      },
      {
        name: 'the OMI goes to failed',
        fault: (omiName) => ({ kind: 'image', to: 'failed', match: { name: omiName } }),
        step: 'StepRegisterOmi',
        message:
          /OMI ami-\w+ to be available: the OMI failed: Client\.ImageFailed: Injected failure .*Outscale will not recover it/
      }
    ]

    it.each(bad)('$name', async ({ fault, inputs, step, message }) => {
      const run = await build(inputs, { arrange: (omiName) => sim.failResource(fault(omiName)) })
      expect(expectFailedIn(run, step)).toMatch(message)
    })
  })

  describe('local failures: the build fails naming the option and the fix, and cleans up', () => {
    const local: {
      name: string
      inputs: Inputs
      files?: Record<string, string>
      step: string
      message: RegExp
    }[] = [
      {
        name: 'mount_partition names a partition the disk does not have',
        inputs: { mount_partition: '7' },
        step: 'StepMount',
        message:
          /mount_partition 7: \/dev\/loop\d+ has no partition 7 .*Set mount_partition to one of them/
      },
      {
        name: 'mount_options holds an option the file system refuses',
        inputs: { mount_options: 'no_such_option' },
        step: 'StepMount',
        message: new RegExp(
          `Cannot mount /dev/loop\\d+p1 \\(ext4, partition 1\\) at ${mountPrefix}loop\\d+ ` +
            'with mount_options \\["no_such_option"\\]: mount: [\\s\\S]*bad option[\\s\\S]*\\n' +
            'Check that every mount_options entry is an option ext4 accepts'
        )
      },
      {
        name: 'a pre_mount_command exits 3',
        inputs: { pre_mount_commands: 'true\nexit 3' },
        step: 'StepPreMountCommands',
        message: /pre_mount_commands\[1\] failed with exit code 3: exit 3/
      },
      {
        name: 'a post_mount_command exits 3',
        inputs: { post_mount_commands: 'echo mounted at {{.MountPath}}\nexit 3' },
        step: 'StepPostMountCommands',
        message: /post_mount_commands\[1\] failed with exit code 3: exit 3/
      },
      {
        name: 'the inline provision script exits 5',
        inputs: { provision: 'echo provisioning\necho about to fail >&2\nexit 5' },
        step: 'StepProvision',
        message: /provision failed with exit code 5 in the chroot\.\nabout to fail/
      },
      {
        name: 'a provision_scripts file exits 5',
        inputs: { provision_scripts: 'setup.sh' },
        files: { 'setup.sh': '#!/bin/sh\necho setting up\nexit 5\n' },
        step: 'StepProvision',
        message:
          /provision_scripts\[0\] \(\S+\/workspace\/setup\.sh\) failed with exit code 5 in the chroot/
      }
    ]

    it.each(local)('$name', async ({ inputs, files, step, message }) => {
      const run = await build(inputs, { files })
      expect(expectFailedIn(run, step)).toMatch(message)
    })

    it('a host command leaves a daemon running and a file open in the image: they are stopped and named, the build succeeds', async () => {
      // Provisioning's own daemons end with its PID namespace; a post_mount_command's chroot
      // runs outside it, so its daemons are left for the unmount step to find.
      const daemon = (command: string): string =>
        `chroot {{.MountPath}} busybox setsid ${command} </dev/null >/dev/null 2>&1 &`
      const run = await build({
        post_mount_commands: [
          daemon('sleep 1000'),
          daemon(`sh -c 'exec 3>/var/tmp/held-open; exec sleep 1001'`)
        ].join('\n'),
        provision: 'busybox setsid sleep 1002 </dev/null >/dev/null 2>&1 &\necho daemons started'
      })
      expectSucceeded(run)
      const log = run.main.log
      expect(log).toMatch(/Stopping 2 process\(es\) left running in the chroot:/)
      const named = [...log.matchAll(/ pid (\d+) \(sleep\) `sleep (100[01])` \[([^\]]+)\]/g)]
      expect(named.map((m) => m[2]).sort()).toEqual(['1000', '1001'])
      const holder = named.find((m) => m[2] === '1001')!
      expect(holder[3]).toMatch(/root.*open file/)
      for (const [, pid] of named) expect(isRunning(Number(pid))).toBe(false)
      expect(annotations(log, 'warning').filter((w) => /Still using/.test(w))).toEqual([])
    })
  })
})
