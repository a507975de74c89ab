/**
 * What a finished build hands on: the step outputs, a manifest file (like Packer's manifest
 * post-processor, so tools that read one can read ours), and the rows of the job summary.
 */
import { writeFileSync } from 'node:fs'
import type { BuildContext } from './context.js'
import type { PipelineResult } from './runner.js'

export interface BuildOutputs {
  omi_id: string
  omi_name: string
  snapshot_id: string
  source_omi_id: string
  region: string
  subregion: string
  device: string
  manifest: string
  duration_seconds: string
}

/** Packer's builder id for osc-chroot, kept so manifest readers recognise the artifact. */
const builderId = 'oapi.outscale.chroot'

export function buildOutputs(
  context: BuildContext,
  manifestPath: string,
  durationSeconds: number
): BuildOutputs {
  return {
    omi_id: context.image?.ImageId ?? '',
    omi_name: context.config.omiName,
    snapshot_id: context.snapshot?.SnapshotId ?? '',
    source_omi_id: context.sourceImage?.ImageId ?? '',
    region: context.region,
    subregion: context.subregion,
    device: context.deviceName ?? '',
    manifest: manifestPath,
    duration_seconds: String(Math.round(durationSeconds))
  }
}

/** Writes the manifest: the artifact as Packer's manifest has it, plus what it was made from. */
export function writeManifest(
  path: string,
  context: BuildContext,
  result: PipelineResult,
  durationSeconds: number
): void {
  const imageId = context.image?.ImageId
  const manifest = {
    builds: [
      {
        name: context.config.omiName,
        builder_type: 'osc-chroot',
        builder_id: builderId,
        build_time: Math.floor(Date.now() / 1000),
        artifact_id: imageId ? `${context.region}:${imageId}` : '',
        custom_data: {
          build_id: context.buildId,
          outcome: result.outcome,
          omi_id: imageId ?? '',
          omi_name: context.config.omiName,
          snapshot_id: context.snapshot?.SnapshotId ?? '',
          source_omi_id: context.sourceImage?.ImageId ?? '',
          source_omi_name: context.sourceImage?.ImageName ?? '',
          region: context.region,
          subregion: context.subregion,
          volume_size_gib: context.volume?.Size ?? 0,
          device: context.deviceName ?? '',
          block_device: context.blockDevice ?? '',
          duration_seconds: Math.round(durationSeconds),
          steps: result.timings
        }
      }
    ],
    last_run_uuid: context.buildId
  }
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n')
}

/** The job summary's facts, as [label, value] rows; main.ts renders them with core.summary. */
export function summaryFacts(
  context: BuildContext,
  result: PipelineResult,
  durationSeconds: number
): [string, string][] {
  const source = context.sourceImage
  return [
    ['Outcome', result.outcome],
    ['OMI', context.image ? `${context.image.ImageId} (${context.config.omiName})` : 'none'],
    [
      'Source OMI',
      source
        ? `${source.ImageId} (${source.ImageName ?? ''})`
        : context.config.fromScratch
          ? 'from scratch'
          : 'none'
    ],
    ['Snapshot', context.snapshot?.SnapshotId ?? 'none'],
    [
      'Root volume',
      context.volume
        ? `${context.volume.Size ?? '?'} GiB ${context.volume.VolumeType ?? ''}`
        : 'none'
    ],
    ['Region', `${context.region} (${context.subregion})`],
    [
      'Device',
      context.deviceName ? `${context.deviceName} → ${context.blockDevice ?? '?'}` : 'none'
    ],
    ['Duration', `${Math.round(durationSeconds)} s`]
  ]
}
