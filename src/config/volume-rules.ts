/**
 * BSU volume limits, shared by the root volume options and by each entry of
 * omi_block_device_mappings: https://docs.outscale.com/en/userguide/About-Volumes.html
 */
import type { ValueContext } from './parse.js'
import type { VolumeType } from './types.js'

export const volumeTypes: VolumeType[] = ['standard', 'gp2', 'io1']
export const maxVolumeSizeGiB = 14901
export const minIops = 100
export const maxIops = 13000
export const maxIopsPerGiB = 300

/** Names of the three related keys, as the user wrote them, for messages. */
export interface VolumeKeys {
  type: string
  size: string
}

/**
 * IOPS go with io1 only: io1 needs them (100-13000, at most 300 per GiB) and the other types
 * refuse them. `iopsAt` is the context of the iops key; size is unknown (undefined) when it comes
 * from the source OMI.
 */
export function checkIops(
  volume: { type?: VolumeType; iops?: number; size?: number },
  iopsAt: ValueContext,
  keys: VolumeKeys
): void {
  const { type, iops, size } = volume
  if (type !== 'io1') {
    if (iops !== undefined) {
      iopsAt.problem(
        `${iops} is set but ${keys.type} is ${type ?? 'not set'}; only io1 volumes take IOPS ` +
          `(set ${keys.type}: io1 or remove ${iopsAt.key})`
      )
    }
    return
  }
  if (iops === undefined) {
    iopsAt.problem(`required when ${keys.type} is io1; give ${minIops} to ${maxIops} IOPS`)
  } else if (iops < minIops || iops > maxIops) {
    iopsAt.problem(`${iops} is out of range; io1 volumes take ${minIops} to ${maxIops} IOPS`)
  } else if (size !== undefined && iops > maxIopsPerGiB * size) {
    iopsAt.problem(
      `${iops} is more than ${maxIopsPerGiB} IOPS per GiB of ${keys.size} ${size}; ` +
        `use at most ${maxIopsPerGiB * size} or a larger volume`
    )
  }
}
