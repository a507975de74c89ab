/**
 * Every input: its default, and how each form of its value is parsed.
 */
import { describe, expect, it } from '@jest/globals'
import { captureLog } from '../helpers/log-sink.js'
import { minimalInputs, type Sandbox, sandboxPerTest } from '../fixtures/config/harness.js'

// What the configuration logs goes to the tests' sink, not the output.
captureLog()
const { loadConfig } = await import('../../src/config/index.js')
const { optionNames, aliases } = await import('../../src/config/inputs.js')
type BuildConfig = import('../../src/config/index.js').BuildConfig

const sandbox = sandboxPerTest()

/** What a from_scratch build needs besides from_scratch itself. */
const scratchInputs = {
  from_scratch: 'true',
  root_volume_size: '10',
  pre_mount_commands: 'parted -s {{.Device}} mklabel msdos',
  root_device_name: '/dev/sda1',
  omi_block_device_mappings: '- {device_name: /dev/sda1, volume_size: 10}'
}

// Not Packer's: a private /dev instead of the host's, and no binfmt_misc (host-wide).
const defaultChrootMounts = [
  { fstype: 'proc', source: 'proc', target: '/proc' },
  { fstype: 'sysfs', source: 'sysfs', target: '/sys' },
  { fstype: 'private-dev', source: 'osc-chroot', target: '/dev' }
]

describe('defaults', () => {
  it('fills every option Packer has a default for, and ours', () => {
    const { config, warnings } = loadConfig(sandbox.sources(minimalInputs))
    expect(warnings).toEqual([])
    const expected: BuildConfig = {
      credentials: { accessKey: 'AKTEST', secretKey: 'SKTEST-secret' },
      region: '',
      profile: '',
      customEndpointOapi: '',
      insecureSkipTlsVerify: false,
      skipRegionValidation: false,
      sourceOmi: 'ami-12345678',
      sourceOmiFilter: undefined,
      fromScratch: false,
      rootVolumeSize: 0,
      rootVolumeType: '',
      rootVolumeIops: 0,
      rootVolumeTags: {},
      growRootFilesystem: true,
      devicePath: '',
      nvmeDevicePath: '',
      mountPath: '/mnt/osc-chroot/{{.Device}}',
      mountPartition: '1',
      mountOptions: [],
      preMountCommands: [],
      postMountCommands: [],
      chrootMounts: defaultChrootMounts,
      copyFiles: ['/etc/resolv.conf'],
      commandWrapper: '{{.Command}}',
      omiName: 'test-omi',
      omiDescription: '',
      omiVirtualizationType: 'hvm',
      omiAccountIds: [],
      globalPermission: false,
      snapshotAccountIds: [],
      snapshotGroups: [],
      omiBootModes: [],
      productCodes: [],
      rootDeviceName: '',
      omiBlockDeviceMappings: [],
      forceDeregister: false,
      forceDeleteSnapshot: false,
      tags: {},
      snapshotTags: {},
      provision: '',
      provisionShell: '/bin/sh -e',
      provisionScripts: [],
      provisionFiles: [],
      provisionEnv: {},
      provisionHostCommands: [],
      templateProvisioners: [],
      workspace: sandbox.workspace,
      preventServiceStart: true,
      killChrootProcesses: true,
      timeouts: { volume: 600, link: 600, device: 300, snapshot: 7200, omi: 3600 },
      dryRun: false,
      cleanupOrphans: 0
    }
    expect(config).toEqual(expected)
  })

  it('copies nothing by default when building from scratch', () => {
    const { source_omi: _unused, ...inputs } = minimalInputs
    const { config } = loadConfig(sandbox.sources({ ...inputs, ...scratchInputs }))
    expect(config.fromScratch).toBe(true)
    expect(config.copyFiles).toEqual([])
  })
})

interface ParseCase {
  name: string
  inputs: Record<string, string>
  /** Files to create first (paths relative to the workspace, or absolute). */
  files?: (sandbox: Sandbox) => Record<string, string>
  expected: (sandbox: Sandbox) => Partial<BuildConfig>
  warnings?: RegExp[]
}

