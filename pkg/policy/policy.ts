// The policy: the defaults (defaults.ts) with a file's overrides, parsed
// and checked once at start, then evaluated for every call at the API edge.
// A file is YAML or JSON mapping rule names to check strings, as Nova's
// policy.yaml: `"compute:servers:create": "rule:admin"`.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { effectiveRoles } from '../identity/roles.js';
import { evaluate, parseCheck, referencedRules, type Check } from './check.js';
import { BASE_RULES, OPTION_RULES, RPC_RULES, RULE_BY_RPC } from './defaults.js';
import { PolicyDeniedError } from './errors.js';

export class PolicyFileError extends Error {
  constructor(file: string, why: string) {
    super(`policy file ${file}: ${why}`);
    this.name = 'PolicyFileError';
  }
}

/** Who is asking, as a policy sees it. */
export interface PolicySubject {
  projectId: string;
  userId?: string;
  roles?: readonly string[];
}

/** An RPC with no rule is admin-only: a new RPC is never open by accident. */
const UNKNOWN_RPC = 'rule:admin';

export class Policy {
  private readonly checks = new Map<string, Check>();

  constructor(overrides: Readonly<Record<string, string>> = {}) {
    const texts: Record<string, string> = { ...BASE_RULES, ...OPTION_RULES };
    for (const r of RPC_RULES) texts[r.name] = r.check;
    for (const [name, text] of Object.entries(overrides)) texts[name] = text;
    for (const [name, text] of Object.entries(texts)) this.checks.set(name, parseCheck(text));
    for (const [name, check] of this.checks) {
      for (const ref of referencedRules(check)) if (!this.checks.has(ref)) throw new Error(`policy rule ${name} refers to unknown rule ${ref}`);
    }
  }

  /** A policy from a YAML or JSON file of overrides (undefined or '': the defaults). */
  static load(file: string | undefined): Policy {
    if (!file) return new Policy();
    let parsed: unknown;
    try {
      parsed = parseYaml(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new PolicyFileError(file, (err as Error).message);
    }
    if (parsed === null || parsed === undefined) return new Policy();
    if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new PolicyFileError(file, 'must map rule names to check strings');
    const overrides: Record<string, string> = {};
    for (const [name, text] of Object.entries(parsed)) {
      if (typeof text !== 'string') throw new PolicyFileError(file, `rule ${name} must be a check string`);
      overrides[name] = text;
    }
    try {
      return new Policy(overrides);
    } catch (err) {
      throw new PolicyFileError(file, (err as Error).message);
    }
  }

  /** The rule name of an RPC ("ServerService.CreateServer" -> compute:servers:create). */
  ruleOf(rpc: string): string {
    return RULE_BY_RPC.get(rpc)?.name ?? `rpc:${rpc}`;
  }

  /** Whether a named rule holds for the subject (and the request's fields, for project_id checks). */
  allowed(rule: string, subject: PolicySubject, target: Readonly<Record<string, unknown>> = {}): boolean {
    const roles = new Set(effectiveRoles(subject.roles ?? []));
    const seen = new Set<string>();
    const named = (name: string): boolean => {
      // A rule referring back to itself (through an override) holds nothing.
      if (seen.has(name)) return false;
      seen.add(name);
      const check = this.checks.get(name) ?? parseCheck(UNKNOWN_RPC);
      const ok = evaluate(check, { roles, projectId: subject.projectId, userId: subject.userId ?? '', target, rule: named });
      seen.delete(name);
      return ok;
    };
    return named(rule);
  }

  /** Throws PolicyDeniedError unless the rule holds. */
  enforce(rule: string, subject: PolicySubject, target: Readonly<Record<string, unknown>> = {}): void {
    if (this.allowed(rule, subject, target)) return;
    throw new PolicyDeniedError(rule, this.allowed(rule, { ...subject, roles: [...(subject.roles ?? []), 'admin'] }, target));
  }

  /** Enforces an RPC's rule. */
  enforceRpc(rpc: string, subject: PolicySubject, target: Readonly<Record<string, unknown>> = {}): void {
    this.enforce(this.ruleOf(rpc), subject, target);
  }
}
