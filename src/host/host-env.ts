/**
 * The environment of every process the action starts on this machine.
 *
 * The action's own environment holds its inputs (INPUT_SECRET_KEY), the Outscale credentials
 * (OSC_SECRET_KEY) and the runner's tokens (ACTIONS_RUNTIME_TOKEN, GITHUB_TOKEN...). A host command
 * like `ansible-playbook -c chroot` forwards what it inherits toward the image's code, so nothing is
 * inherited by default: only the names below, which a shell, a package manager or a proxy needs.
 */

/** Names kept as they are. */
const KEPT_NAMES = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'RUNNER_TEMP',
  'GITHUB_WORKSPACE',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY'
])

/** LC_ALL, LC_CTYPE...; OSC_CHROOT_DEBUG, OSC_CHROOT_POLL_POLICY (the action's documented knobs). */
const KEPT_PREFIXES = ['LC_', 'OSC_CHROOT_']

/** Whatever the prefix, a name that looks like a credential is never passed on. */
const SECRET_LOOKING = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)/i

export function isKeptVariable(name: string): boolean {
  if (SECRET_LOOKING.test(name)) return false
  return KEPT_NAMES.has(name) || KEPT_PREFIXES.some((prefix) => name.startsWith(prefix))
}

/**
 * The allowlisted part of `from`. Internal commands (whose output the action parses: umount's
 * "busy", fuser, partx, blkid...) also get LC_ALL=C, so that they speak the same language on a
 * French runner as on an English one.
 */
export function hostEnvironment(
  options: { internal?: boolean } = {},
  from: NodeJS.ProcessEnv = process.env
): Record<string, string> {
  const environment: Record<string, string> = {}
  for (const [name, value] of Object.entries(from)) {
    if (value !== undefined && isKeptVariable(name)) environment[name] = value
  }
  if (!environment.PATH)
    environment.PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  if (options.internal) environment.LC_ALL = 'C'
  return environment
}
