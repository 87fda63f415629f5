// Per-writer signatures of state-log entries that compute credentials may
// publish (server records, instance actions and events: their subjects are
// keyed by server, not host, so NATS permissions cannot tell hosts apart).
//
// Keys: one cloud secret (a file, 0600) that services hold; every other key
// is derived from it with HMAC-SHA256:
//   host key    = HMAC(secret, "kumo-host:" + host)   (a compute process
//                 gets only its own hosts' keys: `--host-keys-file`)
//   service key = HMAC(secret, "kumo-service")        (`--state-key-file`)
// Each signed entry carries `Kumo-Signer` (`service` or `host:<name>`) and
// `Kumo-Mac`, an HMAC with the signer's key over the subject, the
// generation, the op and the SHA-256 of the body. A service-signed server
// record also carries `Kumo-Host-Macs`: the same MAC under the key of every
// host the record names (its host, its migration's ends), so that those
// hosts, which cannot hold the service key, can check it.
//
// Who may write what (authorizeServerEntry) is decided against the previous
// record of the server in the reader's view: docs/ARCHITECTURE.md,
// "Transport security".
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerRecord__Output } from '../gen/types.js';
import { defaultRegistry } from '../metrics/registry.js';

export const SIGN_HDR = {
  signer: 'Kumo-Signer',
  mac: 'Kumo-Mac',
  hostMacs: 'Kumo-Host-Macs',
} as const;

/** Entity kinds whose entries are signed and checked (the ones a compute credential may publish). */
export const SIGNED_KINDS: ReadonlySet<string> = new Set(['server', 'action', 'actionevent']);

export const SERVICE_SIGNER = 'service';
export function hostSigner(host: string): string {
  return `host:${host}`;
}

/** The host of a `host:<name>` signer, or undefined for the service. */
export function signerHost(signer: string): string | undefined {
  return signer.startsWith('host:') ? signer.slice(5) : undefined;
}

export class StateKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateKeyError';
  }
}

const rejected = defaultRegistry.counter({
  name: 'kumo_state_entries_rejected_total',
  help: 'Signed-kind state-log entries not applied by a conductor view, or not trusted by a reader of a server\'s newest entry, by kind (server, action, actionevent) and reason (unsigned, bad_signature, unauthorized).',
  labelNames: ['kind', 'reason'],
});

/** Counts an entry the reader refused (the metric above). */
export function countRejected(kind: string, reason: RejectReason): void {
  rejected.labels(kind, reason).inc();
}

export type RejectReason = 'unsigned' | 'bad_signature' | 'unauthorized';

function hmac(key: Buffer, text: string | Buffer): Buffer {
  return createHmac('sha256', key).update(text).digest();
}

export function deriveHostKey(secret: Buffer, host: string): Buffer {
  return hmac(secret, `kumo-host:${host}`);
}

export function deriveServiceKey(secret: Buffer): Buffer {
  return hmac(secret, 'kumo-service');
}

/** What a MAC covers: subject, generation, op and the body's SHA-256. */
function macInput(subject: string, generation: number, op: string, body: Uint8Array): string {
  return `${subject}\n${generation}\n${op}\n${createHash('sha256').update(body).digest('hex')}`;
}

