// `kumo server create --hint key=value`: Nova's scheduler hints (osc's
// --hint), checked on the command line so a typo is a usage error rather
// than a hint the scheduler silently ignores.
import type { SchedulerHints } from '../gen/types.js';
import { parseProperty } from './args.js';
import { UsageError } from './errors.js';

/** Hints that take one value. */
const SINGLE = ['group', 'query', 'cidr', 'build_near_host_ip', 'target_host'] as const;
/** Hints that may be repeated, each adding a value. */
const REPEATABLE = ['same_host', 'different_host'] as const;

type SingleKey = (typeof SINGLE)[number];
type RepeatableKey = (typeof REPEATABLE)[number];

export const HINT_KEYS: readonly string[] = [...SINGLE, ...REPEATABLE];

/** Parsed --hint options; only the keys given are present. */
export type ParsedHints = Partial<Record<SingleKey, string> & Record<RepeatableKey, string[]>>;

function isSingle(key: string): key is SingleKey {
  return (SINGLE as readonly string[]).includes(key);
}

function isRepeatable(key: string): key is RepeatableKey {
  return (REPEATABLE as readonly string[]).includes(key);
}

/** Repeated "key=value" texts as scheduler hints. Throws UsageError. */
export function parseHints(texts: readonly string[]): ParsedHints {
  const hints: ParsedHints = {};
  for (const text of texts) {
    const [key, value] = parseProperty('--hint', text);
    if (!value) throw new UsageError(`--hint ${key}: needs a value ('${key}=<value>')`);
    if (isRepeatable(key)) {
      hints[key] = [...(hints[key] ?? []), value];
    } else if (isSingle(key)) {
      if (hints[key] !== undefined) throw new UsageError(`--hint ${key}: given more than once`);
      hints[key] = value;
    } else {
      throw new UsageError(`--hint: unknown hint '${key}' (choose from ${HINT_KEYS.join(', ')})`);
    }
  }
  if (Boolean(hints.cidr) !== Boolean(hints.build_near_host_ip)) {
    throw new UsageError('--hint: cidr and build_near_host_ip go together');
  }
  return hints;
}

/** The request's scheduler_hints; undefined when no hint was given. */
export function toSchedulerHints(hints: ParsedHints): SchedulerHints | undefined {
  return Object.keys(hints).length ? { ...hints } : undefined;
}
