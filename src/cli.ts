/** `osc-chroot build --config build.yaml`: the same pipeline outside GitHub Actions. */
export async function cli(args: string[]): Promise<number> {
  process.stderr.write(`osc-chroot: not implemented yet (${args.join(' ')})\n`)
  return 2
}
