import { enableCompileCache } from './compile-cache.js'
import { keepYoungGenerationSmall } from './young-generation.js'

// Before the rest of the action is loaded, so that its compiled code comes from the cache.
enableCompileCache()
keepYoungGenerationSmall()
const { run } = await import('../post.js')
await run()
