/** ReadVms (the runner's VM), ReadAccounts, ReadRegions, ReadSubregions. */
import { join } from 'node:path'
import { apiError } from '../errors.js'
import { createSparseFile } from '../files.js'
import { ID_PATTERNS, isoDate } from '../ids.js'
import {
  applyFilters,
  checkSupportedFilters,
  equals,
  includes,
  tagFilters,
  type Filters,
  type FilterTable
} from '../filters.js'
import { paginate } from '../pagination.js'
import type { Body, SimContext } from '../context.js'
import type { Account, VmRecord } from '../state.js'
import { subregionNames } from './volumes.js'

/**
 * The VM's disks: its root and every volume linked to it that is not yet detached, as ReadVms
 * sees them: with options.fidelity.vmMappingsLagMs, a new link shows up late and an ended one
 * stays a while (the spec, ReadVms: some of its data "may be up to one hour old").
 */
function vmMappings(ctx: SimContext, vm: VmRecord): Body[] {
  const current = [...ctx.store.volumes.values()]
    .filter(
      (volume) =>
        volume.link?.vmId === vm.id && ctx.consistency.mappingShown(volume.link.history?.linkedAt)
    )
    .map((volume) => {
      const link = volume.link as NonNullable<typeof volume.link>
      return mappingView(
        link.deviceName,
        volume.id,
        link.state,
        link.linkedAt,
        link.deleteOnVmDeletion
      )
    })
  const shown = new Set(current.map((mapping) => mapping.DeviceName))
  const stale = ctx.consistency
    .staleMappingsOf(vm.id)
    .filter((mapping) => !shown.has(mapping.deviceName))
    .map((mapping) =>
      mappingView(mapping.deviceName, mapping.volumeId, mapping.state, mapping.linkedAt, false)
    )
  return [...current, ...stale]
}

function mappingView(
  deviceName: string,
  volumeId: string,
  state: string,
  linkedAt: number,
  deleteOnVmDeletion: boolean
): { DeviceName: string; Bsu: Body } {
  return {
    DeviceName: deviceName,
    Bsu: {
      VolumeId: volumeId,
      State: state,
      LinkDate: isoDate(linkedAt),
      DeleteOnVmDeletion: deleteOnVmDeletion
    }
  }
}

function vmView(ctx: SimContext, vm: VmRecord): Body {
  return {
    VmId: vm.id,
    State: 'running',
    VmType: vm.vmType,
    ImageId: vm.imageId,
    Architecture: 'x86_64',
    BootMode: 'legacy',
    Hypervisor: 'xen',
    CreationDate: isoDate(vm.createdAt),
    Placement: { SubregionName: vm.subregion, Tenancy: 'default' },
    RootDeviceName: vm.rootDeviceName,
    RootDeviceType: 'ebs',
    BlockDeviceMappings: vmMappings(ctx, vm),
    PrivateIp: '10.0.0.10',
    PrivateDnsName: `ip-10-0-0-10.${ctx.options.region}.compute.internal`,
    ProductCodes: ['0001'],
    SecurityGroups: [],
    // The runner sits in a Net, as most do: its one interface names the account that owns it.
    Nics: [
      {
        AccountId: vm.accountId,
        NicId: `eni-${vm.id.slice(2)}`,
        State: 'in-use',
        IsSourceDestChecked: true,
        PrivateDnsName: `ip-10-0-0-10.${ctx.options.region}.compute.internal`,
        PrivateIps: [{ IsPrimary: true, PrivateIp: '10.0.0.10' }],
        SecurityGroups: []
      }
    ],
    DeletionProtection: false,
    IsSourceDestChecked: true,
    LaunchNumber: 0,
    Performance: 'high',
    VmInitiatedShutdownBehavior: 'stop',
    Tags: ctx.store.tagsOf(vm.id)
  }
}

/** A VM with its disks as ReadVms shows them, read once per call (they change with time). */
interface ListedVm {
  id: string
  vm: VmRecord
  mappings: { DeviceName: string; Bsu: { VolumeId: string; State: string } }[]
}

/** ReadVms' filters: each reads its value from the VM. */
const vmFilters: FilterTable<ListedVm> = {
  VmIds: equals(({ vm }) => vm.id),
  SubregionNames: equals(({ vm }) => vm.subregion),
  VmStateNames: equals(() => 'running'),
  ImageIds: equals(({ vm }) => vm.imageId),
  BlockDeviceMappingVolumeIds: includes(({ mappings }) => mappings.map((m) => m.Bsu.VolumeId)),
  BlockDeviceMappingDeviceNames: includes(({ mappings }) => mappings.map((m) => m.DeviceName)),
  BlockDeviceMappingStates: includes(({ mappings }) => mappings.map((m) => m.Bsu.State)),
  ...tagFilters()
}

