/**
 * Host-wide names that only one run of one suite uses, so that its checks never see, and its
 * builds never collide with, another suite's or another run's (several engineers and CI jobs may
 * run the end-to-end suites on one machine at once).
 *
 * Each suite has its own simulator, i.e. its own VM as far as the API says: no build sees the
 * links of another simulator's VM, and a device name another simulator is still releasing can
 * look free on this host while it is claimed. So a suite that does not test the device choice
 * (e2e-build does) links on a name of its own: two letters (builds choose one-letter names from
 * /dev/xvdf up), taken from the process id.
 */
const firstLetters = 'bcdefghijklmnopqrstuvwxyz'
const secondLetters = 'abcdefghijklmnopqrstuvwxyz'

export interface PrivateNames {
  /** Where this run's builds mount: pass `${mountPrefix}{{.Device}}` as mount_path. */
  mountPrefix: string
  /** The device_path this run's builds link their volume on, e.g. /dev/xvdkq. */
  devicePath: string
}

export function privateNames(suite: string, pid: number = process.pid): PrivateNames {
  const first = firstLetters[pid % firstLetters.length]
  const second = secondLetters[Math.floor(pid / firstLetters.length) % secondLetters.length]
  return {
    mountPrefix: `/mnt/osc-chroot/${suite}-${pid}-`,
    devicePath: `/dev/xvd${first}${second}`
  }
}
