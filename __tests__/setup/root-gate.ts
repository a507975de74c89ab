/**
 * The root gate of the host and e2e tiers (jest.config.js loads it before each of their test
 * files). Without root, every test the file declares is registered as skipped: jest then runs no
 * hook of a block without an enabled test, so no beforeAll attaches a loop device or starts a
 * simulator, and the summary counts the tier's tests as skipped. The tier's global setup prints
 * the one line that says why.
 *
 * It replaces the environment's `it` and `test` before the test file imports @jest/globals (whose
 * exports jest reads from the environment once, on the first import), so it must not import
 * @jest/globals itself.
 */
type TestFunction = typeof import('@jest/globals').it

const environment = globalThis as unknown as Record<'it' | 'test' | 'fit', TestFunction>

if (process.getuid?.() !== 0) {
  const real = environment.test
  const skip = real.skip
  const skipped = ((...args: Parameters<typeof skip>) => skip(...args)) as unknown as TestFunction
  Object.assign(skipped, {
    each: skip.each,
    failing: skip.failing,
    only: skipped,
    skip: skipped,
    concurrent: skipped,
    todo: real.todo
  })
  environment.it = skipped
  environment.test = skipped
  environment.fit = skipped
}