export async function readVms(ctx: SimContext, body: Body, caller: Account): Promise<Body> {
  const filters = body.Filters as Filters | undefined
  // An unknown filter is refused first, as before the VM ids are checked.
  checkSupportedFilters('ReadVms', filters, Object.keys(vmFilters))
  // The spec: an invalid VM id is an error (other accounts' VMs are silently left out).
  for (const id of (filters?.VmIds as string[] | undefined) ?? []) {
    if (!ID_PATTERNS.vm.test(id)) throw apiError('invalidId', `The VmId '${id}' is not a valid id`)
  }
  const own: ListedVm[] = [...ctx.store.vms.values()]
    .filter((vm) => vm.accountId === caller.accountId)
    .map((vm) => ({ id: vm.id, vm, mappings: vmMappings(ctx, vm) as ListedVm['mappings'] }))
  const vms = applyFilters('ReadVms', vmFilters, filters, own, ctx).map(({ vm }) => vm)
  const { page, NextPageToken } = paginate('ReadVms', vms, body, ctx.options.defaultResultsPerPage)
  return { Vms: page.map((vm) => vmView(ctx, vm)), ...(NextPageToken && { NextPageToken }) }
}

export async function readAccounts(_ctx: SimContext, _body: Body, caller: Account): Promise<Body> {
  return {
    Accounts: [
      {
        AccountId: caller.accountId,
        Email: caller.email,
        FirstName: 'Sim',
        LastName: 'User',
        CompanyName: 'osc-sim',
        City: 'Paris',
        Country: 'France',
        ZipCode: '75000',
        CustomerId: '12345678',
        OutscaleLoginAllowed: false
      }
    ]
  }
}

export async function readRegions(ctx: SimContext): Promise<Body> {
  const { region } = ctx.options
  return { Regions: [{ RegionName: region, Endpoint: `api.${region}.outscale.com` }] }
}

interface Subregion {
  SubregionName: string
  RegionName: string
  State: string
  LocationCode: string
}

/** ReadSubregions' filters: each reads its value from the subregion. */
const subregionFilters: FilterTable<Subregion> = {
  SubregionNames: equals((subregion) => subregion.SubregionName),
  RegionNames: equals((subregion) => subregion.RegionName),
  States: equals((subregion) => subregion.State)
}

export async function readSubregions(ctx: SimContext, body: Body): Promise<Body> {
  const { region } = ctx.options
  const all = subregionNames(ctx).map((name, index): Subregion => ({
    SubregionName: name,
    RegionName: region,
    State: 'available',
    LocationCode: `PAR${index + 1}`
  }))
  const filters = body.Filters as Filters
  const subregions = applyFilters('ReadSubregions', subregionFilters, filters, all, ctx)
  const { page, NextPageToken } = paginate(
    'ReadSubregions',
    subregions,
    body,
    ctx.options.defaultResultsPerPage
  )
  return { Subregions: page, ...(NextPageToken && { NextPageToken }) }
}

/** The runner's own VM, with its root disk on /dev/sda1 (a file, never a block device here). */
export async function createRunnerVm(ctx: SimContext): Promise<string> {
  const { store } = ctx
  const vmId = store.newId('i')
  const rootVolumeId = store.newId('vol')
  const rootFile = join(ctx.volumesDir, `${rootVolumeId}.img`)
  await createSparseFile(rootFile, 10)
  const now = ctx.wallClock()
  store.volumes.set(rootVolumeId, {
    id: rootVolumeId,
    accountId: ctx.ourAccount.accountId,
    size: 10,
    type: 'gp2',
    iops: 100,
    subregion: ctx.options.subregion,
    createdAt: now,
    state: 'in-use',
    file: rootFile,
    link: {
      volumeId: rootVolumeId,
      vmId,
      deviceName: '/dev/sda1',
      state: 'attached',
      linkedAt: now,
      deleteOnVmDeletion: true,
      isRoot: true,
      links: []
    }
  })
  store.vms.set(vmId, {
    id: vmId,
    accountId: ctx.ourAccount.accountId,
    subregion: ctx.options.subregion,
    imageId: store.newId('ami'),
    createdAt: now,
    rootDeviceName: '/dev/sda1',
    rootVolumeId,
    vmType: 'tinav5.c2r4p2'
  })
  return vmId
}
