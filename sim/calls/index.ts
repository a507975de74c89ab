/** The OAPI calls the simulator answers, and whether they need a signed request. */
import type { CallHandler } from '../context.js'
import { createImage, deleteImage, readImages, updateImage } from './images.js'
import { linkVolume, unlinkVolume } from './links.js'
import { createSnapshot, deleteSnapshot, readSnapshots, updateSnapshot } from './snapshots.js'
import { createTags, deleteTags } from './tags.js'
import { readAccounts, readRegions, readSubregions, readVms } from './vms.js'
import { createVolume, deleteVolume, readVolumes } from './volumes.js'

export interface CallDefinition {
  handler: CallHandler
  /** ReadRegions is one of the calls the spec lets through without authentication. */
  public?: boolean
}

export const CALLS: Record<string, CallDefinition> = {
  ReadVms: { handler: readVms },
  ReadAccounts: { handler: readAccounts },
  ReadRegions: { handler: readRegions, public: true },
  ReadSubregions: { handler: readSubregions },
  ReadImages: { handler: readImages },
  ReadSnapshots: { handler: readSnapshots },
  ReadVolumes: { handler: readVolumes },
  CreateVolume: { handler: createVolume },
  LinkVolume: { handler: linkVolume },
  UnlinkVolume: { handler: unlinkVolume },
  DeleteVolume: { handler: deleteVolume },
  CreateSnapshot: { handler: createSnapshot },
  DeleteSnapshot: { handler: deleteSnapshot },
  UpdateSnapshot: { handler: updateSnapshot },
  CreateImage: { handler: createImage },
  DeleteImage: { handler: deleteImage },
  UpdateImage: { handler: updateImage },
  CreateTags: { handler: createTags },
  DeleteTags: { handler: deleteTags }
}
