/**
 * The snapshot of the work volume: the build's product once its OMI is registered, temporary
 * until then. Journaled with its ClientToken before CreateSnapshot is sent, as the volume is, and
 * tagged with the build's tags. A kept snapshot is marked as a product and loses those tags
 * (products.ts), so the orphan sweep never takes it for an orphan.
 */
import { readSnapshot, type OapiClient, type Snapshot } from '../../oapi/index.js'
import { markAsProduct, productTag } from '../products.js'
import { candidate, tagValue } from '../sweep/tags.js'
import type { Candidate, Inventory } from '../sweep/types.js'
import { readById } from './find.js'
import { ignoringGone } from './gone.js'
import type { ResourceModule } from './resource.js'

export interface SnapshotResource {
  kind: 'snapshot'
  snapshotId?: string
  clientToken?: string
  /**
   * The build's tags it is given (its id and start): the ones DeleteTags removes once it is a
   * product, known without reading them back.
   */
  temporaryTags?: Record<string, string>
}

export async function findSnapshot(
  client: OapiClient,
  entry: { snapshotId?: string; clientToken?: string }
): Promise<Snapshot | undefined> {
  const { snapshotId, clientToken } = entry
  if (snapshotId) return readById(() => readSnapshot(client, snapshotId))
  if (!clientToken) return undefined
  const snapshots = await client.readSnapshots({ ClientTokens: [clientToken] })
  return snapshots.find((snapshot) => snapshot.ClientToken === clientToken)
}

/**
 * A snapshot an OMI uses, or that carries the product marker, is a product: kept, whatever its
 * other tags. One still in progress shows that its build is running.
 */
export function recogniseSnapshot(snapshot: Snapshot, inventory: Inventory): Candidate {
  const resource = candidate('snapshot', snapshot.SnapshotId, snapshot.Tags)
  if (snapshot.State === 'deleting') return { ...resource, ignored: true }
  if (inventory.snapshotsInUse.has(snapshot.SnapshotId)) return { ...resource, product: true }
  if (tagValue(snapshot.Tags, productTag) !== undefined) return { ...resource, product: true }
  if (snapshot.State !== 'completed' && snapshot.State !== 'error') {
    const progress = snapshot.Progress === undefined ? '' : `, ${snapshot.Progress}%`
    return { ...resource, running: `its snapshot is in progress (${snapshot.State}${progress})` }
  }
  return resource
}

export const snapshot: ResourceModule<SnapshotResource> = {
  describe: ({ snapshotId, clientToken }) =>
    `snapshot ${snapshotId ?? `(ClientToken ${clientToken})`}`,
  async undo(resource, { client }) {
    const found = await findSnapshot(client, resource)
    if (!found || found.State === 'deleting') return
    await ignoringGone(() => client.deleteSnapshot({ SnapshotId: found.SnapshotId }))
  },
  find: findSnapshot,
  product: {
    async kept(resource, image, means) {
      if (!resource.snapshotId) return
      await markAsProduct(
        means.client,
        resource.snapshotId,
        image.ImageId,
        means.config.timeouts.omi,
        resource.temporaryTags
      )
    }
  },
  sweep: {
    order: 3,
    label: 'snapshot',
    recognise: (inventory) => inventory.snapshots.map((s) => recogniseSnapshot(s, inventory)),
    delete: (orphan, { client, signal }) =>
      ignoringGone(() => client.deleteSnapshot({ SnapshotId: orphan.id }, signal))
  }
}
