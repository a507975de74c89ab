/**
 * Packer HCL2 templates as config_file, written the way Packer's documentation and public
 * repositories write them: sources, the build block and its provisioners, variables (defaults,
 * template_variables, PKR_VAR_*, *.auto.pkrvars.hcl), locals, functions, several sources, a
 * directory of files; and what is not supported, which fails naming the file, line and
 * construct before anything is created.
 */
import { describe, expect, it } from '@jest/globals'
import { sandboxPerTest } from '../fixtures/config/harness.js'
import { log } from '../../src/log.js'
import { captureLogPerTest } from '../helpers/log-sink.js'

captureLogPerTest()

const { loadConfig, ConfigError } = await import('../../src/config/index.js')
const { readConfigFile } = await import('../../src/config/config-file.js')
const { formatDate } = await import('../../src/config/template/hcl-functions.js')

const sandbox = sandboxPerTest()

const credentials = `
variable "osc_access_key" {
  type    = string
  default = env("TEST_HCL_ACCESS_KEY")
}

variable "osc_secret_key" {
  type      = string
  default   = env("TEST_HCL_SECRET_KEY")
  sensitive = true
}
`

/** A single-file template as in Packer's docs: plugin, variables, locals, one source, one build. */
const debianTemplate = `packer {
  required_plugins {
    outscale = {
      version = ">= 1.0.0"
      source  = "github.com/outscale/outscale"
    }
  }
}
${credentials}
variable "region" {
  type    = string
  default = "eu-west-2"
}

variable "app_version" {
  type = string
}

variable "volume_size" {
  type    = number
  default = 10
}

variable "extra_tags" {
  type    = map(string)
  default = { team = "platform" }
}

locals {
  # 2024-01-02T03:04:05Z becomes 20240102030405
  stamp    = regex_replace(timestamp(), "[- TZ:]", "")
  omi_name = "debian-app-\${var.app_version}-\${local.stamp}"
}

source "outscale-chroot" "debian" {
  access_key = var.osc_access_key
  secret_key = var.osc_secret_key
  region     = var.region

  source_omi_filter {
    filters = {
      image-name = "Debian-12-*"
    }
    owners      = ["Outscale"]
    most_recent = true
  }

  omi_name         = local.omi_name
  omi_description  = upper("built from \${var.region}")
  root_volume_size = var.volume_size
  tags             = var.extra_tags
  mount_path       = "/mnt/osc/{{.Device}}"
}

build {
  sources = ["source.outscale-chroot.debian"]

  provisioner "shell" {
    inline = [
      "apt-get update",
      "apt-get install -y nginx",
    ]
  }

  provisioner "file" {
    source      = "\${path.root}/files/app.conf"
    destination = "/etc/app.conf"
  }

  provisioner "shell" {
    only   = ["outscale-chroot.other"]
    inline = ["echo never here"]
  }

  provisioner "shell" {
    environment_vars = ["APP_VERSION=\${var.app_version}", "BUILT_BY=\${source.name}"]
    script           = "scripts/setup.sh"
  }

  post-processor "manifest" {
    output = "manifest.json"
  }
}
`

const env = { TEST_HCL_ACCESS_KEY: 'AKHCL', TEST_HCL_SECRET_KEY: 'SK-HCL-SECRET' }

/** The line (from 1) of the nth occurrence (from 0) of a text in a template. */
function lineOf(template: string, text: string, nth = 0): number {
  let at = -1
  for (let i = 0; i <= nth; i++) at = template.indexOf(text, at + 1)
  if (at < 0) throw new Error(`${text} is not in the template`)
  return template.slice(0, at).split('\n').length
}

function readTemplate(
  path: string,
  variables: Record<string, unknown> = {},
  source = '',
  environment: NodeJS.ProcessEnv = env
) {
  const findings = { problems: [] as string[], warnings: [] as string[] }
  const file = readConfigFile(path, sandbox.workspace, environment, { variables, source }, findings)
  return { ...file, ...findings }
}

