/**
 * A Packer JSON template's provisioners and post-processors through loadConfig: what each
 * provisioner becomes, only/except, and the refusals (an unsupported provisioner, a post-processor,
 * inline provisioning inputs beside the template's without template_provisioners, settings that
 * cannot be honoured), all ConfigErrors before anything else runs (loadConfig makes no API call).
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync } from 'node:fs'
import { sandboxPerTest } from '../fixtures/config/harness.js'
import { captureLogPerTest } from '../helpers/log-sink.js'

captureLogPerTest()

const { loadConfig, ConfigError } = await import('../../src/config/index.js')

const builder = {
  type: 'osc-chroot',
  name: 'app',
  access_key: 'AKTEST',
  secret_key: 'SKTEST',
  source_omi: 'ami-12345678',
  omi_name: 'app-{{timestamp}}'
}

const sandbox = sandboxPerTest()
let env: NodeJS.ProcessEnv
beforeEach(() => {
  // A stand-in ansible-playbook on PATH: the configuration only checks that it is there.
  const fake = sandbox.write('bin/ansible-playbook', '#!/bin/sh\nexit 0\n')
  chmodSync(fake, 0o755)
  env = { PATH: `${sandbox.workspace}/bin:/usr/bin:/bin`, TEST_GREETING: 'hello' }
})

function template(body: Record<string, unknown>): string {
  sandbox.write('packer.json', JSON.stringify({ builders: [builder], ...body }))
  return 'packer.json'
}

function load(body: Record<string, unknown>, inputs: Record<string, string> = {}) {
  return loadConfig(sandbox.sources({ config_file: template(body), ...inputs }, env))
}

function problemsOf(body: Record<string, unknown>, inputs: Record<string, string> = {}): string[] {
  try {
    load(body, inputs)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe("a JSON template's provisioners", () => {
  it('maps shell, file, shell-local and ansible in template order, with their locations', () => {
    sandbox.write('scripts/setup.sh', '#!/bin/sh\necho setup\n')
    sandbox.write('files/app.conf', 'x=1\n')
    sandbox.write('files/site/index.html', '<p>hi</p>\n')
    sandbox.write('playbook.yml', '- hosts: all\n  tasks: []\n')
    const { config } = load({
      variables: { greeting: '{{env `TEST_GREETING`}}' },
      provisioners: [
        {
          type: 'shell',
          inline: ['echo one', 'echo two'],
          environment_vars: ['GREETING={{user `greeting`}}', 'EMPTY=']
        },
        { type: 'shell', script: '{{template_dir}}/scripts/setup.sh', skip_clean: true },
        { type: 'file', source: 'files/app.conf', destination: '/etc/app.conf' },
        { type: 'file', source: 'files/site/', destination: '/srv/www' },
        { type: 'file', direction: 'download', source: '/etc/os-release', destination: 'out/' },
        { type: 'shell-local', inline: ['echo local'] },
        { type: 'ansible', playbook_file: 'playbook.yml', groups: ['web'], user: 'debian' }
      ]
    })
    const mapped = config.templateProvisioners
    expect(mapped.map((p) => `${p.type} ${p.at}`)).toEqual([
      'shell packer.json provisioners[0]',
      'shell packer.json provisioners[1]',
      'file packer.json provisioners[2]',
      'file packer.json provisioners[3]',
      'file packer.json provisioners[4]',
      'shell-local packer.json provisioners[5]',
      'ansible packer.json provisioners[6]'
    ])
    expect(mapped[0]).toMatchObject({
      scripts: [{ content: '#!/bin/sh -e\necho one\necho two\n' }],
      environment: {
        PACKER_BUILDER_TYPE: 'osc-chroot',
        PACKER_BUILD_NAME: 'app',
        GREETING: 'hello',
        EMPTY: ''
      },
      executeCommand: 'chmod +x {{.Path}};  {{.Path}}',
      remotePath: expect.stringMatching(/^\/tmp\/script_\d+\.sh$/) as unknown as string,
      skipClean: false,
      validExitCodes: [0]
    })
    expect(mapped[1]).toMatchObject({
      scripts: [{ hostFile: `${sandbox.workspace}/scripts/setup.sh` }],
      skipClean: true
    })
    expect(mapped[3]).toMatchObject({
      direction: 'upload',
      sources: [`${sandbox.workspace}/files/site/`],
      destination: '/srv/www'
    })
    expect(mapped[4]).toMatchObject({
      direction: 'download',
      sources: ['/etc/os-release'],
      destination: `${sandbox.workspace}/out`
    })
    expect(mapped[6]).toMatchObject({
      command: ['ansible-playbook'],
      playbookFile: `${sandbox.workspace}/playbook.yml`,
      groups: ['web'],
      hostAlias: 'default'
    })
  })

  it('honours only and except against the builder name, and override', () => {
    const { config } = load({
      provisioners: [
        { type: 'shell', inline: ['echo a'], only: ['other'] },
        { type: 'shell', inline: ['echo b'], except: ['app'] },
        { type: 'shell', inline: ['echo c'], only: ['app'] },
        {
          type: 'shell',
          inline: ['echo d'],
          override: { app: { inline: ['echo overridden'] } }
        }
      ]
    })
    expect(config.templateProvisioners.map((p) => p.at)).toEqual([
      'packer.json provisioners[2]',
      'packer.json provisioners[3]'
    ])
    expect(config.templateProvisioners[1]).toMatchObject({
      scripts: [{ content: '#!/bin/sh -e\necho overridden\n' }]
    })
  })

  it('reduces execute_command to what runs in a chroot: sudo and {{.Vars}} dropped', () => {
    const { config } = load({
      provisioners: [
        {
          type: 'shell',
          inline: ['id'],
          execute_command: "echo 'packer' | sudo -S -E sh -eux '{{ .Path }}'"
        },
        { type: 'shell', inline: ['id'], execute_command: '{{.Vars}} bash {{.Path}}' }
      ]
    })
    expect(
      config.templateProvisioners.map((p) => 'executeCommand' in p && p.executeCommand)
    ).toEqual(["sh -eux '{{.Path}}'", 'bash {{.Path}}'])
  })
})

describe('refusals, before anything runs', () => {
  it('an unsupported provisioner names its type, where it is and what to use instead', () => {
    expect(
      problemsOf({
        provisioners: [
          { type: 'shell', inline: ['true'] },
          { type: 'puppet-masterless', manifest_file: 'x.pp' }
        ]
      })
    ).toEqual([
      'puppet-masterless provisioner (packer.json provisioners[1]): provisioner type "puppet-masterless" is not supported: install and run puppet apply from a shell provisioner'
    ])
    expect(problemsOf({ provisioners: [{ type: 'powershell', inline: ['dir'] }] })[0]).toContain(
      'PowerShell provisioning needs Windows'
    )
  })

  it('a post-processor is an error that names the manifest output for manifest', () => {
    const problems = problemsOf({
      'post-processors': [
        { type: 'manifest', output: 'manifest.json' },
        ['compress', { type: 'checksum' }]
      ]
    })
    expect(problems).toEqual([
      expect.stringContaining(
        "manifest post-processor (packer.json post-processors[0]): post-processors are not run by this action; remove it: the action's `manifest` output"
      ),
      expect.stringContaining('compress post-processor (packer.json post-processors[1][0])'),
      expect.stringContaining('checksum post-processor (packer.json post-processors[1][1])')
    ])
  })

  it('a post-processor excluded by only is not an error', () => {
    expect(() =>
      load({ 'post-processors': [{ type: 'manifest', only: ['amazon-ebs'] }] })
    ).not.toThrow()
  })

  it('inline provisioning inputs beside the template provisioners need template_provisioners', () => {
    const body = { provisioners: [{ type: 'shell', inline: ['echo template'] }] }
    expect(problemsOf(body, { provision: 'echo inline' })).toEqual([
      expect.stringMatching(
        /^template_provisioners: the template \(config_file\) has provisioners and provision is set too; say which runs: template_provisioners: run/
      )
    ])
    const run = load(body, { provision: 'echo inline', template_provisioners: 'run' }).config
    expect(run.templateProvisioners).toHaveLength(1)
    expect(run.provision).toBe('echo inline')
    const ignored = load(body, { provision: 'echo inline', template_provisioners: 'ignore' })
    expect(ignored.config.templateProvisioners).toEqual([])
    expect(ignored.warnings).toContain(
      "template_provisioners: ignore: the template's 1 provisioner(s) are not run"
    )
    expect(problemsOf(body, { template_provisioners: 'both' })).toEqual([
      'template_provisioners: "both" is not allowed; use run or ignore'
    ])
  })

  it('settings that cannot be honoured are errors naming the setting', () => {
    const problems = problemsOf({
      provisioners: [
        { type: 'shell', inline: ['true'], execute_command: '{{.Vars}} {{.Foo}} {{.Path}}' },
        { type: 'shell', script: 'missing.sh' },
        { type: 'shell', inline: ['true'], script: 'x.sh' },
        { type: 'shell', inline: ['true'], remote_path: 'relative.sh', inlin: [] },
        { type: 'file', source: 'nothing-here', destination: '/etc/x' },
        { type: 'file', direction: 'download', source: '/etc/passwd', destination: '../outside' },
        { type: 'ansible', playbook_file: 'site.yml', command: 'no-such-ansible-playbook' },
        { type: 'ansible', inventory_file: 'hosts' }
      ]
    })
    const at = (index: number, type: string) =>
      `${type} provisioner (packer.json provisioners[${index}])`
    expect(problems).toEqual(
      expect.arrayContaining([
        `${at(0, 'shell')}.execute_command: "{{.Vars}} {{.Foo}} {{.Path}}": {{.Foo}} is not available here; execute_command can use {{.Vars}} and {{.Path}}`,
        `${at(1, 'shell')}.script: "missing.sh" does not exist (in ${sandbox.workspace})`,
        `${at(2, 'shell')}: inline and script are set; set only one of inline, script, scripts`,
        `${at(3, 'shell')}.remote_path: "relative.sh" must be an absolute path in the image, without ".."`,
        `${at(3, 'shell')}.inlin: not supported; did you mean "inline"?`,
        `${at(4, 'file')}.source: "nothing-here" does not exist (in ${sandbox.workspace})`,
        expect.stringContaining(
          `${at(5, 'file')}.destination: "../outside" is outside the workspace`
        ),
        expect.stringContaining(
          `${at(6, 'ansible')}.command: "no-such-ansible-playbook" is not found on this runner (PATH)`
        ),
        expect.stringContaining(
          `${at(7, 'ansible')}.inventory_file: not supported: the action writes the inventory`
        ),
        `${at(7, 'ansible')}.playbook_file: required`
      ])
    )
  })

  it('accepts and warns about settings that mean nothing in a chroot', () => {
    const { warnings } = load({
      provisioners: [
        { type: 'shell', inline: ['true'], expect_disconnect: true, pause_before: '10s' }
      ]
    })
    expect(warnings).toEqual(
      expect.arrayContaining([
        'shell provisioner (packer.json provisioners[0]).expect_disconnect: ignored: a chroot has no connection to lose (a reboot cannot happen in it)',
        'shell provisioner (packer.json provisioners[0]).pause_before: ignored: nothing needs to settle between two steps of a chroot build'
      ])
    )
  })
})

describe('provision_files directories and downloads', () => {
  it('accepts a directory source and a download into the workspace; refuses a download outside it', () => {
    sandbox.write('site/index.html', 'hi\n')
    const { config } = loadConfig(
      sandbox.sources(
        {
          source_omi: 'ami-12345678',
          omi_name: 'app',
          access_key: 'AK',
          secret_key: 'SK',
          provision_files: [
            '- site/:/srv/www',
            '- { source: /etc/os-release, destination: out/os-release, direction: download }'
          ].join('\n')
        },
        env
      )
    )
    expect(config.provisionFiles).toEqual([
      { source: `${sandbox.workspace}/site/`, destination: '/srv/www' },
      {
        source: '/etc/os-release',
        destination: `${sandbox.workspace}/out/os-release`,
        direction: 'download'
      }
    ])
    expect(() =>
      loadConfig(
        sandbox.sources(
          {
            source_omi: 'ami-12345678',
            omi_name: 'app',
            access_key: 'AK',
            secret_key: 'SK',
            provision_files:
              '- { source: /etc/shadow, destination: /tmp/shadow, direction: download }'
          },
          env
        )
      )
    ).toThrow(/provision_files: destination "\/tmp\/shadow" of a download is outside the workspace/)
  })
})