const cases: ParseCase[] = [
  {
    name: 'access_key and secret_key',
    inputs: { access_key: 'AK2', secret_key: 'SK2' },
    expected: () => ({ credentials: { accessKey: 'AK2', secretKey: 'SK2' } })
  },
  { name: 'region', inputs: { region: 'eu-west-2' }, expected: () => ({ region: 'eu-west-2' }) },
  {
    name: 'profile names the ~/.osc/config.json profile',
    inputs: { profile: 'ci', access_key: '', secret_key: '' },
    files: (s) => ({
      [`${s.homeDir}/.osc/config.json`]: JSON.stringify({
        ci: { access_key: 'AKCI', secret_key: 'SKCI', region: 'us-east-2' }
      })
    }),
    expected: () => ({
      profile: 'ci',
      region: 'us-east-2',
      credentials: { accessKey: 'AKCI', secretKey: 'SKCI' }
    })
  },
  {
    name: 'custom_endpoint_oapi',
    inputs: { custom_endpoint_oapi: 'https://api.example.test/api/v1' },
    expected: () => ({ customEndpointOapi: 'https://api.example.test/api/v1' })
  },
  {
    name: 'insecure_skip_tls_verify',
    inputs: { insecure_skip_tls_verify: 'true' },
    expected: () => ({ insecureSkipTlsVerify: true })
  },
  {
    name: 'x509_cert_path and x509_key_path are resolved against the workspace',
    inputs: { x509_cert_path: 'tls/client.pem', x509_key_path: 'tls/client.key' },
    files: () => ({ 'tls/client.pem': 'certificate', 'tls/client.key': 'key' }),
    expected: (s) => ({
      clientCertificate: {
        certPath: `${s.workspace}/tls/client.pem`,
        keyPath: `${s.workspace}/tls/client.key`
      }
    })
  },
  {
    name: 'skip_region_validation lets any region name through',
    inputs: { skip_region_validation: 'True', region: 'Lab_Region' },
    expected: () => ({ skipRegionValidation: true, region: 'Lab_Region' })
  },
  {
    name: 'source_omi',
    inputs: { source_omi: 'ami-0abc1234' },
    expected: () => ({ sourceOmi: 'ami-0abc1234' })
  },
  {
    name: 'source_omi_filter (YAML, Packer and OAPI filter names)',
    inputs: {
      source_omi: '',
      source_omi_filter: [
        'filters:',
        '  image-name: Debian-12-*',
        '  VirtualizationTypes: [hvm]',
        'owners: [Outscale, 012345678901]',
        'most_recent: true'
      ].join('\n')
    },
    expected: () => ({
      sourceOmi: '',
      sourceOmiFilter: {
        filters: { ImageNames: ['Debian-12-*'], VirtualizationTypes: ['hvm'] },
        owners: ['Outscale', '012345678901'],
        mostRecent: true
      }
    })
  },
  {
    name: 'source_omi_filter (JSON)',
    inputs: {
      source_omi: '',
      source_omi_filter: '{"filters": {"image-id": "ami-1"}, "owners": ["self"]}'
    },
    expected: () => ({
      sourceOmiFilter: { filters: { ImageIds: ['ami-1'] }, owners: ['self'], mostRecent: false }
    })
  },
  {
    name: 'from_scratch',
    inputs: { source_omi: '', ...scratchInputs },
    expected: () => ({
      fromScratch: true,
      rootVolumeSize: 10,
      preMountCommands: ['parted -s {{.Device}} mklabel msdos'],
      rootDeviceName: '/dev/sda1',
      omiBlockDeviceMappings: [{ deviceName: '/dev/sda1', volumeSize: 10, noDevice: false }]
    })
  },
  {
    name: 'omi_block_device_mappings (every key)',
    inputs: {
      source_omi: '',
      ...scratchInputs,
      omi_block_device_mappings: [
        '- device_name: /dev/sda1',
        '  volume_size: 10',
        '  volume_type: io1',
        '  iops: 3000',
        '  delete_on_vm_deletion: true',
        '- device_name: /dev/xvdb',
        '  snapshot_id: snap-12345678',
        '  no_device: false',
        '  virtual_name: ephemeral0'
      ].join('\n')
    },
    expected: () => ({
      omiBlockDeviceMappings: [
        {
          deviceName: '/dev/sda1',
          volumeSize: 10,
          volumeType: 'io1',
          iops: 3000,
          deleteOnVmDeletion: true,
          noDevice: false
        },
        {
          deviceName: '/dev/xvdb',
          snapshotId: 'snap-12345678',
          virtualName: 'ephemeral0',
          noDevice: false
        }
      ]
    })
  },
  {
    name: 'root_volume_size',
    inputs: { root_volume_size: '20' },
    expected: () => ({ rootVolumeSize: 20 })
  },
  {
    name: 'root_volume_type',
    inputs: { root_volume_type: 'gp2' },
    expected: () => ({ rootVolumeType: 'gp2' })
  },
  {
    name: 'root_volume_iops (io1)',
    inputs: { root_volume_type: 'io1', root_volume_size: '10', root_volume_iops: '3000' },
    expected: () => ({ rootVolumeType: 'io1', rootVolumeIops: 3000 })
  },
  {
    name: 'grow_root_filesystem',
    inputs: { grow_root_filesystem: 'false' },
    expected: () => ({ growRootFilesystem: false })
  },
  {
    name: 'root_volume_tags',
    inputs: { root_volume_tags: 'Name: "build {{.BuildRegion}}"\nVersion: 1.10' },
    expected: () => ({ rootVolumeTags: { Name: 'build {{.BuildRegion}}', Version: '1.10' } })
  },
  {
    name: 'device_path',
    inputs: { device_path: '/dev/xvdf' },
    expected: () => ({ devicePath: '/dev/xvdf' })
  },
  {
    name: 'device_path /dev/vdX is rewritten to /dev/xvdX',
    inputs: { device_path: '/dev/vdg' },
    expected: () => ({ devicePath: '/dev/xvdg' }),
    warnings: [/^device_path: "\/dev\/vdg" rewritten to "\/dev\/xvdg"/]
  },
  {
    name: 'nvme_device_path',
    inputs: { nvme_device_path: '/dev/nvme1n1' },
    expected: () => ({ nvmeDevicePath: '/dev/nvme1n1' })
  },
  {
    name: 'mount_path',
    inputs: { mount_path: '/mnt/custom/{{.Device}}' },
    expected: () => ({ mountPath: '/mnt/custom/{{.Device}}' })
  },
  {
    name: 'mount_partition auto',
    inputs: { mount_partition: 'auto' },
    expected: () => ({ mountPartition: 'auto' })
  },
  {
    name: 'mount_partition 0',
    inputs: { mount_partition: '0' },
    expected: () => ({ mountPartition: '0' })
  },
  {
    name: 'mount_partition 02',
    inputs: { mount_partition: '02' },
    expected: () => ({ mountPartition: '2' })
  },
  {
    name: 'mount_options',
    inputs: { mount_options: 'noatime\n\nnouuid,ro\n' },
    expected: () => ({ mountOptions: ['noatime', 'nouuid,ro'] })
  },
  {
    name: 'pre_mount_commands',
    inputs: { pre_mount_commands: 'echo {{.Device}}\n\n  lsblk  ' },
    expected: () => ({ preMountCommands: ['echo {{.Device}}', 'lsblk'] })
  },
  {
    name: 'post_mount_commands',
    inputs: { post_mount_commands: 'ls {{.MountPath}}\necho {{.Device}}' },
    expected: () => ({ postMountCommands: ['ls {{.MountPath}}', 'echo {{.Device}}'] })
  },
  {
    name: 'chroot_mounts',
    inputs: { chroot_mounts: '- [proc, proc, /proc]\n- [bind, /dev, /dev]' },
    expected: () => ({
      chrootMounts: [
        { fstype: 'proc', source: 'proc', target: '/proc' },
        { fstype: 'bind', source: '/dev', target: '/dev' }
      ]
    })
  },
  {
    name: 'chroot_mounts empty falls back to the defaults, as in Packer',
    inputs: { chroot_mounts: '[]' },
    expected: () => ({ chrootMounts: defaultChrootMounts })
  },
  {
    name: 'copy_files',
    inputs: { copy_files: '/etc/hosts\n/etc/resolv.conf' },
    expected: () => ({ copyFiles: ['/etc/hosts', '/etc/resolv.conf'] })
  },
  {
    name: 'copy_files [] copies nothing',
    inputs: { copy_files: '[]' },
    expected: () => ({ copyFiles: [] })
  },
  {
    name: 'command_wrapper',
    inputs: { command_wrapper: 'sudo -E {{.Command}}' },
    expected: () => ({ commandWrapper: 'sudo -E {{.Command}}' })
  },
  {
    name: 'omi_name is rendered when read',
    inputs: { omi_name: 'app {{timestamp}}' },
    expected: () => ({ omiName: expect.stringMatching(/^app \d{10}$/) as unknown as string })
  },
  {
    name: 'omi_description',
    inputs: { omi_description: 'From {{.SourceOMIName}}' },
    expected: () => ({ omiDescription: 'From {{.SourceOMIName}}' })
  },
  {
    name: 'omi_virtualization_type paravirtual mounts the whole device',
    inputs: { omi_virtualization_type: 'paravirtual' },
    expected: () => ({ omiVirtualizationType: 'paravirtual', mountPartition: '0' })
  },
  {
    name: 'omi_account_ids keep their leading zeros',
    inputs: { omi_account_ids: '012345678901\n123456789012' },
    expected: () => ({ omiAccountIds: ['012345678901', '123456789012'] })
  },
  {
    name: 'global_permission',
    inputs: { global_permission: 'TRUE' },
    expected: () => ({ globalPermission: true })
  },
  {
    name: 'snapshot_account_ids',
    inputs: { snapshot_account_ids: '012345678901' },
    expected: () => ({ snapshotAccountIds: ['012345678901'] })
  },
  {
    name: 'snapshot_users is an alias of snapshot_account_ids',
    inputs: { snapshot_users: '123456789012' },
    expected: () => ({ snapshotAccountIds: ['123456789012'] })
  },
  {
    name: 'snapshot_groups',
    inputs: { snapshot_groups: 'all' },
    expected: () => ({ snapshotGroups: ['all'] })
  },
  {
    name: 'omi_boot_modes',
    inputs: { omi_boot_modes: 'legacy\nuefi' },
    expected: () => ({ omiBootModes: ['legacy', 'uefi'] })
  },
  {
    name: 'tpm_mandatory',
    inputs: { tpm_mandatory: 'true' },
    expected: () => ({ tpmMandatory: true })
  },
  {
    name: 'product_codes',
    inputs: { product_codes: '0001\n0002' },
    expected: () => ({ productCodes: ['0001', '0002'] })
  },
  {
    name: 'root_device_name (from scratch)',
    inputs: { source_omi: '', ...scratchInputs },
    expected: () => ({ rootDeviceName: '/dev/sda1' })
  },
  {
    name: 'force_deregister',
    inputs: { force_deregister: 'true' },
    expected: () => ({ forceDeregister: true })
  },
  {
    name: 'force_delete_snapshot',
    inputs: { force_deregister: 'true', force_delete_snapshot: 'true' },
    expected: () => ({ forceDeleteSnapshot: true })
  },
  {
    name: 'tags (YAML)',
    inputs: { tags: 'Name: app\nSource: "{{.SourceOMI}}"' },
    expected: () => ({ tags: { Name: 'app', Source: '{{.SourceOMI}}' } })
  },
  {
    name: 'snapshot_tags (JSON)',
    inputs: { snapshot_tags: '{"Name": "app-snapshot", "Build": 7}' },
    expected: () => ({ snapshotTags: { Name: 'app-snapshot', Build: '7' } })
  },
  {
    name: 'provision keeps the script as written',
    inputs: { provision: 'set -x\nif true; then\n  echo "{{ not a template }}"\nfi' },
    expected: () => ({ provision: 'set -x\nif true; then\n  echo "{{ not a template }}"\nfi' })
  },
  {
    name: 'provision_shell',
    inputs: { provision_shell: '/bin/bash -eux' },
    expected: () => ({ provisionShell: '/bin/bash -eux' })
  },
  {
    name: 'provision_scripts are resolved against the workspace',
    inputs: { provision_scripts: 'scripts/a.sh\nscripts/b.sh' },
    files: () => ({ 'scripts/a.sh': 'echo a', 'scripts/b.sh': 'echo b' }),
    expected: (s) => ({
      provisionScripts: [`${s.workspace}/scripts/a.sh`, `${s.workspace}/scripts/b.sh`]
    })
  },
  {
    name: 'provision_files, one source:destination per line',
    inputs: { provision_files: 'files/app.conf:/etc/app.conf\nfiles/site:/var/www/site' },
    files: () => ({ 'files/app.conf': 'x', 'files/site': 'x' }),
    expected: (s) => ({
      provisionFiles: [
        { source: `${s.workspace}/files/app.conf`, destination: '/etc/app.conf' },
        { source: `${s.workspace}/files/site`, destination: '/var/www/site' }
      ]
    })
  },
  {
    name: 'provision_files, a YAML list of maps and strings',
    inputs: {
      provision_files: '- {source: files/app.conf, destination: /etc/app.conf}\n- files/b:/b'
    },
    files: () => ({ 'files/app.conf': 'x', 'files/b': 'x' }),
    expected: (s) => ({
      provisionFiles: [
        { source: `${s.workspace}/files/app.conf`, destination: '/etc/app.conf' },
        { source: `${s.workspace}/files/b`, destination: '/b' }
      ]
    })
  },
  {
    name: 'provision_env',
    inputs: { provision_env: 'DEBIAN_FRONTEND=noninteractive\nB_2=x=y\nEMPTY=' },
    expected: () => ({ provisionEnv: { DEBIAN_FRONTEND: 'noninteractive', B_2: 'x=y', EMPTY: '' } })
  },
  {
    name: 'provision_host_commands',
    inputs: { provision_host_commands: "ansible-playbook -c chroot -i '{{.MountPath}},' site.yml" },
    expected: () => ({
      provisionHostCommands: ["ansible-playbook -c chroot -i '{{.MountPath}},' site.yml"]
    })
  },
  {
    // Without a Packer template as config_file it changes nothing (a warning says so).
    name: 'template_provisioners',
    inputs: { template_provisioners: 'ignore' },
    expected: () => ({ templateProvisioners: [] }),
    warnings: [
      /^template_provisioners: "ignore" has no effect: config_file is not a Packer template/
    ]
  },
  {
    name: 'prevent_service_start',
    inputs: { prevent_service_start: 'false' },
    expected: () => ({ preventServiceStart: false })
  },
  {
    name: 'kill_chroot_processes',
    inputs: { kill_chroot_processes: 'False' },
    expected: () => ({ killChrootProcesses: false })
  },
  {
    name: 'timeouts: durations, seconds, and defaults for the phases left out',
    inputs: { timeouts: 'volume: 90s\nsnapshot: 1h30m\nomi: 120' },
    expected: () => ({ timeouts: { volume: 90, link: 600, device: 300, snapshot: 5400, omi: 120 } })
  },
  { name: 'dry_run', inputs: { dry_run: 'true' }, expected: () => ({ dryRun: true }) },
  {
    name: 'cleanup_orphans: an age, in seconds',
    inputs: { cleanup_orphans: '6h' },
    expected: () => ({ cleanupOrphans: 6 * 3600 })
  }
]

describe('parsing', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    for (const [path, content] of Object.entries(testCase.files?.(sandbox) ?? {})) {
      sandbox.write(path, content)
    }
    const { config, warnings } = loadConfig(
      sandbox.sources({ ...minimalInputs, ...testCase.inputs })
    )
    expect(config).toMatchObject(testCase.expected(sandbox))
    const expectedWarnings = (testCase.warnings ?? []).map((pattern) =>
      expect.stringMatching(pattern)
    )
    expect(warnings).toEqual(expectedWarnings)
  })

  it('has a case for every input', () => {
    const covered = new Set(cases.flatMap((c) => Object.keys(c.inputs)))
    const inputs = [...optionNames, ...Object.keys(aliases)]
    expect(inputs.filter((name) => !covered.has(name))).toEqual([])
  })
})