function problemsFor(
  inputs: Record<string, string>,
  environment: NodeJS.ProcessEnv = env
): string[] {
  try {
    loadConfig(sandbox.sources(inputs, environment))
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('an HCL2 template as config_file', () => {
  it("takes its source's options, with variables, locals and functions evaluated", () => {
    // A build needs the provisioners' files and refuses post-processors: give it the one, not the other.
    const withoutPostProcessor = debianTemplate.replace(
      /\n {2}post-processor "manifest" \{[^}]*\}\n/,
      '\n'
    )
    expect(withoutPostProcessor).not.toContain('post-processor')
    sandbox.write('build.pkr.hcl', withoutPostProcessor)
    sandbox.write('files/app.conf', 'listen 80\n')
    sandbox.write('scripts/setup.sh', 'echo setup\n')
    const { config, warnings } = loadConfig(
      sandbox.sources(
        { config_file: 'build.pkr.hcl', template_variables: 'app_version: "1.4"' },
        env
      )
    )
    expect(config).toMatchObject({
      credentials: { accessKey: 'AKHCL', secretKey: 'SK-HCL-SECRET' },
      region: 'eu-west-2',
      sourceOmiFilter: {
        filters: { ImageNames: ['Debian-12-*'] },
        owners: ['Outscale'],
        mostRecent: true
      },
      omiName: expect.stringMatching(/^debian-app-1\.4-\d{14}$/) as unknown as string,
      omiDescription: 'BUILT FROM EU-WEST-2',
      rootVolumeSize: 10,
      tags: { team: 'platform' },
      mountPath: '/mnt/osc/{{.Device}}'
    })
    expect(warnings).toEqual([])
    // The provisioners that apply to this source run, in template order, placed by line.
    expect(config.templateProvisioners.map(({ type, at }) => `${type} ${at}`)).toEqual([
      `shell build.pkr.hcl:${lineOf(withoutPostProcessor, 'provisioner "shell"')}`,
      `file build.pkr.hcl:${lineOf(withoutPostProcessor, 'provisioner "file"')}`,
      `shell build.pkr.hcl:${lineOf(withoutPostProcessor, 'provisioner "shell"', 2)}`
    ])
    expect(log.secret).toHaveBeenCalledWith('SK-HCL-SECRET')
  })

  it('gives the provisioners that apply to the source in file order, with their lines', () => {
    sandbox.write('build.pkr.hcl', debianTemplate)
    const { template, problems } = readTemplate('build.pkr.hcl', { app_version: '2.0' })
    expect(problems).toEqual([])
    expect(template?.builder).toEqual({ type: 'outscale-chroot', name: 'debian' })
    expect(template?.provisioners).toEqual([
      {
        type: 'shell',
        at: `build.pkr.hcl:${lineOf(debianTemplate, 'provisioner "shell"')}`,
        settings: { inline: ['apt-get update', 'apt-get install -y nginx'] }
      },
      {
        type: 'file',
        at: `build.pkr.hcl:${lineOf(debianTemplate, 'provisioner "file"')}`,
        settings: { source: `${sandbox.workspace}/files/app.conf`, destination: '/etc/app.conf' }
      },
      {
        type: 'shell',
        at: `build.pkr.hcl:${lineOf(debianTemplate, 'provisioner "shell"', 2)}`,
        settings: {
          environment_vars: ['APP_VERSION=2.0', 'BUILT_BY=debian'],
          script: 'scripts/setup.sh'
        }
      }
    ])
    expect(template?.postProcessors).toEqual([
      { type: 'manifest', at: `build.pkr.hcl:${lineOf(debianTemplate, 'post-processor')}` }
    ])
  })

  it('takes variables from template_variables over PKR_VAR_*, and PKR_VAR_* over defaults', () => {
    sandbox.write('build.pkr.hcl', debianTemplate)
    const fromEnv = readTemplate('build.pkr.hcl', {}, '', {
      ...env,
      PKR_VAR_app_version: '3.1',
      PKR_VAR_volume_size: '25',
      PKR_VAR_extra_tags: '{ team = "web", tier = "front" }',
      PKR_VAR_region: 'us-east-2'
    })
    expect(fromEnv.problems).toEqual([])
    expect(fromEnv.template?.builderOptions).toMatchObject({
      region: 'us-east-2',
      root_volume_size: 25,
      tags: { team: 'web', tier: 'front' }
    })
    expect(fromEnv.template?.provisioners[2].settings.environment_vars).toEqual([
      'APP_VERSION=3.1',
      'BUILT_BY=debian'
    ])
    const fromInput = readTemplate(
      'build.pkr.hcl',
      { app_version: '4.0', region: 'cloudgouv-eu-west-1' },
      '',
      {
        ...env,
        PKR_VAR_app_version: '3.1',
        PKR_VAR_region: 'us-east-2'
      }
    )
    expect(fromInput.template?.builderOptions.region).toBe('cloudgouv-eu-west-1')
    expect(fromInput.template?.provisioners[2].settings.environment_vars).toEqual([
      'APP_VERSION=4.0',
      'BUILT_BY=debian'
    ])
  })

  it('reads a directory of *.pkr.hcl files and its *.auto.pkrvars.hcl', () => {
    sandbox.write(
      'packer/variables.pkr.hcl',
      `${credentials}\nvariable "name_prefix" {\n  type = string\n}\n`
    )
    sandbox.write(
      'packer/sources.pkr.hcl',
      `source "osc-chroot" "base" {
  access_key   = var.osc_access_key
  secret_key   = var.osc_secret_key
  source_omi   = "ami-12345678"
  omi_name     = "\${local.name}-{{timestamp}}"
}
`
    )
    sandbox.write(
      'packer/locals.pkr.hcl',
      'locals {\n  name = lower("${var.name_prefix}-BASE")\n}\n'
    )
    sandbox.write(
      'packer/build.pkr.hcl',
      `build {
  name    = "base"
  sources = ["source.osc-chroot.base"]

  provisioner "shell" {
    inline = ["echo \${local.name}"]
  }
}
`
    )
    sandbox.write('packer/prod.auto.pkrvars.hcl', 'name_prefix = "Prod"\n')
    const { config } = loadConfig(sandbox.sources({ config_file: 'packer' }, env))
    expect(config.omiName).toMatch(/^prod-base-\d{10}$/)
    expect(config.sourceOmi).toBe('ami-12345678')
    const { template } = readTemplate('packer')
    expect(template?.provisioners).toEqual([
      { type: 'shell', at: 'packer/build.pkr.hcl:5', settings: { inline: ['echo prod-base'] } }
    ])
  })

  it('chooses one of several sources with template_source, and applies only/except to it', () => {
    sandbox.write(
      'multi.pkr.hcl',
      `${credentials}
source "outscale-chroot" "debian" {
  access_key = var.osc_access_key
  secret_key = var.osc_secret_key
  source_omi = "ami-0000000d"
  omi_name   = "debian-app"
}

source "outscale-chroot" "ubuntu" {
  access_key = var.osc_access_key
  secret_key = var.osc_secret_key
  source_omi = "ami-0000000a"
  omi_name   = "ubuntu-app"
}

build {
  sources = ["source.outscale-chroot.debian", "source.outscale-chroot.ubuntu"]

  provisioner "shell" {
    only   = ["outscale-chroot.debian"]
    inline = ["apt-get install -y nginx"]
  }
  provisioner "shell" {
    except = ["outscale-chroot.debian"]
    inline = ["echo not debian"]
  }
}
`
    )
    expect(problemsFor({ config_file: 'multi.pkr.hcl' })).toEqual([
      'config_file: the template has several source blocks of type osc-chroot or outscale-chroot (outscale-chroot.debian, outscale-chroot.ubuntu); choose one with the template_source input (its name or type.name)'
    ])
    const ubuntu = loadConfig(
      sandbox.sources({ config_file: 'multi.pkr.hcl', template_source: 'ubuntu' }, env)
    )
    expect(ubuntu.config.sourceOmi).toBe('ami-0000000a')
    const debian = readTemplate('multi.pkr.hcl', {}, 'outscale-chroot.debian')
    expect(debian.template?.builderOptions.omi_name).toBe('debian-app')
    expect(debian.template?.provisioners.map((p) => p.settings.inline)).toEqual([
      ['apt-get install -y nginx']
    ])
    expect(
      readTemplate('multi.pkr.hcl', {}, 'ubuntu').template?.provisioners.map(
        (p) => p.settings.inline
      )
    ).toEqual([['echo not debian']])
    expect(problemsFor({ config_file: 'multi.pkr.hcl', template_source: 'centos' })).toEqual([
      'template_source: "centos" is none of the template\'s source blocks of type osc-chroot or outscale-chroot (outscale-chroot.debian, outscale-chroot.ubuntu)'
    ])
  })

  it("reads the from-scratch form of the Outscale plugin's docs: env() defaults, mapping blocks", () => {
    sandbox.write(
      'scratch.pkr.hcl',
      `variable "osc_access_key" {
  type    = string
  default = "\${env("TEST_HCL_ACCESS_KEY")}"
}

variable "osc_secret_key" {
  type    = string
  default = "\${env("TEST_HCL_SECRET_KEY")}"
}

source "outscale-chroot" "scratch" {
  access_key   = "\${var.osc_access_key}"
  secret_key   = "\${var.osc_secret_key}"
  omi_name     = "packer-outscale-chroot {{timestamp}}"
  from_scratch = true
  pre_mount_commands = [
    "parted {{.Device}} mklabel msdos mkpart primary 1M 100% set 1 boot on print",
    "mkfs.ext4 {{.Device}}1"
  ]
  root_volume_size = 15
  root_device_name = "/dev/sda1"
  omi_block_device_mappings {
    device_name           = "/dev/sda1"
    delete_on_vm_deletion = true
    volume_type           = "gp2"
    volume_size           = 15
  }
}

build {
  sources = ["source.outscale-chroot.scratch"]
}
`
    )
    const { config, warnings } = loadConfig(
      sandbox.sources({ config_file: 'scratch.pkr.hcl' }, env)
    )
    expect(warnings).toEqual([])
    expect(config).toMatchObject({
      credentials: { accessKey: 'AKHCL', secretKey: 'SK-HCL-SECRET' },
      fromScratch: true,
      omiName: expect.stringMatching(/^packer-outscale-chroot \d{10}$/) as unknown as string,
      preMountCommands: [
        'parted {{.Device}} mklabel msdos mkpart primary 1M 100% set 1 boot on print',
        'mkfs.ext4 {{.Device}}1'
      ],
      rootVolumeSize: 15,
      omiBlockDeviceMappings: [
        { deviceName: '/dev/sda1', deleteOnVmDeletion: true, volumeType: 'gp2', volumeSize: 15 }
      ]
    })
  })

  it("warns that a build's sources of other builders are not built", () => {
    sandbox.write(
      'mixed.pkr.hcl',
      `${credentials}
source "amazon-ebs" "aws" {
  ami_name = "elsewhere"
}

source "outscale-chroot" "osc" {
  access_key = var.osc_access_key
  secret_key = var.osc_secret_key
  source_omi = "ami-12345678"
  omi_name   = "osc-app"
}

build {
  sources = ["source.amazon-ebs.aws", "source.outscale-chroot.osc"]
}
`
    )
    const { warnings } = loadConfig(sandbox.sources({ config_file: 'mixed.pkr.hcl' }, env))
    expect(warnings).toEqual([
      "config_file: mixed.pkr.hcl:24: this action builds only its own source; the build's other sources are not built (amazon-ebs.aws)"
    ])
  })

  it("applies a build's source block overrides and its new name", () => {
    sandbox.write(
      'override.pkr.hcl',
      `${credentials}
source "outscale-chroot" "base" {
  access_key = var.osc_access_key
  secret_key = var.osc_secret_key
  source_omi = "ami-12345678"
  omi_name   = "base"
}

build {
  source "source.outscale-chroot.base" {
    name     = "web"
    omi_name = "web-app"
  }

  provisioner "shell" {
    only   = ["outscale-chroot.web"]
    inline = ["echo web"]
  }
}
`
    )
    const { template, problems } = readTemplate('override.pkr.hcl')
    expect(problems).toEqual([])
    expect(template?.builder).toEqual({ type: 'outscale-chroot', name: 'web' })
    expect(template?.provisioners).toHaveLength(1)
    expect(template?.builderOptions.omi_name).toBe('web-app')
  })
})

describe('what an HCL2 template cannot hold', () => {
  /** A valid template with `extra` at the top, `inSource` in the source and `inBuild` in the build. */
  function template(extra: string, inSource = '', inBuild = ''): string {
    return `${credentials}${extra}
source "outscale-chroot" "debian" {
  access_key = var.osc_access_key
  secret_key = var.osc_secret_key
  source_omi = "ami-12345678"
  omi_name   = "debian-app"${inSource}
}

build {
  sources = ["source.outscale-chroot.debian"]${inBuild}
}
`
  }

  const functions = 'timestamp(), formatdate(), regex_replace(), replace(), lower(), upper(), env()'
  const roots =
    'this action reads var.*, local.*, path.root, path.cwd, source.name and source.type; ' +
    'data sources, build.* and packer.* do not exist here'

  // [construct, template, text on the line named, message after "file:line: "]
  it.each([
    [
      'a data source',
      template('\ndata "amazon-ami" "debian" {\n  most_recent = true\n}\n'),
      'data "amazon-ami"',
      'data sources are not supported (this action reads variable, locals, local, source and build blocks)'
    ],
    [
      'a conditional',
      template('', '\n  omi_description = var.osc_access_key == "" ? "none" : "some"'),
      'omi_description',
      'omi_description: "var.osc_access_key == "" ? "none" : "some"": conditional expressions (a ? b : c) and %{ if } directives are not supported'
    ],
    [
      'a template directive',
      template('', '\n  omi_description = "app%{ if var.osc_access_key != "" }-keyed%{ endif }"'),
      'omi_description',
      // The parser gives directives back without their inner spaces.
      'omi_description: "%{if var.osc_access_key != ""}-keyed%{endif}": conditional expressions (a ? b : c) and %{ if } directives are not supported'
    ],
    [
      'a for expression',
      template('', '\n  product_codes = [for code in ["a", "b"] : upper(code)]'),
      'product_codes',
      'product_codes: "[for code in ["a", "b"] : upper(code)]": for expressions ([for x in list : ...]) and %{ for } directives are not supported'
    ],
    [
      'an unknown function',
      template('', '\n  omi_description = title("app")'),
      'omi_description',
      `omi_description: "title("app")": the function title() is not supported; functions: ${functions}`
    ],
    [
      'an operator',
      template('', '\n  root_volume_size = 5 * 2'),
      'root_volume_size',
      'root_volume_size: "5 * 2": operators (+ - * / % == != < > && ||) are not supported'
    ],
    [
      'a dynamic block',
      template(
        '',
        '\n  dynamic "omi_block_device_mappings" {\n    for_each = []\n    content {}\n  }'
      ),
      'dynamic',
      'dynamic blocks are not supported'
    ],
    [
      'a dynamic block in a provisioner',
      template(
        '',
        '',
        '\n\n  provisioner "shell" {\n    dynamic "env" {\n      for_each = []\n      content {}\n    }\n  }'
      ),
      'dynamic',
      'dynamic blocks are not supported'
    ],
    [
      'an hcp_packer_registry block',
      template('', '', '\n\n  hcp_packer_registry {\n    bucket_name = "debian"\n  }'),
      'hcp_packer_registry',
      'hcp_packer_registry (HCP Packer) blocks are not supported'
    ],
    [
      'env() outside a variable default',
      template('', '\n  omi_description = env("HOME")'),
      'omi_description',
      `omi_description: env() can only be used in a variable's default (as in Packer); declare a variable with default = env("HOME") and use var.<name>`
    ],
    [
      'an undeclared variable',
      template('', '\n  omi_description = var.missing'),
      'omi_description',
      'omi_description: "var.missing": the template has no variable "missing" (variables: osc_access_key, osc_secret_key)'
    ],
    [
      'a data source reference',
      template('', '\n  source_omi_filter {\n    owners = [data.amazon-ami.x.id]\n  }'),
      'source_omi_filter',
      `source_omi_filter: "data.amazon-ami.x.id": data.* is not supported (${roots})`
    ]
  ])(
    '%s fails naming the file, line and construct, before any request',
    (_what, text, onLine, message) => {
      sandbox.write('t.pkr.hcl', text)
      // loadConfig throws before any client exists: nothing can have been requested.
      expect(problemsFor({ config_file: 't.pkr.hcl' })).toEqual([
        `config_file: t.pkr.hcl:${lineOf(text, onLine)}: ${message}`
      ])
    }
  )

  it('reports a bad local where it is defined, used or not, once', () => {
    const text = template(
      '\nlocals {\n  unused = var.osc_access_key != "" ? 1 : 2\n  base   = title("x")\n  name   = "${local.base}-app"\n}\n'
    )
    sandbox.write('t.pkr.hcl', text)
    expect(problemsFor({ config_file: 't.pkr.hcl' })).toEqual([
      `config_file: t.pkr.hcl:${lineOf(text, 'unused')}: local "unused": "var.osc_access_key != "" ? 1 : 2": conditional expressions (a ? b : c) and %{ if } directives are not supported`,
      `config_file: t.pkr.hcl:${lineOf(text, 'base   =')}: local "base": "title("x")": the function title() is not supported; functions: ${functions}`
    ])
  })

  it("reports a syntax error with HCL's own file:line message", () => {
    sandbox.write('t.pkr.hcl', 'source "outscale-chroot" "x" {\n  omi_name = \n}\n')
    expect(problemsFor({ config_file: 't.pkr.hcl' })).toEqual([
      expect.stringMatching(
        /^config_file: not valid HCL: t\.pkr\.hcl:2,\d+-3,\d+: Invalid expression/
      )
    ])
  })

  it('reports a variable without a value, an undeclared template_variables entry, and a bad type', () => {
    const text = template(
      '\nvariable "version" {\n  type = string\n}\n\nvariable "size" {\n  type    = number\n  default = 8\n}\n'
    )
    sandbox.write('t.pkr.hcl', text)
    expect(
      problemsFor({ config_file: 't.pkr.hcl', template_variables: '{verison: "1", size: big}' })
    ).toEqual([
      'template_variables: "verison" is not a variable of the template (variables: osc_access_key, osc_secret_key, version, size)',
      `config_file: t.pkr.hcl:${lineOf(text, 'variable "version"')}: variable "version" has no default and no value; set it with the template_variables input (version: ...) or the PKR_VAR_version environment variable`,
      `config_file: t.pkr.hcl:${lineOf(text, 'variable "size"')}: variable "size": "big" is not a number`
    ])
  })

  it('reports a source no build uses, and a template without an osc-chroot source', () => {
    const lonely = `${credentials}\nsource "outscale-chroot" "lonely" {\n  omi_name = "x"\n}\n`
    sandbox.write('t.pkr.hcl', lonely)
    expect(problemsFor({ config_file: 't.pkr.hcl' })).toEqual([
      `config_file: t.pkr.hcl:${lineOf(lonely, 'source "outscale-chroot"')}: no build block uses source "outscale-chroot.lonely"; add it to a build's sources = ["source.outscale-chroot.lonely"], as Packer needs too`
    ])
    sandbox.write(
      'u.pkr.hcl',
      'source "amazon-ebs" "x" {\n  ami_name = "x"\n}\nbuild {\n  sources = ["source.amazon-ebs.x"]\n}\n'
    )
    expect(problemsFor({ config_file: 'u.pkr.hcl' })).toEqual([
      'config_file: the template has no source blocks of type osc-chroot or outscale-chroot'
    ])
  })

  it('refuses template_variables and template_source without a template', () => {
    sandbox.write('build.yml', 'omi_name: x-app\n')
    expect(
      problemsFor({
        config_file: 'build.yml',
        template_source: 'x',
        source_omi: 'ami-12345678',
        access_key: 'a',
        secret_key: 'b'
      })
    ).toEqual([
      'template_source: unused: only a Packer template given as config_file has variables and sources'
    ])
  })
})

describe('formatdate', () => {
  // Examples from https://developer.hashicorp.com/packer/docs/templates/hcl_templates/functions/datetime/formatdate
  it.each([
    ['DD MMM YYYY hh:mm ZZZ', '2018-01-02T23:12:01Z', '02 Jan 2018 23:12 UTC'],
    ['EEEE, DD-MMM-YY hh:mm:ss ZZZ', '2018-01-02T23:12:01Z', 'Tuesday, 02-Jan-18 23:12:01 UTC'],
    [
      'EEE, DD MMM YYYY hh:mm:ss ZZZ',
      '2018-01-02T23:12:01-08:00',
      'Tue, 02 Jan 2018 23:12:01 -0800'
    ],
    ['MMM DD, YYYY', '2018-01-02T23:12:01Z', 'Jan 02, 2018'],
    ['HH:mmaa', '2018-01-02T23:12:01Z', '11:12pm'],
    ["YYYYMMDD'T'hhmmss", '2024-03-05T06:07:08Z', '20240305T060708']
  ])('%s of %s is %s', (spec, time, expected) => {
    expect(formatDate(spec, time)).toBe(expected)
  })
})
