// Settings of the fake hypervisor, per host: latency and failure rate of each
// operation, the host's size, capabilities and hypervisor identity. They come
// from the compute config (`--fake-settings` JSON or a JSON file path, or
// KUMO_FAKE_SETTINGS) as a map from host name to settings, with "default"
// applying to every host and a host's own entry over it:
//
//   {"default": {"spawn_ms": 50},
//    "host-2": {"spawn_ms": 200, "failure_rate": {"spawn": 0.5}, "seed": 7,
//               "vcpus": 8, "capabilities": {"cpu_info:features": "avx2"}}}
import { existsSync, readFileSync } from 'node:fs';

/**
 * Operations that can be made to fail. Groups: "power" stands for every
 * power operation (power_off … resume), "migrate" for every move operation.
 */
export const FAKE_OPS = [
  'spawn',
  'power_off',
  'power_on',
  'reboot',
  'pause',
  'unpause',
  'suspend',
  'resume',
  'rebuild',
  'rescue',
  'unrescue',
  'snapshot',
  'migrate_disk',
  'finish_migration',
  'live_migrate',
  'adopt_migrated',
] as const;
export type FakeOp = (typeof FAKE_OPS)[number];

export const FAKE_OP_GROUPS: Readonly<Record<string, readonly FakeOp[]>> = {
  power: ['power_off', 'power_on', 'reboot', 'pause', 'unpause', 'suspend', 'resume'],
  migrate: ['migrate_disk', 'finish_migration', 'live_migrate', 'adopt_migrated'],
};

/** One host's settings, resolved (every field set). */
export interface FakeHostSettings {
  /** Time to spawn (and rebuild) a guest. */
  spawn_ms: number;
  /** Time of a power operation (off, on, reboot, pause, suspend, their reverses, rescue). */
  power_ms: number;
  /** Time to copy a guest to another host (cold or live). */
  migrate_ms: number;
  /** Time to snapshot a guest's disk. */
  snapshot_ms: number;
  /** Probability (0..1) that an operation fails, by operation or group name. */
  failure_rate: Partial<Record<FakeOp, number>>;
  /** Seed of the failure RNG, so a run of failures is repeatable; random when absent. */
  seed?: number;
  /** Host size, overriding the compute config's --host-vcpus / --host-ram-mb / --host-disk-gb. */
  vcpus?: number;
  memory_mb?: number;
  disk_gb?: number;
  /** Merged into the host report's capabilities (ComputeCapabilitiesFilter). */
  capabilities: Record<string, string>;
  hypervisor_type: string;
  /** As Nova encodes it: major * 1,000,000 + minor * 1,000 + patch. */
  hypervisor_version: number;
  /** The host starts as after a reboot: every guest the hypervisor keeps is powered off. */
  host_rebooted: boolean;
}

/** Settings by host name; "default" applies to every host. */
export type FakeSettingsMap = Record<string, Partial<FakeHostSettings>>;

export class FakeSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FakeSettingsError';
  }
}

export function defaultFakeSettings(): FakeHostSettings {
  return {
    spawn_ms: 0,
    power_ms: 0,
    migrate_ms: 0,
    snapshot_ms: 0,
    failure_rate: {},
    capabilities: {},
    hypervisor_type: 'fake',
    hypervisor_version: 1000,
    host_rebooted: false,
  };
}

