/**
 * `osc-chroot build --config build.yaml [--dry-run]`: the same pipeline outside GitHub Actions.
 * The config file holds the action's inputs (or is a Packer template); the outputs are printed
 * as JSON on stdout once the build is over, the log goes to stderr.
 */
import { homedir } from 'node:os'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from './config/index.js'
import { journalPathFor, manifestPathFor, newBuildId } from './build/identity.js'
import { runBuild } from './build/pipeline.js'
import { buildOutputs, writeManifest } from './build/report.js'
import { CancelledError } from './build/runner.js'

const usage = `Usage: osc-chroot build --config <file> [--dry-run]

Builds an OMI on this Outscale VM, as the GitHub Action does. <file> is YAML or JSON with the
action's inputs (access_key, source_omi, omi_name, provision, ...), or a Packer JSON template
whose builder is osc-chroot. Credentials may also come from OSC_ACCESS_KEY/OSC_SECRET_KEY or
~/.osc/config.json. The outputs (omi_id, snapshot_id, ...) are printed as JSON on stdout.`

export async function cli(args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  if (positionals[0] !== 'build' || !values.config) {
    process.stderr.write(`${usage}\n`)
    return 2
  }

  // Logs go to stderr so stdout carries only the JSON result.
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  const print = (text: string) => process.stderr.write(text)
  const configFile = values.config
  try {
    const { config, warnings } = loadConfig({
      getInput: (name) =>
        name === 'config_file' ? configFile : name === 'dry_run' && values['dry-run'] ? 'true' : '',
      env: process.env,
      homeDir: homedir(),
      workspace: process.cwd()
    })
    for (const warning of warnings) print(`warning: ${warning}\n`)

    const controller = new AbortController()
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () =>
        controller.abort(new CancelledError(`the build was cancelled (${signal})`))
      )
    }
    const started = performance.now()
    const buildId = newBuildId()
    const { context, result } = await runBuild({
      config,
      buildId,
      journalPath: journalPathFor(buildId),
      signal: controller.signal
    })
    const seconds = (performance.now() - started) / 1000
    const manifestPath = manifestPathFor(buildId)
    writeManifest(manifestPath, context, result, seconds)
    const outputs = buildOutputs(context, manifestPath, seconds)
    resultOut(JSON.stringify({ outcome: result.outcome, ...outputs }, null, 2))
    if (result.error) {
      print(`error: ${result.error.message}\n`)
      return 1
    }
    return 0
  } catch (error) {
    const problems = error instanceof ConfigError ? error.problems : [(error as Error).message]
    for (const problem of problems) print(`error: ${problem}\n`)
    return 1
  }
}

const stdoutWrite = process.stdout.write.bind(process.stdout)
function resultOut(text: string): void {
  stdoutWrite(`${text}\n`)
}
