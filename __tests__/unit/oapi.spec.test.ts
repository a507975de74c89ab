/**
 * Checks src/oapi/types.ts and the bodies the client really sends against the official spec
 * (../shared/oapi/outscale.yaml, read in place, never copied): every property we declare exists
 * in the spec schema of the same name with a compatible JSON type, what the spec requires we
 * require, and each convenience method's body validates against its request schema.
 */
import { afterAll, beforeAll, beforeEach, afterEach, expect, it, jest } from '@jest/globals'
import { Ajv } from 'ajv'
import ajvFormats from 'ajv-formats'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type * as TypeScript from 'typescript'
import { OapiClient } from '../../src/oapi/client.js'
import { describeWithSpec, loadSpec, warnIfNoSpec } from '../helpers/spec.js'
import { ok, startFakeServer, type FakeServer } from '../helpers/fake-oapi.js'

const typesPath = join(process.cwd(), 'src', 'oapi', 'types.ts')

warnIfNoSpec('oapi-spec')

// Required, not imported: imported, Jest would first scan typescript's 9 MB of CommonJS for the
// names it exports (about 0.9 s of this file's CPU).
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript

interface SchemaObject {
  type?: string
  $ref?: string
  items?: SchemaObject
  properties?: Record<string, SchemaObject>
  required?: string[]
  enum?: unknown[]
}

describeWithSpec('src/oapi/types.ts against the spec', () => {
  let schemas: Record<string, SchemaObject>

  beforeAll(() => {
    schemas = loadSpec().components.schemas
  })

  const resolve = (schema: SchemaObject): SchemaObject =>
    schema.$ref ? resolve(schemas[schema.$ref.split('/').pop() ?? '']) : schema

  /** "string", "integer", "boolean", "object", or "array<...>" */
  function specKind(schema: SchemaObject): string {
    const resolved = resolve(schema)
    if (resolved.type === 'array' && resolved.items) return `array<${specKind(resolved.items)}>`
    if (resolved.type === 'number') return 'integer'
    return resolved.type ?? (resolved.properties ? 'object' : 'unknown')
  }

  function tsKind(checker: TypeScript.TypeChecker, type: TypeScript.Type): string {
    const t = checker.getNonNullableType(type)
    if (checker.isArrayType(t)) {
      return `array<${tsKind(checker, checker.getTypeArguments(t as TypeScript.TypeReference)[0])}>`
    }
    if (t.flags & ts.TypeFlags.StringLike) return 'string'
    if (t.flags & ts.TypeFlags.NumberLike) return 'integer'
    if (t.flags & ts.TypeFlags.BooleanLike) return 'boolean'
    if (t.isUnion() && t.types.every((u) => u.flags & ts.TypeFlags.StringLiteral)) return 'string'
    if (t.flags & ts.TypeFlags.Object) return 'object'
    return checker.typeToString(t)
  }

  it('declares only spec properties, with the spec JSON types, and requires what the spec requires', () => {
    const program = ts.createProgram([typesPath], {
      // types.ts needs no ambient types: not loading every @types package halves the time.
      types: [],
      // Nor the DOM's declarations, the biggest part of the default library (a third of the time);
      // a type types.ts took from a library not loaded would be unresolved and reported below.
      lib: ['lib.es2022.d.ts'],
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext
    })
    const checker = program.getTypeChecker()
    const source = program.getSourceFile(typesPath)!
    const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)

    const problems: string[] = []
    const checked: string[] = []
    const withoutSchema: string[] = []
    for (const symbol of exported) {
      if (!(symbol.flags & ts.SymbolFlags.Interface)) continue
      const schema = schemas[symbol.name]
      if (!schema) {
        withoutSchema.push(symbol.name)
        continue
      }
      checked.push(symbol.name)
      const declaration = symbol.declarations![0]
      const type = checker.getDeclaredTypeOfSymbol(symbol)
      const ours = new Map(checker.getPropertiesOfType(type).map((p) => [p.name, p]))
      for (const [name, property] of ours) {
        const specProperty = schema.properties?.[name]
        if (!specProperty) {
          problems.push(`${symbol.name}.${name} is not in the spec`)
          continue
        }
        const kind = tsKind(checker, checker.getTypeOfSymbolAtLocation(property, declaration))
        if (kind !== specKind(specProperty)) {
          problems.push(
            `${symbol.name}.${name} is ${kind}, the spec says ${specKind(specProperty)}`
          )
        }
      }
      for (const required of schema.required ?? []) {
        const property = ours.get(required)
        if (!property || property.flags & ts.SymbolFlags.Optional) {
          problems.push(`${symbol.name}.${required} is required by the spec`)
        }
      }
    }

    expect(problems).toEqual([])
    // Not vacuous: every call's request and response, and the resources, were checked.
    for (const name of [
      'CreateVolumeRequest',
      'CreateImageRequest',
      'ReadVolumesResponse',
      'Volume',
      'Image',
      'Snapshot',
      'Vm',
      'FiltersImage',
      'FiltersVolume',
      'LinkedVolume'
    ]) {
      expect(checked).toContain(name)
    }
    // The only interfaces without a spec schema are our own helpers.
    expect(withoutSchema.sort()).toEqual([
      'OapiCalls',
      'OapiResponse',
      'PagedRequest',
      'PagedResponse'
    ])
  })
})

