import { describe, expect, it } from '@jest/globals'
import Handlebars from 'handlebars'
import {
  checkTemplate,
  cleanResourceName,
  formatGoTime,
  render,
  templateVariables,
  toHandlebars
} from '../../src/template.js'

const tagVars = {
  BuildRegion: 'eu-west-2',
  SourceOMI: 'ami-12345678',
  SourceOMIName: 'Debian 12 [2024]',
  SourceOMITags: { Name: 'debian', 'os-version': '12' }
}

describe('variables', () => {
  it("accepts Packer's {{.X}}, Handlebars' {{X}} and spaces", () => {
    expect(render('{{.Device}} {{Device}} {{ .Device }}', { Device: 'xvdf' }, 'mount_path')).toBe(
      'xvdf xvdf xvdf'
    )
  })

  it('reaches into map variables with dots', () => {
    expect(render('{{.SourceOMITags.Name}}-{{ .SourceOMI }}', tagVars, 'tags')).toBe(
      'debian-ami-12345678'
    )
  })

  it('does not HTML-escape values', () => {
    expect(render('{{.Command}}', { Command: 'a && b < c > "d"' }, 'command_wrapper')).toBe(
      'a && b < c > "d"'
    )
  })

  it("honours Go's whitespace trimming", () => {
    expect(render('a {{- .Device -}} b', { Device: 'xvdf' }, 'mount_path')).toBe('axvdfb')
  })

  it('returns text without templates as it is', () => {
    expect(render('echo { } $HOME', {}, 'pre_mount_commands')).toBe('echo { } $HOME')
  })

  it('names the field and the available variables for an unknown variable', () => {
    expect(() => render('{{.SourceOMINme}}', tagVars, 'tags')).toThrow(
      'tags: unknown template variable "SourceOMINme" in "{{.SourceOMINme}}". Variables available in ' +
        'tags: {{.BuildRegion}}, {{.SourceOMI}}, {{.SourceOMIName}}, {{.SourceOMITags.<key>}}; ' +
        'functions: timestamp, isotime, uuid, clean_resource_name, clean_omi_name, lower, upper, replace, replace_all, split, build_name, build_type.'
    )
  })

  it('also checks the arguments of functions (Handlebars alone would render "undefined")', () => {
    expect(() =>
      render('{{clean_resource_name .Devic}}', { Device: 'xvdf' }, 'mount_path')
    ).toThrow(
      /^mount_path: unknown template variable "Devic" .*Variables available in mount_path: \{\{\.Device\}\};/
    )
  })

  it('says when a map variable lacks the key', () => {
    expect(() => render('{{.SourceOMITags.Owner}}', tagVars, 'tags')).toThrow(
      'tags: "{{.SourceOMITags.Owner}}" uses the key "Owner" of a map that has no such key in this build'
    )
  })

  it('names unknown functions', () => {
    expect(() => render('{{sed .Device}}', { Device: 'x' }, 'mount_path')).toThrow(
      'mount_path: unknown template function "sed" in "{{sed .Device}}". Functions: timestamp, isotime, uuid, clean_resource_name, clean_omi_name, lower, upper, replace, replace_all, split, build_name, build_type.'
    )
  })

  it('reports a template it cannot read', () => {
    expect(() => render('{{.Device', { Device: 'x' }, 'mount_path')).toThrow(
      /^mount_path: cannot read template "\{\{\.Device": Parse error on line 1:/
    )
  })
})

