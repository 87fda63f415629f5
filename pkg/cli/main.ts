// The kumo CLI: the command registry, resolving a command line to a command,
// and running it (client, output, errors, timings).
import { KumoClient } from '../client/client.js';
import { checkArgs, globalOptions, parseCommandArgs, scanWords, type Args, type GlobalOptions, type Word } from './args.js';
import type { Command, Context, Group, Io } from './command.js';
import { closestPath, debugDetails, errorLine, exitCodeOf, suggestion, UsageError } from './errors.js';
import { emit } from './format.js';
import { commandHelp, commandUsage, groupHelp, groupUsage, topHelp, topUsage } from './help.js';
import { BUILTINS, GROUPS } from './registry.js';
import { instrument, timingsTable, type CallRecord } from './timing.js';
import { runUp } from './up.js';
import { clientCredentials } from './credentials.js';
import { cloudEntry } from './clouds.js';

export { GROUPS } from './registry.js';

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

/** "a 'server'", "an 'aggregate'". */
const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** "; did you mean 'kumo server group'?": the commands closest to words that name none. */
function didYouMeanCommand(typed: readonly string[]): string {
  const near = closestPath(typed, [...Object.keys(GROUPS), ...Object.keys(BUILTINS)]).flatMap((name) => {
    // The action too, when one was typed: `kumo serve lst` -> 'kumo server list'.
    const group = lookup(GROUPS, name);
    const rest = typed.slice(name.split(' ').length);
    if (!group || !rest.length) return [name];
    const exact = matchWords(group.commands, rest);
    if (exact) return [`${name} ${exact.name}`];
    const actions = closestPath(rest, Object.keys(group.commands));
    return actions.length ? actions.map((a) => `${name} ${a}`) : [name];
  });
  return suggestion(near.map((n) => `kumo ${n}`));
}

/** "; did you mean 'kumo server list'?": the actions of `group` (and groups under it, as "server group") closest to words that name none. */
function didYouMeanAction(group: Group, typed: readonly string[]): string {
  const sub = Object.keys(GROUPS)
    .filter((n) => n.startsWith(`${group.name} `))
    .map((n) => n.slice(group.name.length + 1));
  return suggestion(closestPath(typed, [...Object.keys(group.commands), ...sub]).map((n) => `kumo ${group.name} ${n}`));
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
  if (!g) throw new UsageError(`no help for '${topic.join(' ')}': '${topic[0]}' is not a kumo command${didYouMeanCommand(topic)}`, topUsage(GROUPS));
  const group = g.value;
  const rest = topic.slice(g.size);
  if (!rest.length) return { kind: 'help', text: groupHelp(group) };
  const c = matchWords(group.commands, rest);
  if (!c || rest.length > c.size) {
    const word = c ? rest[c.size]! : rest[0]!;
    throw new UsageError(`no help for '${topic.join(' ')}': '${word}' is not ${article(group.name)} '${group.name}' action${didYouMeanAction(group, rest)}`, groupUsage(group));
  }
  return { kind: 'help', text: commandHelp(`${group.name} ${c.name}`, c.value) };
}

