/**
 * The benchmark's proof that parallel builds never shared a device (bench/device-check.ts): it
 * must find two links holding one name, or one kernel device, at the same time, and must not
 * count links one after the other as a conflict.
 */
import { describe, expect, it } from '@jest/globals'
import { checkDeviceSharing } from '../../bench/device-check.js'
import type { LinkHistoryEntry } from '../../sim/index.js'

function link(
  volumeId: string,
  deviceName: string,
  linkedAt: number,
  releasedAt: number | undefined,
  loopDevice = `/dev/loop-${volumeId}`
): LinkHistoryEntry {
  return {
    volumeId,
    vmId: 'i-00000001',
    deviceName,
    linkedAt,
    attachedAt: linkedAt + 10,
    loopDevice,
    releasedAt
  }
}

describe('checkDeviceSharing', () => {
  it('passes links on different names at once, and on one name one after the other', () => {
    const check = checkDeviceSharing([
      link('vol-1', '/dev/xvdf', 0, 100),
      link('vol-2', '/dev/xvdg', 50, 150),
      link('vol-3', '/dev/xvdf', 100, 200)
    ])
    expect(check.conflicts).toEqual([])
    expect(check.links).toBe(3)
    expect(check.maxLinkedAtOnce).toBe(2)
    expect(check.deviceNames).toEqual(['/dev/xvdf', '/dev/xvdg'])
  })

  it('finds two links holding one device name at the same time', () => {
    const check = checkDeviceSharing([
      link('vol-1', '/dev/xvdf', 0, 100),
      link('vol-2', '/dev/xvdf', 99, 150)
    ])
    expect(check.conflicts).toEqual(['vol-1 and vol-2 both held i-00000001 /dev/xvdf'])
  })

  it('finds two links on one kernel device at the same time', () => {
    const check = checkDeviceSharing([
      link('vol-1', '/dev/xvdf', 0, 100, '/dev/loop3'),
      link('vol-2', '/dev/xvdg', 20, 150, '/dev/loop3')
    ])
    expect(check.conflicts).toEqual(['vol-1 and vol-2 both held /dev/loop3'])
  })

  it('counts a link not yet released as held until now', () => {
    const check = checkDeviceSharing(
      [link('vol-1', '/dev/xvdf', 0, undefined), link('vol-2', '/dev/xvdf', 500, 600)],
      1000
    )
    expect(check.conflicts).toHaveLength(1)
    expect(check.maxLinkedAtOnce).toBe(2)
  })
})
