/**
 * Stands in for the `undici` package in the tests. @actions/core imports @actions/http-client
 * (for its OIDC token client), which imports undici's ProxyAgent at load time, for
 * HttpClient.getAgentDispatcher only. Loading undici (about a hundred CommonJS modules) took
 * about 0.3 s of CPU in every test file that imports src/log.ts, which is most of them, while no
 * code here ever asks for a dispatcher. Built-in fetch has its own copy and is not affected.
 * Should some code come to need a proxy dispatcher, this says so instead of failing silently.
 */
export class ProxyAgent {
  constructor() {
    throw new Error(
      "undici's ProxyAgent is stubbed in the tests (jest.config.js, __tests__/setup/undici-stub.ts)"
    )
  }
}
