// Nova's extra_specs_ops: how a flavor extra spec (or aggregate metadata
// requirement) is matched against a host's value. The requirement's first
// word may be an operator; without one the whole requirement must equal the
// value. Used by ComputeCapabilitiesFilter and AggregateInstanceExtraSpecsFilter.

// Python's float() accepts decimal and exponent forms only; JS Number() would
// also take '', ' ', '0x10' and '0b1', which must not match here.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The value as a number, or undefined when it is not a plain decimal. */
export function parseDecimal(s: string): number | undefined {
  const t = s.trim();
  return DECIMAL.test(t) ? Number(t) : undefined;
}

function numeric(value: string, arg: string, cmp: (a: number, b: number) => boolean): boolean {
  const a = parseDecimal(value);
  const b = parseDecimal(arg);
  return a !== undefined && b !== undefined && cmp(a, b);
}

/**
 * The items of a list-like value: "[a, b]", "['a', 'b']" (a Python repr, as
 * Nova stringifies lists), '["a","b"]' or "a b".
 */
function listItems(value: string): Set<string> {
  let v = value.trim();
  if (v.startsWith('[') && v.endsWith(']')) v = v.slice(1, -1);
  const out = new Set<string>();
  for (const part of v.split(/[\s,]+/)) {
    const item = part.replace(/^['"]|['"]$/g, '');
    if (item) out.add(item);
  }
  return out;
}

type Op = (value: string, arg: string) => boolean;

const OPS: ReadonlyMap<string, Op> = new Map<string, Op>([
  // '=' is "at least", so a flavor asking for "= 4" takes any host with 4 or more.
  ['=', (v, a) => numeric(v, a, (x, y) => x >= y)],
  ['==', (v, a) => numeric(v, a, (x, y) => x === y)],
  ['!=', (v, a) => numeric(v, a, (x, y) => x !== y)],
  ['>=', (v, a) => numeric(v, a, (x, y) => x >= y)],
  ['<=', (v, a) => numeric(v, a, (x, y) => x <= y)],
  ['s==', (v, a) => v === a],
  ['s!=', (v, a) => v !== a],
  ['s<', (v, a) => v < a],
  ['s<=', (v, a) => v <= a],
  ['s>', (v, a) => v > a],
  ['s>=', (v, a) => v >= a],
  ['<in>', (v, a) => v.includes(a)],
]);

/** Whether a host's `value` satisfies an extra spec `requirement` (Nova's extra_specs_ops.match). */
export function matchExtraSpec(value: string | undefined, requirement: string): boolean {
  const words = requirement.split(/\s+/).filter((w) => w !== '');
  const op = words.shift();
  const method = op === undefined ? undefined : OPS.get(op);
  if (op !== '<or>' && op !== '<all-in>' && !method) return value === requirement;
  if (value === undefined) return false;

  if (op === '<or>') {
    // "<or> a <or> b": the options sit at even positions; Nova does not check
    // that the words between them really are "<or>", so neither do we.
    for (let i = 0; i < words.length; i += 2) {
      if (words[i] === value) return true;
    }
    return false;
  }
  if (words.length === 0) return false;
  if (op === '<all-in>') {
    const items = listItems(value);
    return words.every((w) => items.has(w));
  }
  // Like Nova, only the first word after the operator counts.
  return method !== undefined && method(value, words[0]);
}
