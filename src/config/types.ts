/**
 * The one validated, typed configuration of a build. Everything below src/config/ reads this,
 * never the raw inputs. Field names are camelCase; the input each one comes from is named in the
 * doc comment (Packer's snake_case key).
 *
 * Fields marked "template" keep their raw `{{ ... }}` text here and are rendered at run time by
 * src/template.ts with the variables the step has (as in Packer: see templateVariables there).
 */

import type { Provisioner } from './provisioners/provisioners.js'

export type { Provisioner } from './provisioners/provisioners.js'

export type VolumeType = 'standard' | 'gp2' | 'io1'
export type BootMode = 'legacy' | 'uefi'
export type VirtualizationType = 'hvm' | 'paravirtual'

/** One `[fstype, source, target-inside-chroot]` triple of chroot_mounts. */
export interface ChrootMount {
  fstype: string
  source: string
  target: string
}

/** One entry of omi_block_device_mappings. */
export interface BlockDeviceMapping {
  deviceName: string
  /** Unset: false from scratch (as in Packer); with a source, the source mapping's. */
  deleteOnVmDeletion?: boolean
  iops?: number
  noDevice: boolean
  snapshotId?: string
  virtualName?: string
  volumeSize?: number
  volumeType?: VolumeType
}

/** source_omi_filter */
export interface SourceOmiFilter {
  /**
   * ReadImages filters keyed by their OAPI names (ImageNames, AccountAliases, ...), ready to send.
   * Users may write Packer's dashed names (image-name); the config maps them.
   */
  filters: Record<string, string[]>
  /** Account ids (12 digits) or aliases (e.g. Outscale), as the user wrote them. */
  owners: string[]
  mostRecent: boolean
}

/**
 * One provision_files entry. upload (the default): a host file or directory copied into the image,
 * where it stays (a directory named with a trailing / copies its contents, as in Packer).
 * download: a file or directory of the image copied into the workspace after provisioning.
 */
export interface ProvisionFile {
  /** upload: absolute host path (relative ones are resolved against the workspace); download: a path in the image. */
  source: string
  /** upload: absolute path inside the image; download: absolute host path inside the workspace. */
  destination: string
  /** Absent: upload. */
  direction?: 'upload' | 'download'
}

/** Per-phase deadlines in seconds (input `timeouts`). */
export interface Timeouts {
  volume: number
  link: number
  device: number
  snapshot: number
  omi: number
}

export interface Credentials {
  accessKey: string
  /** Masked with core.setSecret the moment it is read; never logged, saved or output. */
  secretKey: string
}

/** A TLS client certificate for the API connection (x509_cert_path, x509_key_path). */
export interface ClientCertificate {
  /** Absolute path of the PEM certificate; it exists and is readable. */
  certPath: string
  /** Absolute path of the PEM private key; it exists and is readable. Its content is never logged. */
  keyPath: string
}

export interface BuildConfig {
  // --- credentials and endpoint
  credentials: Credentials
  /** region; empty means "from the metadata service's availability zone" */
  region: string
  /** profile (name in ~/.osc/config.json), informative once resolved */
  profile: string
  /** custom_endpoint_oapi: a full URL or a Packer-style domain; empty = https://api.<region>.outscale.com/api/v1 */
  customEndpointOapi: string
  insecureSkipTlsVerify: boolean
  /** x509_cert_path + x509_key_path: presented to the API when set (both or neither). */
  clientCertificate?: ClientCertificate
  skipRegionValidation: boolean

  // --- source
  sourceOmi: string
  sourceOmiFilter?: SourceOmiFilter
  fromScratch: boolean

  // --- volume and mount
  /** root_volume_size in GiB; 0 = the source's size */
  rootVolumeSize: number
  /** root_volume_type; empty = the source's type (gp2 from scratch) */
  rootVolumeType: VolumeType | ''
  rootVolumeIops: number
  /** template (BuildRegion, SourceOMI, SourceOMIName, SourceOMITags) */
  rootVolumeTags: Record<string, string>
  /**
   * grow_root_filesystem: when the volume is larger than the source's root, grow the root
   * partition (when last) and its ext2/3/4 or XFS file system before provisioning.
   */
  growRootFilesystem: boolean
  /** device_path; empty = choose a free one */
  devicePath: string
  nvmeDevicePath: string
  /** template ({{.Device}} = basename of the device mounted) */
  mountPath: string
  /**
   * mount_partition: 'auto', or a partition number as a string ("0" = whole disk). Always "0" with
   * omi_virtualization_type paravirtual, as in Packer.
   */
  mountPartition: string
  mountOptions: string[]
  /** template ({{.Device}}) */
  preMountCommands: string[]
  /** template ({{.Device}}, {{.MountPath}}) */
  postMountCommands: string[]
  /** Packer's five mounts when the option is absent or empty (as in Packer). */
  chrootMounts: ChrootMount[]
  /** ["/etc/resolv.conf"] when absent and not from_scratch; an explicit empty list copies nothing. */
  copyFiles: string[]
  /** template ({{.Command}}) */
  commandWrapper: string

  // --- OMI
  /** Already rendered (timestamp, uuid, isotime, ...) and checked against the OAPI charset. */
  omiName: string
  /** template (BuildRegion, SourceOMI, ...) */
  omiDescription: string
  omiVirtualizationType: VirtualizationType
  omiAccountIds: string[]
  globalPermission: boolean
  /** snapshot_account_ids (alias snapshot_users) */
  snapshotAccountIds: string[]
  /** Only 'all' (make the snapshots public). */
  snapshotGroups: string[]
  /** Empty: the source OMI's boot modes (from scratch: left to the API's default). */
  omiBootModes: BootMode[]
  /** undefined: the source OMI's (from scratch: left to the API's default, false). */
  tpmMandatory?: boolean
  productCodes: string[]
  rootDeviceName: string
  /**
   * from_scratch: the OMI's mappings. With a source: merged into the source's by device_name
   * (the root entry changes the root mapping, other entries add or replace data disks,
   * no_device drops one of the source's).
   */
  omiBlockDeviceMappings: BlockDeviceMapping[]
  forceDeregister: boolean
  forceDeleteSnapshot: boolean
  /** template */
  tags: Record<string, string>
  /** template */
  snapshotTags: Record<string, string>

  // --- action-only
  /** A script run inside the chroot with provision_shell. */
  provision: string
  /** The interpreter command line, e.g. "/bin/sh -e" (the default). */
  provisionShell: string
  /** Absolute host paths (relative ones are resolved against the workspace); they exist. */
  provisionScripts: string[]
  provisionFiles: ProvisionFile[]
  provisionEnv: Record<string, string>
  /** template ({{.Device}}, {{.MountPath}}) */
  provisionHostCommands: string[]
  /**
   * A Packer template's provisioners (config_file), in template order; [] when there are none or
   * template_provisioners is ignore. They run before provision, provision_scripts and
   * provision_host_commands, after provision_files' uploads.
   */
  templateProvisioners: Provisioner[]
  /** The workspace: relative paths were resolved against it; downloads are written below it. */
  workspace: string
  preventServiceStart: boolean
  killChrootProcesses: boolean
  timeouts: Timeouts
  dryRun: boolean
  /**
   * cleanup_orphans, in seconds: sweep this action's temporary resources older than this before
   * building (or instead of building, when omi_name is not set). 0 = no sweep.
   */
  cleanupOrphans: number
}
