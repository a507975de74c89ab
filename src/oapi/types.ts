/**
 * Request and response types of the OAPI calls osc-chroot makes, transcribed from the official
 * spec, osc-api 1.40.1 (https://github.com/outscale/osc-api/blob/1.40.1/outscale.yaml). Only the
 * fields we use or may reasonably use are listed; every name below exists in the spec with the same spelling and JSON type, because
 * the request schemas are closed (`additionalProperties: false`) and an unknown field is refused.
 *
 * The spec marks no response field as required. We type a resource's ID (and its State where it
 * has one) as always present, because every reply carries them and the code that reads them would
 * otherwise check for undefined everywhere; every other response field stays optional.
 */

// ---------------------------------------------------------------------------- shared pieces

export interface ResponseContext {
  RequestId?: string
}

/** Every OAPI reply carries a ResponseContext; calls that return nothing else return only it. */
export interface OapiResponse {
  ResponseContext?: ResponseContext
}

/** Fields every Read* call with pagination accepts. */
export interface PagedRequest {
  DryRun?: boolean
  /** The token a previous page returned; send it back with the same filters. */
  NextPageToken?: string
  /** 1 to 1000 inclusive; the server's default is not documented. */
  ResultsPerPage?: number
}

export interface PagedResponse extends OapiResponse {
  /** Present while more results exist. */
  NextPageToken?: string
}

export interface ResourceTag {
  Key: string
  Value: string
}

export interface PermissionsOnResource {
  AccountIds?: string[]
  GlobalPermission?: boolean
}

/** Give Additions or Removals (UpdateImage, UpdateSnapshot). */
export interface PermissionsOnResourceCreation {
  Additions?: PermissionsOnResource
  Removals?: PermissionsOnResource
}

export type BootMode = 'uefi' | 'legacy'

/** BsuToCreate: a volume to create from a snapshot in an OMI's block device mapping. */
export interface BsuToCreate {
  /** Defaults to true. */
  DeleteOnVmDeletion?: boolean
  /** Only for io1 volumes. */
  Iops?: number
  SnapshotId?: string
  /** GiB */
  VolumeSize?: number
  /** standard | gp2 | io1 */
  VolumeType?: string
}

export interface BlockDeviceMappingImage {
  Bsu?: BsuToCreate
  /** The root device must be /dev/sda1. */
  DeviceName?: string
  VirtualDeviceName?: string
}

// ---------------------------------------------------------------------------- resources

export interface LinkedVolume {
  DeleteOnVmDeletion?: boolean
  DeviceName?: string
  /** attaching | attached | detaching | detached */
  State?: string
  VmId?: string
  VolumeId?: string
}

export interface Volume {
  VolumeId: string
  /** creating | available | in-use | updating | deleting | error */
  State: string
  ClientToken?: string
  CreationDate?: string
  Iops?: number
  /** May be missing or empty when the volume is not linked. */
  LinkedVolumes?: LinkedVolume[]
  /** GiB */
  Size?: number
  SnapshotId?: string
  SubregionName?: string
  Tags?: ResourceTag[]
  TaskId?: string
  /** standard | gp2 | io1 */
  VolumeType?: string
}

export interface Snapshot {
  SnapshotId: string
  /**
   * in-queue | pending | completed | error | deleting (the spec's examples also show
   * "pending/queued" and "importing": anything but completed/error/deleting is in progress).
   */
  State: string
  AccountAlias?: string
  AccountId?: string
  ClientToken?: string
  CreationDate?: string
  Description?: string
  PermissionsToCreateVolume?: PermissionsOnResource
  /** Percent, 0 to 100. */
  Progress?: number
  Tags?: ResourceTag[]
  VolumeId?: string
  /** GiB */
  VolumeSize?: number
}

export interface StateComment {
  StateCode?: string
  StateMessage?: string
}

export interface Image {
  ImageId: string
  /** pending | available | failed */
  State: string
  AccountAlias?: string
  AccountId?: string
  Architecture?: string
  BlockDeviceMappings?: BlockDeviceMappingImage[]
  BootModes?: BootMode[]
  CreationDate?: string
  Description?: string
  FileLocation?: string
  ImageName?: string
  ImageType?: string
  PermissionsToLaunch?: PermissionsOnResource
  ProductCodes?: string[]
  RootDeviceName?: string
  /** The spec says "bsu"; live images and Packer use "ebs". Accept both. */
  RootDeviceType?: string
  SecureBoot?: boolean
  StateComment?: StateComment
  Tags?: ResourceTag[]
  TpmMandatory?: boolean
}