function equalMac(expected: Buffer, given: string): boolean {
  const got = Buffer.from(given, 'base64');
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** The signature headers of one entry, as read from the log. */
export interface EntrySignature {
  signer?: string;
  mac?: string;
  hostMacs?: string;
}

/** An entry as the signing code sees it. */
export interface SignedEntry {
  subject: string;
  generation: number;
  op: string;
  body: Uint8Array;
}

/** The outcome of checking an entry's signature. */
export type Verdict = { ok: true; signer: string } | { ok: false; reason: RejectReason; signer?: string };

/**
 * A process's state keys: the cloud secret (services: signs as `service`,
 * checks every signer) or its own hosts' keys (compute: signs as one of
 * them, checks only what those keys allow).
 */
export class StateSigning {
  private readonly hostKeys = new Map<string, Buffer>();
  private readonly serviceKey?: Buffer;
  /** The host this instance signs as (compute); undefined: signs as the service. */
  readonly signsAs?: string;

  private constructor(
    private readonly secret: Buffer | undefined,
    own: ReadonlyMap<string, Buffer>,
    signsAs?: string,
  ) {
    if (secret) this.serviceKey = deriveServiceKey(secret);
    for (const [h, k] of own) this.hostKeys.set(h, k);
    this.signsAs = signsAs;
  }

  /** A service holding the cloud secret. */
  static service(secret: Buffer): StateSigning {
    if (secret.length < 16) throw new StateKeyError('the state key must be at least 16 bytes');
    return new StateSigning(secret, new Map());
  }

  /** A compute process holding its hosts' derived keys. */
  static hosts(keys: ReadonlyMap<string, Buffer>): StateSigning {
    if (keys.size === 0) throw new StateKeyError('a host keys file must hold at least one host');
    // Signs as its first host until forHost picks one (instance-action entries are checked for authenticity only).
    return new StateSigning(undefined, keys, keys.keys().next().value);
  }

  /** The same keys, signing as `host` (one of this process's hosts). */
  forHost(host: string): StateSigning {
    if (!this.secret && !this.hostKeys.has(host)) throw new StateKeyError(`no key for host ${host} in the host keys file`);
    return new StateSigning(this.secret, this.hostKeys, host);
  }

  /** Whether this process holds the cloud secret (checks every signer's MAC). */
  get isService(): boolean {
    return this.secret !== undefined;
  }

  /** This process's own hosts (compute). */
  get ownHosts(): ReadonlySet<string> {
    return new Set(this.hostKeys.keys());
  }

  private keyOf(signer: string): Buffer | undefined {
    if (signer === SERVICE_SIGNER) return this.serviceKey;
    const host = signerHost(signer);
    if (host === undefined || host === '') return undefined;
    let key = this.hostKeys.get(host);
    if (!key && this.secret) {
      key = deriveHostKey(this.secret, host);
      this.hostKeys.set(host, key); // derived once per host
    }
    return key;
  }

  /**
   * Signature headers for an entry. A service-signed server record also
   * gets a MAC for each host it names (`hostsNamed`).
   */
  sign(e: SignedEntry, hostsNamed: readonly string[] = []): Record<string, string> {
    const signer = this.signsAs !== undefined ? hostSigner(this.signsAs) : SERVICE_SIGNER;
    const key = this.keyOf(signer);
    if (!key) throw new StateKeyError(`no key to sign as ${signer}`);
    const input = macInput(e.subject, e.generation, e.op, e.body);
    const out: Record<string, string> = { [SIGN_HDR.signer]: signer, [SIGN_HDR.mac]: hmac(key, input).toString('base64') };
    if (signer === SERVICE_SIGNER && this.secret && hostsNamed.length) {
      out[SIGN_HDR.hostMacs] = [...new Set(hostsNamed.filter(Boolean))].map((h) => `${h}=${hmac(this.keyOf(hostSigner(h))!, input).toString('base64')}`).join(' ');
    }
    return out;
  }

  /**
   * Checks an entry's MAC with what this process holds. A service checks
   * every signer. A compute process checks its own hosts' MACs, and a
   * service entry through the MAC made for one of its hosts; another host's
   * MAC it cannot check, nor a service entry naming none of its hosts:
   * those come back `unauthorized` (see trustedByHost).
   */
  verify(e: SignedEntry, sig: EntrySignature): Verdict {
    const signer = sig.signer;
    if (!signer || !sig.mac) return { ok: false, reason: 'unsigned' };
    const input = macInput(e.subject, e.generation, e.op, e.body);
    const key = this.keyOf(signer);
    if (key) return equalMac(hmac(key, input), sig.mac) ? { ok: true, signer } : { ok: false, reason: 'bad_signature', signer };
    if (signer === SERVICE_SIGNER) {
      // Compute: a service entry is checked through the MAC made for one of our hosts; one naming none of them cannot be checked here.
      let checked = false;
      for (const part of (sig.hostMacs ?? '').split(' ')) {
        const eq = part.indexOf('=');
        const own = eq > 0 ? this.hostKeys.get(part.slice(0, eq)) : undefined;
        if (!own) continue;
        if (equalMac(hmac(own, input), part.slice(eq + 1))) return { ok: true, signer };
        checked = true;
      }
      return { ok: false, reason: checked ? 'bad_signature' : 'unauthorized', signer };
    }
    // Another host's MAC (compute): not checkable with our keys.
    return { ok: false, reason: 'unauthorized', signer };
  }

  /**
   * Whether a compute process may act on a server entry it read from the
   * log (recovery, a lost compare-and-set, a held copy's check): signed by
   * one of its hosts or by the service (checked), or by another host that
   * the entry and `peers` (the migration ends this host recorded itself)
   * name as the other end of a move with one of this process's hosts;
   * without `peers`, by another host only when the entry hands the server
   * to one of ours as that move's source. That host's MAC cannot be checked
   * here (symmetric keys); conductors check it.
   */
  trustedByHost(e: SignedEntry, sig: EntrySignature, record: ServerRecord__Output | undefined, peers?: readonly string[]): boolean {
    const v = this.verify(e, sig);
    if (v.ok) return true;
    const other = v.signer === undefined ? undefined : signerHost(v.signer);
    if (v.reason !== 'unauthorized' || !other) return false;
    const m = record?.migration;
    if (!m) return false;
    const own = this.hostKeys;
    // Without peers: only a hand-over to one of our hosts by the move's source.
    if (peers === undefined) return m.source_host === other && own.has(m.dest_host) && own.has(record?.server?.host ?? '');
    const withUs = (m.source_host === other && own.has(m.dest_host)) || (m.dest_host === other && own.has(m.source_host));
    return withUs && peers.includes(other);
  }
}

/** Hosts a server record names: its host and its migration's ends (who gets a MAC on a service-signed record). */
export function hostsNamedBy(record: ServerRecord__Output | undefined): string[] {
  if (!record) return [];
  const s = record.server;
  const m = record.migration;
  return [s?.host ?? '', m?.source_host ?? '', m?.dest_host ?? ''].filter(Boolean);
}

/** Tasks of a server no host holds that the conductor is placing: the host it hands the server to claims it by naming itself. */
const PLACING_TASKS: ReadonlySet<string> = new Set(['TASK_STATE_SCHEDULING', 'TASK_STATE_UNSHELVING', 'TASK_STATE_REBUILDING']);

/**
 * Whether `signer` (already checked) may write `next` over `prev`, the
 * server's current record in the reader's view (undefined: the view has
 * none; `tombstoned`: the server was deleted).
 *
 * - `service`: always (conductors write every kind of change);
 * - `host:H`: H owns the server (prev names H as its host), or H is an end
 *   of prev's migration (the destination takes over, a revert or a failed
 *   hand-over brings it back), or prev has no host and a placement in
 *   progress (scheduling, unshelving, evacuating) and next names H (the
 *   host the conductor handed it to claims it); a server the view does not
 *   know only when next names H (its host or a migration end). Never a
 *   deleted server.
 */
export function authorizeServerEntry(signer: string, prev: ServerRecord__Output | undefined, tombstoned: boolean, next: ServerRecord__Output): boolean {
  if (signer === SERVICE_SIGNER) return true;
  const host = signerHost(signer);
  if (!host) return false;
  if (tombstoned) return false;
  // A view rebuilt from the subject's kept entries may start mid-move: the entry names H as its host or a migration end.
  if (!prev) return next.server?.host === host || next.migration?.source_host === host || next.migration?.dest_host === host;
  const p = prev.server;
  if (p?.host === host) return true;
  const m = prev.migration;
  if (m && (m.source_host === host || m.dest_host === host)) return true;
  return !p?.host && PLACING_TASKS.has(p?.task_state ?? '') && next.server?.host === host;
}

/** The server id of an action or action-event entity id (`<server>_<request>...`). */
export function serverOfActionEntity(entityId: string): string {
  const i = entityId.indexOf('_');
  return i < 0 ? entityId : entityId.slice(0, i);
}

// ---- Key files -------------------------------------------------------------

/** The cloud secret from a `--state-key-file` (base64 or hex text, or raw bytes). */
export function readStateKeyFile(file: string): Buffer {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (err) {
    throw new StateKeyError(`cannot read the state key file ${file}: ${(err as Error).message}`);
  }
  const text = raw.toString('utf8').trim();
  const secret = /^[0-9a-f]+$/i.test(text) && text.length % 2 === 0 ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/_-]+=*$/.test(text) ? Buffer.from(text, 'base64') : raw;
  if (secret.length < 16) throw new StateKeyError(`the state key file ${file} must hold at least 16 bytes`);
  return secret;
}

