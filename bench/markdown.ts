/** bench/results.md: the run's results as tables, for bench/README.md and for review. */
import type { BenchResults, PolicySummary } from './summary.js'
import { median } from './scenarios.js'

const s = (ms: number) => (ms / 1000).toFixed(2)
const mb = (bytes: number) => (bytes / 1e6).toFixed(0)

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function policyTable(policies: PolicySummary[]): string {
  const row = (label: string, figure: (policy: PolicySummary) => string | number) => [
    label,
    ...policies.map(figure)
  ]
  const callNames = [...new Set(policies.flatMap((p) => Object.keys(p.callsByName)))].sort()
  return table(
    ['', ...policies.map((p) => `${p.policy} (median of ${p.builds})`)],
    [
      row('Wall time, main step (s)', (p) => s(p.wallMs)),
      row('Sequential floor: cloud + provisioning (s)', (p) => s(p.floorMs)),
      row('**Overhead: wall − floor (s)**', (p) => `**${s(p.overheadMs)}**`),
      row('Overhead (% of floor)', (p) => p.overheadPercent.toFixed(1)),
      row('Floor of the overlapped path: the unlink during the snapshot (s)', (p) =>
        p.overlappedFloorMs === undefined ? '-' : s(p.overlappedFloorMs)
      ),
      row('**Overhead over the overlapped path: all of it ours (s)**', (p) =>
        p.realOverheadMs === undefined ? '-' : `**${s(p.realOverheadMs)}**`
      ),
      row('  of which the simulator answering API calls (s)', (p) => s(p.apiAnswerMs)),
      row('  of which waiting for the host lock (other builds on the machine) (s)', (p) =>
        s(p.lockWaitMs)
      ),
      row('**API calls**', (p) => `**${p.totalCalls}**`),
      ...callNames.map((name) => row(`  ${name}`, (p) => p.callsByName[name] ?? 0)),
      row('Process start → first API request (ms)', (p) => Math.round(p.firstApiRequestMs)),
      row('Peak RSS, main step (MB, worst)', (p) => mb(p.peakRssBytes)),
      row('Post step (s)', (p) => s(p.postMs))
    ]
  )
}

function breakdownTable(policies: PolicySummary[]): string {
  const steps = policies[0].breakdown.map((row) => row.step)
  return table(
    ['Step', 'Cloud/provisioning (s)', ...policies.map((p) => `${p.policy}: step / overhead (s)`)],
    steps.map((step) => {
      const rows = policies.map((p) => p.breakdown.find((row) => row.step === step))
      return [
        step,
        s(rows[0]?.cloudMs ?? 0),
        ...rows.map((row) => (row ? `${s(row.ms)} / ${s(row.overheadMs)}` : '-'))
      ]
    })
  )
}

type Batch = BenchResults['parallel'][number]

function seriesNames(results: BenchResults): string[] {
  return [...new Set(results.parallel.map((batch) => batch.series ?? 'parallel'))]
}

function seriesTitle(results: BenchResults, series: string): string {
  const batch = results.parallel.find((b) => (b.series ?? 'parallel') === series)
  const quota = batch?.snapshotQuota
  const limits =
    quota === null || quota === undefined
      ? 'no snapshot quota'
      : `at most ${quota} snapshots in progress per account`
  return series === 'parallel'
    ? `The simulator's ${results.simulator ?? 'test'} profile (${limits})`
    : `Under a tighter quota: ${limits}`
}

