/**
 * The configuration rules of this feature, before any API call: omi_block_device_mappings on a
 * build from a source, grow_root_filesystem, the deprecated OUTSCALE_* variables, and the client
 * certificate's options from inputs, OSC_X509_* variables and the profile. Then the CreateImage
 * request the mappings produce.
 */
import { describe, expect, it } from '@jest/globals'
import { chmodSync } from 'node:fs'
import type { BuildContext } from '../../src/pipeline/context.js'
import { minimalInputs, sandboxPerTest } from '../fixtures/config/harness.js'
import { captureLogPerTest } from '../helpers/log-sink.js'

captureLogPerTest()

const { loadConfig, ConfigError } = await import('../../src/config/index.js')
const { registerRequest } = await import('../../src/pipeline/steps/register-omi.js')

const sandbox = sandboxPerTest()

function load(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return loadConfig(sandbox.sources({ ...minimalInputs, ...inputs }, env))
}

function problemsFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    load(inputs, env)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

const mappings = (...lines: string[]) => ({ omi_block_device_mappings: lines.join('\n') })

describe('omi_block_device_mappings on a build from a source', () => {
  it('is used (no "unused" warning) and a root volume_size sizes the working volume', () => {
    const { config, warnings } = load(
      mappings(
        '- {device_name: /dev/sda1, volume_size: 8}',
        '- {device_name: /dev/xvdb, volume_size: 20}'
      )
    )
    expect(warnings).toEqual([])
    expect(config.rootVolumeSize).toBe(8)
    expect(config.omiBlockDeviceMappings).toHaveLength(2)
  })

  it.each([
    [
      'a snapshot on the root device',
      mappings('- {device_name: /dev/sda1, snapshot_id: snap-12345678}'),
      /^omi_block_device_mappings\[0\]\.snapshot_id: "snap-12345678" on the root device \/dev\/sda1: the root always gets the build's new snapshot/
    ],
    [
      'dropping the root device',
      mappings('- {device_name: /dev/sda1, no_device: true}'),
      /^omi_block_device_mappings\[0\]: the root device \/dev\/sda1 cannot be dropped/
    ],
    [
      'a data disk named like no OAPI device',
      mappings('- {device_name: /dev/vdb, volume_size: 5}'),
      /^omi_block_device_mappings\[0\]\.device_name: "\/dev\/vdb" is not a device name OAPI accepts for a data disk/
    ],
    [
      'a data disk without a size or a snapshot',
      mappings('- {device_name: /dev/xvdb, volume_type: gp2}'),
      /^omi_block_device_mappings\[0\]: needs volume_size \(GiB\) or snapshot_id/
    ],
    [
      'a size out of range',
      mappings('- {device_name: /dev/xvdb, volume_size: 20000}'),
      /^omi_block_device_mappings\[0\]\.volume_size: "20000" is out of range; expected a whole number from 1 to 14901/
    ],
    [
      'an unknown volume type',
      mappings('- {device_name: /dev/xvdb, volume_size: 5, volume_type: gp3}'),
      /^omi_block_device_mappings\[0\]\.volume_type: "gp3" is not allowed; use standard, gp2 or io1/
    ],
    [
      'io1 without IOPS',
      mappings('- {device_name: /dev/xvdb, volume_size: 5, volume_type: io1}'),
      /^omi_block_device_mappings\[0\]\.iops: required when volume_type is io1/
    ],
    [
      'a device named twice',
      mappings(
        '- {device_name: /dev/xvdb, volume_size: 5}',
        '- {device_name: /dev/xvdb, volume_size: 6}'
      ),
      /^omi_block_device_mappings: device_name "\/dev\/xvdb" appears more than once/
    ]
  ])('refuses %s, naming the entry and the value', (_case, inputs, expected) => {
    expect(problemsFor(inputs)).toEqual([expect.stringMatching(expected)])
  })

  it('warns when the root entry and root_volume_size disagree, and takes the larger', () => {
    const { config, warnings } = load({
      root_volume_size: '12',
      ...mappings('- {device_name: /dev/sda1, volume_size: 8}')
    })
    expect(config.rootVolumeSize).toBe(12)
    expect(warnings).toEqual([
      'omi_block_device_mappings[0].volume_size: 8 differs from root_volume_size 12; the root volume gets the larger, 12 GiB'
    ])
  })

  it('accepts no_device on a data disk without a size: it drops that disk of the source', () => {
    const { config } = load(mappings('- {device_name: /dev/xvdb, no_device: true}'))
    expect(config.omiBlockDeviceMappings[0]).toMatchObject({
      deviceName: '/dev/xvdb',
      noDevice: true
    })
  })
})