const MS_KEYS = ['spawn_ms', 'power_ms', 'migrate_ms', 'snapshot_ms'] as const;
const SIZE_KEYS = ['vcpus', 'memory_mb', 'disk_gb'] as const;
const KNOWN_KEYS = new Set<string>([...MS_KEYS, ...SIZE_KEYS, 'failure_rate', 'seed', 'capabilities', 'hypervisor_type', 'hypervisor_version', 'host_rebooted']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates one host's entry; `where` names it in errors. */
function parseEntry(where: string, raw: unknown): Partial<FakeHostSettings> {
  if (!isObject(raw)) throw new FakeSettingsError(`${where} must be an object`);
  const out: Partial<FakeHostSettings> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!KNOWN_KEYS.has(k)) throw new FakeSettingsError(`${where}: unknown key "${k}" (known: ${[...KNOWN_KEYS].join(', ')})`);
    const at = `${where}.${k}`;
    if ((MS_KEYS as readonly string[]).includes(k)) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new FakeSettingsError(`${at} must be a number of milliseconds >= 0`);
      out[k as (typeof MS_KEYS)[number]] = v;
    } else if ((SIZE_KEYS as readonly string[]).includes(k)) {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new FakeSettingsError(`${at} must be an integer >= 1`);
      out[k as (typeof SIZE_KEYS)[number]] = v;
    } else if (k === 'failure_rate') {
      if (!isObject(v)) throw new FakeSettingsError(`${at} must be an object of operation: rate`);
      const rates: Partial<Record<FakeOp, number>> = {};
      for (const [op, rate] of Object.entries(v)) {
        if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) throw new FakeSettingsError(`${at}.${op} must be a number from 0 to 1`);
        for (const o of expandOp(op, at)) rates[o] = rate;
      }
      out.failure_rate = rates;
    } else if (k === 'seed') {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new FakeSettingsError(`${at} must be an integer`);
      out.seed = v;
    } else if (k === 'capabilities') {
      if (!isObject(v) || Object.values(v).some((x) => typeof x !== 'string')) throw new FakeSettingsError(`${at} must be an object of string values`);
      out.capabilities = { ...(v as Record<string, string>) };
    } else if (k === 'hypervisor_type') {
      if (typeof v !== 'string' || !v) throw new FakeSettingsError(`${at} must be a non-empty string`);
      out.hypervisor_type = v;
    } else if (k === 'hypervisor_version') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new FakeSettingsError(`${at} must be an integer >= 0 (major * 1000000 + minor * 1000 + patch)`);
      out.hypervisor_version = v;
    } else if (k === 'host_rebooted') {
      if (typeof v !== 'boolean') throw new FakeSettingsError(`${at} must be true or false`);
      out.host_rebooted = v;
    }
  }
  return out;
}

/** An operation name or group ("power", "migrate") as the operations it stands for. */
export function expandOp(name: string, where = 'operation'): readonly FakeOp[] {
  if ((FAKE_OPS as readonly string[]).includes(name)) return [name as FakeOp];
  const group = FAKE_OP_GROUPS[name];
  if (group) return group;
  throw new FakeSettingsError(`${where}: unknown operation "${name}" (known: ${FAKE_OPS.join(', ')}, power, migrate)`);
}

/** Validates a whole settings map (already parsed JSON). */
export function parseFakeSettings(raw: unknown): FakeSettingsMap {
  if (!isObject(raw)) throw new FakeSettingsError('fake settings must be a JSON object of host name (or "default") to settings');
  const out: FakeSettingsMap = {};
  for (const [host, entry] of Object.entries(raw)) out[host] = parseEntry(host, entry);
  return out;
}

/**
 * Reads settings given as JSON text or as the path of a JSON file (the text
 * is taken as JSON when it starts with "{").
 */
export function readFakeSettings(text: string): FakeSettingsMap {
  const trimmed = text.trim();
  if (!trimmed) return {};
  let json: unknown;
  if (trimmed.startsWith('{')) {
    try {
      json = JSON.parse(trimmed);
    } catch (err) {
      throw new FakeSettingsError(`not valid JSON: ${(err as Error).message}`);
    }
  } else {
    if (!existsSync(trimmed)) throw new FakeSettingsError(`neither JSON nor an existing file: "${trimmed}"`);
    try {
      json = JSON.parse(readFileSync(trimmed, 'utf8'));
    } catch (err) {
      throw new FakeSettingsError(`cannot read ${trimmed}: ${(err as Error).message}`);
    }
  }
  return parseFakeSettings(json);
}

/** One host's settings: built-in defaults, then `base` (the process's flags), then "default", then the host's entry. */
export function fakeSettingsFor(map: FakeSettingsMap, host: string, base: Partial<FakeHostSettings> = {}): FakeHostSettings {
  const layers = [base, map['default'] ?? {}, map[host] ?? {}];
  const out = defaultFakeSettings();
  for (const l of layers) {
    const { failure_rate, capabilities, ...rest } = l;
    Object.assign(out, rest);
    if (failure_rate) out.failure_rate = { ...out.failure_rate, ...failure_rate };
    if (capabilities) out.capabilities = { ...out.capabilities, ...capabilities };
  }
  return out;
}
