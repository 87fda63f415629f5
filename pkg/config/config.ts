// One typed configuration for every Kumo process: defaults, then a JSON file
// (--config or KUMO_CONFIG), then environment (KUMO_*), then flags. It is
// validated at start; a bad value stops the process with a clear message.
import { DEFAULT_LIFECYCLE, type LifecycleOptions } from '../compute/lifecycle_config.js';
import { readFileSync } from 'node:fs';
import type { RunningDeletedInstanceAction } from '../compute/recovery.js';
import { FakeSettingsError, parseFakeSettings, readFakeSettings, type FakeSettingsMap } from '../compute/virt/fake/settings.js';
import { parseArgs } from 'node:util';
import { AUTH_MODES, DEFAULT_API_AUTH, type ApiAuthConfig, type AuthMode } from '../api/auth.js';
import type { ServerTlsOptions } from '../security/tls.js';
import { defaultSchedulerConfig } from '../scheduler/config.js';
import { DEFAULT_FILTERS } from '../scheduler/filters/registry.js';
import { DEFAULT_WEIGHERS } from '../scheduler/weighers/registry.js';
import { RESOURCES as QUOTA_RESOURCES } from '../quota/limits.js';

export interface KumoConfig {
  natsUrl: string;
  /** NATS credentials (pkg/security/nats_authz.ts): a user and password, or a creds file holding both. */
  natsUser: string;
  natsPassword: string;
  natsCreds: string;
  /** Signing of server and instance-action entries (pkg/security/state_signing.ts): the cloud secret (services) or a compute's host keys; '' for off. */
  stateKeyFile: string;
  hostKeysFile: string;
  dataDir: string;
  logLevel: string;
  serviceDownTimeMs: number;
  /** Replicas of the state-log stream when a process creates it (3 on a 3-server NATS cluster). */
  stateReplicas: number;
  api: { host: string; port: number; /** TLS (and mTLS with clientCa) for the gRPC API: PEM file paths, '' for off. */ tls: ServerTlsOptions; /** Glance's image_size_cap: the largest image upload, in bytes. */ imageSizeCapBytes: number; /** Largest request message gRPC accepts (pkg/api/validate.ts). */ maxMessageBytes: number; /** Longest deadline a call gets; a call with none or a longer one is capped to this (pkg/api/validate.ts). */ maxDeadlineMs: number } & ApiAuthConfig;
  /** Prometheus /metrics of this process: port null = off, 0 = a free port (reported as metrics_port in the ready line). */
  metrics: { host: string; port: number | null };
  conductor: {
    concurrency: number;
    /** How often the sweeper looks for servers stuck in a task (0: never). */
    sweepIntervalMs: number;
    /** Bound of a server in scheduling (no host yet). */
    schedulingTimeoutMs: number;
    /** Bounds by task name ("powering-off": ms) over compute.lifecycle's build / move / task bounds. */
    taskTimeoutsMs: Record<string, number>;
    /** Nova's [quota] defaults over the built-in ones, by resource (-1: unlimited); every conductor must agree. */
    quotaDefaults: Record<string, number>;
  };
  scheduler: {
    driver: 'filter' | 'chance';
    enabledFilters: string[];
    weighers: Record<string, number>;
    hostSubsetSize: number;
    shuffleBestSameWeighedHosts: boolean;
    maxAttempts: number;
    hostsToWeigh: number;
    maxInstancesPerHost: number;
    maxIoOpsPerHost: number;
    isolatedImages: string[];
    isolatedHosts: string[];
    restrictIsolatedHostsToIsolatedImages: boolean;
    metricsWeightSetting: Array<{ name: string; ratio: number }>;
    defaultAvailabilityZone: string;
  };
  compute: {
    name: string;
    hosts: number;
    availabilityZone: string;
    vcpus: number;
    memoryMb: number;
    localGb: number;
    cpuAllocationRatio: number;
    ramAllocationRatio: number;
    diskAllocationRatio: number;
    heartbeatMs: number;
    hostIp: string;
    spawnMs: number;
    powerMs: number;
    /** Nova-named lifecycle options (pkg/compute/lifecycle_config.ts). */
    lifecycle: LifecycleOptions;
    /** Fake hypervisor settings by host name ("default" for all): pkg/compute/virt/fake/settings.ts. */
    fakeSettings: FakeSettingsMap;
    /** Nova's running_deleted_instance_action: what a restart does with guests no record knows. */
    runningDeletedInstanceAction: RunningDeletedInstanceAction;
    /** Nova's resume_guests_state_on_host_boot. */
    resumeGuestsStateOnHostBoot: boolean;
    /** Nova's sync_power_state_interval (0: never). */
    syncPowerStateIntervalMs: number;
    /** How often each host publishes the digest of its instances (anti-entropy); 0: never. */
    antiEntropyIntervalMs: number;
    /** The virt driver of every host: fake (simulated) or qemu (real guests), pkg/compute/virt/registry.ts. */
    driver: 'fake' | 'qemu';
    /** QEMU: the instances root the hosts of this machine share ('' = <dataDir>/instances), Nova's instances_path. */
    instancesPath: string;
    /** QEMU: how long an ACPI shutdown may take before a hard stop (Nova's shutdown_timeout). */
    shutdownTimeoutMs: number;
  };
}

