// The root gate of the host and e2e tiers: their test environment (jest.config.js). Without root,
// once a test file has declared its tests and before any runs, every test is marked skipped: jest
// then runs no hook of a block without an enabled test (no beforeAll attaches a loop device or
// starts a simulator) and reports the tier's tests as skipped. The tier's global setup prints the
// one line that says why. handleTestEvent: https://jestjs.io/docs/configuration#testenvironment-string
import NodeEnvironment from 'jest-environment-node'
import { isRoot } from './root-tier.mjs'

function skipAll(block) {
  for (const child of block.children) {
    if (child.type === 'describeBlock') skipAll(child)
    else child.mode = 'skip'
  }
}

export default class RootTierEnvironment extends NodeEnvironment {
  handleTestEvent(event, state) {
    if (event.name === 'run_start' && !isRoot) skipAll(state.rootDescribeBlock)
  }
}
