/** Parsers for the options whose value is structured (YAML in an input, lists and maps in a file). */
import {
  boolean,
  didYouMean,
  duration,
  fields,
  integer,
  isMap,
  lines,
  oneOf,
  parseYaml,
  show,
  text,
  yamlValue,
  type Parser,
  type ValueContext
} from './parse.js'
import type {
  BlockDeviceMapping,
  ChrootMount,
  ProvisionFile,
  SourceOmiFilter,
  Timeouts
} from './types.js'
import { variableName } from './values.js'
import { checkIops, maxVolumeSizeGiB, volumeTypes } from './volume-rules.js'

/**
 * ReadImages filters. Packer's dashed names (its seven, plus a few more) map to the OAPI names,
 * which are accepted as they are too. Only filters whose values are strings are offered.
 */
const imageFilterNames: Record<string, string> = {
  'account-alias': 'AccountAliases',
  'account-id': 'AccountIds',
  architecture: 'Architectures',
  'boot-mode': 'BootModes',
  description: 'Descriptions',
  'file-location': 'FileLocations',
  hypervisor: 'Hypervisors',
  'image-id': 'ImageIds',
  'image-name': 'ImageNames',
  'product-code': 'ProductCodes',
  'root-device-name': 'RootDeviceNames',
  'root-device-type': 'RootDeviceTypes',
  state: 'States',
  tag: 'Tags',
  'tag-key': 'TagKeys',
  'tag-value': 'TagValues',
  'virtualization-type': 'VirtualizationTypes'
}
const oapiImageFilterNames = Object.values(imageFilterNames)

const imageFilters: Parser<Record<string, string[]>> = (raw, at) => {
  if (!isMap(raw)) {
    return at.problem(`expected a map of filter names to values, e.g. image-name: "Debian-12-*"`)
  }
  const filters: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(raw)) {
    const oapiName = imageFilterNames[name] ?? (oapiImageFilterNames.includes(name) ? name : '')
    if (oapiName === '') {
      const known = [...Object.keys(imageFilterNames), ...oapiImageFilterNames]
      const hint =
        didYouMean(name, known) || `; known filters: ${Object.keys(imageFilterNames).join(', ')}`
      at.problem(`unknown filter "${name}"${hint}`)
      continue
    }
    const values = lines(text)(value, at.child(name))
    if (values !== undefined) filters[oapiName] = values
  }
  return filters
}

const sourceOmiFilterFields = fields({
  filters: imageFilters,
  owners: lines(text),
  most_recent: boolean
})

/** source_omi_filter: `filters` (map), `owners` (list), `most_recent` (boolean). */
export const sourceOmiFilter: Parser<SourceOmiFilter> = yamlValue((raw, at) => {
  const filter = sourceOmiFilterFields(raw, at)
  if (filter === undefined) return undefined
  return {
    filters: filter.filters ?? {},
    owners: filter.owners ?? [],
    mostRecent: filter.most_recent ?? false
  }
})

/** chroot_mounts: a YAML list of [fstype, source, target-inside-chroot] triples. */
export const chrootMounts: Parser<ChrootMount[]> = yamlValue((raw, at) => {
  if (!Array.isArray(raw)) {
    return at.problem(`expected a YAML list of [fstype, source, target] entries, got ${show(raw)}`)
  }
  const mounts = raw.map((entry: unknown, index): ChrootMount | undefined => {
    const entryAt = at.child(index)
    if (!Array.isArray(entry) || entry.length !== 3) {
      return entryAt.problem(
        `${show(entry)} must have exactly three elements: [fstype, source, target-inside-chroot]`
      )
    }
    const [fstype, source, target] = entry.map((part: unknown) => text(part, entryAt))
    if (fstype === undefined || source === undefined || target === undefined) return undefined
    if (!target.startsWith('/')) {
      return entryAt.problem(`target ${show(target)} must be an absolute path inside the chroot`)
    }
    return { fstype, source, target }
  })
  return mounts.every((mount) => mount !== undefined) ? (mounts as ChrootMount[]) : undefined
})

const blockDeviceMappingFields = fields({
  device_name: text,
  delete_on_vm_deletion: boolean,
  iops: integer(0),
  no_device: boolean,
  snapshot_id: text,
  virtual_name: text,
  volume_size: integer(1, maxVolumeSizeGiB),
  volume_type: oneOf(...volumeTypes)
})

function blockDeviceMapping(raw: unknown, at: ValueContext): BlockDeviceMapping | undefined {
  const mapping = blockDeviceMappingFields(raw, at)
  if (mapping === undefined) return undefined
  if (mapping.device_name === undefined) {
    at.problem(`device_name is required (e.g. /dev/sda1 for the root device)`)
  } else if (!mapping.device_name.startsWith('/dev/')) {
    at.child('device_name').problem(`${show(mapping.device_name)} must start with /dev/`)
  }
  checkIops(
    { type: mapping.volume_type, iops: mapping.iops, size: mapping.volume_size },
    at.child('iops'),
    { type: 'volume_type', size: 'volume_size' }
  )
  return {
    deviceName: mapping.device_name ?? '',
    deleteOnVmDeletion: mapping.delete_on_vm_deletion,
    iops: mapping.iops,
    noDevice: mapping.no_device ?? false,
    snapshotId: mapping.snapshot_id,
    virtualName: mapping.virtual_name,
    volumeSize: mapping.volume_size,
    volumeType: mapping.volume_type
  }
}