export interface BsuCreated {
  DeleteOnVmDeletion?: boolean
  LinkDate?: string
  /** attaching | attached | detaching | detached */
  State?: string
  VolumeId?: string
}

export interface BlockDeviceMappingCreated {
  Bsu?: BsuCreated
  DeviceName?: string
}

export interface Placement {
  SubregionName?: string
  Tenancy?: string
}

export interface Vm {
  VmId: string
  /** pending | running | stopping | stopped | shutting-down | terminated | quarantine */
  State: string
  Architecture?: string
  BlockDeviceMappings?: BlockDeviceMappingCreated[]
  BootMode?: BootMode
  CreationDate?: string
  Hypervisor?: string
  ImageId?: string
  /** A VM in a Net has network interfaces; each names the account that owns it. */
  Nics?: NicLight[]
  Placement?: Placement
  ProductCodes?: string[]
  RootDeviceName?: string
  RootDeviceType?: string
  Tags?: ResourceTag[]
  VmType?: string
}

export interface NicLight {
  AccountId?: string
  NicId?: string
}

export interface Account {
  AccountId: string
  Email?: string
}

export interface Region {
  RegionName: string
  /** A host name such as api.eu-west-2.outscale.com (no scheme). */
  Endpoint?: string
}

export interface Subregion {
  SubregionName: string
  LocationCode?: string
  RegionName?: string
  State?: string
}

// ---------------------------------------------------------------------------- filters

/** A subset of FiltersVm; values inside one key are OR-ed, different keys AND-ed. */
export interface FiltersVm {
  BlockDeviceMappingDeviceNames?: string[]
  BlockDeviceMappingStates?: string[]
  BlockDeviceMappingVolumeIds?: string[]
  ImageIds?: string[]
  RootDeviceNames?: string[]
  SubregionNames?: string[]
  TagKeys?: string[]
  TagValues?: string[]
  /** "KEY=VALUE" strings */
  Tags?: string[]
  VmIds?: string[]
  VmStateNames?: string[]
}

export interface FiltersImage {
  AccountAliases?: string[]
  AccountIds?: string[]
  Architectures?: string[]
  BlockDeviceMappingDeleteOnVmDeletion?: boolean
  BlockDeviceMappingDeviceNames?: string[]
  BlockDeviceMappingSnapshotIds?: string[]
  BlockDeviceMappingVolumeSizes?: number[]
  BlockDeviceMappingVolumeTypes?: string[]
  BootModes?: BootMode[]
  Descriptions?: string[]
  FileLocations?: string[]
  Hypervisors?: string[]
  ImageIds?: string[]
  /** `*` wildcards allowed */
  ImageNames?: string[]
  PermissionsToLaunchAccountIds?: string[]
  PermissionsToLaunchGlobalPermission?: boolean
  ProductCodeNames?: string[]
  ProductCodes?: string[]
  RootDeviceNames?: string[]
  RootDeviceTypes?: string[]
  SecureBoot?: boolean
  States?: string[]
  TagKeys?: string[]
  TagValues?: string[]
  Tags?: string[]
  TpmMandatory?: boolean
  VirtualizationTypes?: string[]
}

export interface FiltersSnapshot {
  AccountAliases?: string[]
  AccountIds?: string[]
  ClientTokens?: string[]
  Descriptions?: string[]
  FromCreationDate?: string
  PermissionsToCreateVolumeAccountIds?: string[]
  PermissionsToCreateVolumeGlobalPermission?: boolean
  Progresses?: number[]
  SnapshotIds?: string[]
  States?: string[]
  TagKeys?: string[]
  TagValues?: string[]
  Tags?: string[]
  ToCreationDate?: string
  VolumeIds?: string[]
  VolumeSizes?: number[]
}

