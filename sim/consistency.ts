/**
 * Eventual consistency, as every AWS-like API shows it (docs/outscale-fidelity.md, "Consistency
 * and limits"): a resource just created is missing from Read* for a moment, ReadVms
 * describes a VM's disks with a delay, and a just-deleted image still holds its snapshots. How
 * long is not published: each window is an option (options.fidelity), 0 turns it off.
 * Times are real time (Date.now()), like every state transition of the simulator.
 */
import type { FidelityOptions } from './options.js'

export interface StaleMapping {
  vmId: string
  volumeId: string
  deviceName: string
  state: string
  linkedAt: number
  /** ReadVms keeps showing the ended link until then. */
  until: number
}

export class Consistency {
  private readonly listedFrom = new Map<string, number>()
  private readonly snapshotHeldUntil = new Map<string, number>()
  private staleMappings: StaleMapping[] = []

  constructor(private readonly fidelity: FidelityOptions) {}

  /** A resource was created now: Read* leaves it out for readAfterCreateLagMs. */
  created(id: string): void {
    if (this.fidelity.readAfterCreateLagMs > 0) {
      this.listedFrom.set(id, Date.now() + this.fidelity.readAfterCreateLagMs)
    }
  }

  /** Does Read* list this resource yet? */
  isListed(id: string): boolean {
    const from = this.listedFrom.get(id)
    if (from === undefined) return true
    if (Date.now() >= from) {
      this.listedFrom.delete(id)
      return true
    }
    return false
  }

  /** Is a tag call on this resource answered not-found, because it is too new? */
  tagsRefused(id: string): boolean {
    return this.fidelity.tagsAfterCreateLag && !this.isListed(id)
  }

  /** Is a link made at `linkedAtMs` (real time) in ReadVms yet? */
  mappingShown(linkedAtMs: number | undefined): boolean {
    return linkedAtMs === undefined || Date.now() - linkedAtMs >= this.fidelity.vmMappingsLagMs
  }

  /** A link ended now: ReadVms still shows it for vmMappingsLagMs. */
  linkEnded(mapping: Omit<StaleMapping, 'until'>): void {
    if (this.fidelity.vmMappingsLagMs <= 0) return
    this.staleMappings.push({ ...mapping, until: Date.now() + this.fidelity.vmMappingsLagMs })
  }

  /** Links that are over but that ReadVms still shows for this VM. */
  staleMappingsOf(vmId: string): StaleMapping[] {
    const now = Date.now()
    this.staleMappings = this.staleMappings.filter((mapping) => mapping.until > now)
    return this.staleMappings.filter((mapping) => mapping.vmId === vmId)
  }

  /** An image that used these snapshots was deleted now. */
  imageDeleted(snapshotIds: string[]): void {
    if (this.fidelity.deletedImageHoldsSnapshotMs <= 0) return
    const until = Date.now() + this.fidelity.deletedImageHoldsSnapshotMs
    for (const id of snapshotIds) this.snapshotHeldUntil.set(id, until)
  }

  /** Is this snapshot still held by an image deleted a moment ago? */
  snapshotHeld(id: string): boolean {
    const until = this.snapshotHeldUntil.get(id)
    if (until === undefined) return false
    if (Date.now() < until) return true
    this.snapshotHeldUntil.delete(id)
    return false
  }
}