/** one: the build alone of the simulator profile's series, which every series compares with. */
function parallelTable(batches: Batch[], one: Batch | undefined): string {
  return table(
    [
      'Builds at once',
      'Total (s)',
      '× one build',
      'Builds / min',
      'Wall / floor per build, median (s)',
      'Overhead per build, median / max (s)',
      'API calls per build',
      'Host lock wait, median / max (s)',
      'Linked at once (max)',
      'Device names used',
      'Shared a device?'
    ],
    batches.map((batch) => [
      batch.builds,
      s(batch.totalMs),
      one ? (batch.totalMs / one.totalMs).toFixed(2) : '-',
      batch.buildsPerMinute.toFixed(2),
      `${s(batch.medianWallMs)} / ${s(batch.medianFloorMs ?? NaN)}`,
      `${s(batch.medianOverheadMs)} / ${s(batch.maxOverheadMs)}`,
      batch.callsPerBuild.toFixed(1),
      `${s(median(batch.runs.map((run) => run.lockWaitMs)))} / ` +
        s(Math.max(...batch.runs.map((run) => run.lockWaitMs))),
      batch.devices.maxLinkedAtOnce,
      batch.devices.deviceNames.join(' '),
      batch.devices.conflicts.length === 0 ? 'no' : `**yes**: ${batch.devices.conflicts.join('; ')}`
    ])
  )
}

export function renderMarkdown(results: BenchResults): string {
  const { profile, machine } = results
  const latencyRows = Object.entries(profile.latency).map(([knob, ms]) => [
    knob,
    ms,
    profile.reasons[knob]
  ])
  return [
    '# Benchmark results',
    '',
    `Generated ${results.generatedAt} by \`${results.command}\` in ${Math.round(results.runtimeSeconds)} s ` +
      `on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `Linux ${machine.kernel}, load average ${machine.loadAverage.join(' / ')} (1 / 5 / 15 min, at the end). The bundled action (dist/) runs against the simulator on real loop ` +
      `devices (simulator profile: ${results.simulator ?? 'test'}); the floor of a build is the cloud time the simulator was told to take on the critical ` +
      'path plus the provisioning time measured inside the chroot; overhead = wall − floor.',
    '',
    '## One build: our polling vs Packer’s',
    '',
    'The same build with `OSC_CHROOT_POLL_POLICY=adaptive` (ours) and `packer` (fixed 2 s polling ' +
      'plugged into our waiters), one build at a time. Each round runs both on its own draw of the ' +
      'profile below (every figure × a factor in [0.75, 1.25]), so that no polling period happens ' +
      'to fall in step with round durations; one unmeasured warm-up build runs first.',
    '',
    policyTable(results.policies),
    '',
    '## Where the time goes (medians per step)',
    '',
    'Steps that run at the same time are one row (`a + b`): the time of the longest, against the ' +
      'longest cloud time of its members (the unlink detaches while the snapshot is made), so ' +
      'the overheads add up to the overhead over the overlapped path.',
    '',
    breakdownTable(results.policies),
    '',
    '## Parallel builds on one host',
    '',
    ...seriesNames(results).flatMap((series) => [
      `### ${seriesTitle(results, series)}`,
      '',
      parallelTable(
        results.parallel.filter((batch) => batch.series === series),
        results.parallel.find((batch) => batch.series === 'parallel' && batch.builds === 1)
      ),
      ''
    ]),
    'Every batch runs on the same draw of the profile, our polling, and the same tool cache as ' +
      'the single builds (the waiters learn from the builds before). The floor of a build in a ' +
      'batch is its sequential floor plus the wait the snapshot quota imposes however fast the ' +
      'rest: with a quota of q, the build that ends k-th (from 0) waits floor(k / q) snapshots. ' +
      '“Shared a device?” checks the simulator’s link history: no two links held the same device ' +
      'name (from LinkVolume to the end of the detach) or the same kernel device at the same time.',
    '',
    '## Targets',
    '',
    table(
      ['Target', 'Measured', 'Met'],
      results.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**'])
    ),
    '',
    `## Latency profile: ${profile.name}`,
    '',
    table(['Knob', 'ms', 'Why'], latencyRows),
    '',
    'Provisioning (in the chroot):',
    '',
    '```sh',
    results.provisioning,
    '```',
    ''
  ].join('\n')
}
