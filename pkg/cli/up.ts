// `kumo up`: the all-in-one cloud in the foreground (being written).
export async function runUp(argv: string[]): Promise<number> {
  process.stderr.write(`kumo up: not available yet (${argv.length} args)\n`);
  return 1;
}