/** Resolves a command line to what to do. Throws UsageError (with the usage to print). */
export function resolveInvocation(argv: readonly string[], env: Env = {}): Invocation {
  const { words, stoppedAt } = scanWords(argv);
  const first = words[0];
  // `kumo up` owns everything after it.
  if (first?.token === 'up') return { kind: 'up', argv: argv.slice(first.index + 1) };
  if (first?.token === 'help') return helpTopic(words.slice(1).map((w) => w.token));
  // `kumo login` is `kumo token login`.
  if (first?.token === 'login') return resolveInvocation([...argv.slice(0, first.index), 'token', ...argv.slice(first.index)], env);
  // `kumo status` is `kumo status show`.
  if (first?.token === 'status' && words.length === 1) return resolveInvocation([...argv.slice(0, first.index + 1), 'show', ...argv.slice(first.index + 1)], env);
  const without = (used: readonly Word[]): string[] => argv.filter((_, i) => !used.some((w) => w.index === i));
  const incomplete = (what: string): string => (stoppedAt ? `unrecognized option '${stoppedAt}'` : what);

  if (!first) {
    const usage = topUsage(GROUPS);
    const args = withUsage(usage, () => parseCommandArgs(argv, {}));
    if (args.flag('help')) return { kind: 'help', text: topHelp(GROUPS) };
    throw new UsageError(incomplete('no command given'), usage);
  }
  const g = matchWords(GROUPS, words.map((w) => w.token));
  if (!g) throw new UsageError(`'${first.token}' is not a kumo command${didYouMeanCommand(words.map((w) => w.token))}`, topUsage(GROUPS));
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
  if (!c) throw new UsageError(`'${second.token}' is not ${article(group.name)} '${group.name}' action${didYouMeanAction(group, rest.map((w) => w.token))}`, groupUsage(group));
  const command = c.value;

  const path = `${group.name} ${c.name}`;
  const used = [...groupWords, ...rest.slice(0, c.size)];
  return withUsage(commandUsage(path, command), () => {
    const args = parseCommandArgs(without(used), command.options);
    if (args.flag('help')) return { kind: 'help', text: commandHelp(path, command) };
    try {
      checkArgs(args, command.options, command.positionals);
    } catch (err) {
      // `server resize confrim vm1`: a mistyped action after a command that has actions of its own.
      const next = rest[c.size];
      if (err instanceof UsageError && next) {
        const longer = Object.keys(group.commands).filter((n) => n.startsWith(`${c.name} `));
        const hint = suggestion(closestPath([next.token], longer.map((n) => n.slice(c.name.length + 1))).map((n) => `kumo ${path} ${n}`));
        if (hint) err.message += hint;
      }
      throw err;
    }
    return { kind: 'run', path, command, args, globals: globalOptions(args, env) };
  });
}

/** Options of `main` for tests and embedders. */
export interface MainOptions {
  /** --wait's polling and its default timeout (default: 200 ms and 120 s). */
  wait?: { intervalMs: number; timeoutMs: number };
  /** Stops long operations (--wait, `server watch`); by default Ctrl-C does, when main prints to the process. */
  signal?: AbortSignal;
}

/**
 * While a command runs: the first Ctrl-C aborts `controller` (a wait stops
 * with one line, a watch ends); a command that does not stop within a
 * second (one that does not listen: a list, say), or a second Ctrl-C,
 * exits at once with 130. Returns the remover of the handler.
 */
function interruptOnSigint(controller: AbortController): () => void {
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(new Error('interrupted'));
    setTimeout(() => process.exit(130), 1000).unref();
  };
  process.on('SIGINT', onSigint);
  return () => void process.off('SIGINT', onSigint);
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
export async function main(argv: readonly string[], givenIo?: Io, env: Env = process.env, opts: MainOptions = {}): Promise<number> {
  const started = performance.now();
  const io = givenIo ?? processIo();
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
  let signal = opts.signal;
  let removeSigint: (() => void) | undefined;
  if (!signal && !givenIo) {
    const controller = new AbortController();
    removeSigint = interruptOnSigint(controller);
    signal = controller.signal;
  }
  const ctx: Context = {
    io,
    url: globals.url,
    env,
    wait: opts.wait ?? WAIT,
    ...(signal ? { signal } : {}),
    client: () => {
      if (!client) {
        // The CA: --cacert, KUMO_CACERT, else the endpoint's entry in clouds.yaml (kumo up --tls writes it).
        const caCert = globals.cacert ?? (cloudEntry(globals.url, env)?.cacert || undefined);
        client = new KumoClient({ url: globals.url, caCert, cert: globals.cert, key: globals.key, project: globals.project, user: globals.user, ...clientCredentials(globals, env) });
        if (globals.timings || globals.debug) {
          instrument(client, (c) => calls.push(c), globals.debug ? (line) => io.err(`DEBUG ${line}\n`) : undefined);
        }
      }
      return client;
    },
  };
  try {
    await emit(await command.run(ctx, args), globals, (text) => io.out(text));
    return 0;
  } catch (err) {
    if (err instanceof UsageError) return usageFailure(io, err, commandUsage(path, command));
    if (globals.debug) io.err(`${debugDetails(err)}\n`);
    io.err(`${errorLine(err, globals.url)}\n`);
    return exitCodeOf(err);
  } finally {
    removeSigint?.();
    // The open channel would keep the process alive.
    client?.close();
    if (globals.timings) io.err(`${timingsTable(calls, performance.now() - started)}\n`);
  }
}
