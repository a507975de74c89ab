import { assertSandboxAvailable, needsSandbox } from '../../host/sandbox.js'
import { buildStep } from '../step.js'

/**
 * Provisioning needs unshare's namespaces: found missing now, before anything is created, while
 * the first reads are on the network (it runs with them). A build left open for osc-chroot-exec
 * (split mode) will provision, whatever its inputs say.
 */
export const stepCheckSandbox = buildStep({
  name: 'StepCheckSandbox',
  title: "Checking the provisioning sandbox's tools",
  skip: ({ config, leftOpen }) => config.dryRun || !(leftOpen || needsSandbox(config)),
  async run({ host }) {
    await assertSandboxAvailable(host)
  }
})
