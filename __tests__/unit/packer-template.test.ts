/**
 * Packer JSON templates: the builder chosen (template_source by name when there are several),
 * template_variables as Packer's -var, and the provisioners and post-processors that apply to
 * that builder (only / except name builders), in template order with their places.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { sandboxPerTest } from '../fixtures/config/harness.js'
import { log } from '../../src/log.js'
import { captureLogPerTest } from '../helpers/log-sink.js'

captureLogPerTest()

const { loadConfig, ConfigError } = await import('../../src/config/index.js')
const { readConfigFile } = await import('../../src/config/config-file.js')

const sandbox = sandboxPerTest()

/** Two osc-chroot builders, as a template building two flavours writes them. */
const twoFlavours = {
  variables: {
    app_version: null,
    osc_access_key: '{{env `TEST_JSON_ACCESS_KEY`}}',
    osc_secret_key: '{{env `TEST_JSON_SECRET_KEY`}}',
    api_token: 'default-token'
  },
  'sensitive-variables': ['osc_secret_key', 'api_token'],
  builders: [
    {
      type: 'osc-chroot',
      name: 'debian',
      access_key: '{{user `osc_access_key`}}',
      secret_key: '{{user `osc_secret_key`}}',
      source_omi: 'ami-0000000d',
      omi_name: 'debian-app-{{user `app_version`}}'
    },
    {
      type: 'outscale-chroot',
      name: 'ubuntu',
      access_key: '{{user `osc_access_key`}}',
      secret_key: '{{user `osc_secret_key`}}',
      source_omi: 'ami-0000000a',
      omi_name: 'ubuntu-app-{{user `app_version`}}'
    },
    { type: 'amazon-ebs', name: 'aws', ami_name: 'elsewhere' }
  ],
  provisioners: [
    { type: 'shell', inline: ['echo {{user `app_version`}} everywhere'] },
    { type: 'file', only: ['debian'], source: 'files/debian.conf', destination: '/etc/app.conf' },
    {
      type: 'shell',
      except: ['debian'],
      script: 'scripts/ubuntu.sh',
      environment_vars: ['TOKEN={{user `api_token`}}'],
      execute_command: 'chmod +x {{ .Path }}; {{ .Vars }} {{ .Path }}'
    },
    {
      type: 'shell-local',
      inline: ['echo local'],
      override: { ubuntu: { inline: ['echo ubuntu local'] } }
    }
  ],
  'post-processors': [
    { type: 'manifest', output: 'manifest.json' },
    [{ type: 'shell-local', only: ['ubuntu'], inline: ['echo post'] }, 'checksum']
  ]
}

const env = { TEST_JSON_ACCESS_KEY: 'AKJSON', TEST_JSON_SECRET_KEY: 'SK-JSON' }

function read(variables: Record<string, unknown>, source: string) {
  const findings = { problems: [] as string[], warnings: [] as string[] }
  const file = readConfigFile(
    'packer.json',
    sandbox.workspace,
    env,
    { variables, source },
    findings
  )
  return { ...file, ...findings }
}

