/**
 * docs/troubleshooting.md quotes the action's messages in fenced `error` blocks, one a line, with
 * `…` for the parts that depend on the build. Every quoted line must still be what the action
 * prints, checked in one of three ways, cheapest honest one first:
 *   - config: loadConfig given the bad input reports exactly that problem;
 *   - produced: the real code (the client's error, the step runner) produces exactly that message;
 *   - source: for messages only a host or an end-to-end build can produce, every listed piece of
 *     the line is in src/ (string concatenations joined), and `asserted` is in a test under
 *     __tests__/ that checks the message.
 * A quoted line without a check here fails, and so does a check whose line the page lost.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeSandbox, type Sandbox } from '../fixtures/config/harness.js'
import { captureLogPerTest } from '../helpers/log-sink.js'

captureLogPerTest()

const { loadConfig, ConfigError } = await import('../../src/config/index.js')
const { OapiError, failureFromNetworkError, failureFromReply } =
  await import('../../src/oapi/errors.js')
const { CancelledError, runSteps } = await import('../../src/pipeline/runner.js')

const root = fileURLToPath(new URL('../..', import.meta.url))
const pagePath = join(root, 'docs/troubleshooting.md')
const thisFile = fileURLToPath(import.meta.url)

type Prepare = (sandbox: Sandbox) => void
type Check =
  | { config: Record<string, string>; prepare?: Prepare }
  | { produced: () => Promise<string> }
  | { source: string[]; asserted: string }

/** Every line of every ```error block of the page, whitespace collapsed. */
function quotedLines(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```error\n([\s\S]*?)^```$/gm)].map((match) => match[1])
  return blocks.flatMap((block) => block.split('\n').filter((line) => line.trim() !== ''))
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A quoted line as a pattern: literal text, `…` for anything; it must match a whole message. */
function pattern(line: string): RegExp {
  const parts = collapse(line)
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('.*?')}$`, 's')
}

/** The text of every .ts file under `dir`, literals split over lines with `+` joined again. */
function corpus(dir: string, skip?: string): string {
  const texts: string[] = []
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      if (name === 'node_modules' || name === 'fixtures') continue
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(ts|mts|mjs)$/.test(name) && full !== skip) texts.push(readFileSync(full, 'utf8'))
    }
  }
  walk(dir)
  return collapse(texts.join('\n').replace(/(['"`])\s*\+\s*(['"`])/g, ''))
}

// The minimal valid inputs of the config tests, given here so that each case reads whole.
const minimal = {
  source_omi: 'ami-12345678',
  omi_name: 'test-omi',
  access_key: 'AKTEST',
  secret_key: 'SKTEST-secret'
}
const scratch = {
  source_omi: '',
  from_scratch: 'true',
  root_volume_size: '10',
  pre_mount_commands: 'mkfs.ext4 {{.Device}}',
  root_device_name: '/dev/sda1',
  omi_block_device_mappings: '- {device_name: /dev/sda1, volume_size: 10}'
}
const write =
  (path: string, content: string): Prepare =>
  (sandbox) =>
    void sandbox.write(path, content)

/** The message a step fails with when it throws `error`, as the step runner words it. */
async function stepFailure(stepName: string, error: Error | (() => never)): Promise<string> {
  const result = await runSteps(
    [
      {
        name: stepName,
        title: stepName,
        run: async () => {
          throw typeof error === 'function' ? error() : error
        }
      }
    ],
    {},
    new AbortController().signal,
    async () => {}
  )
  return result.error?.message ?? ''
}

const apiError = (
  call: string,
  failure: ReturnType<typeof failureFromReply>,
  more: { idempotent?: boolean; attempts?: number; gaveUp?: 'attempts' } = {}
) =>
  new OapiError({
    call,
    failure,
    retryable: false,
    attempts: more.attempts ?? 1,
    gaveUp: more.gaveUp,
    elapsedMs: 2300,
    idempotent: more.idempotent ?? true,
    region: 'eu-west-2'
  })
const reply = (status: number, type: string, code: string, details = '') =>
  JSON.stringify({
    Errors: [{ Type: type, Code: code, Details: details }],
    ResponseContext: { RequestId: '0475ca1e-request' }
  })

/** The message of a build cancelled by SIGINT at a step: before it starts, or while it runs. */
async function cancelled(where: 'before' | 'during'): Promise<string> {
  const controller = new AbortController()
  const stop = () => controller.abort(new CancelledError('the build was cancelled (SIGINT)'))
  if (where === 'before') stop()
  const result = await runSteps(
    [
      {
        name: 'StepLinkVolume',
        title: 'Linking',
        run: async () => {
          stop()
          throw new Error('aborted')
        }
      }
    ],
    {},
    controller.signal,
    async () => {}
  )
  return result.error?.message ?? ''
}

const checks: Record<string, Check> = {
  // Configuration errors: loadConfig reports them, before anything else happens.
  'root_volume_size: "ten" is not a whole number from 0 to 14901': {
    config: { root_volume_size: 'ten' }
  },
  'root_volume_size: "20000" is out of range; expected a whole number from 0 to 14901': {
    config: { root_volume_size: '20000' }
  },
  'root_volume_type: "gp3" is not allowed; use standard, gp2 or io1': {
    config: { root_volume_type: 'gp3' }
  },
  'root_volume_iops: 500 is set but root_volume_type is gp2; only io1 volumes take IOPS (set root_volume_type: io1 or remove root_volume_iops)':
    { config: { root_volume_iops: '500', root_volume_type: 'gp2' } },
  'root_volume_iops: required when root_volume_type is io1; give 100 to 13000 IOPS': {
    config: { root_volume_type: 'io1' }
  },
  'root_volume_iops: 50 is out of range; io1 volumes take 100 to 13000 IOPS': {
    config: { root_volume_type: 'io1', root_volume_iops: '50' }
  },
  'root_volume_iops: 5000 is more than 300 IOPS per GiB of root_volume_size 10; use at most 3000 or a larger volume':
    { config: { root_volume_type: 'io1', root_volume_iops: '5000', root_volume_size: '10' } },
  'global_permission: "yes" is not a boolean; write true or false': {
    config: { global_permission: 'yes' }
  },
  'omi_account_ids[0]: "1234" is not an Outscale account id (12 digits)': {
    config: { omi_account_ids: '1234' }
  },
  'omi_boot_modes[0]: "bios" is not allowed; use legacy or uefi': {
    config: { omi_boot_modes: 'bios' }
  },
  'timeouts.snapshot: "soon" is not a duration; write seconds (600) or e.g. 90s, 10m, 2h, 1h30m': {
    config: { timeouts: 'snapshot: soon' }
  },
  'timeouts: unknown key "snapshots"; did you mean "snapshot"?': {
    config: { timeouts: 'snapshots: 1h' }
  },
  'mount_partition: "first" is not a partition number (0 = the whole device) or auto': {
    config: { mount_partition: 'first' }
  },
  'source_omi: "Debian-12" is not an OMI id like ami-12345678 (to choose an OMI by name, use source_omi_filter)':
    { config: { source_omi: 'Debian-12' } },
  'source_omi_filter.owners: required when the source OMI is chosen by filters alone, since anyone can publish an OMI with a matching name; …':
    { config: { source_omi: '', source_omi_filter: 'filters: { image-name: "Debian-12-*" }' } },
  'source_omi_filter.filters: unknown filter "name"; known filters: account-alias, account-id, …': {
    config: { source_omi: '', source_omi_filter: 'filters: { name: x }\nowners: [Outscale]' }
  },
  'omi_name: required; e.g. omi_name: "app-{{timestamp}}"': { config: { omi_name: '' } },
  'omi_name: "app;rm -rf /" contains ";"; OMI names allow only letters, digits, space and ( ) / . - _. Pass the text that may hold others through clean_resource_name, …':
    { config: { omi_name: 'app;rm -rf /' } },
  'omi_name: "x" is 1 characters long; OMI names have 3 to 128': { config: { omi_name: 'x' } },
  'root_volume_size: required with from_scratch: the size of the new volume in GiB': {
    config: { ...scratch, root_volume_size: '' }
  },
  'pre_mount_commands: required with from_scratch: commands that partition and format {{.Device}}':
    {
      config: { ...scratch, pre_mount_commands: '' }
    },
  'snapshot_users: snapshot_account_ids is set too; snapshot_users is another name for it, set only one':
    { config: { snapshot_users: '012345678901', snapshot_account_ids: '012345678901' } },
  'secret_key: not set, while access_key is set in the action inputs; set both there, or neither': {
    config: { secret_key: '' }
  },
  'access_key, secret_key: no credentials found; set the access_key and secret_key inputs (from secrets), the OSC_ACCESS_KEY and OSC_SECRET_KEY environment variables, or a profile in ~/.osc/config.json':
    { config: { access_key: '', secret_key: '' } },
  'region: "moon-base" does not look like an Outscale region (e.g. eu-west-2); set skip_region_validation: true to use it anyway':
    { config: { region: 'moon-base' } },
  'omi_nmae: unknown option; did you mean "omi_name"? (from config_file build.yml)': {
    config: { config_file: 'build.yml' },
    prepare: write('build.yml', 'omi_nmae: x\n')
  },
  'config_file: is not valid YAML or JSON: …': {
    config: { config_file: 'build.yml' },
    prepare: write('build.yml', 'a: [\n')
  },
  'config_file: cannot read "missing.yml" (in …): ENOENT': {
    config: { config_file: 'missing.yml' }
  },
  'tags: is not valid YAML: …': { config: { tags: 'a: [' } },
  'tags: expected a YAML map (name: value), got a list': { config: { tags: '- a' } },
  'tags: "osc-chroot:build-id": tag keys starting with "osc-chroot:" are reserved for the tags the build puts on its temporary resources (the orphan sweep relies on them); choose another key':
    { config: { tags: 'osc-chroot:build-id: x' } },
  'chroot_mounts[0]: ["proc","proc"] must have exactly three elements: [fstype, source, target-inside-chroot]':
    { config: { chroot_mounts: '- [proc, proc]' } },
  'omi_name: cannot read template "app-{{timestamp": Parse error on line 1: …': {
    config: { omi_name: 'app-{{timestamp' }
  },
  'tags: unknown template variable "SourceAMI" in "{{.SourceAMI}}". Variables available in tags: {{.BuildRegion}}, {{.SourceOMI}}, {{.SourceOMIName}}, {{.SourceOMITags.<key>}}; functions: …':
    { config: { tags: 'Name: "{{.SourceAMI}}"' } },
  'command_wrapper: "sudo" must contain {{.Command}}, e.g. "sudo {{.Command}}"': {
    config: { command_wrapper: 'sudo' }
  },
  'command_wrapper: "sh -c \'{{.Command}}\'" puts {{.Command}} inside quotes, where a shell would read the command as text again …':
    { config: { command_wrapper: "sh -c '{{.Command}}'" } },
  'device_path: "/dev/sda" is not a device name OAPI can link; use /dev/xvd or /dev/sd followed by a letter from b to z and an optional second letter (e.g. /dev/xvdf)':
    { config: { device_path: '/dev/sda' } },
  'nvme_device_path: "/dev/nvme 1" is not a device path under /dev/ of letters, digits and / . _ - (e.g. /dev/sda1, /dev/nvme1n1)':
    { config: { nvme_device_path: '/dev/nvme 1' } },
  'provision_files[0]: destination "/../../etc/x" contains "..": give the absolute path inside the image without it (e.g. /etc/app.conf)':
    { config: { provision_files: 'a.conf:/../../etc/x' }, prepare: write('a.conf', 'x') },
  'provision_files[0]: "a:b" is not source:destination with an absolute destination (e.g. files/app.conf:/etc/app.conf)':
    { config: { provision_files: 'a:b' } },
  'provision_files: source "…/nope.conf" does not exist': {
    config: { provision_files: 'nope.conf:/etc/x' }
  },
  'provision_scripts: "…/nope.sh" does not exist': { config: { provision_scripts: 'nope.sh' } },
  'provision_scripts: "…/dir" is not a file': {
    config: { provision_scripts: 'dir' },
    prepare: write('dir/file', 'x')
  },
  'copy_files[0]: "etc/resolv.conf" is not an absolute path (it must start with /)': {
    config: { copy_files: 'etc/resolv.conf' }
  },
  'provision_env: "A-B" is not a variable name (letters, digits and _, not first a digit)': {
    config: { provision_env: 'A-B=1' }
  },
  'provision_env[0]: is not in KEY=VALUE form': { config: { provision_env: 'AB' } },
  'provision_shell: "bash | tee" is not a program and its options (no pipes, ;, &&, redirections or globs), e.g. "/bin/sh -e" or "/bin/bash -eux"':
    { config: { provision_shell: 'bash | tee' } },
  'mount_options[0]: "--bind" is not a mount option: it starts with "-", which mount would read as a flag':
    { config: { mount_options: '--bind' } },
  'mount_path: "/mnt/a b;c" holds characters a shell would interpret (such as spaces, quotes, $, ` or ;), and post_mount_commands pastes {{.MountPath}} into shell text unquoted: use a mount_path of letters, digits and / . _ - only':
    { config: { mount_path: '/mnt/a b;c', post_mount_commands: 'ls {{.MountPath}}' } },
  'mount_path: "/" is the root of the runner\'s own file system: use a directory of its own, such as /mnt/osc-chroot/{{.Device}} (the default); …':
    { config: { mount_path: '/' } },
  'mount_path: "/var" is the system directory /var: use a directory of its own, …': {
    config: { mount_path: '/var' }
  },
  'mount_path: "/usr/x" is inside the system directory /usr: use a directory of its own, …': {
    config: { mount_path: '/usr/x' }
  },
  'mount_path: "mnt/x" is a relative path; use an absolute one such as /mnt/osc-chroot/{{.Device}}: …':
    { config: { mount_path: 'mnt/x' } },
  'cleanup_orphans: "60" is too young: an orphan must be at least 10m old, so that the resources of builds still running are never swept; use an age longer than your longest build, e.g. 6h':
    { config: { cleanup_orphans: '60' } },

  // Found by the checks and on the runner: only a build against the simulator reaches them.
  'StepSourceOmi: no available OMI matches source_omi/source_omi_filter (…). Check the id, the filters and the owners.':
    {
      source: [
        'no available OMI matches source_omi/source_omi_filter (',
        'Check the id, the filters and the owners.'
      ],
      asserted: 'no available OMI matches'
    },
  'StepSourceOmi: 2 OMIs match source_omi_filter (…): …. Make the filters more specific, or set most_recent: true to take the newest.':
    {
      source: [
        ' OMIs match source_omi_filter (',
        'Make the filters more specific, or set most_recent: true to take the newest.'
      ],
      asserted: 'set most_recent: true to take the newest'
    },
  'StepPrevalidateName: omi_name "…" is already used by ami-… in this account. …': {
    source: ['StepPrevalidateName', 'is already used by', 'in this account. '],
    asserted: 'is already used by'
  },
  'region is us-east-2 but this runner VM is in eu-west-2 (eu-west-2a). …': {
    source: ['region is ', ' but this runner VM is in '],
    asserted: 'but this runner VM is in'
  },
  'mount_path /mnt is a mount point (/dev/vdb, ext4): another build, an earlier one, or the runner uses it, and a build only mounts on a directory of its own. …':
    {
      source: [
        'is a mount point',
        'another build, an earlier one, or the runner uses it, and a build only mounts on a directory of its own.'
      ],
      asserted: 'is a mount point'
    },
  'mount_path /mnt/fixed is in use by build … (pid …) on this runner. …': {
    source: ['mount_path ', ' is in use by build ', ' on this runner'],
    asserted: 'is in use by build'
  },
  'nvme_device_path /dev/vda is not the volume this build linked as /dev/xvdf: it is the disk holding /. …':
    {
      source: ['is not the volume this build linked as ', 'it is the disk holding /'],
      asserted: 'is not the volume this build linked'
    },
  '/mnt/x holds …, not the mount this build made …: left alone …': {
    source: [' holds ', ', not the mount this build made', ': left alone'],
    asserted: 'not the mount this build made'
  },

  // API errors: the client's own error, failed in a step as the step runner words it.
  "StepCheckCredentials: ReadVms failed: no response from https://…: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT). The endpoint's TLS certificate was refused. Fix the certificate (or the endpoint URL); only for a test endpoint, set insecure_skip_tls_verify: true.":
    {
      produced: () => {
        const refusal = Object.assign(new Error('self-signed certificate'), {
          code: 'DEPTH_ZERO_SELF_SIGNED_CERT'
        })
        const url = 'https://api.eu-west-2.outscale.com/api/v1/ReadVms'
        return stepFailure(
          'StepCheckCredentials',
          apiError('ReadVms', failureFromNetworkError(refusal, url))
        )
      }
    },
  'StepX: ReadVolumes failed: HTTP 429 AccessDenied (24): … Gave up after 8 attempts (the maximum) in …. Outscale is throttling requests (…). …':
    {
      produced: () =>
        stepFailure(
          'StepX',
          apiError(
            'ReadVolumes',
            failureFromReply(429, reply(429, 'AccessDenied', '24', 'Too many requests')),
            {
              attempts: 8,
              gaveUp: 'attempts'
            }
          )
        )
    },
  'StepCreateVolume: CreateVolume failed: HTTP 400 InvalidParameterValue (4078): … [request id …].':
    {
      produced: () =>
        stepFailure(
          'StepCreateVolume',
          apiError(
            'CreateVolume',
            failureFromReply(400, reply(400, 'InvalidParameterValue', '4078', 'Size too small'))
          )
        )
    },
  'StepRegisterOmi: CreateImage failed: HTTP 500 … [request id …]. CreateImage is not idempotent, so it was not retried: the request may or may not have taken effect. …':
    {
      produced: () =>
        stepFailure(
          'StepRegisterOmi',
          apiError('CreateImage', failureFromReply(500, reply(500, 'DefaultError', '0')), {
            idempotent: false
          })
        )
    },
  'StepLinkVolume: LinkVolume failed: HTTP 409 ResourceConflict (9004) … Outscale answered that the resource is not in a state that allows LinkVolume (a conflict, HTTP 409): the call was not sent again, since the same request gets the same answer.':
    {
      produced: () =>
        stepFailure(
          'StepLinkVolume',
          apiError('LinkVolume', failureFromReply(409, reply(409, 'ResourceConflict', '9004')))
        )
    },
  'snapshotting vol-…: the account has too many snapshots in progress: code 10008, trying again in …':
    {
      source: [
        'snapshotting ',
        ': the account has too many snapshots in progress',
        'trying again in '
      ],
      asserted: 'too many snapshots in progress: code 10008, trying again'
    },
  "This access key is denied ReadAccounts (HTTP 403) and the runner VM i-… has no network interface naming its account, …: allow ReadAccounts in the key's EIM policy.":
    {
      source: [
        'This access key is denied ReadAccounts (HTTP 403) and the runner VM ',
        ' has no network interface naming its account, ',
        "allow ReadAccounts in the key's EIM policy."
      ],
      asserted: 'denied ReadAccounts'
    },
  'StepTags: CreateTags failed: … The OMI ami-… and its snapshot snap-… are registered and kept (outputs omi_id and snapshot_id): add the tags and snapshot_tags by hand, then use it or deregister it.':
    {
      source: [
        ' are registered and kept (outputs omi_id and snapshot_id): ',
        'add the tags and snapshot_tags by hand',
        'then use it or deregister it.'
      ],
      asserted: 'registered and kept'
    },

  // Resources going bad: the waiters, reached by host and end-to-end builds.
  'StepCreateVolume: Stopped waiting for volume vol-… to be available: the volume went to state error (state error, after 1 s). Outscale will not recover it: run the build again, and if it fails the same way, give Outscale support the resource id above.':
    {
      source: [
        'Stopped waiting for ',
        'the volume went to state error',
        ' Outscale will not recover it: run the build again, and if it fails the same way, give Outscale support the resource id above.'
      ],
      asserted: 'the volume went to state error'
    },
  'StepSnapshot: Stopped waiting for snapshot snap-… to be completed: the snapshot went to state error …':
    {
      source: ['to be completed', 'the snapshot went to state error'],
      asserted: 'the snapshot went to state error'
    },
  'StepRegisterOmi: Stopped waiting for OMI ami-… to be available: the OMI failed: …': {
    source: ['to be available', 'the OMI failed: '],
    asserted: 'the OMI failed'
  },
  'StepLinkVolume: Timed out after 3 s waiting for volume vol-… to be linked to VM i-… (last state: in-use, link attaching). If this is only slow, raise "link" in the timeouts input (now 3 s).':
    {
      source: [
        'Timed out after ',
        ' waiting for ',
        '(last state: ',
        'If this is only slow, raise "',
        '" in the timeouts input (now '
      ],
      asserted: 'If this is only slow, raise'
    },
  'StepLinkVolume: The volume linked as /dev/xvdf did not appear as a block device within 2 s (timeouts.device). Looked for: /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sdf: missing; /dev/xvdf: missing; new disks since the link: none. …':
    {
      source: [
        'The volume linked as ',
        ' did not appear as a block device within ',
        ' s (timeouts.device). Looked for: ',
        'new disks since the link: '
      ],
      asserted: 'did not appear as a block device'
    },

  // Local failures: host and end-to-end builds on real loop devices.
  'StepMount: mount_partition 7: /dev/sdb has no partition 7 (partitions of /dev/sdb: 1 (/dev/sdb1)). Set mount_partition to one of them, 0 for the whole disk, or auto.':
    {
      source: [
        'mount_partition ',
        ' has no partition ',
        'Set mount_partition to one of them, 0 for the whole disk, or auto.'
      ],
      asserted: 'has no partition'
    },
  'StepMount: Cannot mount /dev/sdb1 (ext4, partition 1) at /mnt/osc-chroot/sdb with mount_options ["no_such_option"]: … Check that every mount_options entry is an option ext4 accepts, and mount_partition.':
    {
      source: [
        'Cannot mount ',
        ', partition ',
        'Check that every mount_options entry is an option ',
        ' accepts, and mount_partition.'
      ],
      asserted: 'Check that every mount_options entry'
    },
  'StepPreMountCommands: pre_mount_commands[1] failed with exit code 3: …': {
    source: ['StepPreMountCommands', ' failed with exit code '],
    asserted: 'failed with exit code'
  },
  'StepPostMountCommands: post_mount_commands[1] failed with exit code 3: …': {
    source: ['StepPostMountCommands', ' failed with exit code '],
    asserted: 'failed with exit code'
  },
  'StepProvision: provision failed with exit code 5 in the chroot.': {
    source: ['StepProvision', ' failed with exit code ', ' in the chroot.'],
    asserted: 'in the chroot.'
  },
  'StepProvision: provision_scripts[0] (/home/runner/work/repo/setup.sh) failed with exit code 5 in the chroot.':
    {
      source: ['StepProvision', ' failed with exit code ', ' in the chroot.'],
      asserted: 'in the chroot.'
    },
  'Stopping 2 process(es) left running in the chroot:': {
    source: ['Stopping ', ' process(es) left running in the chroot:'],
    asserted: 'left running in the chroot'
  },
  'Still using /mnt/osc-chroot/xvdf: pid …; kill_chroot_processes is false. It may block the unmount.':
    {
      source: ['Still using ', 'kill_chroot_processes is false', '. It may block the unmount.'],
      asserted: 'Still using'
    },
  'StepUnmount: Cannot unmount /mnt/osc-chroot/xvdf: target is busy (… attempts over 30 s). Processes using /mnt/osc-chroot/xvdf: … Stop them and run the unmount again; the volume stays linked until /mnt/osc-chroot/xvdf is unmounted.':
    {
      source: [
        'StepUnmount',
        'Cannot unmount ',
        ': target is busy (',
        ' attempts over ',
        'Processes using ',
        'Stop them and run the unmount again; the volume stays linked until ',
        ' is unmounted.'
      ],
      asserted: 'target is busy'
    },
  'Cleanup also failed: could not clean up everything; left behind: …': {
    source: ['Cleanup also failed: ', 'could not clean up everything; left behind:'],
    asserted: 'left behind'
  },
  '… is still mounted: not unlinking it. …': {
    source: ['is still mounted: not unlinking it. '],
    asserted: 'still mounted: not unlinking'
  },

  // Cancellation: the step runner's own words.
  'SIGINT received: stopping the build and cleaning up.': {
    source: [' received: stopping the build and cleaning up.'],
    asserted: 'received: stopping the build'
  },
  'StepLinkVolume: the build was cancelled (SIGINT) during this step.': {
    produced: () => cancelled('during')
  },
  'StepLinkVolume: the build was cancelled (SIGINT) before this step started.': {
    produced: () => cancelled('before')
  },
  'Build … left resources behind (the main step was stopped or its cleanup failed): cleaning up.': {
    source: [
      'Build ',
      ' left resources behind (the main step was stopped or its cleanup failed): cleaning up.'
    ],
    asserted: 'left resources behind'
  },
  'Everything the build created has been removed.': {
    source: ['Everything the build created has been removed.'],
    asserted: 'Everything the build created has been removed'
  }
}

const page = readFileSync(pagePath, 'utf8')
const lines = quotedLines(page)

describe('docs/troubleshooting.md', () => {
  let sandbox: Sandbox
  beforeEach(() => {
    sandbox = makeSandbox()
  })
  afterEach(() => {
    sandbox.cleanup()
  })

  it('quotes messages in error blocks, each with a check here', () => {
    expect(lines.length).toBeGreaterThan(50)
    expect(lines.filter((line) => !(collapse(line) in checks))).toEqual([])
    expect(Object.keys(checks).filter((line) => !lines.map(collapse).includes(line))).toEqual([])
  })

  const cases = Object.entries(checks)
  const configCases = cases.filter(
    (entry): entry is [string, Extract<Check, { config: unknown }>] => 'config' in entry[1]
  )
  it.each(configCases)('loadConfig reports: %s', (line, check) => {
    check.prepare?.(sandbox)
    let problems: string[] = []
    try {
      loadConfig(sandbox.sources({ ...minimal, ...check.config }))
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      problems = error.problems.map(collapse)
    }
    expect(problems.filter((problem) => pattern(line).test(problem))).toHaveLength(1)
  })

  const producedCases = cases.filter(
    (entry): entry is [string, Extract<Check, { produced: unknown }>] => 'produced' in entry[1]
  )
  it.each(producedCases)('the code produces: %s', async (line, check) => {
    expect(collapse(await check.produced())).toMatch(pattern(line))
  })

  const sourceCases = cases.filter(
    (entry): entry is [string, Extract<Check, { source: unknown }>] => 'source' in entry[1]
  )
  const sourceText = corpus(join(root, 'src'))
  const testText = corpus(join(root, '__tests__'), thisFile)
  it.each(sourceCases)('src/ says, and a test asserts: %s', (line, check) => {
    // Reported by name, not by printing the whole corpus.
    const missing = (text: string, pieces: string[]) =>
      pieces.filter((piece) => !text.includes(collapse(piece)))
    expect({ missingFromSrc: missing(sourceText, check.source) }).toEqual({ missingFromSrc: [] })
    expect({
      missingFromLine: missing(collapse(line), [
        ...check.source.map((piece) => piece.trim()),
        check.asserted
      ])
    }).toEqual({ missingFromLine: [] })
    expect({ assertedByNoTest: missing(testText, [check.asserted]) }).toEqual({
      assertedByNoTest: []
    })
  })
})
