/**
 * The settings of one template provisioner, read with the place they come from, so that every
 * message names the provisioner, where it is in the template and the setting.
 */
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { didYouMean, isMap, show, ValueContext, type Findings } from '../parse.js'
import type { TemplateProvisioner } from '../template/template-model.js'

/** Keys Packer accepts on every provisioner, handled here, not by the type's own mapping. */
export const commonKeys = ['type', 'name', 'only', 'except', 'override']

/** Common keys accepted and ignored, with why. */
export const ignoredCommonKeys: Record<string, string> = {
  pause_before: 'ignored: nothing needs to settle between two steps of a chroot build',
  max_retries: 'ignored: a failed provisioner fails the build',
  timeout: "ignored: the job's timeout-minutes bounds the build"
}

/** The settings of one provisioner, read with their location for messages. */
export class ProvisionerSettings {
  readonly used = new Set<string>(commonKeys)
  readonly at: ValueContext

  constructor(
    readonly provisioner: TemplateProvisioner,
    readonly findings: Findings,
    readonly workspace: string
  ) {
    this.at = new ValueContext(`${provisioner.type} provisioner (${provisioner.at})`, findings)
  }

  get settings(): Record<string, unknown> {
    return this.provisioner.settings
  }

  has(key: string): boolean {
    this.used.add(key)
    const value = this.settings[key]
    return value !== undefined && value !== null && value !== ''
  }

  text(key: string): string | undefined {
    if (!this.has(key)) return undefined
    const value = this.settings[key]
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    return this.at.child(key).problem(`expected a string, got ${show(value)}`)
  }

  boolean(key: string): boolean | undefined {
    if (!this.has(key)) return undefined
    const value = this.settings[key]
    if (typeof value === 'boolean') return value
    if (value === 'true' || value === 'false') return value === 'true'
    return this.at.child(key).problem(`${show(value)} is not a boolean; write true or false`)
  }

  list(key: string): string[] {
    if (!this.has(key)) return []
    const value = this.settings[key]
    const items = Array.isArray(value) ? value : [value]
    const strings = items.filter((item): item is string | number | boolean =>
      ['string', 'number', 'boolean'].includes(typeof item)
    )
    if (strings.length !== items.length) {
      this.at.child(key).problem(`expected a list of strings, got ${show(value)}`)
      return []
    }
    return strings.map(String)
  }

  integers(key: string): number[] | undefined {
    if (!this.has(key)) return undefined
    const values = this.list(key).map(Number)
    if (values.some((value) => !Number.isInteger(value) || value < 0 || value > 255)) {
      return this.at
        .child(key)
        .problem(`expected exit codes (whole numbers 0-255), got ${show(this.settings[key])}`)
    }
    return values
  }

  /** KEY=VALUE entries (environment_vars, ansible_env_vars); values never shown. */
  assignments(key: string): Record<string, string> {
    const environment: Record<string, string> = {}
    for (const [index, line] of this.list(key).entries()) {
      const equals = line.indexOf('=')
      const name = equals < 0 ? '' : line.slice(0, equals)
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        this.at
          .child(key)
          .child(index)
          .problem(
            `not in KEY=VALUE form with KEY a variable name (letters, digits and _, not first a digit)`
          )
        continue
      }
      environment[name] = line.slice(equals + 1)
    }
    return environment
  }

  /** `env`: a map of variable names to values (Packer 1.8+). */
  envMap(key: string): Record<string, string> {
    if (!this.has(key)) return {}
    const value = this.settings[key]
    if (!isMap(value)) {
      this.at.child(key).problem(`expected a map of variable names to values`)
      return {}
    }
    const environment: Record<string, string> = {}
    for (const [name, item] of Object.entries(value)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        this.at.child(key).problem(`${show(name)} is not a variable name`)
      } else environment[name] = String(item)
    }
    return environment
  }

  /** A host file the provisioner reads, relative to the workspace as Packer's are to its cwd. */
  hostFile(key: string, path: string, what = 'file'): string {
    const absolute = resolve(this.workspace, path)
    const stats = statSync(absolute, { throwIfNoEntry: false })
    if (!stats) {
      this.at.child(key).problem(`${show(path)} does not exist (in ${this.workspace})`)
    } else if (what === 'file' && !stats.isFile()) {
      this.at.child(key).problem(`${show(path)} is not a file`)
    }
    return absolute
  }

  /** Accepts keys that do nothing here, with a warning saying why. */
  ignore(keys: Record<string, string>): void {
    for (const [key, why] of Object.entries(keys)) {
      if (this.has(key)) this.at.child(key).warning(why)
    }
  }

  /** Reports every key no mapping read. */
  rejectUnknown(known: readonly string[]): void {
    for (const key of Object.keys(this.settings)) {
      if (this.used.has(key)) continue
      const hint =
        didYouMean(key, [...known]) || `; this action reads ${[...known].sort().join(', ')}`
      this.at.child(key).problem(`not supported${hint}`)
    }
  }
}
