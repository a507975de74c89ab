import { enableCompileCache } from './compile-cache.js'

// Before the rest of the action is loaded, so that its compiled code comes from the cache.
enableCompileCache()
const { run } = await import('../split/prepare-action.js')
await run()
