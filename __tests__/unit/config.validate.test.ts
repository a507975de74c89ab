/**
 * Every validation rule, with one failing case each: the problem must name the key and show the
 * bad value. Then warnings, and a configuration with many mistakes reported all at once.
 */
import { describe, expect, it } from '@jest/globals'
import { captureLog } from '../helpers/log-sink.js'
import { minimalInputs, sandboxPerTest } from '../fixtures/config/harness.js'

// What the configuration logs goes to the tests' sink, not the output.
captureLog()
const { loadConfig, ConfigError } = await import('../../src/config/index.js')

const sandbox = sandboxPerTest()

/** The problems loadConfig reports for these inputs (on top of the minimal valid ones). */
function problemsFor(inputs: Record<string, string>): string[] {
  try {
    loadConfig(sandbox.sources({ ...minimalInputs, ...inputs }))
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

function warningsFor(inputs: Record<string, string>): string[] {
  return loadConfig(sandbox.sources({ ...minimalInputs, ...inputs })).warnings
}

const scratch = {
  source_omi: '',
  from_scratch: 'true',
  root_volume_size: '10',
  pre_mount_commands: 'mkfs.ext4 {{.Device}}',
  root_device_name: '/dev/sda1',
  omi_block_device_mappings: '- {device_name: /dev/sda1, volume_size: 10}'
}

/** [rule, inputs, the one problem expected (it names the key and the value)] */
const rules: [string, Record<string, string>, RegExp][] = [
  // Packer's mode rules (§1.5)
  [
    'from_scratch needs root_volume_size',
    { ...scratch, root_volume_size: '' },
    /^root_volume_size: required with from_scratch/
  ],
  [
    'from_scratch needs pre_mount_commands',
    { ...scratch, pre_mount_commands: '' },
    /^pre_mount_commands: required with from_scratch/
  ],
  [
    'from_scratch needs root_device_name',
    { ...scratch, root_device_name: '' },
    /^root_device_name: required with from_scratch/
  ],
  [
    'from_scratch needs omi_block_device_mappings',
    { ...scratch, omi_block_device_mappings: '' },
    /^omi_block_device_mappings: required with from_scratch/
  ],
  [
    "from_scratch's root_device_name is one of the mappings' device names",
    { ...scratch, root_device_name: '/dev/xvda' },
    /^root_device_name: "\/dev\/xvda" is not the device_name of any omi_block_device_mappings entry \("\/dev\/sda1"\)/
  ],
  [
    'a source is needed without from_scratch',
    { source_omi: '' },
    /^source_omi: required: set source_omi .*source_omi_filter.*from_scratch/
  ],
  [
    'owners are needed when the source is chosen by filters alone',
    { source_omi: '', source_omi_filter: 'filters: {image-name: "Debian-*"}' },
    /^source_omi_filter\.owners: required when the source OMI is chosen by filters alone/
  ],
  [
    'chroot_mounts entries have exactly three elements',
    { chroot_mounts: '- [proc, /proc]' },
    /^chroot_mounts\[0\]: \["proc","\/proc"\] must have exactly three elements/
  ],
  [
    'chroot_mounts targets are absolute',
    { chroot_mounts: '- [proc, proc, proc]' },
    /^chroot_mounts\[0\]: target "proc" must be an absolute path/
  ],
  // Credentials
  [
    'access_key without secret_key',
    { secret_key: '' },
    /^secret_key: not set, while access_key is set in the action inputs; set both there, or neither/
  ],
  [
    'no credentials at all',
    { access_key: '', secret_key: '' },
    /^access_key, secret_key: no credentials found/
  ],
  // OMI name
  ['omi_name is required', { omi_name: '' }, /^omi_name: required/],
  [
    'omi_name has at least 3 characters',
    { omi_name: 'ab' },
    /^omi_name: "ab" is 2 characters long; OMI names have 3 to 128/
  ],
  [
    'omi_name has at most 128 characters after rendering',
    { omi_name: `${'a'.repeat(120)}-{{timestamp}}` },
    /^omi_name: "a{77}\.\.\." \(from "a{77}\.\.\."\) is 131 characters long; OMI names have 3 to 128/
  ],
  [
    'omi_name uses the OAPI characters only, after rendering',
    { omi_name: 'app-{{isotime}}' },
    /^omi_name: "app-\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ" \(from "app-\{\{isotime\}\}"\) contains ":"; .*clean_resource_name/
  ],
  [
    'omi_name has no run-time variables',
    { omi_name: 'app-{{.SourceOMIName}}' },
    /^omi_name: unknown template variable "SourceOMIName" in "app-\{\{\.SourceOMIName\}\}"\. Variables available in omi_name: none/
  ],
  // Root volume
  [
    'root_volume_type is standard, gp2 or io1',
    { root_volume_type: 'gp3' },
    /^root_volume_type: "gp3" is not allowed; use standard, gp2 or io1/
  ],
  [
    'io1 needs root_volume_iops',
    { root_volume_type: 'io1' },
    /^root_volume_iops: required when root_volume_type is io1; give 100 to 13000 IOPS/
  ],
  [
    'io1 IOPS are at least 100',
    { root_volume_type: 'io1', root_volume_iops: '50' },
    /^root_volume_iops: 50 is out of range; io1 volumes take 100 to 13000 IOPS/
  ],
  [
    'io1 IOPS are at most 13000',
    { root_volume_type: 'io1', root_volume_iops: '14000' },
    /^root_volume_iops: 14000 is out of range/
  ],
  [
    'io1 IOPS are at most 300 per GiB',
    { root_volume_type: 'io1', root_volume_size: '10', root_volume_iops: '4000' },
    /^root_volume_iops: 4000 is more than 300 IOPS per GiB of root_volume_size 10; use at most 3000/
  ],
  [
    'root_volume_iops only with io1',
    { root_volume_type: 'gp2', root_volume_iops: '500' },
    /^root_volume_iops: 500 is set but root_volume_type is gp2; only io1 volumes take IOPS/
  ],
  [
    'volume sizes are at most 14901 GiB',
    { root_volume_size: '20000' },
    /^root_volume_size: "20000" is out of range; expected a whole number from 0 to 14901/
  ],
  [
    'sizes are whole numbers',
    { root_volume_size: '10.5' },
    /^root_volume_size: "10\.5" is not a whole number/
  ],
  // Devices and mounting
  [
    'device_path is a name OAPI can link',
    { device_path: '/dev/sda' },
    /^device_path: "\/dev\/sda" is not a device name OAPI can link/
  ],
  [
    'nvme_device_path is under /dev',
    { nvme_device_path: 'nvme1n1' },
    /^nvme_device_path: "nvme1n1" is not a device path under \/dev\//
  ],
  [
    'mount_partition is a number or auto',
    { mount_partition: 'first' },
    /^mount_partition: "first" is not a partition number \(0 = the whole device\) or auto/
  ],
  [
    'mount_partition is not negative',
    { mount_partition: '-1' },
    /^mount_partition: "-1" is not a partition number/
  ],
  [
    'a mount_options line holds no space',
    { mount_options: 'ro noatime' },
    /^mount_options\[0\]: "ro noatime" is not a mount option: it contains a space/
  ],
  [
    'a mount_options line does not start with a dash',
    { mount_options: '-oro' },
    /^mount_options\[0\]: "-oro" is not a mount option: it starts with "-"/
  ],
  [
    'a mount_options line has no empty option',
    { mount_options: 'ro,,noatime' },
    /^mount_options\[0\]: "ro,,noatime" is not a mount option: it has an empty option/
  ],
  [
    'copy_files are absolute paths',
    { copy_files: 'etc/hosts' },
    /^copy_files\[0\]: "etc\/hosts" is not an absolute path/
  ],
  // Block device mappings
  [
    'a mapping needs device_name',
    {
      ...scratch,
      omi_block_device_mappings: '- {device_name: /dev/sda1, volume_size: 10}\n- {volume_size: 5}'
    },
    /^omi_block_device_mappings\[1\]: device_name is required/
  ],
  [
    'a mapping needs volume_size or snapshot_id',
    { ...scratch, omi_block_device_mappings: '- {device_name: /dev/sda1}' },
    /^omi_block_device_mappings\[0\]: needs volume_size \(GiB\) or snapshot_id/
  ],
  [
    "a mapping's volume_type is standard, gp2 or io1",
    {
      ...scratch,
      omi_block_device_mappings: '- {device_name: /dev/sda1, volume_size: 10, volume_type: sc1}'
    },
    /^omi_block_device_mappings\[0\]\.volume_type: "sc1" is not allowed/
  ],
  [
    "a mapping's iops go with io1",
    {
      ...scratch,
      omi_block_device_mappings: '- {device_name: /dev/sda1, volume_size: 10, iops: 300}'
    },
    /^omi_block_device_mappings\[0\]\.iops: 300 is set but volume_type is not set/
  ],
  [
    "a mapping's size is at most 14901 GiB",
    { ...scratch, omi_block_device_mappings: '- {device_name: /dev/sda1, volume_size: 15000}' },
    /^omi_block_device_mappings\[0\]\.volume_size: "15000" is out of range/
  ],
  [
    "a mapping's unknown key suggests the nearest",
    {
      ...scratch,
      omi_block_device_mappings: '- {device_name: /dev/sda1, volume_sise: 10, volume_size: 10}'
    },
    /^omi_block_device_mappings\[0\]: unknown key "volume_sise"; did you mean "volume_size"\?/
  ],
  [
    'device names appear once',
    {
      ...scratch,
      omi_block_device_mappings:
        '- {device_name: /dev/sda1, volume_size: 10}\n- {device_name: /dev/sda1, volume_size: 5}'
    },
    /^omi_block_device_mappings: device_name "\/dev\/sda1" appears more than once/
  ],
  // OMI options
  [
    'omi_boot_modes are legacy or uefi',
    { omi_boot_modes: 'uefi\nbios' },
    /^omi_boot_modes\[1\]: "bios" is not allowed; use legacy or uefi/
  ],
  [
    'omi_virtualization_type is hvm or paravirtual',
    { omi_virtualization_type: 'pv' },
    /^omi_virtualization_type: "pv" is not allowed; use hvm or paravirtual/
  ],
  [
    'snapshot_groups is only all',
    { snapshot_groups: 'public' },
    /^snapshot_groups\[0\]: "public" is not allowed; use all/
  ],
  [
    'account ids have 12 digits',
    { omi_account_ids: '12345' },
    /^omi_account_ids\[0\]: "12345" is not an Outscale account id \(12 digits\)/
  ],
  [
    'snapshot_users and snapshot_account_ids are not both set',
    { snapshot_users: '012345678901', snapshot_account_ids: '012345678901' },
    /^snapshot_users: snapshot_account_ids is set too; snapshot_users is another name for it, set only one/
  ],
  [
    'source_omi is an id',
    { source_omi: 'Debian-12' },
    /^source_omi: "Debian-12" is not an OMI id like ami-12345678 \(to choose an OMI by name, use source_omi_filter\)/
  ],
  [
    'filter names are known',
    { source_omi: '', source_omi_filter: 'filters: {image_name: x}\nowners: [Outscale]' },
    /^source_omi_filter\.filters: unknown filter "image_name"; did you mean "image-name"\?/
  ],
  [
    'region names look like regions',
    { region: 'EU West' },
    /^region: "EU West" does not look like an Outscale region \(e\.g\. eu-west-2\); set skip_region_validation: true/
  ],
  // Scalars and structures
  [
    'booleans are exactly true or false',
    { dry_run: 'yes' },
    /^dry_run: "yes" is not a boolean; write true or false/
  ],
  ['maps are valid YAML', { tags: 'Name: [unclosed' }, /^tags: is not valid YAML: /],
  [
    'an unquoted template in a YAML map is explained',
    { tags: 'Name: {{.SourceOMIName}}' },
    /^tags\.Name: expected a single value, got a map \(in YAML, quote a value that starts with \{/
  ],
  // Provisioning
  [
    'provision_files lines are source:destination',
    { provision_files: 'files/app.conf' },
    /^provision_files\[0\]: "files\/app\.conf" is not source:destination with an absolute destination/
  ],
  [
    'provision_files destinations are absolute',
    { provision_files: '- {source: a, destination: etc/a}' },
    /^provision_files\[0\]\.destination: "etc\/a" is not an absolute path/
  ],
  [
    'provision_files sources exist',
    { provision_files: 'missing.conf:/etc/x' },
    /^provision_files: source ".*\/workspace\/missing\.conf" does not exist/
  ],
  [
    'provision_scripts exist',
    { provision_scripts: 'nope.sh' },
    /^provision_scripts: ".*\/workspace\/nope\.sh" does not exist/
  ],
  [
    'provision_env names are variable names',
    { provision_env: 'MY-VAR=1' },
    /^provision_env: "MY-VAR" is not a variable name/
  ],
  [
    'provision_env lines are KEY=VALUE',
    { provision_env: 'A=1\nNOEQUALS' },
    /^provision_env\[1\]: is not in KEY=VALUE form/
  ],
  [
    'timeouts keys are the phases',
    { timeouts: 'snapshots: 3h' },
    /^timeouts: unknown key "snapshots"; did you mean "snapshot"\?/
  ],
  [
    'timeouts are durations',
    { timeouts: 'volume: soon' },
    /^timeouts\.volume: "soon" is not a duration/
  ],
  ['timeouts are not zero', { timeouts: 'omi: 0' }, /^timeouts\.omi: "0" is not a duration/],
  // Templates rendered at run time, checked now
  [
    'tags use the variables that exist',
    { tags: 'Name: "{{.SourceOMINme}}"' },
    /^tags: unknown template variable "SourceOMINme" in "\{\{\.SourceOMINme\}\}"\. Variables available in tags: \{\{\.BuildRegion\}\}, \{\{\.SourceOMI\}\}, \{\{\.SourceOMIName\}\}, \{\{\.SourceOMITags\.<key>\}\}/
  ],
  [
    'from scratch, tags have no source OMI',
    { ...scratch, tags: 'Name: "{{.SourceOMIName}}"' },
    /^tags: unknown template variable "SourceOMIName" .* Variables available in tags: \{\{\.BuildRegion\}\};/
  ],
  [
    'mount_path only has Device',
    { mount_path: '/mnt/{{.MountPath}}' },
    /^mount_path: unknown template variable "MountPath" in "\/mnt\/\{\{\.MountPath\}\}"\. Variables available in mount_path: \{\{\.Device\}\}/
  ],
  // mount_path: never over the runner's own system
  [
    'mount_path is not /',
    { mount_path: '/' },
    /^mount_path: "\/" is the root of the runner's own file system: use a directory of its own, such as \/mnt\/osc-chroot\/\{\{\.Device\}\} \(the default\); not \/proc, \/sys, /
  ],
  [
    'mount_path is absolute',
    { mount_path: 'chroot/{{.Device}}' },
    /^mount_path: "chroot\/\{\{\.Device\}\}" is a relative path; use an absolute one such as \/mnt\/osc-chroot\/\{\{\.Device\}\}/
  ],
  [
    'mount_path is not a system directory',
    { mount_path: '/var/' },
    /^mount_path: "\/var\/" is the system directory \/var: /
  ],
  [
    'mount_path does not contain a system directory (.. included)',
    { mount_path: '/usr/..' },
    /^mount_path: "\/usr\/\.\." is the root of the runner's own file system/
  ],
  [
    'mount_path is not inside a system tree',
    { mount_path: '/usr/local/{{.Device}}' },
    /^mount_path: "\/usr\/local\/\{\{\.Device\}\}" is inside the system directory \/usr: /
  ],
  [
    'mount_path is not inside /proc',
    { mount_path: '/proc/chroot' },
    /^mount_path: "\/proc\/chroot" is inside the system directory \/proc: /
  ],
  [
    'pre_mount_commands only have Device',
    { pre_mount_commands: 'ls {{.MountPath}}' },
    /^pre_mount_commands: unknown template variable "MountPath"/
  ],
  [
    'command_wrapper contains {{.Command}}',
    { command_wrapper: 'sudo' },
    /^command_wrapper: "sudo" must contain \{\{\.Command\}\}/
  ],
  [
    'command_wrapper never quotes {{.Command}} (a shell would read the command again)',
    { command_wrapper: `sudo sh -c 'exec sh -c "{{.Command}}"'` },
    /^command_wrapper: "sudo sh -c 'exec sh -c \\"\{\{\.Command\}\}\\"'" puts \{\{\.Command\}\} inside quotes.*e\.g\. "sudo \{\{\.Command\}\}".*sh -c 'exec "\$@"' sh \{\{\.Command\}\}$/s
  ],
  [
    'command_wrapper never quotes {{.Command}}, even in single quotes',
    { command_wrapper: "sh -c '{{.Command}}'" },
    /^command_wrapper: "sh -c '\{\{\.Command\}\}'" puts \{\{\.Command\}\} inside quotes/
  ],
  [
    'template functions are known',
    { omi_description: '{{vault .SourceOMIName}}' },
    /^omi_description: unknown template function "vault" in "\{\{vault \.SourceOMIName\}\}"\. Functions: timestamp, isotime/
  ]
]

describe('validation rules', () => {
  it.each(rules)('%s', (_rule, inputs, expected) => {
    const problems = problemsFor(inputs)
    expect(problems).toEqual([expect.stringMatching(expected)])
  })

  it('reports an unknown config_file key with the nearest known one', () => {
    sandbox.write('build.yml', 'omi_nmae: app\n')
    const problems = problemsFor({ config_file: 'build.yml' })
    expect(problems).toEqual([
      'omi_nmae: unknown option; did you mean "omi_name"? (from config_file build.yml)'
    ])
  })

  it('never shows the value of an unknown key (it may be a mistyped secret)', () => {
    sandbox.write('build.yml', 'secret_kye: VERY-SECRET-VALUE\n')
    const problems = problemsFor({ config_file: 'build.yml' })
    expect(problems).toEqual([
      expect.stringMatching(/^secret_kye: unknown option; did you mean "secret_key"\?/)
    ])
    expect(problems.join('\n')).not.toContain('VERY-SECRET-VALUE')
  })
})

describe('warnings', () => {
  it.each([
    [
      'source options are unused from scratch',
      { ...scratch, source_omi: 'ami-12345678' },
      /^source_omi: source_omi and source_omi_filter are unused when from_scratch is true/
    ],
    [
      'root_device_name is unused without from_scratch',
      { root_device_name: '/dev/sda1' },
      /^root_device_name: unused when from_scratch is false/
    ],
    [
      'a root device other than /dev/sda1',
      {
        ...scratch,
        root_device_name: '/dev/xvda',
        omi_block_device_mappings: '- {device_name: /dev/xvda, volume_size: 10}'
      },
      /^root_device_name: "\/dev\/xvda": Outscale expects \/dev\/sda1/
    ],
    [
      'force_delete_snapshot needs force_deregister',
      { force_delete_snapshot: 'true' },
      /^force_delete_snapshot: has no effect without force_deregister: true/
    ],
    [
      'a partition is ignored for paravirtual',
      { omi_virtualization_type: 'paravirtual', mount_partition: '2' },
      /^mount_partition: "2" is ignored: a paravirtual image is mounted as the whole device/
    ]
  ])('%s', (_rule, inputs, expected) => {
    expect(warningsFor(inputs)).toEqual([expect.stringMatching(expected)])
  })
})

describe('a configuration with many mistakes', () => {
  it('reports all of them at once, without follow-on noise', () => {
    const inputs = {
      ...minimalInputs,
      secret_key: '',
      omi_name: 'my:app',
      root_volume_type: 'gp3',
      from_scratch: 'yes',
      device_path: '/dev/hda',
      mount_partition: 'one',
      omi_boot_modes: 'bios',
      tags: 'Name: "{{.Nope}}"',
      timeouts: 'forever: 1h'
    }
    let error: unknown
    try {
      loadConfig(sandbox.sources(inputs))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as InstanceType<typeof ConfigError>).problems
    expect(problems).toEqual([
      expect.stringMatching(/^secret_key: not set/),
      expect.stringMatching(/^from_scratch: "yes" is not a boolean/),
      expect.stringMatching(/^root_volume_type: "gp3" is not allowed/),
      expect.stringMatching(/^device_path: "\/dev\/hda" is not a device name/),
      expect.stringMatching(/^mount_partition: "one" is not a partition number/),
      expect.stringMatching(/^omi_name: "my:app" contains ":"/),
      expect.stringMatching(/^omi_boot_modes\[0\]: "bios" is not allowed/),
      expect.stringMatching(/^timeouts: unknown key "forever"/),
      expect.stringMatching(/^tags: unknown template variable "Nope"/)
    ])
    const message = (error as Error).message
    expect(message).toMatch(/^The configuration has 9 problems:\n- /)
    for (const problem of problems) expect(message).toContain(`- ${problem}`)
  })
})