/** omi_block_device_mappings: a YAML list of maps. */
export const blockDeviceMappings: Parser<BlockDeviceMapping[]> = yamlValue((raw, at) => {
  if (!Array.isArray(raw)) {
    return at.problem(
      `expected a YAML list of maps (device_name, volume_size, ...), got ${show(raw)}`
    )
  }
  const mappings = raw.map((entry: unknown, index) => blockDeviceMapping(entry, at.child(index)))
  const names = mappings.map((mapping) => mapping?.deviceName).filter((name) => name)
  const repeated = names.filter((name, index) => names.indexOf(name) !== index)
  if (repeated.length > 0) at.problem(`device_name ${show(repeated[0])} appears more than once`)
  return mappings.every((mapping) => mapping !== undefined)
    ? (mappings as BlockDeviceMapping[])
    : undefined
})

/** Splits "source:destination" at the colon that starts the (absolute) destination. */
function provisionFileFromLine(line: string, at: ValueContext): ProvisionFile | undefined {
  const colon = line.lastIndexOf(':/')
  if (colon <= 0) {
    return at.problem(
      `${show(line)} is not source:destination with an absolute destination ` +
        `(e.g. files/app.conf:/etc/app.conf)`
    )
  }
  return { source: line.slice(0, colon), destination: line.slice(colon + 1) }
}

const provisionFileFields = fields({
  source: text,
  destination: text,
  direction: oneOf('upload', 'download')
})

/**
 * A destination stays inside the image: `..` could only climb out of it (the host resolves the
 * path below the mount point, and refuses links that climb out when it copies).
 */
function insideImage(file: ProvisionFile, at: ValueContext): ProvisionFile | undefined {
  const [key, path] =
    file.direction === 'download' ? ['source', file.source] : ['destination', file.destination]
  if (!path.startsWith('/')) {
    return at.child(key).problem(`${show(path)} is not an absolute path (it must start with /)`)
  }
  if (!path.split('/').includes('..')) return file
  return at.problem(
    `${key} ${show(path)} contains "..": give the absolute path inside the ` +
      `image without it (e.g. /etc/app.conf)`
  )
}

function provisionFile(raw: unknown, at: ValueContext): ProvisionFile | undefined {
  if (typeof raw === 'string') {
    const file = provisionFileFromLine(raw.trim(), at)
    return file && insideImage(file, at)
  }
  const file = provisionFileFields(raw, at)
  if (file === undefined) return undefined
  if (file.source === undefined || file.destination === undefined) {
    return at.problem(`needs both source and destination`)
  }
  return insideImage(
    { source: file.source, destination: file.destination, direction: file.direction },
    at
  )
}

/**
 * provision_files: one "source:destination" per line, or a YAML list whose items are such strings
 * or {source, destination, direction} maps (direction: upload, the default, or download).
 */
export const provisionFiles: Parser<ProvisionFile[]> = (raw, at) => {
  let items: unknown = raw
  if (typeof raw === 'string') {
    items = raw.split(/\r?\n/).filter((line) => line.trim() !== '')
    try {
      const parsed = parseYaml(raw)
      if (Array.isArray(parsed)) items = parsed
    } catch {
      // Not YAML: the one-per-line form.
    }
  }
  if (!Array.isArray(items)) {
    return at.problem(`expected one source:destination per line or a YAML list, got ${show(raw)}`)
  }
  const files = items.map((item: unknown, index) => provisionFile(item, at.child(index)))
  return files.every((file) => file !== undefined) ? (files as ProvisionFile[]) : undefined
}

/**
 * provision_env: KEY=VALUE lines (or a YAML map in a config file). Values are never shown in
 * messages: they may be tokens.
 */
export const provisionEnv: Parser<Record<string, string>> = (raw, at) => {
  let entries: [string, string | undefined][]
  if (isMap(raw)) {
    entries = Object.entries(raw).map(([name, value]) => [name, text(value, at.child(name))])
  } else {
    const assignments = lines(text)(raw, at)
    if (assignments === undefined) return undefined
    entries = assignments.map((line, index) => {
      const equals = line.indexOf('=')
      if (equals < 0) return ['', at.child(index).problem(`is not in KEY=VALUE form`)]
      return [line.slice(0, equals).trim(), line.slice(equals + 1)]
    })
  }
  let valid = true
  for (const [name, value] of entries) {
    if (value === undefined) valid = false
    else if (!variableName.test(name)) {
      valid = false
      at.problem(`${show(name)} is not a variable name (letters, digits and _, not first a digit)`)
    }
  }
  return valid ? Object.fromEntries(entries as [string, string][]) : undefined
}

/** timeouts: a YAML map of phase → duration; phases left out keep their defaults. */
export const timeouts: Parser<Partial<Timeouts>> = yamlValue(
  fields({ volume: duration, link: duration, device: duration, snapshot: duration, omi: duration })
)