/** A compute process's `--host-keys-file`: JSON {"hosts": {"<host>": "<base64 key>"}}. */
export function readHostKeysFile(file: string): Map<string, Buffer> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StateKeyError(`cannot read the host keys file ${file}: ${(err as Error).message}`);
  }
  const hosts = (parsed as { hosts?: unknown })?.hosts;
  if (typeof hosts !== 'object' || hosts === null) throw new StateKeyError(`the host keys file ${file} must be JSON {"hosts": {"<host>": "<base64 key>"}}`);
  const out = new Map<string, Buffer>();
  for (const [h, k] of Object.entries(hosts)) {
    if (typeof k !== 'string' || !k) throw new StateKeyError(`the host keys file ${file}: the key of ${h} must be a base64 string`);
    out.set(h, Buffer.from(k, 'base64'));
  }
  return out;
}

/** The text of a host keys file for `hosts`, derived from the cloud secret (written by `kumo up`). */
export function hostKeysFileText(secret: Buffer, hosts: readonly string[]): string {
  return `${JSON.stringify({ hosts: Object.fromEntries(hosts.map((h) => [h, deriveHostKey(secret, h).toString('base64')])) })}\n`;
}

/** The signing of a process from its configuration: the secret wins; undefined when neither file is set (no signing, no checks). */
export function stateSigningOf(c: { stateKeyFile: string; hostKeysFile: string }): StateSigning | undefined {
  if (c.stateKeyFile) return StateSigning.service(readStateKeyFile(c.stateKeyFile));
  if (c.hostKeysFile) return StateSigning.hosts(readHostKeysFile(c.hostKeysFile));
  return undefined;
}

export interface WrittenStateKeys {
  /** The cloud secret (services: --state-key-file). */
  stateKeyFile: string;
  /** Each compute user's host keys file (--host-keys-file), by user name. */
  hostKeysFiles: Record<string, string>;
}

/**
 * Writes (0600, in `dir`, 0700) the cloud secret `state.key` unless it
 * exists (entries already logged stay verifiable across restarts), and one
 * `host-keys/<user>.json` per compute process with its hosts' derived keys.
 */
export function writeStateKeys(dir: string, computes: ReadonlyArray<{ user: string; hosts: readonly string[] }>): WrittenStateKeys {
  const keysDir = join(dir, 'host-keys');
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const stateKeyFile = join(dir, 'state.key');
  if (!existsSync(stateKeyFile)) writeFileSync(stateKeyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  const secret = readStateKeyFile(stateKeyFile);
  const hostKeysFiles: Record<string, string> = {};
  for (const c of computes) {
    const file = join(keysDir, `${c.user}.json`);
    writeFileSync(file, hostKeysFileText(secret, c.hosts), { mode: 0o600 });
    chmodSync(file, 0o600); // an existing file keeps its mode on write
    hostKeysFiles[c.user] = file;
  }
  return { stateKeyFile, hostKeysFiles };
}
