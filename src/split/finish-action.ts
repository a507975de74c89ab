/**
 * Split mode's finish step: takes the build prepare left open (its `name`), runs the rest of the
 * pipeline on it (finish-build.ts), and reports it as the all-in-one action does: the same
 * outputs, manifest and job summary (build-and-report.ts, main.ts).
 */
import * as core from '@actions/core'
import { rmSync } from 'node:fs'
import { actionConfigSources } from '../action-config.js'
import { reportBuild } from '../build-and-report.js'
import { abortOnSignals } from '../cancel-on-signals.js'
import { readCleanupCredentials } from '../config/cleanup-credentials.js'
import { log } from '../log.js'
import { fail, writeBuildSummary } from '../main.js'
import { finishOpenBuild } from './finish-build.js'
import { buildVariable, checkBuildName, findOpenBuild } from './open-build.js'

export async function run(): Promise<void> {
  const signal = abortOnSignals()
  try {
    const name = checkBuildName(core.getInput('name'))
    const build = findOpenBuild(name)
    // The record holds no secret: the key pair is read again, the build's access key first.
    const credentials = readCleanupCredentials(actionConfigSources(), {
      accessKey: build.config.credentials.accessKey,
      profile: build.config.profile
    })
    if (!credentials) {
      throw new Error(
        `finish found no credentials for build ${build.buildId}: give it access_key and ` +
          'secret_key as to prepare, or set OSC_ACCESS_KEY/OSC_SECRET_KEY for the job. The ' +
          "build stays open; prepare's post step cleans it up at the end of the job."
      )
    }
    log.secret(credentials.secretKey)
    core.info(`Credentials: access key ${credentials.accessKey} (${credentials.origin}).`)
    const run = await finishOpenBuild({ build, credentials, signal })
    const seconds = (Date.now() - Date.parse(build.startedAt)) / 1000
    const report = reportBuild({ outputs: {} }, run, seconds)
    // Finished, whatever the outcome: its cleanup ran, nothing is open any more.
    rmSync(process.env[buildVariable(name)] ?? '', { force: true })
    core.exportVariable(buildVariable(name), '')
    for (const [output, value] of Object.entries(report.outputs)) core.setOutput(output, value)
    if (report.build) await writeBuildSummary(report.build)
    if (report.failure) fail(report.failure)
  } catch (error) {
    fail(error)
  }
}
