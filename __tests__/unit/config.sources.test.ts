/**
 * Where values come from: inputs > config_file > OSC_* environment and ~/.osc/config.json profile
 * > defaults; config files (YAML, JSON, Packer templates); and the masking of the secret key.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { log } from '../../src/log.js'
import { captureLog } from '../helpers/log-sink.js'
import { minimalInputs, sandboxPerTest } from '../fixtures/config/harness.js'

// What the configuration logs goes to the tests' sink; log.secret's calls stay visible.
captureLog()
const { loadConfig, ConfigError, describeConfig } = await import('../../src/config/index.js')

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/config/${name}`, import.meta.url))

const sandbox = sandboxPerTest()

function problemsFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    loadConfig(sandbox.sources(inputs, env))
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

function writeProfiles(
  profiles: Record<string, unknown>,
  path = `${sandbox.homeDir}/.osc/config.json`
): void {
  sandbox.write(path, JSON.stringify(profiles))
}

describe('precedence', () => {
  it('takes an input over config_file, config_file over the default', () => {
    sandbox.write('build.yml', 'mount_partition: 2\n')
    const withFile = { ...minimalInputs, config_file: 'build.yml' }
    expect(
      loadConfig(sandbox.sources({ ...withFile, mount_partition: '3' })).config.mountPartition
    ).toBe('3')
    expect(loadConfig(sandbox.sources(withFile)).config.mountPartition).toBe('2')
    expect(loadConfig(sandbox.sources(minimalInputs)).config.mountPartition).toBe('1')
  })

  it('treats an empty input as not set, so it does not hide config_file', () => {
    sandbox.write('build.yml', 'dry_run: true\ncopy_files: []\n')
    const inputs = { ...minimalInputs, config_file: 'build.yml', dry_run: '', copy_files: '' }
    const { config } = loadConfig(sandbox.sources(inputs))
    expect(config.dryRun).toBe(true)
    expect(config.copyFiles).toEqual([])
  })

  it('goes input > config_file > OSC_REGION > default profile > empty for the region', () => {
    writeProfiles({ default: { region: 'cloudgouv-eu-west-1' } })
    sandbox.write('build.yml', 'region: us-west-1\n')
    const env = { OSC_REGION: 'us-east-2' }
    const regionOf = (inputs: Record<string, string>, environment: NodeJS.ProcessEnv): string =>
      loadConfig(sandbox.sources({ ...minimalInputs, ...inputs }, environment)).config.region

    expect(regionOf({ region: 'eu-west-2', config_file: 'build.yml' }, env)).toBe('eu-west-2')
    expect(regionOf({ config_file: 'build.yml' }, env)).toBe('us-west-1')
    expect(regionOf({}, env)).toBe('us-east-2')
    expect(regionOf({}, {})).toBe('cloudgouv-eu-west-1')
    sandbox.write(`${sandbox.homeDir}/.osc/config.json`, '{}')
    expect(regionOf({}, {})).toBe('')
  })

  it('takes both keys from the highest source that sets either, never mixing sources', () => {
    writeProfiles({ default: { access_key: 'AKPROFILE', secret_key: 'SKPROFILE' } })
    sandbox.write('build.yml', 'access_key: AKFILE\nsecret_key: SKFILE\n')
    const env = { OSC_ACCESS_KEY: 'AKENV', OSC_SECRET_KEY: 'SKENV' }
    const base = { source_omi: 'ami-12345678', omi_name: 'test-omi' }
    const credentialsOf = (
      inputs: Record<string, string>,
      environment: NodeJS.ProcessEnv
    ): unknown =>
      loadConfig(sandbox.sources({ ...base, ...inputs }, environment)).config.credentials

    expect(
      credentialsOf({ access_key: 'AKIN', secret_key: 'SKIN', config_file: 'build.yml' }, env)
    ).toEqual({
      accessKey: 'AKIN',
      secretKey: 'SKIN'
    })
    expect(credentialsOf({ config_file: 'build.yml' }, env)).toEqual({
      accessKey: 'AKFILE',
      secretKey: 'SKFILE'
    })
    expect(credentialsOf({}, env)).toEqual({ accessKey: 'AKENV', secretKey: 'SKENV' })
    expect(credentialsOf({}, {})).toEqual({ accessKey: 'AKPROFILE', secretKey: 'SKPROFILE' })
  })

  it('reports a half-set pair in the source that set it, even when a lower source has both', () => {
    const env = { OSC_ACCESS_KEY: 'AKENV', OSC_SECRET_KEY: 'SKENV' }
    sandbox.write('build.yml', 'secret_key: SKFILE\n')
    const problems = problemsFor(
      { source_omi: 'ami-12345678', omi_name: 'test-omi', config_file: 'build.yml' },
      env
    )
    expect(problems).toEqual([
      'access_key: not set, while secret_key is set in config_file build.yml; set both there, or neither'
    ])
    expect(
      problemsFor({ source_omi: 'ami-12345678', omi_name: 'test-omi' }, { OSC_ACCESS_KEY: 'AK' })
    ).toEqual([
      'secret_key: not set, while access_key is set in OSC_ACCESS_KEY; set both there, or neither'
    ])
  })
})

describe('the ~/.osc/config.json profile', () => {
  const base = { source_omi: 'ami-12345678', omi_name: 'test-omi' }
  const profiles = {
    default: { access_key: 'AKDEF', secret_key: 'SKDEF', region: 'eu-west-2' },
    ci: {
      access_key: 'AKCI',
      secret_key: 'SKCI',
      region: 'us-east-2',
      endpoints: { api: 'api.us-east-2.outscale.com/api/v1' }
    }
  }

  it('wins over the OSC_* variables when named by OSC_PROFILE', () => {
    writeProfiles(profiles)
    const env = {
      OSC_PROFILE: 'ci',
      OSC_REGION: 'eu-west-2',
      OSC_ACCESS_KEY: 'AKENV',
      OSC_SECRET_KEY: 'SKENV'
    }
    const { config } = loadConfig(sandbox.sources(base, env))
    expect(config.profile).toBe('ci')
    expect(config.region).toBe('us-east-2')
    expect(config.customEndpointOapi).toBe('api.us-east-2.outscale.com/api/v1')
    expect(config.credentials).toEqual({ accessKey: 'AKCI', secretKey: 'SKCI' })
  })

  it('wins over the OSC_* variables when named by the profile input, and over OSC_PROFILE', () => {
    writeProfiles(profiles)
    const env = { OSC_PROFILE: 'default', OSC_ENDPOINT_API: 'https://elsewhere.test' }
    const { config } = loadConfig(sandbox.sources({ ...base, profile: 'ci' }, env))
    expect(config.region).toBe('us-east-2')
    expect(config.customEndpointOapi).toBe('api.us-east-2.outscale.com/api/v1')
  })

  it('is read from $OSC_CONFIG_FILE when set', () => {
    const path = `${sandbox.workspace}/osc.json`
    writeProfiles({ default: { access_key: 'AKOTHER', secret_key: 'SKOTHER' } }, path)
    const { config } = loadConfig(sandbox.sources(base, { OSC_CONFIG_FILE: path }))
    expect(config.credentials.accessKey).toBe('AKOTHER')
  })

  it('must exist when named', () => {
    writeProfiles(profiles)
    expect(problemsFor({ ...minimalInputs, profile: 'prod' })).toEqual([
      `profile: no profile "prod" in ${sandbox.homeDir}/.osc/config.json (profiles there: default, ci)`
    ])
  })

  it('needs the file when named', () => {
    expect(problemsFor(minimalInputs, { OSC_PROFILE: 'ci' })).toEqual([
      `profile: "ci" is set but ${sandbox.homeDir}/.osc/config.json does not exist (from OSC_PROFILE)`
    ])
  })

  it('must be well-formed when named, and is only a warning when it is the implicit default', () => {
    writeProfiles({ default: { region: 7 }, ci: { access_key: ['x'] } })
    expect(problemsFor({ ...minimalInputs, profile: 'ci' })).toEqual([
      `profile: profile "ci" in ${sandbox.homeDir}/.osc/config.json: access_key must be a string`
    ])
    expect(loadConfig(sandbox.sources(minimalInputs)).warnings).toEqual([
      `profile: profile "default" in ${sandbox.homeDir}/.osc/config.json: region must be a string; the file is ignored`
    ])
  })
})

describe('config_file', () => {
  it('reads the same keys as the inputs, in YAML', () => {
    const inputs = { access_key: 'AK', secret_key: 'SK', config_file: fixture('build.yml') }
    const { config, warnings } = loadConfig(sandbox.sources(inputs))
    expect(warnings).toEqual([])
    expect(config).toMatchObject({
      sourceOmiFilter: {
        filters: { ImageNames: ['Debian-12-*'] },
        owners: ['Outscale'],
        mostRecent: true
      },
      omiName: expect.stringMatching(/^app-\d{4}-\d\d-\d\d$/) as unknown as string,
      omiAccountIds: ['012345678901'],
      mountPartition: '2',
      region: 'eu-west-2',
      copyFiles: [],
      timeouts: { snapshot: 3 * 3600, volume: 600 },
      tags: { Name: 'app', Version: '1.10' }
    })
  })

  it('reads JSON too', () => {
    sandbox.write(
      'build.json',
      JSON.stringify({ source_omi: 'ami-0000abcd', root_volume_size: 12, dry_run: true })
    )
    const { config } = loadConfig(
      sandbox.sources({ ...minimalInputs, source_omi: '', config_file: 'build.json' })
    )
    expect(config).toMatchObject({ sourceOmi: 'ami-0000abcd', rootVolumeSize: 12, dryRun: true })
  })

  it('reports a file that cannot be read or parsed', () => {
    expect(problemsFor({ ...minimalInputs, config_file: 'missing.yml' })).toEqual([
      `config_file: cannot read "missing.yml" (in ${sandbox.workspace}): ENOENT`
    ])
    sandbox.write('bad.yml', 'omi_name: [unclosed\n')
    expect(problemsFor({ ...minimalInputs, config_file: 'bad.yml' })).toEqual([
      expect.stringMatching(/^config_file: is not valid YAML or JSON: /)
    ])
    sandbox.write('list.yml', '- omi_name\n')
    expect(problemsFor({ ...minimalInputs, config_file: 'list.yml' })).toEqual([
      'config_file: "list.yml" must hold a map of option names to values, e.g. omi_name: app'
    ])
  })

  it('cannot name another config file', () => {
    sandbox.write('build.yml', 'config_file: other.yml\n')
    expect(problemsFor({ ...minimalInputs, config_file: 'build.yml' })).toEqual([
      'config_file: can only be given as an input, not inside a config file (from config_file build.yml)'
    ])
  })

  it('names itself in problems with its values', () => {
    sandbox.write('build.yml', 'root_volume_type: gp3\n')
    expect(problemsFor({ ...minimalInputs, config_file: 'build.yml' })).toEqual([
      'root_volume_type: "gp3" is not allowed; use standard, gp2 or io1 (from config_file build.yml)'
    ])
  })
})

describe('a Packer JSON template as config_file', () => {
  const env = {
    TEST_PACKER_REGION: 'eu-west-2',
    TEST_PACKER_SECRET: 'SK-FROM-PACKER-VARIABLE',
    TEST_PACKER_BUILDER: 'ci-bot'
  }

  it("takes its osc-chroot builder's options, with {{user}}, {{env}} and the Amazon spellings", () => {
    const { config, warnings } = loadConfig(
      sandbox.sources({ config_file: fixture('packer-osc-chroot.json') }, env)
    )
    expect(config).toMatchObject({
      credentials: { accessKey: 'AKPACKER', secretKey: 'SK-FROM-PACKER-VARIABLE' },
      region: 'eu-west-2',
      fromScratch: true,
      omiName: expect.stringMatching(/^packer-\d{10}$/) as unknown as string,
      omiVirtualizationType: 'hvm',
      preMountCommands: [
        'parted {{.Device}} mklabel msdos mkpart primary 1M 100% set 1 boot on print',
        'mkfs.ext4 {{.Device}}1'
      ],
      rootVolumeSize: 15,
      rootDeviceName: '/dev/sda1',
      omiBlockDeviceMappings: [
        { deviceName: '/dev/sda1', deleteOnVmDeletion: true, volumeType: 'gp2', volumeSize: 15 }
      ],
      tags: { 'Built-By': 'ci-bot', Region: '{{ .BuildRegion }}' },
      copyFiles: []
    })
    const origin = ` (from config_file ${fixture('packer-osc-chroot.json')})`
    // Its provisioner runs now (provisioners.ts), instead of being dropped with a warning.
    expect(config.templateProvisioners).toMatchObject([
      { type: 'shell', at: `${fixture('packer-osc-chroot.json')} provisioners[0]` }
    ])
    expect(warnings).toEqual([
      `ami_name: an Amazon spelling; use omi_name${origin}`,
      `ami_virtualization_type: an Amazon spelling; use omi_virtualization_type${origin}`,
      `ami_block_device_mappings: an Amazon spelling; use omi_block_device_mappings${origin}`,
      `omi_block_device_mappings[0]: delete_on_termination true is an Amazon spelling; use delete_on_vm_deletion${origin}`,
      `token: ignored (Packer's builder ignores it too)${origin}`
    ])
  })

  it('masks its sensitive variables and the secret key', () => {
    loadConfig(sandbox.sources({ config_file: fixture('packer-osc-chroot.json') }, env))
    expect(log.secret).toHaveBeenCalledWith('SK-FROM-PACKER-VARIABLE')
  })

  it('reports an unknown {{user}} variable, a variable without default, and no osc-chroot builder', () => {
    const template = {
      variables: { required: null, known: 'x' },
      builders: [
        {
          type: 'outscale-chroot',
          source_omi: 'ami-12345678',
          omi_name: '{{user `nope`}}-app',
          omi_description: '{{user "required"}}',
          access_key: 'AK',
          secret_key: 'SK'
        }
      ]
    }
    sandbox.write('t.json', JSON.stringify(template))
    expect(problemsFor({ config_file: 't.json' })).toEqual([
      'omi_name: {{user `nope`}}: the template has no variable "nope" (variables: required, known) (from config_file t.json)',
      'omi_description: {{user "required"}}: variable "required" has no default; set it with the template_variables input (from config_file t.json)'
    ])
    sandbox.write('other.json', JSON.stringify({ builders: [{ type: 'amazon-ebs' }] }))
    expect(problemsFor({ ...minimalInputs, config_file: 'other.json' })).toEqual([
      'config_file: the Packer template has no builder of type osc-chroot or outscale-chroot (builders found: amazon-ebs)'
    ])
    sandbox.write('broken.json', JSON.stringify({ builders: [{ name: 'no type' }] }))
    expect(problemsFor({ ...minimalInputs, config_file: 'broken.json' })).toEqual([
      'config_file: not a Packer template this action can read: builders[0].type must be a string'
    ])
  })
})

describe('the secret key', () => {
  it('is masked the moment it is read, from any source', () => {
    writeProfiles({ default: { access_key: 'AKP', secret_key: 'SK-PROFILE' } })
    sandbox.write('build.yml', 'access_key: AKF\nsecret_key: SK-FILE\n')
    loadConfig(
      sandbox.sources(
        { ...minimalInputs, secret_key: 'SK-INPUT', config_file: 'build.yml' },
        { OSC_ACCESS_KEY: 'AKE', OSC_SECRET_KEY: 'SK-ENV' }
      )
    )
    for (const secret of ['SK-INPUT', 'SK-FILE', 'SK-ENV', 'SK-PROFILE']) {
      expect(log.secret).toHaveBeenCalledWith(secret)
    }
  })

  it('is masked even when the configuration is rejected, and never appears in a problem', () => {
    const problems = problemsFor({ ...minimalInputs, secret_key: 'SK-REJECTED', omi_name: 'x' })
    expect(log.secret).toHaveBeenCalledWith('SK-REJECTED')
    expect(problems.join('\n')).not.toContain('SK-REJECTED')
  })

  it('is never shown by describeConfig, nor are provision_env values', () => {
    const { config } = loadConfig(
      sandbox.sources({
        ...minimalInputs,
        access_key: 'AK-DESCRIBED-WXYZ',
        secret_key: 'SK-DESCRIBED',
        provision_env: 'TOKEN=tok-123',
        tags: 'camelCase: kept',
        omi_block_device_mappings: '- {device_name: /dev/sda1, volume_size: 3}'
      })
    )
    const described = describeConfig(config)
    expect(described).not.toContain('SK-DESCRIBED')
    expect(described).not.toContain('AK-DESCRIBED')
    expect(described).toContain('access_key: (set, ends with WXYZ)')
    expect(described).not.toContain('tok-123')
    expect(described).toContain('secret_key: (set)')
    expect(described).toContain('provision_env:\n  - TOKEN=(set)')
    expect(described).toContain('tags:\n  camelCase: kept')
    expect(described).toContain('omi_block_device_mappings:\n  - device_name: /dev/sda1')
  })
})
