/**
 * `osc-chroot build --config build.yaml [--dry-run]`: the same pipeline outside GitHub Actions.
 * The config file holds the action's inputs (or is a Packer template); the outputs are printed
 * as JSON on stdout once the build is over, the log goes to stderr.
 * `osc-chroot sweep --older-than 6h [--config build.yaml] [--dry-run]`: the orphan sweep alone
 * (what cleanup_orphans does), its report printed as JSON on stdout.
 */
import { parseArgs } from 'node:util'
import { configSources, loadAndShowConfig } from './action-config.js'
import { buildAndReport, type RunReport } from './build-and-report.js'
import { abortOnSignals } from './cancel-on-signals.js'
import { ConfigError } from './config/index.js'
import { useTerminalOutput } from './log.js'

const usage = `Usage: osc-chroot build --config <file> [--var name=value]... [--source name] [--dry-run]
       osc-chroot sweep --older-than <age> [--config <file>] [--dry-run]

build: builds an OMI on this Outscale VM, as the GitHub Action does. <file> is YAML or JSON with
the action's inputs (access_key, source_omi, omi_name, provision, ...), or a Packer template (JSON,
a .pkr.hcl file or a directory of them) with an osc-chroot builder or source; --var sets its
variables (packer build -var), --source chooses among several sources (template_source). The
outputs (omi_id, snapshot_id, ...) are printed as JSON on stdout.

sweep: deletes the volumes, snapshots and source OMI copies that builds killed without cleanup
left behind, when they are older than <age> (e.g. 6h, 30m; at least 10m) and their build is not
running; --dry-run only lists them. The report is printed as JSON on stdout.

Credentials come from <file>, OSC_ACCESS_KEY/OSC_SECRET_KEY or ~/.osc/config.json.`

export async function cli(args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        'dry-run': { type: 'boolean' },
        'older-than': { type: 'string' },
        var: { type: 'string', multiple: true },
        source: { type: 'string' },
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
  const command = positionals[0]
  const olderThan = values['older-than']
  if (command === 'build' ? !values.config : command !== 'sweep' || !olderThan) {
    process.stderr.write(`${usage}\n`)
    return 2
  }

  // The log goes to stderr, so stdout carries only the JSON result.
  useTerminalOutput()
  // --var name=value, as packer build -var: the template_variables input, as JSON.
  const variables = (values.var ?? []).map((assignment) => {
    const equals = assignment.indexOf('=')
    return equals < 0
      ? [assignment, '']
      : [assignment.slice(0, equals), assignment.slice(equals + 1)]
  })
  const inputs: Record<string, string | undefined> = {
    config_file: values.config,
    template_variables: variables.length > 0 ? JSON.stringify(Object.fromEntries(variables)) : '',
    template_source: values.source,
    dry_run: values['dry-run'] ? 'true' : '',
    cleanup_orphans: olderThan
  }
  try {
    const config = await loadAndShowConfig(configSources((name) => inputs[name] ?? ''))
    const report = await buildAndReport({
      config,
      signal: abortOnSignals(),
      sweepOnly: command === 'sweep'
    })
    printResult(report)
    if (report.failure) process.stderr.write(`error: ${report.failure.message}\n`)
    return report.failure ? 1 : 0
  } catch (error) {
    const problems = error instanceof ConfigError ? error.problems : [(error as Error).message]
    for (const problem of problems) process.stderr.write(`error: ${problem}\n`)
    return 1
  }
}

/**
 * The command's result, the only thing written to stdout: the build's outputs and outcome, or
 * the sweep's report when the sweep was the whole run; nothing when it stopped before either.
 */
function printResult({ sweep, build, outputs }: RunReport): void {
  let result
  if (build) {
    result = {
      outcome: build.result.outcome,
      ...outputs,
      orphans_deleted: outputs.orphans_deleted ?? ''
    }
  } else if (sweep) {
    const { dryRun, deleted, orphans, skipped, failed, young, products } = sweep
    const toDelete = dryRun ? orphans : []
    result = { dryRun, deleted, toDelete, skipped, failed, young, products }
  } else {
    return
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}