describe('functions', () => {
  it('timestamp is the Unix time of the build start, the same everywhere in one build', () => {
    const first = render('{{timestamp}}', {}, 'omi_name')
    const second = render('x-{{timestamp}}', {}, 'tags')
    expect(first).toMatch(/^\d{10}$/)
    expect(second).toBe(`x-${first}`)
    expect(Math.abs(Number(first) - Date.now() / 1000)).toBeLessThan(3600)
  })

  it('isotime defaults to RFC 3339 in UTC and takes a Go layout, quoted either way', () => {
    expect(render('{{isotime}}', {}, 'omi_name')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const year = String(new Date().getUTCFullYear())
    expect(render('{{isotime "2006"}}', {}, 'omi_name')).toBe(year)
    expect(render('{{isotime `2006`}}', {}, 'omi_name')).toBe(year)
    expect(render('{{isotime "2006"}}-{{timestamp}}', {}, 'omi_name')).toBe(
      `${year}-${render('{{timestamp}}', {}, 'omi_name')}`
    )
  })

  it('formats Go layouts', () => {
    const date = new Date(Date.UTC(2024, 0, 5, 15, 4, 5, 123))
    expect(formatGoTime(date)).toBe('2024-01-05T15:04:05Z')
    expect(formatGoTime(date, '20060102-150405')).toBe('20240105-150405')
    expect(formatGoTime(date, 'Jan _2 2006 3:04PM')).toBe('Jan  5 2024 3:04PM')
    expect(formatGoTime(date, 'Monday January 2 06 05.000 -07:00')).toBe(
      'Friday January 5 24 05.123 +00:00'
    )
    expect(formatGoTime(date, 'day 002 of 2006, 03pm MST')).toBe('day 005 of 2024, 03pm UTC')
  })

  it('uuid is a fresh v4 UUID each time', () => {
    const uuid = render('{{uuid}}', {}, 'omi_name')
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(render('{{uuid}}', {}, 'omi_name')).not.toBe(uuid)
  })

  it('clean_resource_name and clean_omi_name keep only what OMI names allow', () => {
    expect(cleanResourceName("Debian 12 [2024]: @me's/(x)_y.z-w")).toBe(
      'Debian 12 -2024-- -me-s/(x)_y.z-w'
    )
    expect(render('{{clean_resource_name "a:b@c"}}', {}, 'omi_name')).toBe('a-b-c')
    expect(render('{{clean_omi_name .SourceOMIName}}', tagVars, 'tags')).toBe('Debian 12 -2024-')
  })

  it('takes pipes, chained too', () => {
    expect(render('{{isotime | clean_resource_name}}', {}, 'omi_name')).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/
    )
    expect(render('{{ .SourceOMIName | clean_resource_name }}', tagVars, 'tags')).toBe(
      'Debian 12 -2024-'
    )
    expect(
      render('{{isotime "15:04" | clean_resource_name | clean_omi_name}}', {}, 'omi_name')
    ).toMatch(/^\d\d-\d\d$/)
    expect(toHandlebars('{{ timestamp | clean_resource_name }}')).toBe(
      '{{clean_resource_name (timestamp)}}'
    )
  })
})

describe('plain references, rendered without Handlebars', () => {
  const vars = { Device: 'xvdf', Command: 'a && b < "c"' }

  /** What Handlebars itself makes of the template, as render() would call it. */
  function byHandlebars(template: string): string {
    return Handlebars.compile(toHandlebars(template), { strict: true, noEscape: true })(vars)
  }

  function outcome(run: () => string): string {
    try {
      return `rendered ${JSON.stringify(run())}`
    } catch {
      return 'refused'
    }
  }

  it.each([
    '{{.Command}}',
    'sudo -n {{ .Command }}',
    '{{Device}}{{.Device}}',
    '{{\n  .Device\n}}',
    'a}}b{{.Device}}c}}',
    '{ {{.Device}} }',
    '{{{Device}}}',
    '{{{Device}}',
    '{{Device}}}',
    '{{Device}}}}',
    '{{Device}} }',
    '}{{\tDevice }}',
    '\\{{Device}}',
    '\\\\{{Device}}',
    '{{Device}}{{',
    '{{.Device}}{{Devic}}',
    '{{Devic}}',
    '{{true}}'
  ])('%j renders as Handlebars renders it, or is refused as it is', (template) => {
    expect(outcome(() => render(template, vars, 'mount_path'))).toBe(
      outcome(() => byHandlebars(template))
    )
  })

  // The pipe sends the same call through Handlebars and changes nothing in what it gives.
  it.each([
    ['timestamp', 'lower'],
    ['isotime', 'upper'],
    ['build_name', 'lower'],
    ['build_type', 'lower']
  ])('{{%s}} gives what it gives through Handlebars (piped to %s)', (name, pipe) => {
    expect(render(`x-{{${name}}}`, {}, 'omi_name')).toBe(
      render(`x-{{${name} | ${pipe}}}`, {}, 'omi_name')
    )
  })
})

describe('checkTemplate', () => {
  it('checks a template against variable names, before values exist', () => {
    expect(() =>
      checkTemplate('{{.SourceOMITags.Name}} {{.BuildRegion}}', templateVariables.tags, 'tags')
    ).not.toThrow()
    expect(() =>
      checkTemplate('{{.MountPath}}', templateVariables.mount_path, 'mount_path')
    ).toThrow(
      'mount_path: unknown template variable "MountPath" in "{{.MountPath}}". Variables available in mount_path: {{.Device}};'
    )
    expect(() =>
      checkTemplate('{{vault .Device}}', templateVariables.mount_path, 'mount_path')
    ).toThrow(/unknown template function "vault"/)
  })

  it('documents the variables of each run-time field, as in Packer', () => {
    expect(templateVariables).toEqual({
      omi_name: [],
      command_wrapper: ['Command'],
      mount_path: ['Device'],
      pre_mount_commands: ['Device'],
      post_mount_commands: ['Device', 'MountPath'],
      provision_host_commands: ['Device', 'MountPath'],
      omi_description: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
      tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
      snapshot_tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
      root_volume_tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags']
    })
  })
})
