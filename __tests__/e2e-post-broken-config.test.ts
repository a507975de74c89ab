/**
 * The post step cleans up whatever became of the configuration since the main step read it.
 *
 * The bundled main step is killed (SIGKILL, as when the runner's host dies) while it provisions,
 * leaving a daemon in the chroot, the image mounted and the volume linked; then, before the post
 * step, a later workflow step breaks the configuration: it deletes a provision script, or rewrites
 * config_file with values that no longer validate. The post step must still stop the daemon,
 * unmount, unlink and delete, from what the main step recorded. Each case runs in its own PID and
 * mount namespaces (helpers/sandbox.ts), so whatever a failed cleanup leaves dies with them.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../sim/index.js'
import { ActionJob, type Inputs } from './helpers/action.js'
import { expectNothingLeft, resourceIds } from './helpers/leftovers.js'
import { privateNames } from './helpers/private-names.js'
import {
  removeEmptyMountPoints,
  runInSandbox,
  sandboxMountsUnder,
  sandboxProcessesRunning
} from './helpers/sandbox.js'

const isRoot = process.getuid?.() === 0
const describeRoot = isRoot ? describe : describe.skip
if (!isRoot) console.warn('e2e-post-broken-config: skipped, needs root (loop devices, unshare)')

const names = privateNames('e2e-post-broken-config')
const DAEMON = 'sleep 31339'
/** Leaves a daemon, says so, then takes its time (the main step is killed meanwhile). */
const SCRIPT = `#!/bin/sh\nbusybox setsid ${DAEMON} </dev/null >/dev/null 2>&1 &\necho provisioning-started\nsleep 600\n`

interface BrokenConfig {
  name: string
  inputs: (imageId: string) => Inputs
  files: (imageId: string) => Record<string, string>
  /** Shell run in the workspace between the steps. */
  breakIt: string
}

const cases: BrokenConfig[] = [
  {
    name: 'a provision script deleted by a later step',
    inputs: (imageId) => ({ source_omi: imageId, provision_scripts: 'scripts/setup.sh' }),
    files: () => ({ 'scripts/setup.sh': SCRIPT }),
    breakIt: 'rm -f scripts/setup.sh'
  },
  {
    name: 'a config_file rewritten with values that no longer validate',
    inputs: () => ({ config_file: 'build.yml' }),
    files: (imageId) => ({
      'build.yml': `source_omi: ${imageId}\nprovision_scripts: [scripts/setup.sh]\n`,
      'scripts/setup.sh': SCRIPT
    }),
    breakIt:
      "printf 'source_omi: not-an-id\\nroot_volume_size: ten\\nmount_path: relative\\n' > build.yml"
  }
]

describeRoot('the post step with a configuration broken after the main step', () => {
  let sim: Simulator
  let imageId: string
  const jobs: ActionJob[] = []

  // A simulator per case: a post step that gives up leaves the volume linked, which must not
  // fail the next case.
  beforeEach(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    imageId = (
      await sim.seedImage({ kind: 'ext4-partitioned', name: `Post-broken-${process.pid}` })
    ).imageId
  })

  afterEach(async () => {
    for (const job of jobs.splice(0)) job.remove()
    await sim?.stop()
    removeEmptyMountPoints(names.mountPrefix)
  })

  for (const { name, inputs, files, breakIt } of cases) {
    it(`${name}: the post step still cleans everything`, async () => {
      const job = new ActionJob(sim, {
        omi_name: `post-broken-${process.pid}-{{timestamp}}`,
        mount_path: `${names.mountPrefix}{{.Device}}`,
        device_path: names.devicePath,
        ...inputs(imageId)
      })
      jobs.push(job)
      for (const [path, content] of Object.entries(files(imageId))) {
        mkdirSync(join(job.workspace, path, '..'), { recursive: true })
        writeFileSync(join(job.workspace, path), content, { mode: 0o755 })
      }
      const before = resourceIds(sim)

      const run = await runInSandbox({
        phases: [
          [{ name: 'main', job, step: 'main', killOn: /^provisioning-started$/ }],
          [{ name: 'post', job, step: 'post', before: breakIt }]
        ]
      })
      const { main, post } = run.steps

      expect({
        mainKilled: main.signal,
        postExitCode: post.exitCode,
        postErrors: post.log.split('\n').filter((line) => line.startsWith('::error::')),
        daemons: sandboxProcessesRunning(run, DAEMON),
        mounts: sandboxMountsUnder(run, names.mountPrefix)
      }).toEqual({
        mainKilled: 'SIGKILL',
        postExitCode: 0,
        postErrors: [],
        daemons: [],
        mounts: []
      })
      expect(post.log).toContain('Everything the build created has been removed.')
      expectNothingLeft(sim, { before, mountPrefix: names.mountPrefix })
    })
  }
})
