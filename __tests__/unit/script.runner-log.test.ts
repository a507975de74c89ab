/**
 * The demo's log renderer (script/runner-log.mjs): what `npm run demo` shows of a step's stdout,
 * as a runner's log page would show it.
 */
import { describe, expect, it } from '@jest/globals'
import { runnerLog } from '../../script/runner-log.mjs'

function render(lines: string[], options?: { debug?: boolean }): string[] {
  const renderLine = runnerLog(options)
  return lines.flatMap((line) => renderLine(line))
}

describe('runnerLog', () => {
  it('shows groups as headings and endgroup as nothing', () => {
    expect(render(['::group::Creating the root volume', 'Volume vol-1', '::endgroup::'])).toEqual([
      '',
      '== Creating the root volume',
      'Volume vol-1'
    ])
  })

  it('hides debug lines unless debug is on', () => {
    const lines = ['::debug::OAPI ReadVolumes 200 in 12 ms', 'plain']
    expect(render(lines)).toEqual(['plain'])
    expect(render(lines, { debug: true })).toEqual([
      'debug: OAPI ReadVolumes 200 in 12 ms',
      'plain'
    ])
  })

  it('shows annotations readably, with their escaped line breaks', () => {
    expect(
      render([
        '::warning::tags: no effect',
        '::error title=Config,file=build.yaml::root_volume_type: "gp3"%0Ais not allowed',
        '::notice::100%25 done'
      ])
    ).toEqual([
      'warning: tags: no effect',
      'error: root_volume_type: "gp3"',
      'is not allowed',
      'notice: 100% done'
    ])
  })

  it('hides add-mask and shows the masked value as *** in every later line', () => {
    expect(
      render([
        'before: s3cr3t-value',
        '::add-mask::s3cr3t-value',
        'key s3cr3t-value here',
        '::group::Using s3cr3t-value',
        '::warning::s3cr3t-value leaked?'
      ])
    ).toEqual(['before: s3cr3t-value', 'key *** here', '', '== Using ***', 'warning: *** leaked?'])
  })

  it('shows lines between stop-commands and its token verbatim, and hides the pair', () => {
    expect(
      render([
        '::stop-commands::tok-123',
        '::error::printed by the image',
        '::tok-123::',
        '::error::the action'
      ])
    ).toEqual(['::error::printed by the image', 'error: the action'])
  })

  it('hides the other workflow commands and keeps lines that are not commands', () => {
    expect(render(['::save-state name=journal::/tmp/j.json', 'a :: b', '::unknown::x'])).toEqual([
      'a :: b',
      '::unknown::x'
    ])
  })
})
