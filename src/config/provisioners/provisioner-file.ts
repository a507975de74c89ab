/**
 * Packer's `file` provisioner: uploads (host files, directories or text into the image) and
 * downloads (out of the image into the workspace), with Packer's rules for names
 * (https://developer.hashicorp.com/packer/docs/provisioners/file).
 */
import { isAbsolute, resolve } from 'node:path'
import { show } from '../parse.js'
import { commonKeys, type ProvisionerSettings } from './provisioner-settings.js'
import type { FileProvisioner } from './provisioners.js'

const fileKeys = ['source', 'sources', 'content', 'destination', 'direction', 'generated']

export function mapFile(settings: ProvisionerSettings): FileProvisioner | undefined {
  const { at } = settings
  const direction = settings.text('direction') ?? 'upload'
  if (direction !== 'upload' && direction !== 'download') {
    at.child('direction').problem(`${show(direction)} is not allowed; use upload or download`)
  }
  settings.ignore({ generated: 'accepted: sources are checked when the provisioner runs' })
  const generated = settings.boolean('generated') ?? false
  const sources = [...settings.list('source'), ...settings.list('sources')]
  const content = settings.text('content')
  const destination = settings.text('destination')
  settings.rejectUnknown([...fileKeys, ...commonKeys])
  if (settings.has('source') && settings.has('sources')) {
    at.problem('set source or sources, not both')
  }
  if (destination === undefined) return at.child('destination').problem('required')
  if (content !== undefined && sources.length > 0) {
    return at.problem('set content or source(s), not both')
  }
  if (content === undefined && sources.length === 0) {
    return at.problem('needs source, sources or content')
  }
  if (direction === 'download') {
    if (content !== undefined) return at.child('content').problem('cannot be downloaded')
    if (sources.length !== 1) return at.child('sources').problem('a download takes one source')
    if (!isAbsolute(sources[0]) || sources[0].split('/').includes('..')) {
      return at
        .child('source')
        .problem(
          `${show(sources[0])}: a download's source is an absolute path in the image, without ".."`
        )
    }
    const hostPath = resolve(settings.workspace, destination)
    if (!insideDirectory(hostPath, settings.workspace)) {
      return at
        .child('destination')
        .problem(
          `${show(destination)} is outside the workspace (${settings.workspace}); downloads stay in it`
        )
    }
    return { type: 'file', at: settings.provisioner.at, direction, sources, destination: hostPath }
  }
  if (!isAbsolute(destination) || destination.split('/').includes('..')) {
    return at
      .child('destination')
      .problem(`${show(destination)} must be an absolute path in the image, without ".."`)
  }
  if (sources.length > 1 && !destination.endsWith('/')) {
    at.child('destination').problem(
      `with several sources, must be a directory ending in / (Packer's rule)`
    )
  }
  const hostSources = sources.map((source) => {
    // Generated sources exist only once an earlier provisioner has run: checked then.
    const absolute = generated
      ? resolve(settings.workspace, source)
      : settings.hostFile('source', source, 'any')
    // Packer's rule: a directory named with a trailing / uploads its contents.
    return source.endsWith('/') && !absolute.endsWith('/') ? `${absolute}/` : absolute
  })
  return {
    type: 'file',
    at: settings.provisioner.at,
    direction: 'upload',
    sources: hostSources,
    content,
    destination
  }
}

/** True when path is dir or below it (both absolute, already normalised). */
export function insideDirectory(path: string, dir: string): boolean {
  const base = resolve(dir)
  return path === base || path.startsWith(base.endsWith('/') ? base : `${base}/`)
}