function problemsFor(inputs: Record<string, string>): string[] {
  try {
    loadConfig(sandbox.sources(inputs, env))
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('a Packer JSON template with several osc-chroot builders', () => {
  beforeEach(() => {
    sandbox.write('packer.json', JSON.stringify(twoFlavours, null, 2))
  })

  it('needs template_source to choose one, by builder name', () => {
    expect(
      problemsFor({ config_file: 'packer.json', template_variables: 'app_version: "1.0"' })
    ).toEqual([
      'config_file: the template has several osc-chroot / outscale-chroot builders (osc-chroot.debian, outscale-chroot.ubuntu); choose one with the template_source input (its name or type.name)'
    ])
    // A build needs the template's files, and refuses post-processors: this one has neither.
    const { 'post-processors': _unused, ...runnable } = twoFlavours
    sandbox.write('runnable.json', JSON.stringify(runnable))
    sandbox.write('scripts/ubuntu.sh', 'echo ubuntu\n')
    const { config } = loadConfig(
      sandbox.sources(
        {
          config_file: 'runnable.json',
          template_source: 'ubuntu',
          template_variables: '{app_version: "1.0"}'
        },
        env
      )
    )
    expect(config).toMatchObject({ sourceOmi: 'ami-0000000a', omiName: 'ubuntu-app-1.0' })
    expect(problemsFor({ config_file: 'packer.json', template_source: 'aws' })).toEqual([
      'template_source: "aws" is none of the template\'s osc-chroot / outscale-chroot builders (osc-chroot.debian, outscale-chroot.ubuntu)'
    ])
  })

  it('gives the provisioners that apply to the chosen builder, in order, with variables set', () => {
    const debian = read({ app_version: '2.1' }, 'debian')
    expect(debian.problems).toEqual([])
    expect(debian.template?.builder).toEqual({ type: 'osc-chroot', name: 'debian' })
    expect(debian.template?.provisioners).toEqual([
      {
        type: 'shell',
        at: 'packer.json provisioners[0]',
        settings: { inline: ['echo 2.1 everywhere'] }
      },
      {
        type: 'file',
        at: 'packer.json provisioners[1]',
        settings: { source: 'files/debian.conf', destination: '/etc/app.conf' }
      },
      {
        type: 'shell-local',
        at: 'packer.json provisioners[3]',
        settings: { inline: ['echo local'] }
      }
    ])
    expect(debian.template?.postProcessors).toEqual([
      { type: 'manifest', at: 'packer.json post-processors[0]' },
      { type: 'checksum', at: 'packer.json post-processors[1][1]' }
    ])

    const ubuntu = read({ app_version: '2.1' }, 'outscale-chroot.ubuntu')
    expect(ubuntu.template?.provisioners).toEqual([
      {
        type: 'shell',
        at: 'packer.json provisioners[0]',
        settings: { inline: ['echo 2.1 everywhere'] }
      },
      {
        type: 'shell',
        at: 'packer.json provisioners[2]',
        settings: {
          script: 'scripts/ubuntu.sh',
          environment_vars: ['TOKEN=default-token'],
          // Packer's own provisioner variables stay for the provisioner to render.
          execute_command: 'chmod +x {{ .Path }}; {{ .Vars }} {{ .Path }}'
        }
      },
      // The builder's override replaces the provisioner's settings.
      {
        type: 'shell-local',
        at: 'packer.json provisioners[3]',
        settings: { inline: ['echo ubuntu local'] }
      }
    ])
    expect(ubuntu.template?.postProcessors.map((p) => p.at)).toEqual([
      'packer.json post-processors[0]',
      'packer.json post-processors[1][0]',
      'packer.json post-processors[1][1]'
    ])
  })

  it('masks sensitive variables, whatever set them', () => {
    read({ app_version: '1', api_token: 'TOKEN-FROM-INPUT' }, 'debian')
    expect(log.secret).toHaveBeenCalledWith('SK-JSON')
    expect(log.secret).toHaveBeenCalledWith('TOKEN-FROM-INPUT')
  })

  it('refuses template_variables the template does not declare, or that are not single values', () => {
    expect(read({ app_version: '1', verison: '2', api_token: ['a'] }, 'debian').problems).toEqual([
      'template_variables: "verison" is not a variable of the template (variables: app_version, osc_access_key, osc_secret_key, api_token)',
      "template_variables.api_token: a JSON template's variables are single values, not a list or map"
    ])
  })

  it('reports a variable left without a value where it is used', () => {
    expect(read({}, 'debian').problems).toEqual([
      'omi_name: {{user `app_version`}}: variable "app_version" has no default; set it with the template_variables input (from config_file packer.json)',
      'config_file.provisioners[0].inline: {{user `app_version`}}: variable "app_version" has no default; set it with the template_variables input'
    ])
  })
})

describe('the shape of a JSON template', () => {
  it.each([
    [{ builders: [] }, 'builders must be a non-empty list'],
    [{ builders: ['osc-chroot'] }, 'builders[0] must be a map'],
    [
      { builders: [{ type: 'osc-chroot' }], provisioners: [{ inline: [] }] },
      'provisioners[0].type must be a string'
    ],
    [
      { builders: [{ type: 'osc-chroot' }], variables: { a: ['x'] } },
      'variables.a must be a single value (a string, a number, true/false or null)'
    ],
    [
      { builders: [{ type: 'osc-chroot' }], 'post-processors': [[{ only: [] }]] },
      'post-processors[0][0] must be a type name or a map with a type'
    ]
  ])('%j: %s', (template, expected) => {
    sandbox.write('packer.json', JSON.stringify(template))
    expect(problemsFor({ config_file: 'packer.json' })).toEqual([
      `config_file: not a Packer template this action can read: ${expected}`
    ])
  })
})
