/**
 * Device name choice against a host layout made of temporary directories: a name is skipped when
 * the host shows it in /dev, /sys/block or /dev/disk/by-id, or when a link of this VM uses it.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  checkDevicePath,
  chooseDeviceName,
  type DeviceLayout,
  deviceLetters,
  qemuByIdName
} from '../../src/host/device-name.js'
import { captureLog, ln, Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
let layout: DeviceLayout

beforeEach(() => {
  const logged = captureLog()
  teardown.add(() => logged.restore())
  const dir = tempDir(teardown)
  layout = { devDir: join(dir, 'dev'), sysBlockDir: join(dir, 'sys'), byIdDir: join(dir, 'by-id') }
  Object.values(layout).forEach((d) => mkdirSync(d))
})
afterEach(() => teardown.run())

describe('device names', () => {
  it('reads the letters of a slot from every spelling', () => {
    expect(deviceLetters('/dev/xvdf')).toBe('f')
    expect(deviceLetters('/dev/sdf1')).toBe('f')
    expect(deviceLetters('/dev/xvdba')).toBe('ba')
    expect(deviceLetters('/dev/nvme1n1')).toBeUndefined()
    expect(qemuByIdName('/dev/xvdg')).toBe('scsi-0QEMU_QEMU_HARDDISK_sdg')
  })

  it('chooses /dev/xvdf on an empty host', () => {
    expect(chooseDeviceName({ usedByVm: [], layout })).toBe('/dev/xvdf')
  })

  it('skips names present in /dev, /sys/block or by-id, and slots linked to this VM', () => {
    writeFileSync(join(layout.devDir, 'xvdf'), '') // the device node
    writeFileSync(join(layout.devDir, 'xvdg1'), '') // only a partition node left
    mkdirSync(join(layout.sysBlockDir, 'xvdh')) // the kernel knows it
    ln('../../sdz', join(layout.byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdi')) // dangling by-id link
    // the API says these slots are taken (whatever the spelling): j and k
    expect(chooseDeviceName({ usedByVm: ['/dev/sda1', '/dev/sdj', '/dev/xvdk'], layout })).toBe(
      '/dev/xvdl'
    )
  })

  it('uses the sd prefix when the host disks are sd*', () => {
    mkdirSync(join(layout.sysBlockDir, 'sda'))
    expect(chooseDeviceName({ usedByVm: [], layout })).toBe('/dev/sdf')
    mkdirSync(join(layout.sysBlockDir, 'xvda'))
    expect(chooseDeviceName({ usedByVm: [], layout })).toBe('/dev/xvdf')
  })

  it('fails clearly when every letter is taken', () => {
    const all = 'fghijklmnopqrstuvwxyz'.split('').map((l) => `/dev/xvd${l}`)
    expect(() => chooseDeviceName({ usedByVm: all, layout })).toThrow(
      /No free device name: \/dev\/xvdf to \/dev\/xvdz are all in use .*set device_path/
    )
  })

  it('checks a device_path given by the user', () => {
    expect(checkDevicePath('/dev/xvdp', { usedByVm: [], layout })).toBe('/dev/xvdp')
    expect(checkDevicePath('/dev/vdq', { usedByVm: [], layout })).toBe('/dev/xvdq')
    expect(() => checkDevicePath('/dev/xvdp', { usedByVm: ['/dev/sdp'], layout })).toThrow(
      'device_path /dev/xvdp is already in use: a volume of this VM is linked as /dev/sdp'
    )
    ln('../../sdb', join(layout.byIdDir, 'scsi-0QEMU_QEMU_HARDDISK_sdr'))
    expect(() => checkDevicePath('/dev/xvdr', { usedByVm: [], layout })).toThrow(
      /scsi-0QEMU_QEMU_HARDDISK_sdr exists/
    )
    expect(() => checkDevicePath('/dev/hda', { usedByVm: [], layout })).toThrow(
      /not a name LinkVolume accepts/
    )
    expect(() => checkDevicePath('/dev/xvda', { usedByVm: [], layout })).toThrow(
      /not a name LinkVolume accepts/
    )
  })
})
