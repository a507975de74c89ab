/**
 * End to end: the bundled action (dist/main, then dist/post, as a runner runs them) reads an
 * HCL2 template with HashiCorp's parser, WebAssembly loaded from the bundle, and builds the OMI
 * its source describes: variables from template_variables, PKR_VAR_* and defaults, a local with
 * formatdate(), a directory of files.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { startSimulator, TEST_LATENCY, type Simulator } from '../../sim/index.js'
import { ActionJob, readFromDiskImage, type Inputs, type StepResult } from '../helpers/action.js'
import { expectNothingLeft } from '../helpers/leftovers.js'

/** The template, split the way repositories split them: variables, source, build. */
const files = {
  'variables.pkr.hcl': `variable "source_omi" {
  type = string
}

variable "app_version" {
  type    = string
  default = "0.0.1"
}

variable "team" {
  type = string
}

variable "volume_size" {
  type    = number
  default = 2
}
`,
  'sources.pkr.hcl': `locals {
  build_day = formatdate("YYYYMMDD", timestamp())
}

source "outscale-chroot" "app" {
  source_omi       = var.source_omi
  omi_name         = "hcl-app-\${var.app_version}-\${local.build_day}-{{timestamp}}"
  omi_description  = "app \${var.app_version} from {{.SourceOMI}}"
  root_volume_size = var.volume_size
  tags = {
    Team    = upper(var.team)
    Version = var.app_version
  }
}
`,
  'build.pkr.hcl': `build {
  sources = ["source.outscale-chroot.app"]
}
`
}

describe('an HCL2 template, built by the bundled action', () => {
  let sim: Simulator
  let base: { imageId: string }
  const jobs: ActionJob[] = []

  beforeAll(async () => {
    sim = await startSimulator({ latency: TEST_LATENCY, deviceNaming: 'outscale' })
    base = await sim.seedImage({ kind: 'ext4-partitioned', name: 'Debian-12-hcl' })
  })

  afterEach(() => {
    for (const job of jobs.splice(0)) job.remove()
  })

  afterAll(async () => {
    await sim?.stop()
  })

  async function build(
    inputs: Inputs,
    env: Record<string, string>
  ): Promise<StepResult & { post: StepResult }> {
    const job = new ActionJob(sim, inputs, env)
    jobs.push(job)
    mkdirSync(join(job.workspace, 'packer'))
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(job.workspace, 'packer', name), text)
    }
    const main = await job.main()
    return { ...main, post: await job.post() }
  }

  it("builds the template's source with its variables, locals and functions", async () => {
    const result = await build(
      {
        config_file: 'packer',
        template_variables: `source_omi: ${base.imageId}\napp_version: "1.2"`,
        provision: 'echo provisioned by the action > /etc/motd'
      },
      { PKR_VAR_team: 'platform' }
    )
    if (result.exitCode !== 0) throw new Error(`the action failed:\n${result.log}`)
    const { outputs } = result
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '')
    expect(outputs.omi_name).toMatch(new RegExp(`^hcl-app-1\\.2-${day}-\\d{10}$`))
    expect(outputs.source_omi_id).toBe(base.imageId)

    const omi = sim.resources().images.find((image) => image.ImageId === outputs.omi_id) as
      { Description?: string; BlockDeviceMappings: { Bsu?: { VolumeSize?: number } }[] } | undefined
    expect(omi?.Description).toBe(`app 1.2 from ${base.imageId}`)
    expect(omi?.BlockDeviceMappings[0].Bsu?.VolumeSize).toBe(2)
    const tags = Object.fromEntries(
      sim
        .resources()
        .tags.filter((tag) => tag.resourceId === outputs.omi_id)
        .map((tag) => [tag.key, tag.value])
    )
    expect(tags).toMatchObject({ Team: 'PLATFORM', Version: '1.2' })
    const image = readFromDiskImage(sim.imageFile(outputs.snapshot_id), ['/etc/motd'])
    expect(image['/etc/motd'].content).toBe('provisioned by the action\n')
    expectNothingLeft(sim)
  })

  it('fails before any request on a construct it cannot read, naming file and line', async () => {
    const before = sim.calls().length
    const job = new ActionJob(sim, { config_file: 'bad.pkr.hcl' })
    jobs.push(job)
    writeFileSync(
      join(job.workspace, 'bad.pkr.hcl'),
      'source "outscale-chroot" "x" {\n  omi_name = var.a == "" ? "x" : "y"\n}\n\n' +
        'build {\n  sources = ["source.outscale-chroot.x"]\n}\n'
    )
    const main = await job.main()
    expect(main.exitCode).not.toBe(0)
    expect(main.log).toContain(
      'config_file: bad.pkr.hcl:2: omi_name: "var.a == "" ? "x" : "y"": conditional expressions'
    )
    expect(sim.calls().length).toBe(before)
  })

  it('takes --var and --source on the command line (dist/cli)', async () => {
    const job = new ActionJob(sim, {})
    jobs.push(job)
    writeFileSync(
      join(job.workspace, 'two.pkr.hcl'),
      [
        'variable "version" {\n  type = string\n}\n',
        'source "outscale-chroot" "a" {\n  omi_name = "a-${var.version}"\n}\n',
        'source "outscale-chroot" "b" {\n  omi_name = "b-${var.version}"\n  omi_description = title("b")\n}\n',
        'build {\n  sources = ["source.outscale-chroot.a", "source.outscale-chroot.b"]\n}\n'
      ].join('\n')
    )
    const cli = resolve(import.meta.dirname, '..', '..', 'dist', 'cli', 'index.js')
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [cli, 'build', '--config', 'two.pkr.hcl', ...args], {
        cwd: job.workspace,
        env: { PATH: process.env.PATH, HOME: job.dir }
      }).then(
        () => '',
        (error: { stderr: string }) => error.stderr
      )
    // Source b's bad function is reported only once --source chose b and --var set version.
    expect(await run(['--var', 'version=1'])).toContain('choose one with the template_source input')
    expect(await run(['--source', 'b'])).toContain('variable "version" has no default and no value')
    expect(await run(['--source', 'b', '--var', 'version=1'])).toContain(
      'two.pkr.hcl:11: omi_description: "title("b")": the function title() is not supported'
    )
  })
})
