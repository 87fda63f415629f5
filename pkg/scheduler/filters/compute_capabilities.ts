// ComputeCapabilitiesFilter: the flavor's unscoped and `capabilities:`
// extra specs must match the host's state (free_ram_mb, hypervisor_type,
// reported capabilities such as cpu_info:arch...) by the extra_specs_ops
// rules. Other scopes (hw:, quota:, trait:, aggregate_instance_extra_specs:...)
// belong to other parts of the scheduler and are ignored.
import { matchExtraSpec } from '../extra_specs_ops.js';
import { hostAttribute } from '../host_attributes.js';
import type { HostState } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_CAPABILITIES = 'host capabilities do not match the flavor extra specs';

const SCOPE = 'capabilities:';

type Scalar = string | number | boolean;
type Json = Scalar | null | Json[] | { [key: string]: Json };

interface Requirement {
  /** The key without the `capabilities:` scope. */
  readonly name: string;
  readonly scoped: boolean;
  readonly requirement: string;
}

// The value as Nova's str() would print it, since extra specs were written against that.
function show(v: Json): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null) return 'None';
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * Nova walks `capabilities:a:b` through nested values, parsing JSON strings
 * on the way (libvirt's cpu_info is one), so `capabilities:cpu_info:arch`
 * finds "arch" inside a cpu_info JSON capability.
 */
function walk(host: HostState, path: string[]): Json | undefined {
  let cur: Json | undefined = hostAttribute(host, path[0]);
  for (const part of path.slice(1)) {
    if (typeof cur === 'string') {
      try {
        cur = JSON.parse(cur) as Json;
      } catch {
        return undefined;
      }
    }
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, part)) return undefined;
    cur = cur[part];
  }
  return cur === null ? undefined : cur;
}

/** The host's value for a `capabilities:` key: a reported key as is (it may contain ':'), else a walk. */
function scopedValue(host: HostState, name: string): Json | undefined {
  const direct = hostAttribute(host, name);
  if (direct !== undefined) return direct;
  const path = name.split(':');
  return path.length > 1 ? walk(host, path) : undefined;
}

export const ComputeCapabilitiesFilter: HostFilter = {
  name: 'ComputeCapabilitiesFilter',
  runOncePerRequest: true,
  prepare(req) {
    const wanted: Requirement[] = [];
    for (const [key, requirement] of Object.entries(req.flavor.extra_specs)) {
      if (key.startsWith(SCOPE)) wanted.push({ name: key.slice(SCOPE.length), scoped: true, requirement });
      else if (!key.includes(':')) wanted.push({ name: key, scoped: false, requirement });
    }
    if (wanted.length === 0) return undefined;
    return (host) => {
      for (const w of wanted) {
        const value = w.scoped ? scopedValue(host, w.name) : hostAttribute(host, w.name);
        // An unscoped key the host does not know is someone else's (e.g. meant
        // for AggregateInstanceExtraSpecsFilter), as in Nova; a scoped one must exist.
        if (value === undefined) {
          if (w.scoped) return REASON_CAPABILITIES;
          continue;
        }
        if (!matchExtraSpec(show(value), w.requirement)) return REASON_CAPABILITIES;
      }
      return undefined;
    };
  },
};
