// JsonFilter: the `query` scheduler hint is a small prefix-notation language
// over host state, e.g. ["and", [">=", "$free_ram_mb", 1024],
// ["=", "$hypervisor_type", "qemu"]]. Operators and argument rules follow
// Nova's JsonFilter: comparisons test the first argument against every
// other one; "$name" arguments read host state (hostAttribute) and are
// dropped when the host has no such value, as are null and "" literals.
import { parseDecimal } from '../extra_specs_ops.js';
import { hostAttribute, type HostAttributeValue } from '../host_attributes.js';
import type { HostState } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_JSON_QUERY = 'host does not satisfy the query hint';
export const REASON_JSON_INVALID = 'invalid query hint';

type Value = HostAttributeValue;

/** A query compiled once per request; evaluating it never throws. */
type Node =
  | { readonly kind: 'literal'; readonly value: Value }
  | { readonly kind: 'variable'; readonly path: string }
  | { readonly kind: 'command'; readonly run: Command; readonly args: readonly Node[] };

// Deeper queries are refused so a hostile hint cannot exhaust the stack.
const MAX_DEPTH = 32;

class InvalidQuery extends Error {}

function compileArg(arg: unknown, depth: number): Node | undefined {
  if (Array.isArray(arg)) return compileCommand(arg, depth + 1);
  if (arg === null || arg === '') return undefined;
  if (typeof arg === 'string') return arg.startsWith('$') ? { kind: 'variable', path: arg.slice(1) } : { kind: 'literal', value: arg };
  if (typeof arg === 'number' || typeof arg === 'boolean') return { kind: 'literal', value: arg };
  throw new InvalidQuery('objects are not query arguments');
}

function compileCommand(query: unknown[], depth: number): Node {
  if (depth > MAX_DEPTH) throw new InvalidQuery('query nested too deeply');
  // An empty command is true, as in Nova.
  if (query.length === 0) return { kind: 'literal', value: true };
  const [op, ...rest] = query;
  const run = typeof op === 'string' ? COMMANDS.get(op) : undefined;
  if (!run) throw new InvalidQuery(`unknown operator ${String(op)}`);
  const args: Node[] = [];
  for (const a of rest) {
    const n = compileArg(a, depth);
    if (n) args.push(n);
  }
  return { kind: 'command', run, args };
}

/** The query hint compiled, undefined for an empty one; throws InvalidQuery. */
function compileQuery(text: string): Node | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InvalidQuery('not JSON');
  }
  if (!Array.isArray(parsed)) throw new InvalidQuery('a query is a JSON array');
  return parsed.length === 0 ? undefined : compileCommand(parsed, 0);
}

/** Why a query hint cannot run, or undefined when it compiles (the conductor refuses bad hints up front). */
export function queryProblem(text: string): string | undefined {
  try {
    compileQuery(text);
    return undefined;
  } catch (err) {
    return err instanceof InvalidQuery ? err.message : String(err);
  }
}

/**
 * Two values made comparable, or undefined when they are not. Host
 * capabilities are strings, so a numeric string meets a number as a number
 * and "true"/"false" meets a boolean as one; Python would raise (or say
 * unequal) where this answers false.
 */
function comparable(a: Value, b: Value): [number, number] | [string, string] | undefined {
  const num = (v: Value, other: Value): number | undefined => {
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof other === 'boolean') {
      const t = v.toLowerCase();
      return t === 'true' ? 1 : t === 'false' ? 0 : undefined;
    }
    return parseDecimal(v);
  };
  if (typeof a === 'string' && typeof b === 'string') return [a, b];
  const x = num(a, b);
  const y = num(b, a);
  return x === undefined || y === undefined ? undefined : [x, y];
}

function compare(a: Value, b: Value, test: (c: number) => boolean): boolean {
  const pair = comparable(a, b);
  if (!pair) return false;
  const [x, y] = pair;
  return test(x < y ? -1 : x > y ? 1 : 0);
}

type Command = (args: Value[]) => boolean;

// Every argument after the first must pass; fewer than two arguments fail.
const against = (test: (c: number) => boolean): Command => (args) =>
  args.length >= 2 && args.slice(1).every((b) => compare(args[0], b, test));

const truthy = (v: Value): boolean => v !== false && v !== 0 && v !== '';

const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['=', against((c) => c === 0)],
  ['<', against((c) => c < 0)],
  ['>', against((c) => c > 0)],
  ['<=', against((c) => c <= 0)],
  ['>=', against((c) => c >= 0)],
  ['in', (args) => args.length >= 2 && args.slice(1).some((b) => compare(args[0], b, (c) => c === 0))],
  // Nova returns a list of negations that is truthy when any argument is
  // falsy at the top level but always truthy when nested; this keeps the
  // top-level meaning everywhere, which for one argument is plain "not".
  ['not', (args) => !args.every(truthy)],
  ['or', (args) => args.some(truthy)],
  ['and', (args) => args.every(truthy)],
]);

function evaluate(node: Node, host: HostState): Value | undefined {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'variable': {
      const v = hostAttribute(host, node.path);
      // Unreported host strings are empty (proto3 defaults): absent, like Nova's None.
      return v === '' ? undefined : v;
    }
    case 'command': {
      const args: Value[] = [];
      for (const a of node.args) {
        const v = evaluate(a, host);
        if (v !== undefined) args.push(v);
      }
      return node.run(args);
    }
  }
}

export const JsonFilter: HostFilter = {
  name: 'JsonFilter',
  // Free RAM, instance counts... change as earlier instances of the request are placed.
  runOncePerRequest: false,
  prepare(req) {
    const text = req.spec.scheduler_hints?.query.trim() ?? '';
    if (!text) return undefined;
    let query: Node | undefined;
    try {
      query = compileQuery(text);
    } catch (e) {
      if (e instanceof InvalidQuery) return () => REASON_JSON_INVALID;
      throw e;
    }
    if (!query) return undefined;
    const q = query;
    return (host) => {
      const result = evaluate(q, host);
      return result !== undefined && truthy(result) ? undefined : REASON_JSON_QUERY;
    };
  },
};
