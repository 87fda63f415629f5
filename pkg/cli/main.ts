// The kumo CLI: the command registry, resolving a command line to a command,
// and running it (client, output, errors, timings).
import { KumoClient } from '../client/client.js';
import { checkArgs, globalOptions, parseCommandArgs, scanWords, type Args, type GlobalOptions, type Word } from './args.js';
import type { Command, Context, Group, Io } from './command.js';
import { aggregateCommands } from './commands/aggregate.js';
import { availabilityZoneCommands } from './commands/availability_zone.js';
import { computeServiceCommands } from './commands/compute_service.js';
import { consoleCommands } from './commands/console.js';
import { flavorCommands } from './commands/flavor.js';
import { hypervisorCommands } from './commands/hypervisor.js';
import { imageCommands } from './commands/image.js';
import { keypairCommands } from './commands/keypair.js';
import { serverCommands } from './commands/server.js';
import { serverActionCommands } from './commands/server_actions.js';
import { serverWaitCommand } from './commands/server_wait.js';
import { serverGroupCommands } from './commands/server_group.js';
import { serverEventCommands } from './commands/server_event.js';
import { debugDetails, errorLine, exitCodeOf, UsageError } from './errors.js';
import { render } from './format.js';
import { commandHelp, commandUsage, groupHelp, groupUsage, topHelp, topUsage } from './help.js';
import { instrument, timingsTable, type CallRecord } from './timing.js';
import { runUp } from './up.js';

/**
 * Every resource and its actions; `up` and `help` are handled before it.
 * Resource and action names may be several words ("server group",
 * "availability zone", "aggregate add host"); the longest name matches.
 */
export const GROUPS: Readonly<Record<string, Group>> = {
  server: { ...serverCommands, commands: { ...serverCommands.commands, ...serverActionCommands, wait: serverWaitCommand } },
  flavor: flavorCommands,
  image: imageCommands,
  keypair: keypairCommands,
  hypervisor: hypervisorCommands,
  'compute service': computeServiceCommands,
  'server group': serverGroupCommands,
  'server event': serverEventCommands,
  aggregate: aggregateCommands,
  'availability zone': availabilityZoneCommands,
  console: consoleCommands,
};

const WAIT = { intervalMs: 200, timeoutMs: 120_000 };

export type Invocation =
  | { kind: 'up'; argv: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'run'; path: string; command: Command; args: Args; globals: GlobalOptions };

type Env = Readonly<Record<string, string | undefined>>;

// Own keys only: a command word like "constructor" must not find Object's.
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The entry of `table` whose (possibly multi-word) name is the most leading words; `size` is how many. */
function matchWords<T>(table: Readonly<Record<string, T>>, words: readonly string[]): { name: string; value: T; size: number } | undefined {
  const longest = Math.max(...Object.keys(table).map((k) => k.split(' ').length));
  for (let size = Math.min(longest, words.length); size > 0; size--) {
    const name = words.slice(0, size).join(' ');
    const value = lookup(table, name);
    if (value !== undefined) return { name, value, size };
  }
  return undefined;
}

/** "; did you mean 'availability zone'?" when `word` begins multi-word names of `table`. */
function didYouMean(table: Readonly<Record<string, unknown>>, word: string): string {
  const near = Object.keys(table).filter((k) => k.startsWith(`${word} `));
  return near.length ? `; did you mean ${near.map((k) => `'${k}'`).join(' or ')}?` : '';
}

function withUsage<T>(usage: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof UsageError && err.usage === undefined) err.usage = usage;
    throw err;
  }
}

/** `kumo help [<resource> [<action>]]` */
function helpTopic(topic: readonly string[]): Invocation {
  if (!topic.length) return { kind: 'help', text: topHelp(GROUPS) };
  if (topic[0] === 'up') return { kind: 'up', argv: ['--help'] };
  const g = matchWords(GROUPS, topic);
  if (!g) throw new UsageError(`no help for '${topic.join(' ')}': '${topic[0]}' is not a kumo command${didYouMean(GROUPS, topic[0]!)}`, topUsage(GROUPS));
  const group = g.value;
  const rest = topic.slice(g.size);
  if (!rest.length) return { kind: 'help', text: groupHelp(group) };
  const c = matchWords(group.commands, rest);
  if (!c || rest.length > c.size) throw new UsageError(`no help for '${topic.join(' ')}'`, groupUsage(group));
  return { kind: 'help', text: commandHelp(`${group.name} ${c.name}`, c.value) };
}

