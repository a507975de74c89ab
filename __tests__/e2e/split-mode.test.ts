/**
 * Split mode end to end, as a runner runs a job: the bundled prepare step, `run` steps calling
 * osc-chroot-exec (found on the PATH prepare added to GITHUB_PATH, the open build through
 * GITHUB_ENV), the bundled finish step, then prepare's post step; against the simulator on real
 * loop devices. What the steps wrote must be in the OMI's snapshot, and nothing else left behind.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { readFromDiskImage, type StepResult } from '../helpers/action.js'
import { expectNothingLeft, resourceIds } from '../helpers/leftovers.js'
import { privateNames } from '../helpers/private-names.js'
import { SplitJob } from '../helpers/split-job.js'
import { annotations } from '../helpers/step-log.js'

const { mountPrefix, devicePath } = privateNames('e2e-split-mode')

function expectSucceeded(result: StepResult): void {
  if (result.exitCode !== 0) throw new Error(`the step failed (${result.exitCode}):\n${result.log}`)
}

describe('split mode: prepare, osc-chroot-exec steps, finish', () => {
  let sim: Simulator
  let seed: { imageId: string }
  const jobs: SplitJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    seed = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Split-base' })
  })
  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })
  afterAll(async () => {
    await sim?.stop()
  })

  function newJob(extraEnv: Record<string, string> = {}): SplitJob {
    const job = new SplitJob(sim, extraEnv)
    jobs.push(job)
    return job
  }

  function prepareInputs(job: SplitJob, omiName: string) {
    return {
      ...job.credentials(),
      source_omi: seed.imageId,
      omi_name: omiName,
      mount_path: `${mountPrefix}{{.Device}}`,
      device_path: devicePath
    }
  }

  it('builds an OMI holding what two run steps did (a file written, a workspace archive installed)', async () => {
    const before = resourceIds(sim)
    const job = newJob()
    // The workspace's "package": an archive the second step installs through its stdin.
    const app = join(job.workspace, 'app')
    mkdirSync(join(app, 'usr/local/bin'), { recursive: true })
    writeFileSync(join(app, 'usr/local/bin/hello-app'), '#!/bin/sh\necho hello from app\n', {
      mode: 0o755
    })
    execFileSync('tar', ['-cf', join(job.workspace, 'app.tar'), '-C', app, '.'])

    const prepare = await job.prepare(prepareInputs(job, 'split-{{timestamp}}'))
    expectSucceeded(prepare)
    expect(prepare.outputs).toEqual({
      mount_path: expect.stringMatching(new RegExp(`^${mountPrefix}`)),
      device: devicePath,
      build_id: expect.stringMatching(/^run-4343-1-[0-9a-f]{8}$/),
      source_omi_id: seed.imageId
    })
    const record = job.jobEnv().OSC_CHROOT_BUILD
    expect(statSync(record).mode & 0o777).toBe(0o600)
    expect(readFileSync(record, 'utf8')).not.toContain(sim.credentials.secretKey)

    expectSucceeded(
      await job.run(`osc-chroot-exec sh -c 'echo written by a step > /etc/split-step'`)
    )
    const install = await job.run(
      'osc-chroot-exec tar -xf - -C / < app.tar && osc-chroot-exec hello-app'
    )
    expectSucceeded(install)
    expect(install.log).toContain('hello from app')

    const finish = await job.finish({
      access_key: sim.credentials.accessKey,
      secret_key: sim.credentials.secretKey
    })
    expectSucceeded(finish)
    const { outputs } = finish
    expect(outputs).toMatchObject({
      omi_id: expect.stringMatching(/^ami-[0-9a-f]{8}$/),
      omi_name: expect.stringMatching(/^split-\d+$/),
      snapshot_id: expect.stringMatching(/^snap-/),
      source_omi_id: seed.imageId,
      region: sim.region,
      device: devicePath
    })
    const files = readFromDiskImage(sim.imageFile(outputs.snapshot_id), [
      '/etc/split-step',
      '/usr/local/bin/hello-app',
      '/usr/sbin/policy-rc.d'
    ])
    expect(files['/etc/split-step'].content).toBe('written by a step\n')
    expect(files['/usr/local/bin/hello-app'].content).toBe('#!/bin/sh\necho hello from app\n')
    expect(files['/usr/sbin/policy-rc.d']).toEqual({ missing: true })

    const manifest = JSON.parse(readFileSync(outputs.manifest, 'utf8'))
    const steps = manifest.builds[0].custom_data.steps.map((step: { name: string }) => step.name)
    expect(steps).toEqual(
      expect.arrayContaining(['StepMount', 'WorkflowSteps', 'StepSnapshot', 'Cleanup'])
    )
    expect(steps.indexOf('StepMount')).toBeLessThan(steps.indexOf('WorkflowSteps'))
    expect(steps.indexOf('WorkflowSteps')).toBeLessThan(steps.indexOf('StepSnapshot'))
    const summary = job.summary()
    expect(summary).toContain(`OMI ${outputs.omi_id} built`)
    expect(summary).toContain('Workflow steps between prepare and finish')

    // finish closed the build: osc-chroot-exec refuses, prepare's post has nothing to do.
    const after = await job.run('osc-chroot-exec true')
    expect(after.exitCode).toBe(125)
    expect(after.log).toMatch(/There is no open build \(OSC_CHROOT_BUILD is not set\)/)
    const post = await prepare.post()
    expect(post.exitCode).toBe(0)
    expect(post.log).toContain('Nothing to clean up')
    expectNothingLeft(sim, { before, kept: [outputs.omi_id, outputs.snapshot_id], mountPrefix })
  })

  it('osc-chroot-exec: exit status, stdin, --env, --cwd, isolation, refusals', async () => {
    const before = resourceIds(sim)
    const canary = `runner-secret-${process.pid}`
    const job = newJob({ RUNNER_CANARY: canary })

    const early = await job.run('osc-chroot-exec true')
    expect(early.exitCode).toBe(127) // not on the PATH before prepare
    const prepare = await job.prepare(prepareInputs(job, 'split-exec-{{timestamp}}'))
    expectSucceeded(prepare)
    const buildId = prepare.outputs.build_id

    expect((await job.run('osc-chroot-exec sh -c "exit 7"')).exitCode).toBe(7)
    expect((await job.run('osc-chroot-exec false')).exitCode).toBe(1)
    const missing = await job.run('osc-chroot-exec no-such-program')
    expect(missing.exitCode).toBe(127)

    const input = join(job.dir, 'stdin.txt')
    writeFileSync(input, 'line one\nline two\n')
    const piped = await job.run('osc-chroot-exec wc -l', input)
    expectSucceeded(piped)
    expect(piped.log).toMatch(/^\s*2\s*$/m)

    const environment = await job.run(
      `osc-chroot-exec --env GREETING='hello world' --cwd /etc -- sh -c 'echo "[$GREETING] [$(pwd)] [$OSC_CHROOT_BUILD_ID] [$HOME]"; env'`
    )
    expectSucceeded(environment)
    expect(environment.log).toContain(`[hello world] [/etc] [${buildId}] [/root]`)
    expect(environment.log).not.toContain(canary)
    expect(environment.log).not.toContain('GITHUB_ENV')

    // The image's output cannot speak to the runner.
    const forged = await job.run(`osc-chroot-exec echo '::error::forged by the image'`)
    expectSucceeded(forged)
    expect(forged.log).toMatch(/::stop-commands::\S+\n::error::forged by the image\n/)
    // The image sees its own processes only.
    const processes = await job.run('osc-chroot-exec ps')
    expect(processes.log).not.toContain('node')

    const otherName = await job.run('osc-chroot-exec --build other true')
    expect(otherName.exitCode).toBe(125)
    expect(otherName.log).toContain(
      'There is no open build named "other" (OSC_CHROOT_BUILD_OTHER is not set): run the prepare action with name: other earlier in this job.'
    )
    const badEnv = await job.run('osc-chroot-exec --env 1BAD=x true')
    expect(badEnv.exitCode).toBe(2)
    expect(badEnv.log).toContain('--env')
    expect((await job.run('osc-chroot-exec --cwd etc true')).exitCode).toBe(2)

    const finish = await job.finish(job.credentials())
    expectSucceeded(finish)
    expect(annotations(finish.log, 'error')).toEqual([])
    const post = await prepare.post()
    expect(post.log).toContain('Nothing to clean up')
    expectNothingLeft(sim, {
      before,
      kept: [finish.outputs.omi_id, finish.outputs.snapshot_id],
      mountPrefix
    })
  })
})
