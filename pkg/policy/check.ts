// The check language of policy rules, a subset of oslo.policy's:
//   role:NAME                 the caller has the role (implied roles count)
//   rule:NAME                 another rule holds
//   project_id:%(project_id)s the request's project_id field is empty or the caller's project
//   user_id:%(user_id)s       the request's user_id field is empty or the caller (Nova's keypair owner check)
//   @                         always;  !  never
//   A and B, A or B, not A, ( ... )
// Parsed once when the policy loads, so a bad rule fails the start.
export type Check =
  | { kind: 'always' }
  | { kind: 'never' }
  | { kind: 'role'; role: string }
  | { kind: 'rule'; rule: string }
  | { kind: 'project'; field: string }
  | { kind: 'user'; field: string }
  | { kind: 'not'; check: Check }
  | { kind: 'and'; checks: Check[] }
  | { kind: 'or'; checks: Check[] };

export class PolicySyntaxError extends Error {
  constructor(text: string, why: string) {
    super(`policy rule "${text}": ${why}`);
    this.name = 'PolicySyntaxError';
  }
}

/** Words, and parentheses as their own tokens, but `%(field)s` kept inside its word. */
function tokenize(text: string): string[] {
  return text.match(/[^\s()%]*%\(\w+\)s|[()]|[^\s()]+/g) ?? [];
}

/** Parses a check string; the empty string means always (as oslo.policy). */
export function parseCheck(text: string): Check {
  const tokens = tokenize(text);
  if (!tokens.length) return { kind: 'always' };
  let i = 0;
  const fail = (why: string): never => {
    throw new PolicySyntaxError(text, why);
  };
  const atom = (): Check => {
    const t = tokens[i++];
    if (t === undefined) return fail('unexpected end');
    if (t === '(') {
      const inner = or();
      if (tokens[i++] !== ')') fail('missing )');
      return inner;
    }
    if (t === 'not') return { kind: 'not', check: atom() };
    if (t === '@') return { kind: 'always' };
    if (t === '!') return { kind: 'never' };
    const colon = t.indexOf(':');
    if (colon < 1) return fail(`"${t}" is not a check (role:X, rule:X, project_id:%(project_id)s, user_id:%(user_id)s, @, !)`);
    const kind = t.slice(0, colon);
    const value = t.slice(colon + 1);
    if (!value) return fail(`"${t}" names nothing`);
    if (kind === 'role') return { kind: 'role', role: value };
    if (kind === 'rule') return { kind: 'rule', rule: value };
    if (kind === 'project_id' || kind === 'user_id') {
      const m = /^%\((\w+)\)s$/.exec(value);
      if (!m) return fail(`"${t}": ${kind} takes %(field)s`);
      return { kind: kind === 'project_id' ? 'project' : 'user', field: m[1]! };
    }
    return fail(`unknown check kind "${kind}"`);
  };
  const and = (): Check => {
    const checks = [atom()];
    while (tokens[i] === 'and') {
      i++;
      checks.push(atom());
    }
    return checks.length === 1 ? checks[0]! : { kind: 'and', checks };
  };
  const or = (): Check => {
    const checks = [and()];
    while (tokens[i] === 'or') {
      i++;
      checks.push(and());
    }
    return checks.length === 1 ? checks[0]! : { kind: 'or', checks };
  };
  const check = or();
  if (i < tokens.length) fail(`unexpected "${tokens[i]}"`);
  return check;
}

/** What a check is evaluated against. */
export interface CheckContext {
  roles: ReadonlySet<string>;
  projectId: string;
  /** The caller's user id ('' when unknown: a user_id check then holds only for an empty field). */
  userId: string;
  /** The request's fields a project_id or user_id check may read. */
  target: Readonly<Record<string, unknown>>;
  /** Evaluates a named rule (rule:NAME). */
  rule(name: string): boolean;
}

export function evaluate(check: Check, ctx: CheckContext): boolean {
  switch (check.kind) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'role':
      return ctx.roles.has(check.role);
    case 'rule':
      return ctx.rule(check.rule);
    case 'project': {
      const v = ctx.target[check.field];
      return v === undefined || v === '' || v === ctx.projectId;
    }
    case 'user': {
      const v = ctx.target[check.field];
      return v === undefined || v === '' || (ctx.userId !== '' && v === ctx.userId);
    }
    case 'not':
      return !evaluate(check.check, ctx);
    case 'and':
      return check.checks.every((c) => evaluate(c, ctx));
    case 'or':
      return check.checks.some((c) => evaluate(c, ctx));
  }
}

/** The rule names a check refers to (to reject a policy naming an unknown rule). */
export function referencedRules(check: Check): string[] {
  switch (check.kind) {
    case 'rule':
      return [check.rule];
    case 'not':
      return referencedRules(check.check);
    case 'and':
    case 'or':
      return check.checks.flatMap(referencedRules);
    default:
      return [];
  }
}
