import { run } from '../split/finish-action.js'

await run()
