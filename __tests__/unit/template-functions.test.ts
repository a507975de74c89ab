/**
 * Packer's Go template functions in option values and JSON templates, with Packer's meaning
 * (packer-plugin-sdk template/interpolate/funcs.go; examples from Packer's template engine docs
 * and Go's strings package docs).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { formatGoTime, render, useBuildIdentity } from '../../src/template.js'

afterEach(() => useBuildIdentity())

describe("Packer's string functions", () => {
  it.each([
    ['{{ lower "HELLO World" }}', 'hello world'],
    ['{{ upper "hello" }}', 'HELLO'],
    ['{{ "MixedCase" | lower }}', 'mixedcase'],
    // Go's strings.Replace examples: n instances, all with -1.
    ['{{ replace "k" "ky" 2 "oink oink oink" }}', 'oinky oinky oink'],
    ['{{ replace "oink" "moo" -1 "oink oink oink" }}', 'moo moo moo'],
    ['{{ replace "" "-" 2 "abc" }}', '-a-bc'],
    ['{{ replace_all "-" "" "A-B-C" }}', 'ABC'],
    // A pipe passes its value as the last argument, as in Go.
    ['{{ "a.b.c" | replace_all "." "_" }}', 'a_b_c'],
    ['{{ split "some-string" "-" 0 }}', 'some'],
    ['{{ split "some-string" "-" 1 }}', 'string'],
    ['app-{{ split "1.2.3" "." 0 | upper }}', 'app-1']
  ])('%s is %s', (template, expected) => {
    expect(render(template, {}, 'omi_description')).toBe(expected)
  })

  it('applies to variables too', () => {
    expect(
      render(
        '{{ lower .SourceOMIName | replace_all " " "-" }}',
        { SourceOMIName: 'Debian 12' },
        'tags'
      )
    ).toBe('debian-12')
  })

  it("reports split's missing part as Packer does, naming the field", () => {
    expect(() => render('{{ split "a-b" "-" 2 }}', {}, 'omi_description')).toThrow(
      'omi_description: cannot render template "{{ split \\"a-b\\" \\"-\\" 2 }}": split: the substring 2 was unavailable using the separator value, -, only 2 values were found'
    )
  })

  it('reports a wrong call, naming the function and its signature', () => {
    expect(() => render('{{ replace "a" "b" "s" }}', {}, 'omi_description')).toThrow(
      /replace takes \(old, new, n, string\): the first n instances of old, all when n is -1; got \["a","b","s"\]/
    )
    expect(() => render('{{ lower }}', {}, 'omi_description')).toThrow(
      /lower takes \(string\); got \[\]/
    )
  })

  it('leaves any other function an error naming it', () => {
    expect(() => render('{{ sed "s/a/b/" "a" }}', {}, 'omi_description')).toThrow(
      /^omi_description: unknown template function "sed"/
    )
  })
})

describe('build_name and build_type', () => {
  it("name the template's builder, and this action without a template", () => {
    expect(render('{{build_name}}/{{build_type}}', {}, 'tags')).toBe('osc-chroot/osc-chroot')
    useBuildIdentity({ type: 'outscale-chroot', name: 'debian' })
    expect(render('{{ build_name }}-{{ build_type }}', {}, 'tags')).toBe('debian-outscale-chroot')
  })
})

describe('isotime with Go layouts', () => {
  // Packer's docs: "isotime = June 7, 7:22:43pm 2014".
  const june7 = new Date(Date.UTC(2014, 5, 7, 19, 22, 43))

  it.each([
    ['2006-01-02', '2014-06-07'],
    ['Mon 1504', 'Sat 1922'],
    ['02-Jan-06 03_04_05', '07-Jun-14 07_22_43'],
    ['Hour15Year200603', 'Hour19Year201407'],
    ['2006-01-02T15:04:05Z07:00', '2014-06-07T19:22:43Z']
  ])('%s is %s', (layout, expected) => {
    expect(formatGoTime(june7, layout)).toBe(expected)
  })

  it('renders in option values', () => {
    expect(render('{{isotime "2006"}}', {}, 'omi_description')).toBe(
      String(new Date().getUTCFullYear())
    )
  })
})