export interface FiltersVolume {
  ClientTokens?: string[]
  CreationDates?: string[]
  LinkVolumeDeleteOnVmDeletion?: boolean
  LinkVolumeDeviceNames?: string[]
  LinkVolumeLinkDates?: string[]
  LinkVolumeLinkStates?: string[]
  LinkVolumeVmIds?: string[]
  SnapshotIds?: string[]
  SubregionNames?: string[]
  TagKeys?: string[]
  TagValues?: string[]
  Tags?: string[]
  VolumeIds?: string[]
  VolumeSizes?: number[]
  VolumeStates?: string[]
  VolumeTypes?: string[]
}

export interface FiltersSubregion {
  RegionNames?: string[]
  States?: string[]
  SubregionNames?: string[]
}

// ---------------------------------------------------------------------------- requests

export interface ReadVmsRequest extends PagedRequest {
  Filters?: FiltersVm
}
export interface ReadImagesRequest extends PagedRequest {
  Filters?: FiltersImage
}
export interface ReadSnapshotsRequest extends PagedRequest {
  Filters?: FiltersSnapshot
}
export interface ReadVolumesRequest extends PagedRequest {
  Filters?: FiltersVolume
}
export interface ReadSubregionsRequest extends PagedRequest {
  Filters?: FiltersSubregion
}
export interface ReadAccountsRequest {
  DryRun?: boolean
}
/** ReadRegions needs no authentication (spec `security: []`); we sign it anyway, harmlessly. */
export interface ReadRegionsRequest {
  DryRun?: boolean
}

export interface CreateVolumeRequest {
  SubregionName: string
  /** Idempotency token; the client generates one when it is not given (see client.ts). */
  ClientToken?: string
  DryRun?: boolean
  /** Only for io1: 100 to 13000, at most 300 per GiB. */
  Iops?: number
  /** GiB; required unless SnapshotId is given, then at least the snapshot's size. */
  Size?: number
  SnapshotId?: string
  /** standard (default) | gp2 | io1 */
  VolumeType?: string
}

export interface LinkVolumeRequest {
  /** /dev/sd[b-z][a-z]? or /dev/xvd[b-z][a-z]? (/dev/sda1 for a root device) */
  DeviceName: string
  VmId: string
  VolumeId: string
  DryRun?: boolean
}

export interface UnlinkVolumeRequest {
  VolumeId: string
  DryRun?: boolean
  /** For a detach that failed before; may damage data. */
  ForceUnlink?: boolean
}

export interface DeleteVolumeRequest {
  VolumeId: string
  DryRun?: boolean
}

/** From a volume (VolumeId), a copy (SourceSnapshotId + SourceRegionName), or an import. */
export interface CreateSnapshotRequest {
  /** Idempotency token; the client generates one when it is not given (see client.ts). */
  ClientToken?: string
  Description?: string
  DryRun?: boolean
  FileLocation?: string
  SnapshotSize?: number
  SourceRegionName?: string
  SourceSnapshotId?: string
  VolumeId?: string
}

export interface DeleteSnapshotRequest {
  SnapshotId: string
  DryRun?: boolean
}

export interface UpdateSnapshotRequest {
  SnapshotId: string
  PermissionsToCreateVolume: PermissionsOnResourceCreation
  DryRun?: boolean
}

/**
 * One call, several uses. Register from a snapshot: ImageName + RootDeviceName +
 * BlockDeviceMappings (+ Architecture, BootModes, Description, ProductCodes, TpmMandatory).
 * Copy an OMI into this account: SourceImageId + SourceRegionName (our own region) + ImageName.
 * The spec gives CreateImage no ClientToken, so it is not idempotent (see client.ts).
 */
export interface CreateImageRequest {
  /** x86_64 (default) | i386 */
  Architecture?: string
  BlockDeviceMappings?: BlockDeviceMappingImage[]
  BootModes?: BootMode[]
  Description?: string
  DryRun?: boolean
  FileLocation?: string
  /** 3 to 128 characters: letters, digits, space and _ ( ) / . - */
  ImageName?: string
  NoReboot?: boolean
  ProductCodes?: string[]
  RootDeviceName?: string
  SourceImageId?: string
  SourceRegionName?: string
  TpmMandatory?: boolean
  VmId?: string
}

export interface DeleteImageRequest {
  ImageId: string
  DryRun?: boolean
}

