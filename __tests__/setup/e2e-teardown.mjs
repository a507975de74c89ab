// The e2e tier's global teardown: the machine as the run found it. The builds leave the record
// that this host names linked disks by id (kept for the boot on a runner, on purpose); a run that
// did not find it there removes it.
import { rmSync } from 'node:fs'
import { BY_ID_RECORD } from './e2e-setup.mjs'

export default function e2eTeardown() {
  if (globalThis.oscChrootByIdRecordWasThere === false) rmSync(BY_ID_RECORD, { force: true })
}
