/**
 * Packer's defaults, ours where Packer has none, and the one function that fills them into a
 * BuildConfig. Packer's are set in its Prepare:
 * https://github.com/outscale/packer-plugin-outscale/blob/35975cea494085e64650ad8bf3d23aa54a7729fc/builder/chroot/builder.go
 */
import { resolve } from 'node:path'
import type { OptionValues } from './inputs.js'
import type { BuildConfig, ChrootMount, ClientCertificate, Timeouts } from './types.js'

/** Ours: Packer's base was /mnt/packer-outscale-chroot-volumes. */
export const defaultMountPath = '/mnt/osc-chroot/{{.Device}}'

/**
 * Used when chroot_mounts is absent or empty (as in Packer). Packer bound the host's /dev and
 * mounted binfmt_misc; ours is a private /dev (standard nodes, its own devpts and shm, the build's
 * own disk: src/host/private-dev.ts), and proc and sysfs are mounted read-only.
 */
export const defaultChrootMounts: ChrootMount[] = [
  { fstype: 'proc', source: 'proc', target: '/proc' },
  { fstype: 'sysfs', source: 'sysfs', target: '/sys' },
  { fstype: 'private-dev', source: 'osc-chroot', target: '/dev' }
]

/** Copied into the image unless from_scratch (then nothing), as in Packer. */
export const defaultCopyFiles = ['/etc/resolv.conf']

/** Seconds per phase. Packer waits forever; these are generous but finite. */
export const defaultTimeouts: Timeouts = {
  volume: 10 * 60,
  link: 10 * 60,
  device: 5 * 60,
  snapshot: 2 * 60 * 60,
  omi: 60 * 60
}

/**
 * root_volume_size, or with a source the root entry's volume_size of omi_block_device_mappings
 * when that is larger: the volume is made that big, so that its file system can grow to it.
 */
function rootVolumeSize(v: OptionValues, fromScratch: boolean): number {
  const size = v.root_volume_size ?? 0
  if (fromScratch) return size
  const root = v.omi_block_device_mappings?.find((m) => m.deviceName === '/dev/sda1')
  return Math.max(size, root?.volumeSize ?? 0)
}

/** x509_cert_path and x509_key_path, relative ones from the workspace; validate.ts checks the pair. */
function clientCertificate(v: OptionValues, workspace: string): ClientCertificate | undefined {
  if (v.x509_cert_path === undefined && v.x509_key_path === undefined) return undefined
  return {
    certPath: v.x509_cert_path ? resolve(workspace, v.x509_cert_path) : '',
    keyPath: v.x509_key_path ? resolve(workspace, v.x509_key_path) : ''
  }
}

/** Fills in every option that was not set. `workspace` anchors relative provisioning paths. */
export function toBuildConfig(values: OptionValues, workspace: string): BuildConfig {
  const v = values
  const fromScratch = v.from_scratch ?? false
  const virtualizationType = v.omi_virtualization_type ?? 'hvm'
  return {
    credentials: { accessKey: v.access_key ?? '', secretKey: v.secret_key ?? '' },
    region: v.region ?? '',
    profile: v.profile ?? '',
    customEndpointOapi: v.custom_endpoint_oapi ?? '',
    insecureSkipTlsVerify: v.insecure_skip_tls_verify ?? false,
    skipRegionValidation: v.skip_region_validation ?? false,
    clientCertificate: clientCertificate(v, workspace),

    sourceOmi: v.source_omi ?? '',
    sourceOmiFilter: v.source_omi_filter,
    fromScratch,

    rootVolumeSize: rootVolumeSize(v, fromScratch),
    rootVolumeType: v.root_volume_type ?? '',
    rootVolumeIops: v.root_volume_iops ?? 0,
    rootVolumeTags: v.root_volume_tags ?? {},
    growRootFilesystem: v.grow_root_filesystem ?? true,
    devicePath: v.device_path ?? '',
    nvmeDevicePath: v.nvme_device_path ?? '',
    mountPath: v.mount_path ?? defaultMountPath,
    // Packer appended the partition only for HVM: a paravirtual image is the whole device.
    mountPartition: virtualizationType === 'paravirtual' ? '0' : (v.mount_partition ?? '1'),
    mountOptions: v.mount_options ?? [],
    preMountCommands: v.pre_mount_commands ?? [],
    postMountCommands: v.post_mount_commands ?? [],
    chrootMounts: v.chroot_mounts?.length ? v.chroot_mounts : defaultChrootMounts,
    copyFiles: v.copy_files ?? (fromScratch ? [] : defaultCopyFiles),
    commandWrapper: v.command_wrapper ?? '{{.Command}}',

    omiName: v.omi_name ?? '',
    omiDescription: v.omi_description ?? '',
    omiVirtualizationType: virtualizationType,
    omiAccountIds: v.omi_account_ids ?? [],
    globalPermission: v.global_permission ?? false,
    snapshotAccountIds: v.snapshot_account_ids ?? [],
    snapshotGroups: v.snapshot_groups ?? [],
    omiBootModes: v.omi_boot_modes ?? [],
    tpmMandatory: v.tpm_mandatory,
    productCodes: v.product_codes ?? [],
    rootDeviceName: v.root_device_name ?? '',
    omiBlockDeviceMappings: v.omi_block_device_mappings ?? [],
    forceDeregister: v.force_deregister ?? false,
    forceDeleteSnapshot: v.force_delete_snapshot ?? false,
    tags: v.tags ?? {},
    snapshotTags: v.snapshot_tags ?? {},

    provision: v.provision ?? '',
    provisionShell: v.provision_shell ?? '/bin/sh -e',
    provisionScripts: (v.provision_scripts ?? []).map((path) => resolve(workspace, path)),
    provisionFiles: (v.provision_files ?? []).map((file) =>
      file.direction === 'download'
        ? { ...file, destination: resolve(workspace, file.destination) }
        : // A trailing / on a directory means "its contents" (Packer's rule): kept.
          {
            ...file,
            source: resolve(workspace, file.source) + (file.source.endsWith('/') ? '/' : '')
          }
    ),
    provisionEnv: v.provision_env ?? {},
    provisionHostCommands: v.provision_host_commands ?? [],
    // Filled in by loadConfig from the template (provisioners/provisioners.ts).
    templateProvisioners: [],
    workspace,
    preventServiceStart: v.prevent_service_start ?? true,
    killChrootProcesses: v.kill_chroot_processes ?? true,
    timeouts: { ...defaultTimeouts, ...v.timeouts },
    dryRun: v.dry_run ?? false,
    cleanupOrphans: v.cleanup_orphans ?? 0
  }
}
