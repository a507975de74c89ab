/** What sim.resources() answers: everything a simulator holds, all accounts, as plain JSON. */
import { imageView } from './calls/images.js'
import { snapshotView } from './calls/snapshots.js'
import { volumeView } from './calls/volumes.js'
import type { SimContext } from './context.js'

export interface ResourcesView {
  volumes: Record<string, unknown>[]
  snapshots: Record<string, unknown>[]
  images: Record<string, unknown>[]
  links: {
    volumeId: string
    vmId: string
    deviceName: string
    state: string
    loopDevice?: string
    exposedAs: string[]
  }[]
  tags: { resourceId: string; key: string; value: string }[]
  permissions: {
    resourceId: string
    kind: 'image' | 'snapshot'
    accountIds: string[]
    global: boolean
  }[]
}

export function resourcesView(ctx: SimContext): ResourcesView {
  const { store } = ctx
  const volumes = [...store.volumes.values()]
  return {
    volumes: volumes.map((volume) => ({ AccountId: volume.accountId, ...volumeView(ctx, volume) })),
    snapshots: [...store.snapshots.values()].map((snapshot) => snapshotView(ctx, snapshot)),
    images: [...store.images.values()].map((image) => imageView(ctx, image)),
    links: volumes
      .filter((volume) => volume.link && !volume.link.isRoot)
      .map((volume) => {
        const link = volume.link as NonNullable<typeof volume.link>
        return {
          volumeId: volume.id,
          vmId: link.vmId,
          deviceName: link.deviceName,
          state: link.state,
          ...(link.loop && { loopDevice: link.loop.device }),
          exposedAs: [...link.links]
        }
      }),
    tags: [...store.tags].flatMap(([resourceId, tags]) =>
      [...tags].map(([key, value]) => ({ resourceId, key, value }))
    ),
    permissions: [
      ...[...store.images.values()].map((image) => ({
        resourceId: image.id,
        kind: 'image' as const,
        accountIds: [...image.permissions.accountIds],
        global: image.permissions.global
      })),
      ...[...store.snapshots.values()].map((snapshot) => ({
        resourceId: snapshot.id,
        kind: 'snapshot' as const,
        accountIds: [...snapshot.permissions.accountIds],
        global: snapshot.permissions.global
      }))
    ]
  }
}
