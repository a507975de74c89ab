/**
 * A Packer HCL2 template used as config_file: a .pkr.hcl file, or a directory whose *.pkr.hcl
 * files (and *.auto.pkrvars.hcl variable files) make one template, as Packer reads them.
 *
 * Read: the `source "osc-chroot" | "outscale-chroot"` blocks (template_source chooses one), the
 * build block that uses it (its `source` overrides too), its provisioner and post-processor
 * blocks that apply to it (only / except), `variable` blocks, `locals` and `local` blocks. What
 * else a template can hold fails naming the file, the line and the construct.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { builderTypes, toBuilderOptions } from './builder-options.js'
import { evaluateValue, ExpressionError, type EvaluationScope } from './hcl-expressions.js'
import { appliesTo, orderedBlocks, overrideFor, unwrapSingleBlocks } from './hcl-build-blocks.js'
import { evaluateLocals, type LocalDefinition } from './hcl-locals.js'
import { childBlocks, locateBlocks, type BlockLocation } from './hcl-locations.js'
import { HclSyntaxError, parseHclFile } from './hcl-parser.js'
import {
  resolveVariables,
  type TemplateReporter,
  type VariableDeclaration,
  type VariableFileValue
} from './hcl-variables.js'
import { isMap } from '../parse.js'
import { chooseCandidate, type BuildCandidate, type TemplateReading } from './template-inputs.js'
import type { ReadTemplate, TemplatePostProcessor, TemplateProvisioner } from './template-model.js'

/** One parsed file: its name in messages, the parser's JSON, and where its blocks are. */
interface HclFile {
  label: string
  json: Record<string, unknown>
  blocks: BlockLocation
}

type Body = Record<string, unknown>

/** Top-level blocks this action reads, or knowingly ignores (packer: required versions, plugins). */
const topLevelBlocks = ['variable', 'locals', 'local', 'source', 'build', 'packer']
/** What a build block may hold. */
const buildKeys = [
  'name',
  'description',
  'sources',
  'source',
  'provisioner',
  'post-processor',
  'post-processors'
]

/** What each unsupported construct is, in the user's words. */
const unsupportedBlocks: Record<string, string> = {
  data: 'data sources',
  dynamic: 'dynamic blocks',
  hcp_packer_registry: 'hcp_packer_registry (HCP Packer) blocks',
  'error-cleanup-provisioner': 'error-cleanup-provisioner blocks'
}

/**
 * Reads the template at `path` (absolute; reading.file is the same path as the user gave it).
 * Returns undefined after reporting why it cannot be used.
 */
export function readHclTemplate(
  path: string,
  workspace: string,
  reading: TemplateReading
): ReadTemplate | undefined {
  return new HclTemplateReader(path, workspace, reading).read()
}

class HclTemplateReader {
  private readonly report: TemplateReporter
  private files: HclFile[] = []
  private variableFiles: HclFile[] = []
  private problems = 0

  constructor(
    private readonly path: string,
    private readonly workspace: string,
    private readonly reading: TemplateReading
  ) {
    this.report = {
      problem: (at, message) => {
        this.problems++
        reading.at.problem(`${at}: ${message}`)
      },
      warning: (at, message) => reading.at.warning(`${at}: ${message}`),
      variablesProblem: (message) => {
        this.problems++
        reading.variablesAt.problem(message)
      }
    }
  }

