// What a command is (its options, positionals, help and run function) and
// what it gets to run with.
import { readFileSync } from 'node:fs';
import type { KumoClient } from '../client/client.js';
import type { Args, OptionSpecs, PositionalSpec } from './args.js';
import { CliError, errorLine } from './errors.js';
import type { Output } from './format.js';
import type { Rpc } from './rpcs.js';

/** Where a command writes; a seam so tests and main can differ. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal, so progress can be redrawn in place. */
  readonly errIsTTY: boolean;
}

export interface Context {
  readonly io: Io;
  /** The API address, for error messages. */
  readonly url: string;
  /** The environment (where clouds.yaml is: pkg/cli/clouds.ts); absent: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The SDK client, created on first use so that help never connects. */
  client(): KumoClient;
  /** Polling of --wait. */
  readonly wait: { intervalMs: number; timeoutMs: number };
  /**
   * Aborted on Ctrl-C (and by tests): long operations (--wait, `server
   * watch`) stop at once. Absent: nothing interrupts them.
   */
  readonly signal?: AbortSignal;
}

export interface Command {
  /** One line, in the list of commands. */
  summary: string;
  /** What the command does, for --help (may be several lines). */
  description: string;
  options: OptionSpecs;
  positionals: readonly PositionalSpec[];
  /** Full command lines, shown in help; each must parse (test/unit/cli_coverage.test.ts). */
  examples: readonly string[];
  /**
   * The API calls this command exists for (not the name-or-ID lookups it
   * makes on the way): the mapping from every RPC to a command.
   */
  rpcs: readonly Rpc[];
  run(ctx: Context, args: Args): Promise<Output>;
}

export interface Group {
  name: string;
  summary: string;
  commands: Readonly<Record<string, Command>>;
}

/** Reads a file named on the command line, failing with one clear line. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CliError(`cannot read ${what} file '${path}': ${(err as Error).message}`);
  }
}

/** Deletes each named resource; reports each failure, then fails with a count (as osc's multi-delete). */
export async function deleteEach(ctx: Context, kind: string, keys: readonly string[], del: (key: string) => Promise<void>): Promise<void> {
  let failed = 0;
  for (const key of keys) {
    try {
      await del(key);
    } catch (err) {
      if (keys.length === 1) throw err;
      failed++;
      ctx.io.err(`Failed to delete ${kind} with name or ID '${key}': ${errorLine(err, ctx.url).replace(/^Error: /, '')}\n`);
    }
  }
  if (failed) throw new CliError(`${failed} of ${keys.length} ${kind}s failed to delete.`);
}