describe('the CreateImage request from a source', () => {
  const source = {
    ImageId: 'ami-11111111',
    RootDeviceName: '/dev/sda1',
    BlockDeviceMappings: [
      {
        DeviceName: '/dev/sda1',
        Bsu: {
          SnapshotId: 'snap-source1',
          VolumeSize: 10,
          VolumeType: 'io1',
          Iops: 500,
          DeleteOnVmDeletion: true
        }
      },
      {
        DeviceName: '/dev/xvdb',
        Bsu: { SnapshotId: 'snap-data0001', VolumeSize: 4, VolumeType: 'gp2' }
      },
      {
        DeviceName: '/dev/xvdc',
        Bsu: { SnapshotId: 'snap-data0002', VolumeSize: 4, VolumeType: 'gp2' }
      }
    ]
  }

  function request(lines: string[]) {
    const { config } = load(mappings(...lines))
    return registerRequest({
      config,
      sourceImage: source,
      baseImage: source,
      snapshot: { SnapshotId: 'snap-new00001' },
      volume: { VolumeId: 'vol-1', Size: Math.max(10, config.rootVolumeSize) }
    } as unknown as BuildContext)
  }

  it('merges by device name: root changed (never its snapshot), a source disk replaced, one dropped, one added', () => {
    const { BlockDeviceMappings } = request([
      '- {device_name: /dev/sda1, volume_size: 20, volume_type: gp2, delete_on_vm_deletion: false}',
      '- {device_name: /dev/xvdb, volume_size: 50, volume_type: standard}',
      '- {device_name: /dev/xvdc, no_device: true}',
      '- {device_name: /dev/xvdd, snapshot_id: snap-extra001, delete_on_vm_deletion: true}'
    ])
    expect(BlockDeviceMappings).toEqual([
      {
        DeviceName: '/dev/sda1',
        // io1's IOPS do not follow the root to gp2.
        Bsu: {
          SnapshotId: 'snap-new00001',
          VolumeSize: 20,
          VolumeType: 'gp2',
          DeleteOnVmDeletion: false
        }
      },
      {
        DeviceName: '/dev/xvdb',
        Bsu: { VolumeSize: 50, VolumeType: 'standard', DeleteOnVmDeletion: false }
      },
      { DeviceName: '/dev/xvdd', Bsu: { SnapshotId: 'snap-extra001', DeleteOnVmDeletion: true } }
    ])
  })

  it("keeps the source's mappings, and the root's settings, when nothing names them", () => {
    const { BlockDeviceMappings } = request(['- {device_name: /dev/xvdf, volume_size: 1}'])
    expect(BlockDeviceMappings).toEqual([
      {
        DeviceName: '/dev/sda1',
        Bsu: {
          SnapshotId: 'snap-new00001',
          VolumeSize: 10,
          VolumeType: 'io1',
          Iops: 500,
          DeleteOnVmDeletion: true
        }
      },
      source.BlockDeviceMappings[1],
      source.BlockDeviceMappings[2],
      { DeviceName: '/dev/xvdf', Bsu: { VolumeSize: 1, DeleteOnVmDeletion: false } }
    ])
  })
})

describe('grow_root_filesystem', () => {
  it('is on by default and off with false', () => {
    expect(load({}).config.growRootFilesystem).toBe(true)
    expect(load({ grow_root_filesystem: 'false' }).config.growRootFilesystem).toBe(false)
    expect(problemsFor({ grow_root_filesystem: 'no' })).toEqual([
      'grow_root_filesystem: "no" is not a boolean; write true or false'
    ])
  })
})

describe('the deprecated OUTSCALE_* variables', () => {
  const withoutKeys = { access_key: '', secret_key: '' }

  it('are read when no OSC_* variable is set, with a warning naming the replacement, never the value', () => {
    const { config, warnings } = load(withoutKeys, {
      OUTSCALE_ACCESSKEYID: 'AKOLD',
      OUTSCALE_SECRETKEYID: 'SKOLD-very-secret',
      OUTSCALE_REGION: 'eu-west-2',
      OUTSCALE_OAPI_URL: 'https://api.eu-west-2.outscale.com/api/v1'
    })
    expect(config.credentials).toEqual({ accessKey: 'AKOLD', secretKey: 'SKOLD-very-secret' })
    expect(config.region).toBe('eu-west-2')
    expect(config.customEndpointOapi).toBe('https://api.eu-west-2.outscale.com/api/v1')
    expect(warnings).toEqual([
      'OUTSCALE_ACCESSKEYID: deprecated; set OSC_ACCESS_KEY instead (it is read the same way)',
      'OUTSCALE_SECRETKEYID: deprecated; set OSC_SECRET_KEY instead (it is read the same way)',
      'OUTSCALE_REGION: deprecated; set OSC_REGION instead (it is read the same way)',
      'OUTSCALE_OAPI_URL: deprecated; set OSC_ENDPOINT_API instead (it is read the same way)'
    ])
    expect(warnings.join('\n')).not.toContain('SKOLD')
  })

  it('lose to the OSC_* ones', () => {
    const { config, warnings } = load(withoutKeys, {
      OSC_ACCESS_KEY: 'AKNEW',
      OSC_SECRET_KEY: 'SKNEW',
      OUTSCALE_ACCESSKEYID: 'AKOLD',
      OUTSCALE_SECRETKEYID: 'SKOLD'
    })
    expect(config.credentials).toEqual({ accessKey: 'AKNEW', secretKey: 'SKNEW' })
    expect(warnings).toContain(
      'OUTSCALE_ACCESSKEYID: ignored, OSC_ACCESS_KEY is set too; remove OUTSCALE_ACCESSKEYID'
    )
  })

  it('lose to the inputs, and an invalid one is named as the source of the problem', () => {
    expect(
      load({}, { OUTSCALE_ACCESSKEYID: 'AKOLD', OUTSCALE_SECRETKEYID: 'SKOLD' }).config.credentials
        .accessKey
    ).toBe('AKTEST')
    expect(problemsFor({}, { OUTSCALE_OAPI_URL: 'not a url' })).toEqual([
      expect.stringMatching(/^custom_endpoint_oapi: .* \(from OUTSCALE_OAPI_URL\)$/)
    ])
  })
})