  read(): ReadTemplate | undefined {
    if (!this.load()) return undefined
    this.checkTopLevel()
    const root = this.isDirectory() ? this.path : dirname(this.path)
    const baseScope: EvaluationScope = {
      path: { root, cwd: this.workspace },
      functions: { env: this.reading.env, envAllowed: true }
    }
    const variables = resolveVariables(
      this.declarations('variable'),
      this.variableFileValues(),
      this.reading.inputs.variables,
      this.reading.env,
      baseScope,
      this.report
    )
    const scope: EvaluationScope = {
      ...baseScope,
      variables,
      local: this.locals(variables, baseScope),
      functions: { ...baseScope.functions, envAllowed: false }
    }
    const chosen = this.chooseSource()
    if (chosen === undefined || this.problems > 0) return undefined
    const build = this.buildUsing(chosen)
    if (build === undefined) return undefined
    const sourceName = typeof build.override.name === 'string' ? build.override.name : chosen.name
    const identity = { type: chosen.type, name: sourceName }
    const { name: _name, ...overrides } = build.override
    const options = this.evaluateBody({ ...chosen.item.body, ...overrides }, chosen.item, scope)
    const buildScope = { ...scope, source: identity }
    const template: ReadTemplate = {
      builderOptions: toBuilderOptions(unwrapSingleBlocks(options), this.reading.keyAt),
      builder: identity,
      provisioners: this.provisioners(build, identity, buildScope),
      postProcessors: this.postProcessors(build, identity)
    }
    return this.problems > 0 ? undefined : template
  }

  private isDirectory(): boolean {
    return !this.path.endsWith('.hcl')
  }

