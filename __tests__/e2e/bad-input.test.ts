/**
 * Hostile and mistaken input, through the bundled action against the simulator.
 *
 * Each bad configuration must be refused with an error annotation that names the option and
 * says what is wrong, a non-zero exit, and not one call that creates, changes or deletes
 * anything. Mistakes the configuration can see make no API call at all; those only the API can
 * reveal (a source OMI that does not exist, a name already taken) are found by the checks, which
 * only read.
 *
 * Then the other side: values full of quotes, $(), backticks, semicolons and newlines that are
 * valid must be treated as data all the way - into the image, the OMI's tags and description,
 * the mount point - and never run: the marker file they try to create must never exist.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { ActionJob, readFromDiskImage, type Inputs } from '../helpers/action.js'
import { runRefused } from '../helpers/bad-input.js'
import { createSnapshot, mountsUnder, registerImage, tagsOf } from '../helpers/orphans.js'
import { oapiCaller } from '../helpers/sim-client.js'

/** What the cases need from the simulator. */
interface Seeded {
  baseImage: string
  takenName: string
  accountId: string
  /** A directory with a tmpfs mounted on it (a canary: it must stay mounted). */
  mountedDirectory: string
}

interface BadInput {
  name: string
  /** Merged over a valid build's inputs; '' unsets an input. */
  inputs: (seeded: Seeded) => Inputs
  /** Files written in the workspace first (config_file, provisioning sources). */
  files?: Record<string, string>
  /** The option the error must name. */
  option: string
  /** A fragment of what the error must say. */
  says: string | RegExp
  /** config: refused before any API call; check: refused by the checks, which only read. */
  phase: 'config' | 'check'
}

const hostile = '$(touch /tmp/pwned) `touch /tmp/pwned`; echo pwned'

