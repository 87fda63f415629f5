// Regular expressions from users (ListServers' name filter) without the risk
// of catastrophic backtracking. V8's engine backtracks, and any two
// quantifiers that can match the same text multiply its work (a*a*b takes
// ~30 ms on 255 characters, a*a*a*b seconds), so a pattern may hold at most
// ONE quantifier (*, +, ?, {n,m}), no back-references and no lookarounds,
// and at most 255 characters. One quantifier over a name of at most 255
// characters costs well under a millisecond in the worst case.
export const PATTERN_MAX = 255;

/** The compiled pattern, or why it is refused (a sentence for a field violation). */
export function safeRegExp(pattern: string, max = PATTERN_MAX): RegExp | string {
  if (pattern.length > max) return `must be at most ${max} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-references are not allowed';
  if (/\(\?<?[=!]/.test(pattern)) return 'lookahead and lookbehind are not allowed';
  if (quantifiers(pattern) > 1) return 'may hold at most one quantifier (*, +, ? or {n,m}), so that matching stays fast';
  try {
    return new RegExp(pattern);
  } catch (err) {
    return `is not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
}

/** Quantifiers outside character classes and escapes; a lazy `?` after a quantifier and `(?:` are not counted. */
function quantifiers(p: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') n++;
    else if (c === '?') {
      const prev = p[i - 1];
      if (prev !== '(' && prev !== '*' && prev !== '+' && prev !== '?' && prev !== '}') n++;
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(p.slice(i))) {
      n++;
      i = p.indexOf('}', i);
    }
  }
  return n;
}