  /** Reads and parses the file, or the directory's template and variable files. */
  private load(): boolean {
    const at = this.reading.at
    let names: string[]
    if (this.isDirectory()) {
      try {
        names = readdirSync(this.path).sort()
      } catch (error) {
        at.problem(
          `cannot read the directory ${this.reading.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
        )
        return false
      }
      const json = names.filter((name) => name.endsWith('.pkr.json'))
      if (json.length > 0) {
        at.problem(
          `${join(this.reading.file, json[0])}: HCL2 templates in JSON syntax (.pkr.json) ` +
            `cannot be read; use the .pkr.hcl form`
        )
        return false
      }
      names = names.filter(
        (name) => name.endsWith('.pkr.hcl') || name.endsWith('.auto.pkrvars.hcl')
      )
      if (!names.some((name) => name.endsWith('.pkr.hcl'))) {
        at.problem(`the directory ${this.reading.file} holds no *.pkr.hcl file`)
        return false
      }
    } else {
      names = [basename(this.path)]
    }
    const directory = this.isDirectory() ? this.path : dirname(this.path)
    const labelDirectory = this.isDirectory() ? this.reading.file : dirname(this.reading.file)
    for (const name of names) {
      const label = labelDirectory === '.' ? name : join(labelDirectory, name)
      let text: string
      try {
        text = readFileSync(join(directory, name), 'utf8')
      } catch (error) {
        at.problem(
          `cannot read ${label} (in ${this.workspace}): ${(error as NodeJS.ErrnoException).code ?? String(error)}`
        )
        return false
      }
      let json: Record<string, unknown>
      try {
        json = parseHclFile(label, text)
      } catch (error) {
        if (!(error instanceof HclSyntaxError)) throw error
        at.problem(`not valid HCL: ${error.message}`)
        return false
      }
      const file = { label, json, blocks: locateBlocks(text) }
      if (name.endsWith('.auto.pkrvars.hcl')) this.variableFiles.push(file)
      else this.files.push(file)
    }
    return true
  }

  /** "file:line" of a block, or of one of its attributes or nested blocks. */
  private where(file: HclFile, block: BlockLocation | undefined, attribute?: string): string {
    const nested = attribute ? childBlocks(block, attribute)[0]?.line : undefined
    const line = (attribute && block?.attributes.get(attribute)) || nested || block?.line
    return line === undefined ? file.label : `${file.label}:${line}`
  }

  private checkTopLevel(): void {
    for (const file of this.files) {
      for (const key of Object.keys(file.json)) {
        if (topLevelBlocks.includes(key)) continue
        const block = childBlocks(file.blocks, key)[0]
        const what = unsupportedBlocks[key] ?? `"${key}" blocks`
        this.report.problem(
          this.where(file, block),
          `${what} are not supported (this action reads variable, locals, local, source and ` +
            `build blocks)`
        )
      }
      for (const block of file.blocks.children) {
        if (block.type === 'packer') continue
        this.rejectNested(file, block)
      }
    }
  }

  /** dynamic blocks anywhere inside a block. */
  private rejectNested(file: HclFile, block: BlockLocation): void {
    for (const child of block.children) {
      if (child.type === 'dynamic') {
        this.report.problem(
          this.where(file, child),
          `${unsupportedBlocks.dynamic} are not supported`
        )
      } else this.rejectNested(file, child)
    }
  }

  /** The blocks of a type with one label (variable "x", local "x"), with their place. */
  private declarations(type: 'variable' | 'local'): VariableDeclaration[] {
    const found: VariableDeclaration[] = []
    for (const file of this.files) {
      const byName = file.json[type]
      if (!isMap(byName)) continue
      // The parser sorts them by name; messages follow the file.
      const line = (name: string): number => childBlocks(file.blocks, type, name)[0]?.line ?? 0
      const names = Object.keys(byName).sort((a, b) => line(a) - line(b))
      for (const [name, bodies] of names.map((name) => [name, byName[name]] as const)) {
        const block = childBlocks(file.blocks, type, name)[0]
        const at = this.where(file, block)
        const previous = found.find((declaration) => declaration.name === name)
        if (previous !== undefined) {
          this.report.problem(at, `${type} "${name}" is declared twice (first at ${previous.at})`)
          continue
        }
        const body = Array.isArray(bodies) && isMap(bodies[0]) ? bodies[0] : {}
        if (type === 'variable' && 'validation' in body) {
          this.report.warning(
            at,
            `variable "${name}": validation blocks are not checked by this action`
          )
        }
        found.push({ name, at, body })
      }
    }
    return found
  }

  private variableFileValues(): VariableFileValue[] {
    return this.variableFiles.flatMap((file) =>
      Object.entries(file.json).map(([name, value]) => ({
        name,
        at: this.where(file, file.blocks, name),
        value
      }))
    )
  }

  /** local.<name>: the locals of every file, checked for repeats, in file order. */
  private locals(
    variables: Record<string, unknown>,
    baseScope: EvaluationScope
  ): (name: string) => unknown {
    const definitions = new Map<string, LocalDefinition>()
    for (const file of this.files) {
      const blocks = childBlocks(file.blocks, 'locals')
      const bodies = Array.isArray(file.json.locals) ? file.json.locals : []
      bodies.forEach((body: unknown, index) => {
        if (!isMap(body)) return
        for (const [name, expression] of Object.entries(body)) {
          const at = this.where(file, blocks[index], name)
          this.defineLocal(definitions, { name, at, expression, sensitive: false })
        }
      })
    }
    for (const { name, at, body } of this.declarations('local')) {
      const sensitive = body.sensitive === true
      this.defineLocal(definitions, { name, at, expression: body.expression, sensitive })
    }
    const files = this.files.map((file) => file.label)
    const place = (at: string): [number, number] => {
      const colon = at.lastIndexOf(':')
      return [files.indexOf(at.slice(0, colon)), Number(at.slice(colon + 1))]
    }
    const inFileOrder = [...definitions.values()].sort((a, b) => {
      const [fileA, lineA] = place(a.at)
      const [fileB, lineB] = place(b.at)
      return fileA - fileB || lineA - lineB
    })
    const scope = {
      ...baseScope,
      variables,
      functions: { ...baseScope.functions, envAllowed: false }
    }
    return evaluateLocals(inFileOrder, scope, (message) => {
      this.problems++
      this.reading.at.problem(message)
    })
  }

  private defineLocal(
    definitions: Map<string, LocalDefinition>,
    definition: LocalDefinition
  ): void {
    const previous = definitions.get(definition.name)
    if (previous !== undefined) {
      this.report.problem(
        definition.at,
        `local "${definition.name}" is defined twice (first at ${previous.at})`
      )
    } else definitions.set(definition.name, definition)
  }

  /** The osc-chroot / outscale-chroot source blocks, and the one template_source names. */
  private chooseSource():
    BuildCandidate<{ file: HclFile; block?: BlockLocation; body: Body }> | undefined {
    const candidates: BuildCandidate<{ file: HclFile; block?: BlockLocation; body: Body }>[] = []
    for (const file of this.files) {
      const byType = file.json.source
      if (!isMap(byType)) continue
      for (const [type, byName] of Object.entries(byType)) {
        if (!builderTypes.includes(type) || !isMap(byName)) continue
        for (const [name, bodies] of Object.entries(byName)) {
          const body = Array.isArray(bodies) && isMap(bodies[0]) ? bodies[0] : {}
          const block = childBlocks(file.blocks, 'source').find(
            (candidate) => candidate.labels[0] === type && candidate.labels[1] === name
          )
          candidates.push({ type, name, item: { file, block, body } })
        }
      }
    }
    const where = `source blocks of type ${builderTypes.join(' or ')}`
    return chooseCandidate(
      candidates,
      this.reading.inputs.source,
      where,
      this.reading.at,
      this.reading.sourceAt
    )
  }

  /** The one build block that uses the chosen source, and its override block for it, if any. */
  private buildUsing(
    chosen: BuildCandidate<{ file: HclFile }>
  ): { file: HclFile; block?: BlockLocation; body: Body; override: Body } | undefined {
    const reference = `source.${chosen.type}.${chosen.name}`
    const matches = (ref: unknown): boolean =>
      typeof ref === 'string' &&
      [reference, `${chosen.type}.${chosen.name}`].includes(ref.replace(/^\$\{(.*)\}$/, '$1'))
    const builds: { file: HclFile; block?: BlockLocation; body: Body; override: Body }[] = []
    for (const file of this.files) {
      const bodies = Array.isArray(file.json.build) ? file.json.build : []
      const blocks = childBlocks(file.blocks, 'build')
      bodies.forEach((body: unknown, index) => {
        if (!isMap(body)) return
        const listed = Array.isArray(body.sources) && body.sources.some(matches)
        const nested = isMap(body.source)
          ? Object.entries(body.source).find(([ref]) => matches(ref))
          : undefined
        if (!listed && nested === undefined) return
        const overrideBodies = nested?.[1]
        const override =
          Array.isArray(overrideBodies) && isMap(overrideBodies[0]) ? overrideBodies[0] : {}
        builds.push({ file, block: blocks[index], body, override })
      })
    }
    if (builds.length === 1) {
      this.checkBuild(builds[0])
      this.warnOtherSources(builds[0])
      return this.problems > 0 ? undefined : builds[0]
    }
    const sourceAt = this.where(chosen.item.file, (chosen.item as { block?: BlockLocation }).block)
    if (builds.length === 0) {
      this.report.problem(
        sourceAt,
        `no build block uses source "${chosen.type}.${chosen.name}"; add it to a build's ` +
          `sources = ["${reference}"], as Packer needs too`
      )
    } else {
      const places = builds.map((build) => this.where(build.file, build.block)).join(', ')
      this.report.problem(
        sourceAt,
        `several build blocks use source "${chosen.type}.${chosen.name}" (${places}); this ` +
          `action runs one build: keep one`
      )
    }
    return undefined
  }

  /** A build's sources of other builders (amazon-ebs, ...): Packer would build them too. */
  private warnOtherSources(build: { file: HclFile; block?: BlockLocation; body: Body }): void {
    const listed = Array.isArray(build.body.sources) ? build.body.sources : []
    const nested = isMap(build.body.source) ? Object.keys(build.body.source) : []
    const others = [...listed, ...nested]
      .map((ref) =>
        String(ref)
          .replace(/^\$\{(.*)\}$/, '$1')
          .replace(/^source\./, '')
      )
      .filter((ref) => !builderTypes.includes(ref.split('.')[0]))
    if (others.length > 0) {
      this.report.warning(
        this.where(build.file, build.block),
        `this action builds only its own source; the build's other sources are not built ` +
          `(${others.join(', ')})`
      )
    }
  }

  /** What a build block holds besides what this action reads. */
  private checkBuild(build: { file: HclFile; block?: BlockLocation; body: Body }): void {
    for (const key of Object.keys(build.body)) {
      // dynamic blocks are reported wherever they are, by checkTopLevel.
      if (buildKeys.includes(key) || key === 'dynamic') continue
      const inner = childBlocks(build.block, key)[0]
      const line = inner ?? (build.block?.attributes.has(key) ? build.block : undefined)
      const what = unsupportedBlocks[key] ?? `"${key}" in a build block`
      this.report.problem(
        inner ? this.where(build.file, inner) : this.where(build.file, line, key),
        `${what} ${unsupportedBlocks[key] ? 'are' : 'is'} not supported`
      )
    }
  }

  /** Evaluates each attribute of a block; problems name file:line and the attribute. */
  private evaluateBody(
    body: Body,
    place: { file: HclFile; block?: BlockLocation },
    scope: EvaluationScope
  ): Body {
    const result: Body = {}
    for (const [key, value] of Object.entries(body)) {
      if (key === 'dynamic') continue // Reported by checkTopLevel.
      try {
        result[key] = evaluateValue(value, scope)
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error
        this.report.problem(this.where(place.file, place.block, key), `${key}: ${error.message}`)
      }
    }
    return result
  }

  /** The provisioner blocks that apply to the source, in file order. */
  private provisioners(
    build: { file: HclFile; block?: BlockLocation; body: Body },
    identity: { type: string; name: string },
    scope: EvaluationScope
  ): TemplateProvisioner[] {
    const provisioners: TemplateProvisioner[] = []
    for (const { type, block, body } of orderedBlocks(build, 'provisioner')) {
      const place = { file: build.file, block }
      const { only, except, override, ...settings } = this.evaluateBody(body, place, scope)
      if (!appliesTo(only, except, identity)) continue
      const overridden = overrideFor(override, identity)
      provisioners.push({
        type,
        at: this.where(build.file, block),
        settings: { ...settings, ...overridden }
      })
    }
    return provisioners
  }

  /** post-processor blocks and those of post-processors sequences, in file order. */
  private postProcessors(
    build: { file: HclFile; block?: BlockLocation; body: Body },
    identity: { type: string; name: string }
  ): TemplatePostProcessor[] {
    const found: TemplatePostProcessor[] = []
    const collect = (body: Body, block: BlockLocation | undefined): void => {
      for (const entry of orderedBlocks({ block, body }, 'post-processor')) {
        if (!appliesTo(entry.body.only, entry.body.except, identity)) continue
        found.push({ type: entry.type, at: this.where(build.file, entry.block) })
      }
    }
    const sequences = Array.isArray(build.body['post-processors'])
      ? build.body['post-processors']
      : []
    const sequenceBlocks = childBlocks(build.block, 'post-processors')
    // Single post-processors and sequences in the order they appear in the build block.
    const single: { line: number; run: () => void }[] = [
      {
        line: childBlocks(build.block, 'post-processor')[0]?.line ?? 0,
        run: () => collect(build.body, build.block)
      }
    ]
    sequences.forEach((sequence: unknown, index) => {
      if (!isMap(sequence)) return
      const block = sequenceBlocks[index]
      single.push({
        line: block?.line ?? Number.MAX_SAFE_INTEGER,
        run: () => collect(sequence, block)
      })
    })
    single.sort((a, b) => a.line - b.line).forEach((part) => part.run())
    return found
  }
}
