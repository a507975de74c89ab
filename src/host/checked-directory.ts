/**
 * Whether a directory where osc-chroot writes as root (the host lock's, the mount path claims')
 * is safe: a real directory (not a symbolic link: whoever controls the link decides where root
 * writes), not writable by group or others (anyone could plant or remove files there), owned by
 * an allowed user. Each caller words the refusal for its own directory.
 */
import { lstatSync } from 'node:fs'

export type DirectoryProblem =
  | { kind: 'missing' }
  | { kind: 'symbolic link' }
  | { kind: 'not a directory' }
  /** mode: the permission bits in octal, e.g. "0777". */
  | { kind: 'writable by others'; mode: string }
  | { kind: 'foreign owner'; uid: number }

/** What is wrong with `directory`, or undefined when it is safe and owned by one of `owners`. */
export function directoryProblem(
  directory: string,
  owners: readonly number[]
): DirectoryProblem | undefined {
  const stat = lstatSync(directory, { throwIfNoEntry: false })
  if (!stat) return { kind: 'missing' }
  if (stat.isSymbolicLink()) return { kind: 'symbolic link' }
  if (!stat.isDirectory()) return { kind: 'not a directory' }
  if ((stat.mode & 0o022) !== 0) {
    return { kind: 'writable by others', mode: (stat.mode & 0o7777).toString(8).padStart(4, '0') }
  }
  if (!owners.includes(stat.uid)) return { kind: 'foreign owner', uid: stat.uid }
  return undefined
}
