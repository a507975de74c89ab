/**
 * The reads that the first steps share, made once per build however many steps ask and in
 * whatever order they run (they run at the same time): the runner's own VM, which the credential
 * check, the VM step and the account fallback all need, and our account id, which the name check
 * and an `owners: [self]` source filter both need.
 */
import type { Vm } from '../oapi/index.js'
import { readOwnAccountId } from './account.js'
import type { BuildContext } from './context.js'

const runnerVms = new WeakMap<BuildContext, Promise<Vm | undefined>>()
const accountIds = new WeakMap<BuildContext, Promise<string>>()

function once<T>(
  cache: WeakMap<BuildContext, Promise<T>>,
  context: BuildContext,
  read: () => Promise<T>
) {
  let pending = cache.get(context)
  if (!pending) {
    pending = read()
    cache.set(context, pending)
  }
  return pending
}

/** The runner's VM as the API describes it (one ReadVms), or undefined when it is not visible. */
export function readRunnerVm(context: BuildContext): Promise<Vm | undefined> {
  const { client, vmId, signal } = context
  return once(runnerVms, context, async () => {
    const [vm] = await client.readVms({ VmIds: [vmId] }, signal)
    return vm
  })
}

/** Our account id (ReadAccounts, else the runner VM's network interface). */
export function readAccountId(context: BuildContext): Promise<string> {
  return once(accountIds, context, () =>
    readOwnAccountId(context.client, context.vmId, context.signal, () => readRunnerVm(context))
  )
}
