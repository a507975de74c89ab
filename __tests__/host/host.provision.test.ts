/**
 * Provisioning in a real chroot (busybox image on a loop disk): the inline script and script
 * files run in order with the build's environment and nothing of the runner's; their directory
 * is removed; a failure names the script and exit code; policy-rc.d forbids service starts while
 * they run; provision_files land inside the image and never outside it.
 */
import { expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { copyFiles, restoreCopiedFiles } from '../../src/host/copy-files.js'
import { createHostRunner } from '../../src/host/exec.js'
import { runHostCommands } from '../../src/host/host-commands.js'
import { installPolicyRcd, removePolicyRcd } from '../../src/host/policy-rc-d.js'
import { type BuildInfo, type ProvisionOptions, runProvisioning } from '../../src/host/provision.js'
import { copyProvisionFiles } from '../../src/host/provision-files.js'
import { hostSuite } from '../helpers/host-suite.js'
import { mountTestImage } from '../helpers/test-image.js'

const suite = hostSuite()
const { teardown } = suite
const runner = createHostRunner()

const build: BuildInfo = {
  buildId: 'run-1',
  omiName: 'app-1700000000',
  sourceOmi: 'ami-12345678',
  sourceOmiName: 'Debian-12',
  region: 'eu-west-2'
}

async function provisionOptions(
  overrides: Partial<ProvisionOptions> = {}
): Promise<ProvisionOptions> {
  const { mounted } = await mountTestImage(teardown, runner, suite.work, suite.rootfs)
  return {
    runner,
    mountPath: mounted.mountPath,
    build,
    inline: '',
    shell: '/bin/sh -e',
    scripts: [],
    env: {},
    ...overrides
  }
}

function inImage(options: ProvisionOptions, path: string): string {
  return readFileSync(join(options.mountPath, path), 'utf8')
}

describe('runProvisioning', () => {
  it('runs the inline script in the chroot with the build environment and nothing of the runner', async () => {
    process.env.OSC_SECRET_KEY_OF_THE_RUNNER = 'must-not-leak'
    teardown.add(() => void delete process.env.OSC_SECRET_KEY_OF_THE_RUNNER)
    const options = await provisionOptions({
      inline: [
        'grep -q busybox /etc/os-release', // we are in the image
        'echo "$OMI_NAME|$SOURCE_OMI|$SOURCE_OMI_NAME|$BUILD_REGION|$OSC_CHROOT|$GREETING" > /root/env',
        'echo "secret=${OSC_SECRET_KEY_OF_THE_RUNNER:-none}" >> /root/env',
        'echo "provisioned as $(id -u)"'
      ].join('\n'),
      env: { GREETING: "it's $(not expanded)" }
    })
    await runProvisioning(options)
    expect(inImage(options, 'root/env')).toBe(
      "app-1700000000|ami-12345678|Debian-12|eu-west-2|1|it's $(not expanded)\nsecret=none\n"
    )
    expect(suite.logged.lines).toContain('info: provisioned as 0')
    expect(suite.logged.text()).not.toContain("it's $(not expanded)") // provision_env values are not suite.logged
    expect(readdirSync(join(options.mountPath, 'tmp'))).toEqual([]) // the scripts are gone
  })

  it('runs provision_scripts in order, by their #! line or by provision_shell', async () => {
    const scripts = join(suite.work, 'scripts')
    mkdirSync(scripts)
    writeFileSync(join(scripts, 'first.sh'), '#!/bin/sh\necho "first $0" >> /root/order\n')
    writeFileSync(join(scripts, 'second'), 'echo "second, -e is $-" >> /root/order\n') // no #!: provision_shell
    const options = await provisionOptions({
      inline: 'echo inline >> /root/order',
      scripts: [join(scripts, 'first.sh'), join(scripts, 'second')]
    })
    await runProvisioning(options)
    expect(inImage(options, 'root/order')).toMatch(
      /^inline\nfirst \/tmp\/osc-chroot-run-1\/script-01-first\.sh\nsecond, -e is \S*e\S*\n$/
    )
    expect(existsSync(join(options.mountPath, 'tmp/osc-chroot-run-1'))).toBe(false)
  })

  it('names the failing script and its exit code, and still removes the scripts', async () => {
    const options = await provisionOptions({ inline: 'echo "it broke" >&2\nexit 7' })
    await expect(runProvisioning(options)).rejects.toThrow(
      /^provision failed with exit code 7 in the chroot\.\nit broke$/
    )
    expect(readdirSync(join(options.mountPath, 'tmp'))).toEqual([])

    const script = join(suite.work, 'setup.sh')
    writeFileSync(script, 'false\necho "not reached"\n')
    await expect(runProvisioning({ ...options, inline: '', scripts: [script] })).rejects.toThrow(
      `provision_scripts[0] (${script}) failed with exit code 1 in the chroot.`
    )
  })

  it('forbids service starts with policy-rc.d while provisioning runs', async () => {
    const options = await provisionOptions({
      inline: '/usr/sbin/policy-rc.d || echo "policy-rc.d exit $?" > /root/policy'
    })
    const installed = await installPolicyRcd(runner, options.mountPath)
    try {
      await runProvisioning(options)
    } finally {
      await removePolicyRcd(runner, installed)
    }
    expect(inImage(options, 'root/policy')).toBe('policy-rc.d exit 101\n')
    expect(existsSync(join(options.mountPath, 'usr/sbin/policy-rc.d'))).toBe(false)
  })

  it('runs provision_host_commands on the host with the device and mount path', async () => {
    const options = await provisionOptions()
    await runHostCommands(
      runner,
      'provision_host_commands',
      [
        'test -f {{.MountPath}}/etc/os-release && echo "{{.Device}}" > {{.MountPath}}/root/from-host'
      ],
      { Device: '/dev/sdb', MountPath: options.mountPath }
    )
    expect(inImage(options, 'root/from-host')).toBe('/dev/sdb\n')
  })
  it('works the same through a command_wrapper', async () => {
    const wrapped = createHostRunner(`sh -c 'exec "$@"' sh {{.Command}}`)
    const options = await provisionOptions({
      runner: wrapped,
      inline:
        'echo "$GREETING from $(cat /etc/hostname)" > /root/wrapped; /usr/sbin/policy-rc.d || echo $? >> /root/wrapped',
      env: { GREETING: "it's `quoted`" }
    })
    const installed = await installPolicyRcd(wrapped, options.mountPath)
    const copied = await copyFiles(wrapped, options.mountPath, ['/etc/resolv.conf'])
    await runProvisioning(options)
    await restoreCopiedFiles(wrapped, copied)
    await removePolicyRcd(wrapped, installed)
    expect(inImage(options, 'root/wrapped')).toBe("it's `quoted` from image\n101\n")
    expect(existsSync(join(options.mountPath, 'etc/resolv.conf'))).toBe(false)
  })
})

describe('provision_files', () => {
  it('copies files into the image, following the image own links inside the image', async () => {
    const options = await provisionOptions()
    const source = join(suite.work, 'tool')
    writeFileSync(source, '#!/bin/sh\necho tool\n', { mode: 0o755 })
    mkdirSync(join(options.mountPath, 'var/lib/srv'), { recursive: true })
    symlinkSync('/var/lib/srv', join(options.mountPath, 'srv')) // absolute: means the image's /var/lib/srv

    const copied = await copyProvisionFiles(runner, options.mountPath, [
      { source, destination: '/usr/local/bin/tool' }, // parent created
      { source, destination: '/etc/' }, // a directory: keeps the name
      { source, destination: '/srv/tool' }
    ])
    expect(copied.map((c) => c.pathInImage)).toEqual([
      '/usr/local/bin/tool',
      '/etc/tool',
      '/var/lib/srv/tool'
    ])
    expect(inImage(options, 'usr/local/bin/tool')).toBe('#!/bin/sh\necho tool\n')
    expect(existsSync(join(options.mountPath, 'var/lib/srv/tool'))).toBe(true)
    expect(existsSync('/var/lib/srv/tool')).toBe(false)
  })

  it('refuses destinations outside the image before copying anything', async () => {
    const options = await provisionOptions()
    const source = join(suite.work, 'payload')
    writeFileSync(source, 'payload\n')
    const outside = join(suite.work, 'outside')
    mkdirSync(outside)
    symlinkSync(`../../../../../../../..${outside}`, join(options.mountPath, 'escape'))

    await expect(
      copyProvisionFiles(runner, options.mountPath, [
        { source, destination: '/etc/fine' },
        { source, destination: '../../etc/x' }
      ])
    ).rejects.toThrow(
      /^provision_files\[1\]: destination "\.\.\/\.\.\/etc\/x" refused: .* leads outside the image \(with "\.\."\)/
    )
    await expect(
      copyProvisionFiles(runner, options.mountPath, [{ source, destination: '/escape/x' }])
    ).rejects.toThrow(
      /provision_files\[0\]: destination "\/escape\/x" refused: .*through the symlink \/escape -> /
    )
    expect(existsSync(join(options.mountPath, 'etc/fine'))).toBe(false)
    expect(readdirSync(outside)).toEqual([])
  })
})
