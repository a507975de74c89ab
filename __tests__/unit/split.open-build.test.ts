/**
 * Split mode's small contracts, without a build: osc-chroot-exec's command line, build names,
 * the variables that lead to an open build, and the one-sentence refusals when there is none.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseExecArgs, UsageError } from '../../src/split/exec.js'
import { launcherScript } from '../../src/split/launcher.js'
import {
  buildVariable,
  checkBuildName,
  findOpenBuild,
  NoOpenBuildError
} from '../../src/split/open-build.js'

describe('osc-chroot-exec command line', () => {
  it('takes options up to the command, then everything as the command', () => {
    expect(
      parseExecArgs(['--build', 'web', '--env', 'A=1', '--env=B=x=y', '--cwd', '/srv', 'ls', '-l'])
    ).toEqual({ build: 'web', env: { A: '1', B: 'x=y' }, cwd: '/srv', command: ['ls', '-l'] })
    expect(parseExecArgs(['--', '--env', 'x']).command).toEqual(['--env', 'x'])
    expect(parseExecArgs(['sh', '--env', 'x']).command).toEqual(['sh', '--env', 'x'])
  })

  it.each([
    [[], /Give the COMMAND/],
    [['--env', 'NOEQUALS', 'true'], /--env "NOEQUALS": give NAME=VALUE/],
    [['--env', '1BAD=x', 'true'], /--env/],
    [['--cwd', 'relative', 'true'], /--cwd "relative": give an absolute path/],
    [['--build', 'no-dash', 'true'], /--build "no-dash" is not a build name/],
    [['--bogus', 'true'], /Unknown option --bogus/],
    [['--cwd'], /--cwd needs a value/]
  ])('refuses %j', (args, message) => {
    expect(() => parseExecArgs(args)).toThrow(message)
    expect(() => parseExecArgs(args)).toThrow(UsageError)
  })
})

describe('build names and their variables', () => {
  it('names a variable per build', () => {
    expect(buildVariable('')).toBe('OSC_CHROOT_BUILD')
    expect(buildVariable('web_1')).toBe('OSC_CHROOT_BUILD_WEB_1')
    expect(checkBuildName('  web ')).toBe('web')
  })

  it('refuses a name that cannot be part of a variable, naming the input and the value', () => {
    expect(() => checkBuildName('my build')).toThrow(
      'name "my build" is not a build name: use a letter then letters, digits or _ (at most 40)'
    )
    expect(() => checkBuildName('9lives')).toThrow(/not a build name/)
  })
})

describe('finding the open build', () => {
  it('says in one sentence that there is none, and what to do', () => {
    expect(() => findOpenBuild('', {})).toThrow(
      new NoOpenBuildError(
        'There is no open build (OSC_CHROOT_BUILD is not set): run the prepare action earlier ' +
          'in this job (or pass --build NAME for a named build).'
      )
    )
    expect(() => findOpenBuild('db', { OSC_CHROOT_BUILD_DB: '' })).toThrow(
      'There is no open build named "db" (OSC_CHROOT_BUILD_DB is not set): run the prepare ' +
        'action with name: db earlier in this job.'
    )
    expect(() => findOpenBuild('', { OSC_CHROOT_BUILD: '/nonexistent/open.json' })).toThrow(
      /names \/nonexistent\/open.json, which does not exist \(finish has already closed/
    )
  })

  it('refuses a record of another format version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osc-chroot-open-build-'))
    try {
      writeFileSync(join(dir, 'open.json'), JSON.stringify({ version: 9 }))
      expect(() => findOpenBuild('', { OSC_CHROOT_BUILD: join(dir, 'open.json') })).toThrow(
        /written by another version of osc-chroot/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

it('the launcher runs the exec bundle with the given node, its arguments untouched', () => {
  expect(launcherScript('/opt/node 20/bin/node', '/a/dist/exec/index.js')).toBe(
    '#!/bin/sh\nexec \'/opt/node 20/bin/node\' /a/dist/exec/index.js "$@"\n'
  )
})