export interface UpdateImageRequest {
  ImageId: string
  Description?: string
  DryRun?: boolean
  PermissionsToLaunch?: PermissionsOnResourceCreation
  /** Replaces the whole list. */
  ProductCodes?: string[]
}

export interface CreateTagsRequest {
  ResourceIds: string[]
  /** An existing key gets its value replaced. */
  Tags: ResourceTag[]
  DryRun?: boolean
}

/** A tag given with a value is deleted only when the value matches. */
export interface DeleteTagsRequest {
  ResourceIds: string[]
  Tags: ResourceTag[]
  DryRun?: boolean
}

// ---------------------------------------------------------------------------- responses

export interface ReadVmsResponse extends PagedResponse {
  Vms?: Vm[]
}
export interface ReadImagesResponse extends PagedResponse {
  Images?: Image[]
}
export interface ReadSnapshotsResponse extends PagedResponse {
  Snapshots?: Snapshot[]
}
export interface ReadVolumesResponse extends PagedResponse {
  Volumes?: Volume[]
}
export interface ReadSubregionsResponse extends PagedResponse {
  Subregions?: Subregion[]
}
export interface ReadAccountsResponse extends OapiResponse {
  Accounts?: Account[]
}
export interface ReadRegionsResponse extends OapiResponse {
  Regions?: Region[]
}
export interface CreateVolumeResponse extends OapiResponse {
  Volume: Volume
}
export interface CreateSnapshotResponse extends OapiResponse {
  Snapshot: Snapshot
}
export interface UpdateSnapshotResponse extends OapiResponse {
  Snapshot: Snapshot
}
export interface CreateImageResponse extends OapiResponse {
  Image: Image
}
export interface UpdateImageResponse extends OapiResponse {
  Image: Image
}

/** The error envelope (spec ErrorResponse). Code is a string of digits, e.g. "4078". */
export interface ErrorResponse extends OapiResponse {
  Errors?: { Code?: string; Type?: string; Details?: string }[]
}

// ---------------------------------------------------------------------------- the call table

/** Every call the client makes, with its request and response types. */
export interface OapiCalls {
  ReadVms: { request: ReadVmsRequest; response: ReadVmsResponse }
  ReadAccounts: { request: ReadAccountsRequest; response: ReadAccountsResponse }
  ReadRegions: { request: ReadRegionsRequest; response: ReadRegionsResponse }
  ReadSubregions: { request: ReadSubregionsRequest; response: ReadSubregionsResponse }
  ReadImages: { request: ReadImagesRequest; response: ReadImagesResponse }
  ReadSnapshots: { request: ReadSnapshotsRequest; response: ReadSnapshotsResponse }
  ReadVolumes: { request: ReadVolumesRequest; response: ReadVolumesResponse }
  CreateVolume: { request: CreateVolumeRequest; response: CreateVolumeResponse }
  LinkVolume: { request: LinkVolumeRequest; response: OapiResponse }
  UnlinkVolume: { request: UnlinkVolumeRequest; response: OapiResponse }
  DeleteVolume: { request: DeleteVolumeRequest; response: OapiResponse }
  CreateSnapshot: { request: CreateSnapshotRequest; response: CreateSnapshotResponse }
  DeleteSnapshot: { request: DeleteSnapshotRequest; response: OapiResponse }
  UpdateSnapshot: { request: UpdateSnapshotRequest; response: UpdateSnapshotResponse }
  CreateImage: { request: CreateImageRequest; response: CreateImageResponse }
  DeleteImage: { request: DeleteImageRequest; response: OapiResponse }
  UpdateImage: { request: UpdateImageRequest; response: UpdateImageResponse }
  CreateTags: { request: CreateTagsRequest; response: OapiResponse }
  DeleteTags: { request: DeleteTagsRequest; response: OapiResponse }
}

export type CallName = keyof OapiCalls
export type RequestOf<N extends CallName> = OapiCalls[N]['request']
export type ResponseOf<N extends CallName> = OapiCalls[N]['response']

/** The Read* calls that page with NextPageToken. */
export type PagedCallName =
  'ReadVms' | 'ReadImages' | 'ReadSnapshots' | 'ReadVolumes' | 'ReadSubregions'
