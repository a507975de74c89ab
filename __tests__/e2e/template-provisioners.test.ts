/**
 * End to end: Packer JSON templates as config_file, written the way Packer's documentation and
 * real repositories write them, built by the bundled action against the simulator on real loop
 * devices; the snapshot is then read for what each provisioner did (shell inline with
 * environment_vars and a script, file uploads of a file and of directories, shell-local on the
 * runner, ansible through the chroot connection), and the workspace for what was downloaded.
 * A template the action cannot honour fails before any API call.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { ActionJob, readFromDiskImage, type StepResult } from '../helpers/action.js'
import { expectNothingLeft } from '../helpers/leftovers.js'

function hasAnsibleChroot(): boolean {
  try {
    execFileSync('ansible-doc', ['-t', 'connection', 'chroot'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const ansible = hasAnsibleChroot()
if (!ansible) {
  console.warn(
    'e2e template-provisioners: the ansible case is skipped: ansible-playbook with the chroot ' +
      'connection (Debian package ansible) is not installed'
  )
}

describe('a Packer JSON template with provisioners, end to end', () => {
  let sim: Simulator
  let base: { imageId: string }
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    base = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Debian-12-tpl' })
  })
  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })
  afterAll(async () => {
    await sim?.stop()
  })

  /** A job whose workspace holds `files`, then main and post as a runner runs them. */
  async function build(
    files: Record<string, string>,
    inputs: Record<string, string> = {},
    env: Record<string, string> = {}
  ): Promise<StepResult & { job: ActionJob }> {
    const job = new ActionJob(sim, { config_file: 'packer.json', ...inputs }, env)
    jobs.push(job)
    for (const [path, content] of Object.entries(files)) {
      const file = join(job.workspace, path)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, content)
      if (file.endsWith('.sh')) chmodSync(file, 0o755)
    }
    const main = await job.main()
    await job.post()
    return { ...main, job }
  }

  function expectSucceeded(result: StepResult): void {
    if (result.exitCode !== 0) throw new Error(`the action failed:\n${result.log}`)
  }

  it('runs shell, file (file, directory, download) and shell-local provisioners in template order', async () => {
    const template = {
      variables: { app_version: '1.2.3', greeting: '{{env `TPL_GREETING`}}' },
      builders: [
        {
          type: 'osc-chroot',
          name: 'app',
          source_omi: base.imageId,
          omi_name: 'tpl-{{timestamp}}',
          root_volume_size: 2
        }
      ],
      provisioners: [
        {
          type: 'shell',
          inline: [
            'mkdir -p /opt/app',
            'echo "$APP_VERSION $GREETING $PACKER_BUILD_NAME" > /opt/app/version',
            'echo "$API_TOKEN" > /opt/app/token'
          ],
          environment_vars: [
            'APP_VERSION={{user `app_version`}}',
            'GREETING={{user `greeting`}}',
            'API_TOKEN=tok-e2e-only-in-the-environment'
          ]
        },
        { type: 'file', source: 'files/app.conf', destination: '/etc/app.conf' },
        { type: 'file', source: 'files/site/', destination: '/srv/www' },
        { type: 'file', source: 'files/site', destination: '/srv/copy/' },
        {
          type: 'shell',
          script: 'scripts/packages.sh',
          execute_command: "chmod +x {{ .Path }}; {{ .Vars }} sudo -E sh '{{ .Path }}'"
        },
        {
          type: 'shell',
          scripts: ['scripts/kept.sh'],
          remote_folder: '/var/tmp',
          remote_file: 'kept.sh',
          skip_clean: true
        },
        {
          type: 'file',
          direction: 'download',
          source: '/opt/app/version',
          destination: 'downloaded/version'
        },
        { type: 'file', direction: 'download', source: '/srv/www/', destination: 'downloaded/www' },
        {
          type: 'shell-local',
          inline: ['echo "$LOCAL_MARK $(cat downloaded/version)" > local-ran'],
          environment_vars: ['LOCAL_MARK=from-runner']
        },
        { type: 'shell', inline: ['echo never'], only: ['another-builder'] }
      ]
    }
    const result = await build(
      {
        'packer.json': JSON.stringify(template, null, 2),
        'files/app.conf': 'listen = 8080\n',
        'files/site/index.html': '<h1>hello</h1>\n',
        'files/site/bin/run.sh': '#!/bin/sh\necho run\n',
        'files/site/assets/css/site.css': 'body {}\n',
        'scripts/packages.sh':
          '#!/bin/sh\nset -e\n' +
          '# what a package script would check: the uploads are there before it runs\n' +
          'test -f /etc/app.conf\n' +
          'stat -c "%a %u" /srv/www/bin/run.sh /srv/www/index.html /srv/copy/site/bin/run.sh > /opt/app/modes\n' +
          'echo "packages installed by $PACKER_BUILDER_TYPE" > /opt/app/packages\n',
        // Saved on Windows: Packer (binary: false) runs it with Unix line endings.
        'scripts/kept.sh': 'echo kept > /opt/app/kept\r\n'
      },
      {},
      { TPL_GREETING: 'bonjour' }
    )
    expectSucceeded(result)
    expect(result.log).toContain('::group::provisioner 1/9: shell (packer.json provisioners[0])')
    expect(result.log).toContain(
      '::group::provisioner 9/9: shell-local (packer.json provisioners[8])'
    )

    const files = readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), [
      '/opt/app/version',
      '/etc/app.conf',
      '/srv/www/index.html',
      '/srv/www/assets/css/site.css',
      '/srv/copy/site/index.html',
      '/srv/www/site',
      '/opt/app/modes',
      '/opt/app/packages',
      '/opt/app/kept',
      '/var/tmp/kept.sh'
    ])
    expect(files['/opt/app/version'].content).toBe('1.2.3 bonjour app\n')
    expect(files['/etc/app.conf'].content).toBe('listen = 8080\n')
    expect(files['/srv/www/index.html'].content).toBe('<h1>hello</h1>\n')
    expect(files['/srv/www/assets/css/site.css'].content).toBe('body {}\n')
    expect(files['/srv/copy/site/index.html'].content).toBe('<h1>hello</h1>\n')
    expect(files['/srv/www/site']).toEqual({ missing: true })
    expect(files['/opt/app/packages'].content).toBe('packages installed by osc-chroot\n')
    expect(files['/opt/app/kept'].content).toBe('kept\n')
    expect(files['/var/tmp/kept.sh'].content).toBe('echo kept > /opt/app/kept\n')
    // The host files' modes, owned by root.
    const modes = files['/opt/app/modes'].content?.trim().split('\n')
    expect(modes).toEqual(['755 0', '644 0', '755 0'])

    const workspace = result.job.workspace
    expect(readFileSync(join(workspace, 'downloaded/version'), 'utf8')).toBe('1.2.3 bonjour app\n')
    expect(readFileSync(join(workspace, 'downloaded/www/assets/css/site.css'), 'utf8')).toBe(
      'body {}\n'
    )
    expect(statSync(join(workspace, 'downloaded/www/index.html')).mode & 0o7777).toBe(0o644)
    expect(readFileSync(join(workspace, 'local-ran'), 'utf8')).toBe(
      'from-runner 1.2.3 bonjour app\n'
    )
    expect(result.log).not.toContain('echo never')
    // Variables reach the script through its environment, never an argv the log shows.
    expect(
      readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), ['/opt/app/token'])
    ).toEqual({
      '/opt/app/token': { content: 'tok-e2e-only-in-the-environment\n' }
    })
    expect(result.log).not.toContain('tok-e2e-only-in-the-environment')
    expectNothingLeft(sim)
  })

  it("runs an HCL2 template's provisioners, its variables from a default, template_variables and PKR_VAR_*", async () => {
    const template = `
variable "app_version" {
  type = string
}

variable "greeting" {
  type    = string
  default = "hello"
}

variable "site_dir" {
  type    = string
  default = "files/site"
}

locals {
  version_line = "\${var.app_version} \${var.greeting}"
}

source "outscale-chroot" "app" {
  source_omi       = "${base.imageId}"
  omi_name         = "hcl-tpl-{{timestamp}}"
  root_volume_size = 2
}

build {
  sources = ["source.outscale-chroot.app"]

  provisioner "shell" {
    environment_vars = ["VERSION_LINE=\${local.version_line}", "SOURCE=\${source.name}"]
    inline           = ["mkdir -p /opt/app", "echo $VERSION_LINE $SOURCE > /opt/app/version"]
  }

  provisioner "file" {
    source      = "\${var.site_dir}/"
    destination = "/srv/www"
  }

  provisioner "file" {
    direction   = "download"
    source      = "/opt/app/version"
    destination = "downloaded/version"
  }

  provisioner "shell-local" {
    inline = ["cp downloaded/version local-copy"]
  }
}
`
    const result = await build(
      {
        'build.pkr.hcl': template,
        'files/site/index.html': '<h1>hcl</h1>\n',
        'files/site/assets/site.css': 'p {}\n'
      },
      { config_file: 'build.pkr.hcl', template_variables: 'app_version: "2.0"' },
      { PKR_VAR_greeting: 'salut' }
    )
    expectSucceeded(result)
    expect(result.log).toContain('::group::provisioner 1/4: shell (build.pkr.hcl:')
    expect(result.log).toContain('::group::provisioner 4/4: shell-local (build.pkr.hcl:')

    const files = readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), [
      '/opt/app/version',
      '/srv/www/index.html',
      '/srv/www/assets/site.css'
    ])
    // app_version from template_variables, greeting from PKR_VAR_greeting over its default.
    expect(files['/opt/app/version'].content).toBe('2.0 salut app\n')
    expect(files['/srv/www/index.html'].content).toBe('<h1>hcl</h1>\n')
    expect(files['/srv/www/assets/site.css'].content).toBe('p {}\n')
    const workspace = result.job.workspace
    expect(readFileSync(join(workspace, 'downloaded/version'), 'utf8')).toBe('2.0 salut app\n')
    expect(readFileSync(join(workspace, 'local-copy'), 'utf8')).toBe('2.0 salut app\n')
    expectNothingLeft(sim)
  })

  const describeAnsible = ansible ? describe : describe.skip
  describeAnsible('with ansible-playbook and its chroot connection on the runner', () => {
    it('runs an ansible playbook through the chroot connection, in its groups', async () => {
      const template = {
        builders: [
          {
            type: 'osc-chroot',
            source_omi: base.imageId,
            omi_name: 'tpl-ansible-{{timestamp}}'
          }
        ],
        provisioners: [
          {
            type: 'ansible',
            playbook_file: './ansible/site.yml',
            groups: ['webservers'],
            user: 'debian',
            extra_arguments: ['--extra-vars', 'motd_text=configured-by-ansible'],
            ansible_env_vars: ['ANSIBLE_NOCOLOR=1', 'ANSIBLE_HOST_KEY_CHECKING=False']
          }
        ]
      }
      const playbook = [
        '---',
        '- hosts: webservers',
        '  gather_facts: false',
        '  tasks:',
        '    - name: the image has no Python; raw runs through the chroot connection',
        '      raw: echo "{{ motd_text }} {{ packer_builder_type }} $(cat /etc/osc-sim-seed)" > /etc/motd',
        ''
      ].join('\n')
      const result = await build({
        'packer.json': JSON.stringify(template, null, 2),
        'ansible/site.yml': playbook
      })
      expectSucceeded(result)
      expect(result.log).toMatch(
        /::warning::.*ansible provisioner \(packer\.json provisioners\[0\]\)\.user: ignored/
      )
      expect(result.log).toContain(
        '::group::provisioner 1/1: ansible (packer.json provisioners[0])'
      )
      const files = readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), ['/etc/motd'])
      expect(files['/etc/motd'].content).toBe('configured-by-ansible osc-chroot ext4-partitioned\n')
      expectNothingLeft(sim)
    })
  })

  it('provision_files copies a directory into the image and downloads one into the workspace', async () => {
    const result = await build(
      {
        'files/site/index.html': '<h1>inputs</h1>\n',
        'files/site/bin/run.sh': '#!/bin/sh\necho run\n'
      },
      {
        config_file: '',
        source_omi: base.imageId,
        omi_name: 'files-{{timestamp}}',
        provision_files: [
          '- files/site/:/srv/www',
          '- { source: /var/log/app/, destination: logs, direction: download }'
        ].join('\n'),
        provision: [
          'stat -c "%a" /srv/www/bin/run.sh > /srv/www-mode',
          'mkdir -p /var/log/app/sub',
          'echo built > /var/log/app/build.log',
          'echo nested > /var/log/app/sub/nested.log'
        ].join('\n')
      }
    )
    expectSucceeded(result)
    const files = readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), [
      '/srv/www/index.html',
      '/srv/www-mode'
    ])
    expect(files['/srv/www/index.html'].content).toBe('<h1>inputs</h1>\n')
    expect(files['/srv/www-mode'].content).toBe('755\n')
    const logs = join(result.job.workspace, 'logs')
    expect(readFileSync(join(logs, 'build.log'), 'utf8')).toBe('built\n')
    expect(readFileSync(join(logs, 'sub', 'nested.log'), 'utf8')).toBe('nested\n')
    expectNothingLeft(sim)
  })

  it('template_provisioners: run runs provision_files uploads, then the template, then provision', async () => {
    const template = {
      builders: [{ type: 'osc-chroot', source_omi: base.imageId, omi_name: 'both-{{timestamp}}' }],
      provisioners: [
        { type: 'shell', inline: ['cat /etc/placed >> /etc/order', 'echo template >> /etc/order'] }
      ]
    }
    const result = await build(
      { 'packer.json': JSON.stringify(template), 'placed.txt': 'placed\n' },
      {
        template_provisioners: 'run',
        provision_files: 'placed.txt:/etc/placed',
        provision: 'echo inline >> /etc/order'
      }
    )
    expectSucceeded(result)
    const files = readFromDiskImage(sim.imageFile(result.outputs.snapshot_id), ['/etc/order'])
    expect(files['/etc/order'].content).toBe('placed\ntemplate\ninline\n')
    expectNothingLeft(sim)
  })

  it('refuses a template it cannot honour before any API call', async () => {
    const template = {
      builders: [{ type: 'osc-chroot', source_omi: base.imageId, omi_name: 'never-{{timestamp}}' }],
      provisioners: [
        { type: 'shell', inline: ['true'] },
        { type: 'puppet-masterless', manifest_file: 'site.pp' }
      ],
      'post-processors': [{ type: 'manifest', output: 'manifest.json' }]
    }
    const callsBefore = sim.calls().length
    const result = await build(
      { 'packer.json': JSON.stringify(template) },
      { provision: 'echo inline' }
    )
    expect(result.exitCode).not.toBe(0)
    expect(result.log).toContain('puppet-masterless provisioner (packer.json provisioners[1])')
    expect(result.log).toContain('manifest post-processor (packer.json post-processors[0])')
    expect(result.log).toContain(
      'template_provisioners: the template (config_file) has provisioners'
    )
    expect(sim.calls().length).toBe(callsBefore)
    expect(existsSync(join(result.job.workspace, 'manifest.json'))).toBe(false)
  })
})
