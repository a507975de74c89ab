/** Parsers for the single values that have rules of their own (device names, ids, paths, ...). */
import { render } from '../template.js'
import { duration, matching, show, text, type Parser } from './parse.js'

/** device_path: what LinkVolume accepts. /dev/vdX is rewritten to /dev/xvdX first, as Packer does. */
export const devicePath: Parser<string> = (raw, at) => {
  let value = text(raw, at)
  if (value === undefined) return undefined
  if (value.startsWith('/dev/vd')) {
    const rewritten = value.replace('/dev/vd', '/dev/xvd')
    at.warning(`${show(value)} rewritten to "${rewritten}": OAPI cannot link a volume as /dev/vd*`)
    value = rewritten
  }
  if (/^\/dev\/(sd|xvd)[b-z][a-z]?$/.test(value)) return value
  return at.problem(
    `${show(value)} is not a device name OAPI can link; use /dev/xvd or /dev/sd followed by a ` +
      `letter from b to z and an optional second letter (e.g. /dev/xvdf)`
  )
}

/**
 * A device file path such as /dev/nvme1n1 or /dev/sda1. Device names never hold other
 * characters, and nvme_device_path becomes {{.Device}} in pre/post-mount shell commands.
 */
export const deviceFile = matching(
  /^\/dev\/[A-Za-z0-9/._-]+$/,
  'a device path under /dev/ of letters, digits and / . _ - (e.g. /dev/sda1, /dev/nvme1n1)'
)

/** An absolute path (on the host or inside the image). */
export const absolutePath = matching(/^\/\S*/, 'an absolute path (it must start with /)')

/** mount_partition: a partition number (0 = the whole device) or `auto`. */
export const mountPartition: Parser<string> = (raw, at) => {
  const value = text(raw, at)?.trim()
  if (value === undefined) return undefined
  if (value === 'auto') return value
  if (/^\d+$/.test(value)) return String(Number(value))
  return at.problem(`${show(value)} is not a partition number (0 = the whole device) or auto`)
}

/**
 * One mount_options line, passed to mount as one `-o` value. It may hold several comma-separated
 * options, but nothing that mount would read as something else: no spaces, no leading dash, no
 * empty option between commas.
 */
export const mountOption: Parser<string> = (raw, at) => {
  const value = text(raw, at)
  if (value === undefined) return undefined
  let reason = ''
  if (/\s/.test(value)) reason = 'it contains a space; put each option on its own line'
  else if (value.startsWith('-')) reason = 'it starts with "-", which mount would read as a flag'
  else if (value.split(',').some((option) => option === '')) reason = 'it has an empty option'
  return reason === '' ? value : at.problem(`${show(value)} is not a mount option: ${reason}`)
}

/** An Outscale account id. */
export const accountId = matching(/^\d{12}$/, 'an Outscale account id (12 digits)')

/** An OMI id, as opposed to a name (names are matched with source_omi_filter). */
export const omiId = matching(
  /^ami-[0-9a-f]+$/,
  'an OMI id like ami-12345678 (to choose an OMI by name, use source_omi_filter)'
)

/** An environment variable name, as provision_env and POSIX shells accept it. */
export const variableName = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Throws unless every name is an environment variable name. The configuration refuses bad names
 * (provision_env) with its own message first; this guards what reaches a shell or `env`.
 */
export function assertVariableNames(names: Iterable<string>, where: string): void {
  for (const name of names) {
    if (!variableName.test(name)) {
      throw new Error(
        `${where}: ${JSON.stringify(name)} is not a variable name (letters, digits and _, not first a digit).`
      )
    }
  }
}

/** The characters OAPI CreateImage accepts in an image name. */
const omiNameCharacters = /^[A-Za-z0-9 ()/._-]*$/

/**
 * omi_name, rendered now (only functions exist at this point: timestamp, isotime, uuid,
 * clean_resource_name) and checked against what CreateImage accepts.
 */
export const omiName: Parser<string> = (raw, at) => {
  const template = text(raw, at)
  if (template === undefined) return undefined
  let name: string
  try {
    name = render(template, {}, at.key)
  } catch (error) {
    // render() names the field itself; the context adds it again.
    const message = error instanceof Error ? error.message : String(error)
    const prefix = `${at.key}: `
    return at.problem(message.startsWith(prefix) ? message.slice(prefix.length) : message)
  }
  const shown = name === template ? show(name) : `${show(name)} (from ${show(template)})`
  if (name.length < 3 || name.length > 128) {
    return at.problem(`${shown} is ${name.length} characters long; OMI names have 3 to 128`)
  }
  if (!omiNameCharacters.test(name)) {
    const bad = [...new Set(name.replace(/[A-Za-z0-9 ()/._-]/g, ''))].map((c) => show(c))
    return at.problem(
      `${shown} contains ${bad.join(', ')}; OMI names allow only letters, digits, space and ` +
        `( ) / . - _. Pass the text that may hold others through clean_resource_name, which ` +
        `replaces them with "-", e.g. app-{{ isotime | clean_resource_name }}`
    )
  }
  return name
}

/**
 * The youngest cleanup_orphans allows. The age is what protects a build that is still running
 * (its volume waits for the host lock unlinked, for instance): a floor keeps a slip such as "60"
 * (seconds) from sweeping the resources of builds in progress.
 */
export const minimumOrphanAgeSeconds = 10 * 60

/** cleanup_orphans: an age such as 6h, 30m or 1h30m (or seconds), at least 10 minutes. */
export const orphanAge: Parser<number> = (raw, at) => {
  const seconds = duration(raw, at)
  if (seconds === undefined || seconds >= minimumOrphanAgeSeconds) return seconds
  return at.problem(
    `${show(raw)} is too young: an orphan must be at least 10m old, so that the resources of ` +
      `builds still running are never swept; use an age longer than your longest build, e.g. 6h`
  )
}
