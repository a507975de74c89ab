/**
 * Everything the simulated cloud holds: accounts, the runner's VM, volumes with their links,
 * snapshots, images and tags. Records are internal; each call family renders them in the API's
 * shape. Nothing here touches the machine.
 */
import { newResourceId } from './ids.js'
import type { LoopDevice } from './blockdevices.js'

export interface Account {
  accountId: string
  /** Public images of Outscale's own account carry the alias 'Outscale'. */
  alias?: string
  email: string
  accessKey?: string
  secretKey?: string
}

export interface Permissions {
  accountIds: string[]
  global: boolean
}

export type VolumeState = 'creating' | 'available' | 'in-use' | 'deleting' | 'error'
export type LinkState = 'attaching' | 'attached' | 'detaching' | 'detached'

export interface LinkRecord {
  volumeId: string
  vmId: string
  deviceName: string
  state: LinkState
  linkedAt: number
  deleteOnVmDeletion: boolean
  /** The VM's own root disk: no block device work. */
  isRoot: boolean
  /** 'stuck' stays attaching; 'no-device' is attached but its device never shows up. */
  fault?: 'stuck' | 'no-device'
  /** When a detach may finish (real time, ms), if nothing is mounted from the device by then. */
  detachDueAt?: number
  /** Claim file of the exposed device name (see blockdevices.ts). */
  claim?: string
  loop?: LoopDevice
  links: string[]
  /** This link's line in Store.linkHistory (none for the VM's root disk). */
  history?: LinkHistoryEntry
}

/**
 * One link of a volume to a VM from LinkVolume to the end of its detach, kept after the link is
 * gone: benchmarks and tests prove with it that no two links held a device name at once.
 */
export interface LinkHistoryEntry {
  volumeId: string
  vmId: string
  deviceName: string
  /** Epoch ms (real time) when LinkVolume was accepted: the name is taken from then on. */
  linkedAt: number
  /** When the link became attached, and the loop device behind it. */
  attachedAt?: number
  loopDevice?: string
  /** When the link was over (detached, or a failed attach); the name is free again. */
  releasedAt?: number
}

export interface VolumeRecord {
  id: string
  accountId: string
  size: number
  type: string
  iops: number
  subregion: string
  snapshotId?: string
  clientToken?: string
  createdAt: number
  state: VolumeState
  file: string
  link?: LinkRecord
}

export type SnapshotState = 'in-queue' | 'pending' | 'completed' | 'error' | 'deleting'

export interface SnapshotRecord {
  id: string
  accountId: string
  volumeId?: string
  size: number
  description: string
  state: SnapshotState
  createdAt: number
  clientToken?: string
  /** When Progress starts growing and when it reaches 100 (real time, ms). */
  pendingFrom: number
  completesAt: number
  permissions: Permissions
  file: string
}

export type ImageState = 'pending' | 'available' | 'failed'

export interface ImageMapping {
  deviceName: string
  /** Absent for an empty data disk (a volume of volumeSize made blank at each VM's creation). */
  snapshotId?: string
  volumeSize: number
  volumeType: string
  iops?: number
  deleteOnVmDeletion: boolean
}

export interface ImageRecord {
  id: string
  accountId: string
  name: string
  description: string
  architecture: string
  state: ImageState
  createdAt: number
  rootDeviceName: string
  rootDeviceType: 'bsu' | 'ebs'
  mappings: ImageMapping[]
  bootModes: string[]
  productCodes: string[]
  permissions: Permissions
  tpmMandatory: boolean
  stateComment?: { StateCode: string; StateMessage: string }
}

export interface VmRecord {
  id: string
  accountId: string
  subregion: string
  imageId: string
  createdAt: number
  rootDeviceName: string
  rootVolumeId: string
  vmType: string
}

export class Store {
  readonly accounts = new Map<string, Account>()
  readonly vms = new Map<string, VmRecord>()
  readonly volumes = new Map<string, VolumeRecord>()
  readonly snapshots = new Map<string, SnapshotRecord>()
  readonly images = new Map<string, ImageRecord>()
  /** resource id -> key -> value */
  readonly tags = new Map<string, Map<string, string>>()
  /** Every link ever made, oldest first (see LinkHistoryEntry). */
  readonly linkHistory: LinkHistoryEntry[] = []

  newId(prefix: 'vol' | 'snap' | 'ami' | 'i'): string {
    return newResourceId(prefix, (id) => this.exists(id))
  }

  exists(id: string): boolean {
    return this.vms.has(id) || this.volumes.has(id) || this.snapshots.has(id) || this.images.has(id)
  }

  /** The account that owns a resource, whatever its kind. */
  ownerOf(id: string): string | undefined {
    return (
      this.vms.get(id) ??
      this.volumes.get(id) ??
      this.snapshots.get(id) ??
      this.images.get(id)
    )?.accountId
  }

  accountByAccessKey(accessKey: string): Account | undefined {
    return [...this.accounts.values()].find((account) => account.accessKey === accessKey)
  }

  tagsOf(id: string): { Key: string; Value: string }[] {
    return [...(this.tags.get(id) ?? new Map<string, string>())].map(([Key, Value]) => ({
      Key,
      Value
    }))
  }

  forget(id: string): void {
    this.volumes.delete(id)
    this.snapshots.delete(id)
    this.images.delete(id)
    this.tags.delete(id)
  }

  /** Images whose mappings still use this snapshot. */
  imagesUsingSnapshot(snapshotId: string): ImageRecord[] {
    return [...this.images.values()].filter((image) =>
      image.mappings.some((mapping) => mapping.snapshotId === snapshotId)
    )
  }
}

/** May `accountId` see (and use) a resource owned by `owner` with these permissions? */
export function isVisibleTo(accountId: string, owner: string, permissions: Permissions): boolean {
  return owner === accountId || permissions.global || permissions.accountIds.includes(accountId)
}
