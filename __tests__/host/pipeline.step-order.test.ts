/**
 * The pipeline's own steps, from the mount to the unmount, on a real loop disk: every file the
 * host writes into the image (copy_files, policy-rc.d, provision_files) is written while the image
 * root is the only mount there, and the chroot mounts exist once provisioning runs.
 */
import { expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BuildContext } from '../../src/pipeline/context.js'
import { Journal } from '../../src/pipeline/journal.js'
import { buildSteps } from '../../src/pipeline/pipeline.js'
import { runSteps } from '../../src/pipeline/runner.js'
import { cleanUp } from '../../src/pipeline/undo.js'
import type { BuildConfig } from '../../src/config/types.js'
import { createHostRunner, type HostRunner } from '../../src/host/exec.js'
import { mountsUnder } from '../../src/host/mountinfo.js'
import { createLoopDisk } from '../helpers/loop-disk.js'
import { hostSuite } from '../helpers/host-suite.js'
import { testChrootMounts } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite

/** What the host ran that touched the image, and how many mounts the image had at that moment. */
interface Observed {
  argv: string[]
  mounts: number
}

function observingRunner(mountPath: string, observed: Observed[]): HostRunner {
  const base = createHostRunner()
  return {
    commandWrapper: base.commandWrapper,
    run(argv, options) {
      if (argv.some((arg) => arg.startsWith(`${mountPath}/`) || arg === mountPath)) {
        observed.push({ argv, mounts: mountsUnder(mountPath).length })
      }
      return base.run(argv, options)
    },
    shell: (script, options) => base.shell(script, options)
  }
}

describe('the step order', () => {
  it('places every file before the chroot mounts are made, and provisions after', async () => {
    const { work } = suite
    const disk = createLoopDisk(teardown, work, {
      sizeMiB: 64,
      partitions: [{ fs: 'ext4', content: suite.rootfs }]
    })
    const mountPath = join(work, 'mnt')
    const appConf = join(work, 'app.conf')
    writeFileSync(appConf, 'placed by provision_files\n')
    const config = {
      mountPath,
      mountPartition: '1',
      mountOptions: [],
      postMountCommands: [],
      copyFiles: ['/etc/hostname'],
      preventServiceStart: true,
      provisionFiles: [{ source: appConf, destination: '/etc/app.conf' }],
      chrootMounts: testChrootMounts,
      // Provisioning sees the files placed and the chroot mounts made.
      provision:
        'test -x /usr/sbin/policy-rc.d\ngrep -q provision_files /etc/app.conf\ntest -e /proc/self/status\n',
      provisionShell: '/bin/sh -e',
      provisionScripts: [],
      provisionEnv: {},
      provisionHostCommands: [],
      omiName: 'order-test',
      killChrootProcesses: true,
      timeouts: { volume: 60, link: 60, snapshot: 60, image: 60 }
    } as unknown as BuildConfig
    const observed: Observed[] = []
    const journal = new Journal(join(work, 'journal.json'), {
      buildId: 'order',
      region: 'r',
      endpoint: 'e'
    })
    const context = {
      config,
      host: observingRunner(mountPath, observed),
      journal,
      // The disk stepLinkVolume would have proven to be the new volume.
      blockDevice: disk.device,
      signal: new AbortController().signal,
      buildId: 'order',
      region: 'r'
    } as unknown as BuildContext
    const names = buildSteps.map((step) => step.name)
    const steps = buildSteps.slice(names.indexOf('StepMount'), names.indexOf('StepUnmount') + 1)

    const result = await runSteps(steps, context, context.signal, (outcome) =>
      cleanUp(journal, context, outcome)
    )
    expect(result.error).toBeUndefined()
    expect(result.outcome).toBe('succeeded')

    // Provisioning's chroot happens inside the sandbox script (sandbox.ts), named by its $0.
    const firstChroot = observed.findIndex(
      ({ argv }) => argv.includes('chroot') || argv.includes('osc-chroot-sandbox')
    )
    expect(firstChroot).toBeGreaterThan(0)
    // The provisioning scripts go in right before they run, by the same checked writer.
    const scripts = `${mountPath}/tmp/osc-chroot-order/`
    const writes = observed
      .slice(0, firstChroot)
      .filter(({ argv }) => ['mv', 'cp', 'mktemp', 'touch', 'chmod', 'chown'].includes(argv[0]))
      .filter(({ argv }) => !argv.some((arg) => arg.startsWith(scripts)))
    // While the host wrote into the image, the image root was the only mount under it.
    expect(writes.filter(({ mounts }) => mounts !== 1).map(({ argv }) => argv)).toEqual([])
    const placed = writes
      .filter(({ argv }) => argv[0] === 'mv')
      .map(({ argv }) => argv[argv.length - 1].slice(mountPath.length))
    expect(placed).toEqual(
      expect.arrayContaining(['/etc/hostname', '/usr/sbin/policy-rc.d', '/etc/app.conf'])
    )
    expect(observed[firstChroot].mounts).toBeGreaterThan(1)
    expect(mountsUnder(mountPath)).toEqual([])
  })
})