const cases: BadInput[] = [
  // Wrong types and out-of-range values
  {
    name: 'a size that is not a number',
    inputs: () => ({ root_volume_size: 'ten' }),
    option: 'root_volume_size',
    says: '"ten" is not a whole number from 0 to 14901',
    phase: 'config'
  },
  {
    name: 'a size above the BSU maximum',
    inputs: () => ({ root_volume_size: '20000' }),
    option: 'root_volume_size',
    says: 'is out of range',
    phase: 'config'
  },
  {
    name: 'a negative size',
    inputs: () => ({ root_volume_size: '-5' }),
    option: 'root_volume_size',
    says: 'is out of range',
    phase: 'config'
  },
  {
    name: 'a volume type Outscale does not have',
    inputs: () => ({ root_volume_type: 'gp3' }),
    option: 'root_volume_type',
    says: '"gp3" is not allowed; use standard, gp2 or io1',
    phase: 'config'
  },
  {
    name: 'iops on a gp2 volume',
    inputs: () => ({ root_volume_type: 'gp2', root_volume_iops: '500' }),
    option: 'root_volume_iops',
    says: 'only io1 volumes take IOPS',
    phase: 'config'
  },
  {
    name: 'an io1 volume without iops',
    inputs: () => ({ root_volume_type: 'io1' }),
    option: 'root_volume_iops',
    says: 'required when root_volume_type is io1',
    phase: 'config'
  },
  {
    name: 'io1 iops above 13000',
    inputs: () => ({ root_volume_type: 'io1', root_volume_iops: '20000' }),
    option: 'root_volume_iops',
    says: 'io1 volumes take 100 to 13000 IOPS',
    phase: 'config'
  },
  {
    name: 'io1 iops above 300 per GiB',
    inputs: () => ({ root_volume_type: 'io1', root_volume_iops: '3000', root_volume_size: '5' }),
    option: 'root_volume_iops',
    says: 'more than 300 IOPS per GiB',
    phase: 'config'
  },
  {
    name: 'a boolean written yes',
    inputs: () => ({ force_deregister: 'yes' }),
    option: 'force_deregister',
    says: '"yes" is not a boolean; write true or false',
    phase: 'config'
  },
  {
    name: 'an account id that is not 12 digits',
    inputs: () => ({ omi_account_ids: '1234' }),
    option: 'omi_account_ids[0]',
    says: 'is not an Outscale account id (12 digits)',
    phase: 'config'
  },
  {
    name: 'a boot mode that does not exist',
    inputs: () => ({ omi_boot_modes: 'bios' }),
    option: 'omi_boot_modes[0]',
    says: '"bios" is not allowed; use legacy or uefi',
    phase: 'config'
  },
  {
    name: 'a timeout that is not a duration',
    inputs: () => ({ timeouts: 'snapshot: soon' }),
    option: 'timeouts.snapshot',
    says: 'is not a duration',
    phase: 'config'
  },
  {
    name: 'a mount partition that is not a number',
    inputs: () => ({ mount_partition: 'first' }),
    option: 'mount_partition',
    says: 'is not a partition number',
    phase: 'config'
  },
  {
    name: 'a source OMI given by name instead of id',
    inputs: () => ({ source_omi: 'Debian-12' }),
    option: 'source_omi',
    says: 'is not an OMI id like ami-12345678',
    phase: 'config'
  },
  {
    name: 'an orphan age of one minute',
    inputs: () => ({ cleanup_orphans: '60' }),
    option: 'cleanup_orphans',
    says: '"60" is too young',
    phase: 'config'
  },
  // Conflicting and missing options
  {
    name: 'no omi_name',
    inputs: () => ({ omi_name: '' }),
    option: 'omi_name',
    says: 'required',
    phase: 'config'
  },
  {
    name: 'cleanup_orphans with a source but no omi_name',
    inputs: () => ({ omi_name: '', cleanup_orphans: '6h' }),
    option: 'omi_name',
    says: 'to only sweep orphans, leave the source options unset',
    phase: 'config'
  },
  {
    name: 'from_scratch without what it needs',
    inputs: () => ({ source_omi: '', from_scratch: 'true' }),
    option: 'root_volume_size',
    says: 'required with from_scratch',
    phase: 'config'
  },
  {
    name: 'snapshot_users and snapshot_account_ids both',
    inputs: () => ({ snapshot_users: '123456789012', snapshot_account_ids: '123456789012' }),
    option: 'snapshot_users',
    says: 'set only one',
    phase: 'config'
  },
  {
    name: 'a filter without owners',
    inputs: () => ({ source_omi: '', source_omi_filter: 'filters: { image-name: "Debian-*" }' }),
    option: 'source_omi_filter.owners',
    says: 'list the accounts you trust',
    phase: 'config'
  },
  {
    name: 'access_key without secret_key',
    inputs: () => ({ secret_key: '' }),
    option: 'secret_key',
    says: 'not set, while access_key is set',
    phase: 'config'
  },
  {
    name: 'a region unlike any Outscale region',
    inputs: () => ({ region: 'moon-base' }),
    option: 'region',
    says: 'does not look like an Outscale region',
    phase: 'config'
  },
  {
    name: 'a region other than the runner VM one',
    inputs: () => ({ region: 'us-east-2' }),
    option: 'region',
    says: 'but this runner VM is in',
    phase: 'config'
  },
  // Unknown keys and broken YAML
  {
    name: 'an unknown key in config_file',
    inputs: () => ({ config_file: 'build.yml' }),
    files: { 'build.yml': 'omi_nmae: app\n' },
    option: 'omi_nmae',
    says: 'unknown option; did you mean "omi_name"? (from config_file build.yml)',
    phase: 'config'
  },
  {
    name: 'broken YAML in config_file',
    inputs: () => ({ config_file: 'build.yml' }),
    files: { 'build.yml': 'tags: { Name: app\nomi_name: [\n' },
    option: 'config_file',
    says: 'is not valid YAML or JSON',
    phase: 'config'
  },
  {
    name: 'a config_file that does not exist',
    inputs: () => ({ config_file: 'missing.yml' }),
    option: 'config_file',
    says: 'cannot read "missing.yml"',
    phase: 'config'
  },
  {
    name: 'a Packer HCL template with a data source',
    inputs: () => ({ config_file: 'build.pkr.hcl' }),
    files: { 'build.pkr.hcl': 'data "amazon-ami" "base" {\n  most_recent = true\n}\n' },
    option: 'config_file',
    says: 'build.pkr.hcl:1: data sources are not supported',
    phase: 'config'
  },
  {
    name: 'broken YAML in the tags input',
    inputs: () => ({ tags: 'Name: [unclosed' }),
    option: 'tags',
    says: 'is not valid YAML',
    phase: 'config'
  },
  {
    name: 'tags given as a list',
    inputs: () => ({ tags: '- Name\n- app' }),
    option: 'tags',
    says: 'expected a YAML map (name: value)',
    phase: 'config'
  },
  {
    name: 'an unknown timeouts phase',
    inputs: () => ({ timeouts: 'snapshots: 1h' }),
    option: 'timeouts',
    says: 'unknown key "snapshots"; did you mean "snapshot"?',
    phase: 'config'
  },
  {
    name: 'an unknown filter name',
    inputs: (s) => ({
      source_omi: '',
      source_omi_filter: `filters: { name: x }\nowners: ["${s.accountId}"]`
    }),
    option: 'source_omi_filter.filters',
    says: 'unknown filter "name"',
    phase: 'config'
  },
  {
    name: 'a chroot mount with two elements',
    inputs: () => ({ chroot_mounts: '- [proc, /proc]' }),
    option: 'chroot_mounts[0]',
    says: 'must have exactly three elements',
    phase: 'config'
  },
  // Templates
  {
    name: 'an unclosed template',
    inputs: () => ({ omi_name: 'app-{{timestamp' }),
    option: 'omi_name',
    says: /omi_name: .*(Parse error|parse)/i,
    phase: 'config'
  },
  {
    name: 'an unknown template variable',
    inputs: () => ({ omi_description: 'from {{.SourceAMI}}' }),
    option: 'omi_description',
    says: 'SourceAMI',
    phase: 'config'
  },
  {
    name: 'an unknown template function',
    inputs: () => ({ omi_name: 'app-{{ timestamps }}' }),
    option: 'omi_name',
    says: 'timestamps',
    phase: 'config'
  },
  {
    name: 'a variable that does not exist in that option',
    inputs: () => ({ post_mount_commands: 'ls {{.Command}}' }),
    option: 'post_mount_commands',
    says: 'Command',
    phase: 'config'
  },
  {
    name: 'a command_wrapper without {{.Command}}',
    inputs: () => ({ command_wrapper: 'sudo' }),
    option: 'command_wrapper',
    says: 'must contain {{.Command}}',
    phase: 'config'
  },
  // Devices and paths
  {
    name: 'the root device as device_path',
    inputs: () => ({ device_path: '/dev/sda' }),
    option: 'device_path',
    says: 'is not a device name OAPI can link',
    phase: 'config'
  },
  {
    name: 'a partition as device_path',
    inputs: () => ({ device_path: '/dev/xvdf1' }),
    option: 'device_path',
    says: 'is not a device name OAPI can link',
    phase: 'config'
  },
  {
    name: 'an NVMe name as device_path',
    inputs: () => ({ device_path: '/dev/nvme1n1' }),
    option: 'device_path',
    says: 'is not a device name OAPI can link',
    phase: 'config'
  },
  {
    name: 'shell code in nvme_device_path',
    inputs: () => ({ nvme_device_path: '/dev/nvme1n1;touch${IFS}/tmp/pwned' }),
    option: 'nvme_device_path',
    says: 'is not a device path under /dev/ of letters, digits',
    phase: 'config'
  },
  {
    name: 'a provision_files destination climbing out of the image',
    inputs: () => ({ provision_files: 'files/app.conf:/../../etc/cron.d/evil' }),
    files: { 'files/app.conf': 'x' },
    option: 'provision_files[0]',
    says: 'contains ".."',
    phase: 'config'
  },
  {
    name: 'a provision_files destination climbing out, as a map',
    inputs: () => ({ provision_files: '- {source: files/app.conf, destination: /etc/../../root}' }),
    files: { 'files/app.conf': 'x' },
    option: 'provision_files[0]',
    says: 'contains ".."',
    phase: 'config'
  },
  {
    name: 'a relative provision_files destination',
    inputs: () => ({ provision_files: 'files/app.conf:etc/app.conf' }),
    files: { 'files/app.conf': 'x' },
    option: 'provision_files[0]',
    says: 'is not source:destination with an absolute destination',
    phase: 'config'
  },
  {
    // Directories are copied now (docs/provisioners.md); a download may not leave the workspace.
    name: 'a provision_files download written outside the workspace',
    inputs: () => ({
      provision_files: '- {source: /etc/shadow, destination: ../../shadow, direction: download}'
    }),
    option: 'provision_files',
    says: 'of a download is outside the workspace',
    phase: 'config'
  },
  {
    name: 'a provision_files source that does not exist',
    inputs: () => ({ provision_files: 'nowhere.conf:/etc/app.conf' }),
    option: 'provision_files',
    says: 'does not exist',
    phase: 'config'
  },
  {
    name: 'a provision script that does not exist',
    inputs: () => ({ provision_scripts: 'scripts/setup.sh' }),
    option: 'provision_scripts',
    says: 'does not exist',
    phase: 'config'
  },
  {
    name: 'a relative copy_files path',
    inputs: () => ({ copy_files: 'etc/resolv.conf' }),
    option: 'copy_files[0]',
    says: 'is not an absolute path',
    phase: 'config'
  },
  // Shell metacharacters in names and paths
  {
    name: 'shell code in omi_name',
    inputs: () => ({ omi_name: 'app;rm -rf /' }),
    option: 'omi_name',
    says: 'contains ";"',
    phase: 'config'
  },
  {
    name: 'a command substitution in omi_name',
    inputs: () => ({ omi_name: 'app-$(touch /tmp/pwned)' }),
    option: 'omi_name',
    says: 'contains "$"',
    phase: 'config'
  },
  {
    name: 'backticks in omi_name',
    inputs: () => ({ omi_name: 'app-`id`' }),
    option: 'omi_name',
    says: 'contains "`"',
    phase: 'config'
  },
  {
    name: 'a shell in a provision_env name',
    inputs: () => ({ provision_env: '$(touch /tmp/pwned)=1' }),
    option: 'provision_env',
    says: 'is not a variable name',
    phase: 'config'
  },
  {
    name: 'a provision_env line without =',
    inputs: () => ({ provision_env: 'JUST_A_NAME' }),
    option: 'provision_env[0]',
    says: 'is not in KEY=VALUE form',
    phase: 'config'
  },
  {
    name: 'a pipeline as provision_shell',
    inputs: () => ({ provision_shell: '/bin/sh -e | tee /tmp/pwned' }),
    option: 'provision_shell',
    says: 'is not a program and its options',
    phase: 'config'
  },
  {
    name: 'a mount option that mount would read as a flag',
    inputs: () => ({ mount_options: '--bind' }),
    option: 'mount_options[0]',
    says: 'which mount would read as a flag',
    phase: 'config'
  },
  {
    name: 'a mount option with a space',
    inputs: () => ({ mount_options: 'ro remount' }),
    option: 'mount_options[0]',
    says: 'it contains a space',
    phase: 'config'
  },
  {
    name: 'a shell-special mount_path pasted into a shell command',
    inputs: () => ({
      mount_path: `/mnt/osc chroot ${hostile}/{{.Device}}`,
      post_mount_commands: 'ls {{.MountPath}}'
    }),
    option: 'mount_path',
    says: 'pastes {{.MountPath}} into shell text unquoted',
    phase: 'config'
  },
  // A mount_path that would aim the build (and its cleanup) at the runner's own system
  {
    name: 'mount_path /',
    inputs: () => ({ mount_path: '/' }),
    option: 'mount_path',
    says: `"/" is the root of the runner's own file system`,
    phase: 'config'
  },
  {
    name: 'a mount_path inside a system directory',
    inputs: () => ({ mount_path: '/usr/local/chroot' }),
    option: 'mount_path',
    says: 'is inside the system directory /usr',
    phase: 'config'
  },
  {
    name: 'a relative mount_path',
    inputs: () => ({ mount_path: 'chroot/{{.Device}}' }),
    option: 'mount_path',
    says: 'is a relative path; use an absolute one',
    phase: 'config'
  },
  {
    name: 'a fixed mount_path that is already a mount point',
    inputs: (s) => ({ mount_path: s.mountedDirectory }),
    option: 'mount_path',
    says: 'is a mount point (canary-mount, tmpfs)',
    phase: 'check'
  },
  {
    name: 'a tag key the build reserves for its own tags',
    inputs: () => ({ tags: 'osc-chroot:build-id: mine' }),
    option: 'tags',
    says: 'reserved for the tags the build puts on its temporary resources',
    phase: 'config'
  },
  // Only the API can tell: refused by the checks, which only read
  {
    name: 'a source OMI that does not exist',
    inputs: () => ({ source_omi: 'ami-0000dead' }),
    option: 'source_omi',
    says: 'no available OMI matches',
    phase: 'check'
  },
  {
    name: 'a filter matching nothing',
    inputs: (s) => ({
      source_omi: '',
      source_omi_filter: `filters: { image-name: "Nothing-like-this-*" }\nowners: ["${s.accountId}"]`
    }),
    option: 'source_omi_filter',
    says: 'no available OMI matches',
    phase: 'check'
  },
  {
    name: 'a filter matching several OMIs without most_recent',
    inputs: (s) => ({
      source_omi: '',
      source_omi_filter: `filters: { image-name: "Bad-input-multi-*" }\nowners: ["${s.accountId}"]`
    }),
    option: 'source_omi_filter',
    says: 'set most_recent: true to take the newest',
    phase: 'check'
  },
  {
    name: 'an omi_name already taken',
    inputs: (s) => ({ omi_name: s.takenName }),
    option: 'omi_name',
    says: 'is already used by',
    phase: 'check'
  }
]