export function defaultConfig(): KumoConfig {
  return {
    natsUrl: 'nats://127.0.0.1:4222',
    natsUser: '',
    natsPassword: '',
    natsCreds: '',
    stateKeyFile: '',
    hostKeysFile: '',
    dataDir: './.kumo',
    logLevel: 'info',
    serviceDownTimeMs: 60_000,
    stateReplicas: 1,
    api: { host: '127.0.0.1', port: 8774, tls: { cert: '', key: '', clientCa: '' }, imageSizeCapBytes: 1024 ** 4, maxMessageBytes: 1024 * 1024 - 16 * 1024, maxDeadlineMs: 300_000, ...DEFAULT_API_AUTH },
    metrics: { host: '127.0.0.1', port: null },
    conductor: { concurrency: 64, sweepIntervalMs: 30_000, schedulingTimeoutMs: 300_000, taskTimeoutsMs: {}, quotaDefaults: {} },
    // The scheduler's own defaults; service_down_time is global (top level), not per service.
    scheduler: (({ serviceDownTimeMs: _topLevel, ...scheduler }) => ({
      ...scheduler,
      enabledFilters: [...DEFAULT_FILTERS],
      weighers: { ...DEFAULT_WEIGHERS },
      isolatedImages: [],
      isolatedHosts: [],
      metricsWeightSetting: [],
    }))(defaultSchedulerConfig()),
    compute: {
      name: 'compute',
      hosts: 1,
      availabilityZone: 'nova',
      vcpus: 16,
      memoryMb: 32768,
      localGb: 500,
      // Nova's initial allocation ratios.
      cpuAllocationRatio: 16,
      ramAllocationRatio: 1.5,
      diskAllocationRatio: 1,
      heartbeatMs: 10_000,
      hostIp: '10.0.0.1',
      spawnMs: 0,
      powerMs: 0,
      lifecycle: { ...DEFAULT_LIFECYCLE },
      fakeSettings: {},
      runningDeletedInstanceAction: 'reap',
      resumeGuestsStateOnHostBoot: false,
      syncPowerStateIntervalMs: 60_000,
      antiEntropyIntervalMs: 30_000,
      driver: 'fake',
      instancesPath: '',
      shutdownTimeoutMs: 60_000,
    },
  };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Flags every service understands, with the config path each one sets. */
const FLAGS = {
  config: { type: 'string' },
  'nats-url': { type: 'string' },
  'nats-user': { type: 'string' },
  'nats-password': { type: 'string' },
  'nats-creds': { type: 'string' },
  'state-key-file': { type: 'string' },
  'host-keys-file': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'tls-client-ca': { type: 'string' },
  'data-dir': { type: 'string' },
  'log-level': { type: 'string' },
  'service-down-time': { type: 'string' },
  'state-replicas': { type: 'string' },
  'service-down-time-ms': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  auth: { type: 'string' },
  'policy-file': { type: 'string' },
  'audit-log': { type: 'string' },
  'token-ttl': { type: 'string' },
  'token-key-file': { type: 'string' },
  concurrency: { type: 'string' },
  'enabled-filters': { type: 'string' },
  weighers: { type: 'string' },
  'host-subset-size': { type: 'string' },
  'hosts-to-weigh': { type: 'string' },
  'scheduler-driver': { type: 'string' },
  'shuffle-best-same-weighed-hosts': { type: 'string' },
  'max-attempts': { type: 'string' },
  'max-instances-per-host': { type: 'string' },
  'max-io-ops-per-host': { type: 'string' },
  'isolated-images': { type: 'string' },
  'isolated-hosts': { type: 'string' },
  'metrics-weight-setting': { type: 'string' },
  name: { type: 'string' },
  hosts: { type: 'string' },
  'availability-zone': { type: 'string' },
  'host-vcpus': { type: 'string' },
  'host-ram-mb': { type: 'string' },
  'host-disk-gb': { type: 'string' },
  'cpu-allocation-ratio': { type: 'string' },
  'ram-allocation-ratio': { type: 'string' },
  'disk-allocation-ratio': { type: 'string' },
  'heartbeat-ms': { type: 'string' },
  'host-ip': { type: 'string' },
  driver: { type: 'string' },
  'instances-path': { type: 'string' },
  'shutdown-timeout': { type: 'string' },
  'fake-spawn-ms': { type: 'string' },
  'fake-power-ms': { type: 'string' },
  'reclaim-instance-interval': { type: 'string' },
  'resize-confirm-window': { type: 'string' },
  'shelved-offload-time': { type: 'string' },
  'console-token-ttl': { type: 'string' },
  'novncproxy-base-url': { type: 'string' },
  'instance-build-timeout': { type: 'string' },
  'migration-timeout': { type: 'string' },
  'task-timeout': { type: 'string' },
  'fake-settings': { type: 'string' },
  'running-deleted-instance-action': { type: 'string' },
  'resume-guests-state-on-host-boot': { type: 'string' },
  'sync-power-state-interval': { type: 'string' },
  'anti-entropy-interval': { type: 'string' },
  'sweep-interval': { type: 'string' },
  'scheduling-timeout': { type: 'string' },
  'task-timeouts': { type: 'string' },
  'quota-defaults': { type: 'string' },
  'metrics-port': { type: 'string' },
  'metrics-host': { type: 'string' },
  'image-size-cap': { type: 'string' },
  'max-message-bytes': { type: 'string' },
  'max-deadline': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const CONFIG_HELP = `Options (also KUMO_<NAME> in the environment, e.g. KUMO_NATS_URL):
  --config FILE               JSON file with any of the settings below
  --nats-url URL              NATS server (default nats://127.0.0.1:4222)
  --nats-creds FILE           NATS user and password, as JSON {"user","password"} (kumo up writes them)
  --nats-user U --nats-password P   the same as flags (prefer --nats-creds or KUMO_NATS_PASSWORD: flags show in ps)
  --state-key-file FILE       conductor: the cloud secret that signs and checks server and instance-action log entries (kumo up writes it)
  --host-keys-file FILE       compute: its hosts' signing keys, derived from that secret (kumo up writes them)
  --tls-cert FILE --tls-key FILE    api: serve gRPC over TLS with this PEM certificate and key
  --tls-client-ca FILE        api: also require client certificates signed by this CA (mTLS)
  --data-dir DIR              where LMDB lives (default ./.kumo)
  --log-level LEVEL           trace|debug|info|warn|error (default info)
  --service-down-time SEC     a host silent this long is down (default 60)
  --state-replicas N          replicas of the KUMO_STATE stream when this process creates it (default 1; 3 on a NATS cluster)
  --service-down-time-ms N    the same in milliseconds (conductor and scheduler; wins over SEC)
  --host ADDR --port N        gRPC listen address (api; default 127.0.0.1:8774)
  --auth token|noauth         api: bearer tokens required (default), or noauth: identity from x-kumo-* metadata (development, tests)
  --policy-file FILE          api: YAML/JSON policy overrides, rule name -> check (see docs/ARCHITECTURE.md, Identity and policy)
  --audit-log FILE            api: audit lines to FILE (default: the process log, "audit":true)
  --token-ttl S               api: lifetime of issued tokens (default 3600)
  --token-key-file FILE       api: token signing key (default: generated once, kept in the state log)
  --image-size-cap BYTES      api: largest image upload (default 1099511627776, 1 TiB, as Glance)
  --max-message-bytes N       api: largest gRPC request message (default 1032192; NATS carries it on, 1 MiB at most)
  --max-deadline SEC          api: longest deadline a call gets; none or longer is capped to it (default 300)
  --metrics-port N            serve Prometheus metrics on http://HOST:N/metrics (0: a free port; default off)
  --metrics-host ADDR         address of the metrics endpoint (default 127.0.0.1; it has no authentication)
  --concurrency N             requests a conductor runs at once (default 64)
  --enabled-filters A,B       scheduler filters, in order
  --weighers NAME=MULT,...    scheduler weighers and multipliers
  --host-subset-size N        pick randomly among the best N hosts (default 1)
  --hosts-to-weigh N          with more hosts, filter from a rotating start until N pass, weigh those (default 1000; 0: all)
  --scheduler-driver D        filter (default) or chance
  --shuffle-best-same-weighed-hosts true|false
  --max-attempts N            build attempts per server: host + N-1 alternates (default 3)
  --max-instances-per-host N  NumInstancesFilter limit (default 50)
  --max-io-ops-per-host N     IoOpsFilter limit (default 8)
  --isolated-images A,B --isolated-hosts A,B   IsolatedHostsFilter
  --metrics-weight-setting name=ratio,...      MetricsFilter/MetricsWeigher
  --name NAME --hosts N       compute: host names NAME-1..NAME-N (default compute, 1)
  --availability-zone AZ      compute: zone of its hosts (default nova)
  --host-vcpus N --host-ram-mb N --host-disk-gb N   compute: size of each fake host
  --cpu-allocation-ratio R --ram-allocation-ratio R --disk-allocation-ratio R
  --heartbeat-ms N            compute: report interval (default 10000)
  --host-ip A.B.C.D           compute: IP of the first host, the next ones count up (default 10.0.0.1)
  --fake-spawn-ms N --fake-power-ms N   compute: simulated driver latency
  --driver fake|qemu          compute: simulated hosts (default) or real QEMU guests (TCG)
  --instances-path DIR        compute, qemu: instances root shared by this machine's hosts (default <data-dir>/instances)
  --shutdown-timeout S        compute, qemu: ACPI shutdown wait before a hard stop (default 60)
  --reclaim-instance-interval S   compute: > 0 makes delete a soft delete, reclaimed after S seconds (default 0)
  --resize-confirm-window S   compute: confirm resizes automatically after S seconds (default 0: never)
  --shelved-offload-time S    compute: offload shelved servers after S seconds; -1 never (default 0: at once)
  --console-token-ttl S       compute: how long a console URL works (default 600)
  --novncproxy-base-url URL   compute: base of console URLs (default http://127.0.0.1:6080)
  --instance-build-timeout S --migration-timeout S --task-timeout S
                              compute: bound of builds (600), moves (1800) and other tasks (600); 0 for none
  --fake-settings JSON|FILE   compute: fake hypervisor per host, e.g. '{"default":{"spawn_ms":50},"h-2":{"failure_rate":{"spawn":0.5},"seed":1,"vcpus":8,"capabilities":{"cpu_info:features":"avx2"}}}'
                              keys: spawn_ms power_ms migrate_ms snapshot_ms failure_rate seed vcpus memory_mb disk_gb capabilities hypervisor_type hypervisor_version host_rebooted
  --running-deleted-instance-action A   compute: a guest no record knows, at restart: reap (default), shutdown, log, noop
  --resume-guests-state-on-host-boot true|false   compute: power on guests that should run after a host reboot (default false)
  --sync-power-state-interval S   compute: power-state sync period (default 60; 0: never)
  --anti-entropy-interval S   compute: how often a host publishes the digest of its instances (default 30; 0: never)
  --sweep-interval S          conductor: how often stuck tasks are swept (default 30; 0: never)
  --scheduling-timeout S      conductor: bound of a server waiting for a host (default 300)
  --task-timeouts T=S,...     conductor: bound per task, e.g. powering-off=600,migrating=1800 (else the compute bounds above)
  --quota-defaults R=N,...    conductor: default quota per project over Nova's, e.g. instances=50,cores=-1 (-1: unlimited; same on every conductor)`;

type FlagName = keyof typeof FLAGS;

function num(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new ConfigError(`--${name} must be a number >= ${min}, got "${raw}"`);
  return n;
}

function int(name: string, raw: string, min: number): number {
  const n = num(name, raw, min);
  if (!Number.isInteger(n)) throw new ConfigError(`--${name} must be an integer, got "${raw}"`);
  return n;
}

function fail(message: string): never {
  throw new ConfigError(message);
}

function bool(name: string, raw: string): boolean {
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  return fail(`--${name} must be true or false, got "${raw}"`);
}

function list(raw: string): string[] {
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

function parseWeighers(raw: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of raw.split(',').filter(Boolean)) {
    const [name, mult = '1'] = part.split('=');
    out[name!.trim()] = num('weighers', mult, -1e9);
  }
  return out;
}

/** Config maps whose keys are names (weighers, hosts, tasks), not config keys: replaced whole by a config file. */
const FREE_FORM: ReadonlySet<string> = new Set(['weighers', 'fakeSettings', 'taskTimeoutsMs', 'quotaDefaults']);

function parseQuotaDefaults(raw: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of list(raw)) {
    const [resource, value] = part.split('=');
    const name = resource?.trim() ?? '';
    if (!name || value === undefined) fail(`--quota-defaults takes resource=limit pairs, got "${part}"`);
    if (!(QUOTA_RESOURCES as readonly string[]).includes(name)) fail(`--quota-defaults: unknown resource "${name}" (one of ${QUOTA_RESOURCES.join(', ')})`);
    out[name] = int('quota-defaults', value.trim(), -1);
  }
  return out;
}

function parseTaskTimeouts(raw: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of list(raw)) {
    const [task, secs] = part.split('=');
    if (!task || secs === undefined) fail(`--task-timeouts takes task=seconds pairs, got "${part}"`);
    out[task.trim().toLowerCase().replace(/_/g, '-')] = num('task-timeouts', secs, 0) * 1000;
  }
  return out;
}

