/**
 * The provisioning step every benchmark build runs in the chroot: small, but real work (data that
 * the snapshot then has to copy, a file edited, a second of "installing"). It measures itself from
 * inside the chroot (/proc/uptime: the chroot mounts /proc) and prints the figure, so the floor
 * holds the provisioning as the image saw it, without our process and chroot start-up around it.
 */

export const provisionScript = [
  'read started _ < /proc/uptime',
  'mkdir -p /opt/app',
  'dd if=/dev/urandom of=/opt/app/data.bin bs=1M count=32 2>/dev/null',
  'echo "built by the osc-chroot benchmark" > /etc/motd',
  'sleep 1',
  'read finished _ < /proc/uptime',
  'echo "bench-provision: $started $finished"'
].join('\n')

/** The provisioning time the script measured, in ms, from the main step's log. */
export function provisionMsFromLog(log: string): number {
  const match = /bench-provision: ([\d.]+) ([\d.]+)/.exec(log)
  if (!match) throw new Error('The provisioning script did not report its time: see the build log')
  return Math.round((Number(match[2]) - Number(match[1])) * 1000)
}
