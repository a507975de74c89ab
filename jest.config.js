// TypeScript ESM under jest: each file compiled by SWC (@swc/jest) to ES modules, relative `./x.js`
// imports mapped back to `./x`. SWC only strips the types, file by file; ts-jest type-checked every
// file again in every worker, which was half of test:unit's CPU. The types are checked once, by
// `npm run typecheck` (tsconfig.json covers __tests__/ too; "isolatedModules" keeps every file
// compilable on its own).
// The scripts in package.json run jest as `node --liftoff-only node_modules/jest/bin/jest.js`
// (workers inherit the flag): V8 then keeps WebAssembly in its baseline compiler instead of
// recompiling hot functions with TurboFan, which for the HCL parser (6.5 MB of Go compiled to
// WebAssembly, instantiated again in every test file that reads HCL) cost more CPU than the
// parsing itself: hcl-template's file went from 4.3 s to 1.7 s of CPU.
// One project per test tier (CONTRIBUTING.md and docs/ describe them):
//   unit  pure code: no root, no simulator            npm run test:unit (with sim, two workers
//   sim   the Outscale API simulator in process       per CPU: their waits overlap)
//   host  root: loop devices, mounts, chroot          npm run test:host
//   e2e   the action bundled from today's src/, run   npm run test:e2e
//         as a runner runs it, against the simulator
// The root tiers have one gate (their test environment, __tests__/setup/root-tier-environment.mjs):
// without root every test of theirs is reported skipped, with one line saying why.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // What @actions/core imports for calls osc-chroot never makes (getIDToken, platform details)
    // is left out of the tests as of the bundles, by the same stand-ins (script/ncc-build.mjs):
    // @actions/http-client's undici alone took 0.3 s of CPU in most test files.
    '^@actions/http-client(/lib/auth)?$': '<rootDir>/script/unused/actions-http-client.mjs',
    '^@actions/exec$': '<rootDir>/script/unused/actions-exec.mjs'
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
        sourceMaps: 'inline'
      }
    ]
  },
  clearMocks: true
}

/** A tier: the tests under __tests__/<name>/, each allowed `timeoutMs` unless it says otherwise. */
function tier(name, timeoutMs, options = {}) {
  return {
    ...shared,
    displayName: name,
    testMatch: [`<rootDir>/__tests__/${name}/**/*.test.ts`],
    globals: { TIER_TEST_TIMEOUT_MS: timeoutMs },
    setupFilesAfterEnv: [
      '<rootDir>/__tests__/setup/timeout.ts',
      '<rootDir>/__tests__/setup/no-runner-tool-cache.ts'
    ],
    ...options
  }
}

/** A tier that needs root: skipped as a whole without it, set up (once per run) with it. */
function rootTier(name, timeoutMs) {
  return tier(name, timeoutMs, {
    globalSetup: `<rootDir>/__tests__/setup/${name}-setup.mjs`,
    ...(name === 'e2e' ? { globalTeardown: '<rootDir>/__tests__/setup/e2e-teardown.mjs' } : {}),
    testEnvironment: '<rootDir>/__tests__/setup/root-tier-environment.mjs'
  })
}

export default {
  projects: [
    tier('unit', 20_000),
    tier('sim', 60_000),
    rootTier('host', 180_000),
    rootTier('e2e', 600_000)
  ]
}