describe('hostile and mistaken input, through the bundled action', () => {
  let sim: Simulator
  let seeded: Seeded
  // Our own mount root: other suites' builds mount under the default one at the same time.
  let mountRoot: string

  beforeAll(async () => {
    mountRoot = mkdtempSync(join(tmpdir(), 'osc-chroot-bad-input-mnt-'))
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    const base = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Bad-input-base' })
    await sim.seedImage({ kind: 'ext4-partitioned', name: 'Bad-input-multi-1' })
    await sim.seedImage({ kind: 'ext4-partitioned', name: 'Bad-input-multi-2' })
    const call = oapiCaller(sim)
    const takenName = `taken-name-${Date.now()}`
    await registerImage(call, await createSnapshot(call, sim, {}), takenName)
    // Beside mountRoot, not in it: the valid cases check that nothing is left mounted there.
    const mountedDirectory = mkdtempSync(join(tmpdir(), 'osc-chroot-bad-input-taken-'))
    execFileSync('mount', ['-t', 'tmpfs', 'canary-mount', mountedDirectory])
    seeded = { baseImage: base.imageId, takenName, accountId: sim.accountId, mountedDirectory }
  })

  afterAll(async () => {
    await sim?.stop()
    if (seeded) {
      execFileSync('umount', [seeded.mountedDirectory])
      rmdirSync(seeded.mountedDirectory)
    }
    if (mountRoot) rmdirSync(mountRoot)
  })

  it('has at least 40 bad configurations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', async (_name, testCase) => {
    const inputs = {
      source_omi: seeded.baseImage,
      omi_name: 'bad-input-{{timestamp}}',
      mount_path: `${mountRoot}/{{.Device}}`,
      ...testCase.inputs(seeded)
    }
    const refusal = await runRefused(sim, inputs, testCase.files)
    expect(refusal.result.exitCode).not.toBe(0)
    const named = refusal.errors.filter((error) => error.includes(testCase.option))
    const explained = named.filter((error) =>
      typeof testCase.says === 'string' ? error.includes(testCase.says) : testCase.says.test(error)
    )
    // On failure, show every error so that a changed wording is easy to see.
    expect({ explained: explained.length > 0, errors: refusal.errors }).toEqual({
      explained: true,
      errors: refusal.errors
    })
    expect(refusal.writes).toEqual([])
    // Refused by the configuration: not even a read was sent.
    expect(testCase.phase === 'config' ? refusal.calls : []).toEqual([])
  })

  it('left the canary mount on the taken mount_path in place', () => {
    expect(mountsUnder(seeded.mountedDirectory)).toEqual([seeded.mountedDirectory])
  })

  describe('valid values full of shell syntax are data, never code', () => {
    const marker = join(tmpdir(), `osc-chroot-pwned-${process.pid}`)
    const trap = `it's "quoted" $(touch ${marker}) \`touch ${marker}\`; touch ${marker} | cat`
    // One directory level (no / in it): the build removes the mount point, we remove this.
    let weirdDirectory: string
    beforeAll(() => {
      weirdDirectory = `${mountRoot}/a b $(touch pwned) \`touch pwned\`; it's "q"`
    })
    const wrapperRan = `${marker}-wrapper-ran`
    const jobs: ActionJob[] = []

    afterEach(() => {
      for (const job of jobs.splice(0)) job.remove()
      rmSync(marker, { force: true })
      rmSync(wrapperRan, { force: true })
    })
    afterAll(() => {
      // The build removes the mount point it made, not its parent: ours, made by mkdir -p.
      if (weirdDirectory && existsSync(weirdDirectory)) rmdirSync(weirdDirectory)
    })

    function expectNoMarker(snapshotId: string, job: ActionJob): void {
      expect(existsSync(marker)).toBe(false)
      // Where a relative `touch pwned` would have landed: the step's working directory, or /.
      expect(existsSync(join(job.workspace, 'pwned'))).toBe(false)
      expect(existsSync('/pwned')).toBe(false)
      expect(readFromDiskImage(sim.imageFile(snapshotId), [marker, '/pwned'])).toEqual({
        [marker]: { missing: true },
        '/pwned': { missing: true }
      })
    }

    it('as inputs: mount_path, provision_env, provision_files, tags and description', async () => {
      const job = new ActionJob(sim, {
        source_omi: seeded.baseImage,
        omi_name: 'hostile-inputs-{{timestamp}}',
        mount_path: `${weirdDirectory}/{{.Device}}`,
        provision_env: `TRAP=${trap}`,
        provision_files: `files/a b $(touch x).txt:/opt/it's $(touch x)/f \`y\`.txt`,
        provision: 'printf "%s" "$TRAP" > /etc/trap\npwd > /etc/cwd',
        omi_description: `from {{.SourceOMI}}: ${trap}`,
        tags: `Trap: ${JSON.stringify(trap)}\nMultiline: "line 1\\nline 2 $(touch ${marker})"`
      })
      jobs.push(job)
      const sourceFile = join(job.workspace, 'files', 'a b $(touch x).txt')
      mkdirSync(dirname(sourceFile), { recursive: true })
      writeFileSync(sourceFile, trap)
      const result = await job.main()
      if (result.exitCode !== 0) throw new Error(`the build failed:\n${result.log}`)
      const { omi_id, snapshot_id } = result.outputs

      expectNoMarker(snapshot_id, job)
      const files = readFromDiskImage(sim.imageFile(snapshot_id), [
        '/etc/trap',
        "/opt/it's $(touch x)/f `y`.txt"
      ])
      expect(files['/etc/trap'].content).toBe(trap)
      expect(files["/opt/it's $(touch x)/f `y`.txt"].content).toBe(trap)
      expect(tagsOf(sim, omi_id)).toMatchObject({
        Trap: trap,
        Multiline: `line 1\nline 2 $(touch ${marker})`
      })
      const image = sim.resources().images.find((i) => i.ImageId === omi_id)
      expect(image?.Description).toBe(`from ${seeded.baseImage}: ${trap}`)
      expect(result.log).toContain(`${weirdDirectory}/`)
      expect(mountsUnder(mountRoot)).toEqual([])
    })

    it('through a command_wrapper (a shell runs every command) and a config_file with newlines', async () => {
      const multiline = `first line\nsecond ${trap}\n\`touch ${marker}\``
      const job = new ActionJob(sim, { config_file: 'build.yml' })
      jobs.push(job)
      const config = {
        source_omi: seeded.baseImage,
        omi_name: 'hostile-wrapper-{{timestamp}}',
        mount_path: `${weirdDirectory}/{{.Device}}`,
        // A wrapper other than the default makes every host command go through /bin/sh -c.
        command_wrapper: `touch ${wrapperRan} && {{.Command}}`,
        provision_env: { TRAP: trap, MULTILINE: multiline },
        provision: 'printf "%s" "$TRAP" > /etc/trap\nprintf "%s" "$MULTILINE" > /etc/multiline',
        snapshot_tags: { Trap: multiline }
      }
      writeFileSync(join(job.workspace, 'build.yml'), JSON.stringify(config, null, 2))
      const result = await job.main()
      if (result.exitCode !== 0) throw new Error(`the build failed:\n${result.log}`)
      const { snapshot_id } = result.outputs

      expectNoMarker(snapshot_id, job)
      expect(existsSync(wrapperRan)).toBe(true)
      const files = readFromDiskImage(sim.imageFile(snapshot_id), ['/etc/trap', '/etc/multiline'])
      expect(files['/etc/trap'].content).toBe(trap)
      expect(files['/etc/multiline'].content).toBe(multiline)
      expect(tagsOf(sim, snapshot_id)).toMatchObject({ Trap: multiline })
      expect(mountsUnder(mountRoot)).toEqual([])
    })
  })
})
