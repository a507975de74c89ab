/**
 * The post step's credentials: read from every place the main step reads them, without
 * validating anything else and without ever failing.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readCleanupCredentials } from '../../src/config/cleanup-credentials.js'
import type { ConfigSources } from '../../src/config/index.js'
import { Teardown, tempDir } from '../helpers/loop-disk.js'

const teardown = new Teardown()
afterEach(() => teardown.run())

function sources(dir: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return {
    getInput: (name: string) => inputs[name] ?? '',
    env,
    homeDir: dir,
    workspace: dir
  } satisfies ConfigSources
}

function writeProfiles(dir: string, profiles: Record<string, unknown>): void {
  mkdirSync(join(dir, '.osc'), { recursive: true })
  writeFileSync(join(dir, '.osc', 'config.json'), JSON.stringify(profiles))
}

describe('cleanup credentials', () => {
  it('takes the inputs, whatever else the inputs hold', () => {
    const dir = tempDir(teardown)
    const found = readCleanupCredentials(
      sources(dir, {
        access_key: 'AKINPUT',
        secret_key: 'secret-input',
        root_volume_type: 'banana',
        timeouts: '{[ not yaml'
      })
    )
    expect(found).toEqual({ accessKey: 'AKINPUT', secretKey: 'secret-input', origin: 'input' })
  })

  it('skips a config_file that no longer parses and uses the environment', () => {
    const dir = tempDir(teardown)
    writeFileSync(join(dir, 'build.yml'), '{{{ garbage: [\n')
    const found = readCleanupCredentials(
      sources(
        dir,
        { config_file: 'build.yml' },
        { OSC_ACCESS_KEY: 'AKENV', OSC_SECRET_KEY: 'secret-env' }
      )
    )
    expect(found).toMatchObject({ accessKey: 'AKENV', origin: 'OSC_ACCESS_KEY' })
  })

  it('reads a config_file that still parses, unknown keys and all', () => {
    const dir = tempDir(teardown)
    writeFileSync(
      join(dir, 'build.yml'),
      'access_key: AKFILE\nsecret_key: secret-file\nno_such_option: 1\nmount_partition: third\n'
    )
    expect(readCleanupCredentials(sources(dir, { config_file: 'build.yml' }))).toMatchObject({
      accessKey: 'AKFILE',
      secretKey: 'secret-file'
    })
  })

  it('uses the profile the build named, even when the file that named it is gone', () => {
    const dir = tempDir(teardown)
    writeProfiles(dir, {
      default: { access_key: 'AKDEFAULT', secret_key: 'secret-default' },
      builds: { access_key: 'AKBUILDS', secret_key: 'secret-builds' }
    })
    const found = readCleanupCredentials(sources(dir, { config_file: 'deleted.yml' }), {
      profile: 'builds'
    })
    expect(found).toMatchObject({ accessKey: 'AKBUILDS', secretKey: 'secret-builds' })
  })

  it("prefers the pair holding the build's access key over a higher-ranked one", () => {
    const dir = tempDir(teardown)
    const found = readCleanupCredentials(
      sources(
        dir,
        { access_key: 'AKOTHER', secret_key: 'secret-other' },
        { OSC_ACCESS_KEY: 'AKBUILD', OSC_SECRET_KEY: 'secret-build' }
      ),
      { accessKey: 'AKBUILD' }
    )
    expect(found).toMatchObject({ accessKey: 'AKBUILD', secretKey: 'secret-build' })
  })

  it('finds nothing without failing, even when reading an input throws', () => {
    const dir = tempDir(teardown)
    writeFileSync(join(dir, '.osc'), 'not a directory')
    const throwing: ConfigSources = {
      ...sources(dir, {}, { OSC_PROFILE: 'missing' }),
      getInput: () => {
        throw new Error('input unreadable')
      }
    }
    expect(readCleanupCredentials(throwing)).toBeUndefined()
    // Half a pair is no pair.
    expect(readCleanupCredentials(sources(dir, { access_key: 'AKONLY' }))).toBeUndefined()
  })
})