/** Resolves a command line to what to do. Throws UsageError (with the usage to print). */
export function resolveInvocation(argv: readonly string[], env: Env = {}): Invocation {
  const { words, stoppedAt } = scanWords(argv);
  const first = words[0];
  // `kumo up` owns everything after it.
  if (first?.token === 'up') return { kind: 'up', argv: argv.slice(first.index + 1) };
  if (first?.token === 'help') return helpTopic(words.slice(1).map((w) => w.token));
  const without = (used: readonly Word[]): string[] => argv.filter((_, i) => !used.some((w) => w.index === i));
  const incomplete = (what: string): string => (stoppedAt ? `unrecognized option '${stoppedAt}'` : what);

  if (!first) {
    const usage = topUsage(GROUPS);
    const args = withUsage(usage, () => parseCommandArgs(argv, {}));
    if (args.flag('help')) return { kind: 'help', text: topHelp(GROUPS) };
    throw new UsageError(incomplete('no command given'), usage);
  }
  const g = matchWords(GROUPS, words.map((w) => w.token));
  if (!g) throw new UsageError(`'${first.token}' is not a kumo command${didYouMean(GROUPS, first.token)}`, topUsage(GROUPS));
  const group = g.value;
  const groupWords = words.slice(0, g.size);
  const rest = words.slice(g.size);

  const second = rest[0];
  if (!second) {
    const usage = groupUsage(group);
    const args = withUsage(usage, () => parseCommandArgs(without(groupWords), {}));
    if (args.flag('help')) return { kind: 'help', text: groupHelp(group) };
    throw new UsageError(incomplete(`missing action for '${group.name}'`), usage);
  }
  const c = matchWords(group.commands, rest.map((w) => w.token));
  if (!c) throw new UsageError(`'${second.token}' is not a '${group.name}' action${didYouMean(group.commands, second.token)}`, groupUsage(group));
  const command = c.value;

  const path = `${group.name} ${c.name}`;
  const used = [...groupWords, ...rest.slice(0, c.size)];
  return withUsage(commandUsage(path, command), () => {
    const args = parseCommandArgs(without(used), command.options);
    if (args.flag('help')) return { kind: 'help', text: commandHelp(path, command) };
    checkArgs(args, command.options, command.positionals);
    return { kind: 'run', path, command, args, globals: globalOptions(args, env) };
  });
}

function processIo(): Io {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    errIsTTY: process.stderr.isTTY === true,
  };
}

function usageFailure(io: Io, err: UsageError, fallback: string): number {
  io.err(`Error: ${err.message}\n${err.usage ?? fallback}\n`);
  return 2;
}

/** Runs one kumo command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo(), env: Env = process.env): Promise<number> {
  const started = performance.now();
  let inv: Invocation;
  try {
    inv = resolveInvocation(argv, env);
  } catch (err) {
    if (err instanceof UsageError) return usageFailure(io, err, topUsage(GROUPS));
    io.err(`${errorLine(err, '')}\n`);
    return exitCodeOf(err);
  }
  if (inv.kind === 'up') return runUp(inv.argv);
  if (inv.kind === 'help') {
    io.out(inv.text);
    return 0;
  }

  const { path, command, args, globals } = inv;
  const calls: CallRecord[] = [];
  let client: KumoClient | undefined;
  const ctx: Context = {
    io,
    url: globals.url,
    wait: WAIT,
    client: () => {
      if (!client) {
        client = new KumoClient({ url: globals.url, project: globals.project, user: globals.user });
        if (globals.timings || globals.debug) {
          instrument(client, (c) => calls.push(c), globals.debug ? (line) => io.err(`DEBUG ${line}\n`) : undefined);
        }
      }
      return client;
    },
  };
  try {
    const text = render(await command.run(ctx, args), globals);
    if (text) io.out(text);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) return usageFailure(io, err, commandUsage(path, command));
    if (globals.debug) io.err(`${debugDetails(err)}\n`);
    io.err(`${errorLine(err, globals.url)}\n`);
    return exitCodeOf(err);
  } finally {
    // The open channel would keep the process alive.
    client?.close();
    if (globals.timings) io.err(`${timingsTable(calls, performance.now() - started)}\n`);
  }
}
