/** Types of runner-log.mjs, for the tests that import it. */
export function runnerLog(options?: { debug?: boolean }): (line: string) => string[]
