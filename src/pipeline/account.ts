/**
 * Our own account id, which tells our OMIs and snapshots from those other accounts share or make
 * public. ReadAccounts gives it; an access key whose EIM policy denies ReadAccounts (HTTP 403) can
 * still read the runner VM, whose network interfaces name the account that owns them (`Nics[]
 * .AccountId`, https://docs.outscale.com/api#readvms).
 */
import { log } from '../log.js'
import { OapiError, type OapiClient, type Vm } from '../oapi/index.js'

/** `readVm` reads the runner VM, by default with its own ReadVms (first-reads.ts shares one). */
export async function readOwnAccountId(
  client: OapiClient,
  vmId: string,
  signal?: AbortSignal,
  readVm: () => Promise<Vm | undefined> = async () =>
    (await client.readVms({ VmIds: [vmId] }, signal))[0]
): Promise<string> {
  let denied: OapiError
  try {
    const [account] = await client.readAccounts(signal)
    if (!account) throw new Error('ReadAccounts returned no account for these credentials')
    return account.AccountId
  } catch (error) {
    if (!(error instanceof OapiError) || error.httpStatus !== 403) throw error
    denied = error
  }
  const vm = await readVm()
  const accountId = vm?.Nics?.find((nic) => nic.AccountId)?.AccountId
  if (!accountId) {
    throw new Error(
      `This access key is denied ReadAccounts (HTTP 403) and the runner VM ${vmId} has no network ` +
        "interface naming its account, so the build cannot tell this account's OMIs from others': " +
        `allow ReadAccounts in the key's EIM policy. (${denied.message})`,
      { cause: denied }
    )
  }
  log.info(
    `This access key is denied ReadAccounts (HTTP 403): account ${accountId} is taken from the ` +
      `network interface of the runner VM ${vmId}.`
  )
  return accountId
}