describeWithSpec('the bodies the client sends against the spec request schemas', () => {
  let server: FakeServer
  let client: OapiClient
  let validate: (call: string, body: unknown) => string[]

  beforeAll(async () => {
    const spec = loadSpec()
    const ajv = new Ajv({ strict: false, allErrors: true })
    // ajv-formats is CommonJS: under NodeNext its default import is the whole module.
    ajvFormats.default(ajv)
    ajv.addSchema({ components: spec.components }, 'spec')
    validate = (call, body) => {
      const check = ajv.getSchema(`spec#/components/schemas/${call}Request`)
      if (!check) return [`no schema for ${call}Request`]
      return check(body)
        ? []
        : (check.errors ?? []).map((e) => `${call}${e.instancePath} ${e.message}`)
    }
    server = await startFakeServer(() =>
      ok({
        Volume: { VolumeId: 'vol-1', State: 'creating' },
        Snapshot: { SnapshotId: 'snap-1', State: 'pending' },
        Image: { ImageId: 'ami-1', State: 'pending' }
      })
    )
    client = new OapiClient({
      endpoint: server.endpoint,
      region: 'eu-west-2',
      accessKey: 'AK',
      secretKey: 'SK'
    })
  })

  afterAll(async () => {
    await client.close()
    await server.close()
  })

  beforeEach(() => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('validates every call the build makes', async () => {
    await client.readVms({ VmIds: ['i-12345678'], BlockDeviceMappingDeviceNames: ['/dev/sda1'] })
    await client.readAccounts()
    await client.readRegions()
    await client.readSubregions({ SubregionNames: ['eu-west-2a'] })
    await client.readImages({
      ImageNames: ['Debian-12-*'],
      AccountAliases: ['Outscale'],
      States: ['available'],
      RootDeviceTypes: ['bsu', 'ebs']
    })
    await client.readSnapshots({ SnapshotIds: ['snap-1'], Tags: ['osc-chroot-build=b1'] })
    await client.readVolumes({
      VolumeIds: ['vol-1'],
      LinkVolumeVmIds: ['i-1'],
      VolumeStates: ['in-use']
    })
    await client.createVolume({
      SubregionName: 'eu-west-2a',
      Size: 10,
      SnapshotId: 'snap-1',
      VolumeType: 'io1',
      Iops: 1000
    })
    await client.linkVolume({ VolumeId: 'vol-1', VmId: 'i-1', DeviceName: '/dev/xvdf' })
    await client.unlinkVolume({ VolumeId: 'vol-1', ForceUnlink: false })
    await client.deleteVolume({ VolumeId: 'vol-1' })
    await client.createSnapshot({ VolumeId: 'vol-1', Description: 'osc-chroot root' })
    await client.deleteSnapshot({ SnapshotId: 'snap-1' })
    await client.updateSnapshot({
      SnapshotId: 'snap-1',
      PermissionsToCreateVolume: { Additions: { AccountIds: ['123456789012'] } }
    })
    await client.createImage({
      ImageName: 'app-1700000000',
      Description: 'built by osc-chroot',
      Architecture: 'x86_64',
      RootDeviceName: '/dev/sda1',
      BootModes: ['uefi'],
      ProductCodes: ['0001'],
      BlockDeviceMappings: [
        {
          DeviceName: '/dev/sda1',
          Bsu: { SnapshotId: 'snap-1', VolumeSize: 10, VolumeType: 'gp2', DeleteOnVmDeletion: true }
        }
      ]
    })
    await client.createImage({
      SourceImageId: 'ami-1',
      SourceRegionName: 'eu-west-2',
      ImageName: 'copy-of-ami-1'
    })
    await client.deleteImage({ ImageId: 'ami-1' })
    await client.updateImage({
      ImageId: 'ami-1',
      PermissionsToLaunch: { Additions: { GlobalPermission: true } }
    })
    await client.createTags({
      ResourceIds: ['vol-1', 'snap-1'],
      Tags: [{ Key: 'Name', Value: 'app' }]
    })
    await client.deleteTags({ ResourceIds: ['vol-1'], Tags: [{ Key: 'Name', Value: '' }] })

    const problems = server.requests.flatMap((r) => validate(r.call, JSON.parse(r.body)))
    expect(problems).toEqual([])
    expect(new Set(server.requests.map((r) => r.call)).size).toBe(19)
  })

  it('would catch a field the spec does not know (the check can fail)', () => {
    expect(
      validate('LinkVolume', { VolumeId: 'vol-1', VmId: 'i-1', Device: '/dev/xvdf' })
    ).not.toEqual([])
    expect(validate('CreateVolume', { Size: 10 })).not.toEqual([])
  })
})