describe('the client certificate', () => {
  it('comes from the inputs, and both files must exist', () => {
    sandbox.write('tls/client.pem', 'cert')
    expect(
      problemsFor({ x509_cert_path: 'tls/client.pem', x509_key_path: 'tls/missing.key' })
    ).toEqual([`x509_key_path: "${sandbox.workspace}/tls/missing.key" does not exist`])
  })

  it('needs both halves', () => {
    sandbox.write('tls/client.pem', 'cert')
    expect(problemsFor({ x509_cert_path: 'tls/client.pem' })).toEqual([
      'x509_key_path: not set, while x509_cert_path is ("tls/client.pem"): a client certificate needs both the certificate and its private key'
    ])
  })

  it('refuses a directory and, for a non-root user, an unreadable key', () => {
    sandbox.write('tls/client.pem', 'cert')
    sandbox.write('tls/dir/x', '')
    expect(problemsFor({ x509_cert_path: 'tls/client.pem', x509_key_path: 'tls/dir' })).toEqual([
      `x509_key_path: "${sandbox.workspace}/tls/dir" is not a file`
    ])
    if (process.getuid?.() === 0) return // root reads anything
    const key = sandbox.write('tls/client.key', 'key')
    chmodSync(key, 0)
    expect(
      problemsFor({ x509_cert_path: 'tls/client.pem', x509_key_path: 'tls/client.key' })
    ).toEqual([expect.stringMatching(/^x509_key_path: .* cannot be read by this process/)])
  })

  it('comes from OSC_X509_CLIENT_CERT/KEY (else OUTSCALE_X509CERT/KEY) and from the profile', () => {
    const cert = sandbox.write(sandbox.workspace + '/c.pem', 'cert')
    const key = sandbox.write(sandbox.workspace + '/c.key', 'key')
    const fromEnv = load({}, { OSC_X509_CLIENT_CERT: cert, OSC_X509_CLIENT_KEY: key })
    expect(fromEnv.config.clientCertificate).toEqual({ certPath: cert, keyPath: key })
    const legacy = load({}, { OUTSCALE_X509CERT: cert, OUTSCALE_X509KEY: key })
    expect(legacy.config.clientCertificate).toEqual({ certPath: cert, keyPath: key })
    expect(legacy.warnings).toContain(
      'OUTSCALE_X509KEY: deprecated; set OSC_X509_CLIENT_KEY instead (it is read the same way)'
    )
    sandbox.write(
      `${sandbox.homeDir}/.osc/config.json`,
      JSON.stringify({
        default: {
          x509_client_cert: cert,
          x509_client_key: key,
          protocol: 'https',
          method: 'accesskey'
        }
      })
    )
    const fromProfile = load({})
    expect(fromProfile.config.clientCertificate).toEqual({ certPath: cert, keyPath: key })
    expect(fromProfile.warnings).toEqual([])
  })

  it('is refused when the profile holds something else than a path', () => {
    sandbox.write(
      `${sandbox.homeDir}/.osc/config.json`,
      JSON.stringify({ ci: { x509_client_key: { pem: '-----BEGIN PRIVATE KEY-----' } } })
    )
    const problems = problemsFor({ profile: 'ci' })
    expect(problems).toEqual([
      `profile: profile "ci" in ${sandbox.homeDir}/.osc/config.json: x509_client_key must be a string`
    ])
    expect(problems.join('\n')).not.toContain('BEGIN PRIVATE KEY')
  })
})
