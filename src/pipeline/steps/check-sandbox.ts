import { assertSandboxAvailable, needsSandbox } from '../../host/sandbox.js'
import { buildStep } from '../step.js'

/**
 * Provisioning needs unshare's namespaces: found missing now, before anything is created, while
 * the first reads are on the network (it runs with them).
 */
export const stepCheckSandbox = buildStep({
  name: 'StepCheckSandbox',
  title: "Checking the provisioning sandbox's tools",
  skip: ({ config }) => config.dryRun || !needsSandbox(config),
  async run({ host }) {
    await assertSandboxAvailable(host)
  }
})
