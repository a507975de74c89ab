import { run } from '../split/prepare-action.js'

await run()
