/**
 * Tests run their waiters on their own schedule: on a CI runner, RUNNER_TOOL_CACHE would make the
 * waiters read around the durations learned there (src/oapi/duration-cache.ts), and record the
 * tests' own. A test of that learning gives its store explicitly.
 */
delete process.env.RUNNER_TOOL_CACHE
