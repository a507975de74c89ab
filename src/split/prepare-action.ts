/**
 * Split mode's prepare step: the all-in-one action's run up to the ready chroot (same inputs,
 * same checks, same sweep), leaving the build open: a record for finish (open-build.ts), its path
 * in GITHUB_ENV, and `osc-chroot-exec` on GITHUB_PATH. Its post step is the action's own
 * (src/post.ts): it finds the journal through the same saved state, and undoes whatever finish
 * did not complete, keeping an OMI that finish registered.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { actionConfigSources, loadAndShowConfig, saveJournalPath } from '../action-config.js'
import { buildAndReport } from '../build-and-report.js'
import { abortOnSignals } from '../cancel-on-signals.js'
import { fail, writeBuildSummary, writeSweepSummary } from '../main.js'
import { installExecLauncher } from './launcher.js'
import {
  buildVariable,
  checkBuildName,
  openBuildOf,
  openBuildPathFor,
  writeOpenBuild
} from './open-build.js'

/** The exec entry's bundle, beside this one's: dist/prepare/index.js → dist/exec/index.js. */
function execBundle(): string {
  return join(dirname(process.argv[1]), '..', 'exec', 'index.js')
}

export async function run(): Promise<void> {
  const signal = abortOnSignals()
  try {
    const name = checkBuildName(core.getInput('name'))
    const variable = buildVariable(name)
    const already = process.env[variable]
    if (already && existsSync(already)) {
      throw new Error(
        `name ${JSON.stringify(name)}: a build of that name is already open in this job ` +
          `(${variable}=${already}): finish it first, or give this one another name.`
      )
    }
    const config = await loadAndShowConfig(actionConfigSources())
    const report = await buildAndReport({
      config,
      signal,
      part: 'prepare',
      onSweep: writeSweepSummary,
      onBuildStart: ({ journalPath }) => saveJournalPath(journalPath)
    })
    if (report.outputs.orphans_deleted !== undefined) {
      core.setOutput('orphans_deleted', report.outputs.orphans_deleted)
    }
    if (!report.opened) {
      for (const [output, value] of Object.entries(report.outputs)) core.setOutput(output, value)
      if (report.build) await writeBuildSummary(report.build)
      if (report.failure) fail(report.failure)
      return
    }
    const { context, result } = report.opened
    // The cleanup's row is finish's: prepare did not clean up, it left the build open.
    const timings = result.timings.filter((timing) => timing.name !== 'Cleanup')
    const path = openBuildPathFor(context.buildId)
    writeOpenBuild(path, openBuildOf(context, name, timings))
    core.exportVariable(variable, path)
    core.addPath(installExecLauncher(execBundle()))
    core.setOutput('mount_path', context.mountPath ?? '')
    core.setOutput('device', context.deviceName ?? '')
    core.setOutput('build_id', context.buildId)
    core.setOutput('source_omi_id', context.sourceImage?.ImageId ?? '')
    core.info(
      `Build ${context.buildId} is open at ${context.mountPath}: run commands in it with ` +
        `osc-chroot-exec${name ? ` --build ${name}` : ''}, then seal it with the finish action` +
        `${name ? ` (name: ${name})` : ''}.`
    )
  } catch (error) {
    fail(error)
  }
}