function deepMerge<T>(base: T, over: unknown): T {
  if (typeof over !== 'object' || over === null || Array.isArray(over)) return (over ?? base) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    if (!(k in out)) throw new ConfigError(`unknown configuration key "${k}"`);
    const cur = out[k];
    out[k] = typeof cur === 'object' && cur !== null && !Array.isArray(cur) && !FREE_FORM.has(k) ? deepMerge(cur, v) : v;
  }
  return out as T;
}

const RUNNING_DELETED_ACTIONS: readonly RunningDeletedInstanceAction[] = ['reap', 'shutdown', 'log', 'noop'];

/** Fake settings, or one clear ConfigError line saying what is wrong with them. */
function fakeSettings(read: () => FakeSettingsMap): FakeSettingsMap {
  try {
    return read();
  } catch (err) {
    if (err instanceof FakeSettingsError) fail(`--fake-settings: ${err.message}`);
    throw err;
  }
}

export interface LoadedConfig {
  config: KumoConfig;
  help: boolean;
  positionals: string[];
}

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  const flags = parsed.values as Partial<Record<FlagName, string | boolean>>;
  let config = defaultConfig();
  const file = (flags.config as string | undefined) ?? env['KUMO_CONFIG'];
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ConfigError(`cannot read config file ${file}: ${(err as Error).message}`);
    }
    config = deepMerge(config, json);
  }
  // Environment first, flags over it.
  const value = (flag: FlagName): string | undefined => {
    const f = flags[flag];
    if (typeof f === 'string') return f;
    return env[`KUMO_${flag.toUpperCase().replace(/-/g, '_')}`];
  };
  const set: Array<[FlagName, (raw: string) => void]> = [
    ['nats-url', (v) => (config.natsUrl = v)],
    ['nats-user', (v) => (config.natsUser = v)],
    ['nats-password', (v) => (config.natsPassword = v)],
    ['nats-creds', (v) => (config.natsCreds = v)],
    ['state-key-file', (v) => (config.stateKeyFile = v)],
    ['host-keys-file', (v) => (config.hostKeysFile = v)],
    ['tls-cert', (v) => (config.api.tls.cert = v)],
    ['tls-key', (v) => (config.api.tls.key = v)],
    ['tls-client-ca', (v) => (config.api.tls.clientCa = v)],
    ['data-dir', (v) => (config.dataDir = v)],
    ['log-level', (v) => (config.logLevel = v)],
    ['service-down-time', (v) => (config.serviceDownTimeMs = num('service-down-time', v, 1) * 1000)],
    ['service-down-time-ms', (v) => (config.serviceDownTimeMs = int('service-down-time-ms', v, 1))],
    ['state-replicas', (v) => (config.stateReplicas = int('state-replicas', v, 1))],
    ['host', (v) => (config.api.host = v)],
    ['port', (v) => (config.api.port = int('port', v, 0))],
    ['auth', (v) => (config.api.auth = (AUTH_MODES as readonly string[]).includes(v) ? (v as AuthMode) : fail(`--auth must be ${AUTH_MODES.join(' or ')}, got "${v}"`))],
    ['policy-file', (v) => (config.api.policyFile = v)],
    ['audit-log', (v) => (config.api.auditLog = v)],
    ['token-ttl', (v) => (config.api.tokenTtlMs = num('token-ttl', v, 1) * 1000)],
    ['token-key-file', (v) => (config.api.tokenKeyFile = v)],
    ['image-size-cap', (v) => (config.api.imageSizeCapBytes = int('image-size-cap', v, 1))],
    ['max-message-bytes', (v) => (config.api.maxMessageBytes = int('max-message-bytes', v, 1024))],
    ['max-deadline', (v) => (config.api.maxDeadlineMs = num('max-deadline', v, 1) * 1000)],
    ['concurrency', (v) => (config.conductor.concurrency = int('concurrency', v, 1))],
    ['enabled-filters', (v) => (config.scheduler.enabledFilters = v.split(',').map((s) => s.trim()).filter(Boolean))],
    ['weighers', (v) => (config.scheduler.weighers = parseWeighers(v))],
    ['host-subset-size', (v) => (config.scheduler.hostSubsetSize = int('host-subset-size', v, 1))],
    ['hosts-to-weigh', (v) => (config.scheduler.hostsToWeigh = int('hosts-to-weigh', v, 0))],
    ['scheduler-driver', (v) => (config.scheduler.driver = v === 'chance' ? 'chance' : v === 'filter' ? 'filter' : fail(`--scheduler-driver must be filter or chance, got "${v}"`))],
    ['shuffle-best-same-weighed-hosts', (v) => (config.scheduler.shuffleBestSameWeighedHosts = bool('shuffle-best-same-weighed-hosts', v))],
    ['max-attempts', (v) => (config.scheduler.maxAttempts = int('max-attempts', v, 1))],
    ['max-instances-per-host', (v) => (config.scheduler.maxInstancesPerHost = int('max-instances-per-host', v, 1))],
    ['max-io-ops-per-host', (v) => (config.scheduler.maxIoOpsPerHost = int('max-io-ops-per-host', v, 1))],
    ['isolated-images', (v) => (config.scheduler.isolatedImages = list(v))],
    ['isolated-hosts', (v) => (config.scheduler.isolatedHosts = list(v))],
    ['metrics-weight-setting', (v) => (config.scheduler.metricsWeightSetting = Object.entries(parseWeighers(v)).map(([name, ratio]) => ({ name, ratio })))],
    ['name', (v) => (config.compute.name = v)],
    ['hosts', (v) => (config.compute.hosts = int('hosts', v, 1))],
    ['availability-zone', (v) => (config.compute.availabilityZone = v)],
    ['host-vcpus', (v) => (config.compute.vcpus = int('host-vcpus', v, 1))],
    ['host-ram-mb', (v) => (config.compute.memoryMb = int('host-ram-mb', v, 1))],
    ['host-disk-gb', (v) => (config.compute.localGb = int('host-disk-gb', v, 1))],
    ['cpu-allocation-ratio', (v) => (config.compute.cpuAllocationRatio = num('cpu-allocation-ratio', v, 0.01))],
    ['ram-allocation-ratio', (v) => (config.compute.ramAllocationRatio = num('ram-allocation-ratio', v, 0.01))],
    ['disk-allocation-ratio', (v) => (config.compute.diskAllocationRatio = num('disk-allocation-ratio', v, 0.01))],
    ['heartbeat-ms', (v) => (config.compute.heartbeatMs = int('heartbeat-ms', v, 10))],
    ['host-ip', (v) => (config.compute.hostIp = v)],
    ['fake-spawn-ms', (v) => (config.compute.spawnMs = int('fake-spawn-ms', v, 0))],
    ['fake-power-ms', (v) => (config.compute.powerMs = int('fake-power-ms', v, 0))],
    ['driver', (v) => (config.compute.driver = v === 'qemu' ? 'qemu' : v === 'fake' ? 'fake' : fail(`--driver must be fake or qemu, got "${v}"`))],
    ['instances-path', (v) => (config.compute.instancesPath = v)],
    ['shutdown-timeout', (v) => (config.compute.shutdownTimeoutMs = num('shutdown-timeout', v, 0) * 1000)],
    // Lifecycle options in seconds, as Nova's.
    ['reclaim-instance-interval', (v) => (config.compute.lifecycle.reclaimInstanceIntervalMs = num('reclaim-instance-interval', v, 0) * 1000)],
    ['resize-confirm-window', (v) => (config.compute.lifecycle.resizeConfirmWindowMs = num('resize-confirm-window', v, 0) * 1000)],
    ['shelved-offload-time', (v) => (config.compute.lifecycle.shelvedOffloadTimeMs = num('shelved-offload-time', v, -1) * 1000)],
    ['console-token-ttl', (v) => (config.compute.lifecycle.consoleTokenTtlMs = num('console-token-ttl', v, 0.001) * 1000)],
    ['novncproxy-base-url', (v) => (config.compute.lifecycle.consoleBaseUrl = v)],
    ['instance-build-timeout', (v) => (config.compute.lifecycle.instanceBuildTimeoutMs = num('instance-build-timeout', v, 0) * 1000)],
    ['migration-timeout', (v) => (config.compute.lifecycle.migrationTimeoutMs = num('migration-timeout', v, 0) * 1000)],
    ['task-timeout', (v) => (config.compute.lifecycle.taskTimeoutMs = num('task-timeout', v, 0) * 1000)],
    ['fake-settings', (v) => (config.compute.fakeSettings = fakeSettings(() => readFakeSettings(v)))],
    ['running-deleted-instance-action', (v) => (config.compute.runningDeletedInstanceAction = v as RunningDeletedInstanceAction)],
    ['resume-guests-state-on-host-boot', (v) => (config.compute.resumeGuestsStateOnHostBoot = bool('resume-guests-state-on-host-boot', v))],
    ['sync-power-state-interval', (v) => (config.compute.syncPowerStateIntervalMs = num('sync-power-state-interval', v, 0) * 1000)],
    ['anti-entropy-interval', (v) => (config.compute.antiEntropyIntervalMs = num('anti-entropy-interval', v, 0) * 1000)],
    ['sweep-interval', (v) => (config.conductor.sweepIntervalMs = num('sweep-interval', v, 0) * 1000)],
    ['scheduling-timeout', (v) => (config.conductor.schedulingTimeoutMs = num('scheduling-timeout', v, 0) * 1000)],
    ['task-timeouts', (v) => (config.conductor.taskTimeoutsMs = parseTaskTimeouts(v))],
    ['quota-defaults', (v) => (config.conductor.quotaDefaults = parseQuotaDefaults(v))],
    ['metrics-port', (v) => (config.metrics.port = v.trim() === '' ? null : int('metrics-port', v, 0))],
    ['metrics-host', (v) => (config.metrics.host = v)],
  ];
  for (const [flag, apply] of set) {
    const v = value(flag);
    if (v !== undefined) apply(v);
  }
  // Values a config file may have set too.
  config.compute.fakeSettings = fakeSettings(() => parseFakeSettings(config.compute.fakeSettings));
  const mp = config.metrics.port;
  if (mp !== null && !(Number.isInteger(mp) && mp >= 0 && mp <= 65535)) fail(`--metrics-port must be a port number from 0 to 65535, got "${mp}"`);
  if (!RUNNING_DELETED_ACTIONS.includes(config.compute.runningDeletedInstanceAction)) {
    fail(`--running-deleted-instance-action must be ${RUNNING_DELETED_ACTIONS.join(', ')}, got "${config.compute.runningDeletedInstanceAction}"`);
  }
  const tls = config.api.tls;
  if (Boolean(tls.cert) !== Boolean(tls.key) || (tls.clientCa && !tls.cert)) fail('--tls-cert and --tls-key go together, and --tls-client-ca needs both');
  if (Boolean(config.natsUser) !== Boolean(config.natsPassword)) fail('--nats-user and --nats-password go together');
  if (!(AUTH_MODES as readonly string[]).includes(config.api.auth)) fail(`--auth must be ${AUTH_MODES.join(' or ')}, got "${config.api.auth}"`);
  if (!/^[A-Za-z0-9_-]+$/.test(config.compute.name)) throw new ConfigError(`--name may contain only letters, digits, "_" and "-", got "${config.compute.name}"`);
  if (!['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'].includes(config.logLevel)) throw new ConfigError(`--log-level must be trace, debug, info, warn, error or silent`);
  return { config, help: Boolean(flags.help), positionals: parsed.positionals };
}

/** Host names a compute process runs: NAME when one host, else NAME-1..NAME-N. */
export function computeHostNames(c: KumoConfig['compute']): string[] {
  if (c.hosts === 1) return [c.name];
  return Array.from({ length: c.hosts }, (_, i) => `${c.name}-${i + 1}`);
}
