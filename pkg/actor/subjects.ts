// Every NATS subject Kumo uses is built here, and only here, so that the
// address space is visible in one place and every token is validated.

const PREFIX = 'kumo.v1';

/** A token may not be empty or contain '.', '*', '>' or whitespace. */
const VALID_TOKEN = /^[^.*>\s]+$/;

export class InvalidSubjectTokenError extends Error {
  constructor(readonly token: string) {
    super(`invalid subject token ${JSON.stringify(token)}: must be non-empty without '.', '*', '>' or whitespace`);
    this.name = 'InvalidSubjectTokenError';
  }
}

export function token(value: string): string {
  if (!VALID_TOKEN.test(value)) throw new InvalidSubjectTokenError(value);
  return value;
}

/** Encodes free text (keypair names, flavor names) as a subject-safe token. */
export function encodeToken(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url') || '_';
}

/** `quota`: a quota ledger (pkg/quota), id the base64url of `p/<project>` or `u/<user>`, compare-and-set on the subject's last sequence. */
export type EntityKind = 'server' | 'flavor' | 'image' | 'keypair' | 'aggregate' | 'servergroup' | 'service' | 'quota' | ConsistencyEntityKind | ActionEntityKind | NetworkEntityKind | IdentityEntityKind;

/**
 * Identity (pkg/identity): a project (`project`, id its name base64url), a
 * user (`user`, its name base64url), a user's roles on a project
 * (`roleassign`, `<user id>_<project id>`) and the token signing key
 * (`signingkey`), and token revocation events (`revocation`, `t_<token id>`,
 * `u_<user id>` or `u_<user id>_<project id>`). Written and read by kumo-api
 * only (never folded into a conductor's view, so not in ENTITY_KINDS); names
 * are unique because a create is a compare-and-set on the subject being
 * empty (or holding the deleted entity's tombstone).
 */
export type IdentityEntityKind = 'project' | 'user' | 'roleassign' | 'signingkey' | 'revocation';

/**
 * Uniqueness and idempotency (docs/ARCHITECTURE.md): a claimed catalog name
 * (`name`, id the base64url of `<scope>/<name>`) and a request id's result
 * (`reqid`, id the base64url of `<project>/<request id>`), both written with
 * a compare-and-set on the subject's last sequence.
 */
export type ConsistencyEntityKind = 'name' | 'reqid';

/**
 * Networking (pkg/network): a network with its subnets (`network`, id the
 * network's uuid), a port (`port`, its uuid), one claimed address
 * (`ipalloc`, `<subnet>_<address as hex>`) and one claimed MAC (`mac`, 12
 * hex digits), a floating IP (`floatingip`, its uuid), the fixed IP it
 * serves (`fipassoc`, `<port>_<address as hex>`), a security group
 * with its rules (`secgroup`, its uuid) and one slot of a project's
 * networking quota (`quotaslot`, `<resource>_<project>_<n>`). Claims are
 * compare-and-set on the subject's last sequence.
 */
export type NetworkEntityKind = 'network' | 'port' | 'ipalloc' | 'mac' | 'floatingip' | 'fipassoc' | 'secgroup' | 'quotaslot';

/**
 * Instance actions (`action`, id `<server>_<request>`) and their events
 * (`actionevent`, id `<server>_<request>_<event>_<unique>`): each its own
 * state-log entity, so the conductor, the source and the destination host
 * can each write their own records of one action without a shared writer.
 */
export type ActionEntityKind = 'action' | 'actionevent';

const ENTITY_KINDS: ReadonlySet<string> = new Set<EntityKind>(['server', 'flavor', 'image', 'keypair', 'aggregate', 'servergroup', 'service', 'quota', 'name', 'reqid', 'action', 'actionevent', 'network', 'port', 'ipalloc', 'mac', 'floatingip', 'fipassoc', 'secgroup', 'quotaslot']);

/** A request id as one token: kept when it is plain (`req-<uuid>`), else base64url-encoded (it may come from a client's x-request-id). */
function requestToken(requestId: string): string {
  return /^[A-Za-z0-9-]+$/.test(requestId) ? requestId : `b64${encodeToken(requestId)}`;
}

/** State-log id of one instance action: `<server>_<request id>`. */
export function actionEntityId(serverId: string, requestId: string): string {
  return token(`${serverId}_${requestToken(requestId)}`);
}

/** State-log id of one event of an action: `<server>_<request id>_<event>_<unique>`, unique per occurrence (an event may repeat, e.g. on a reschedule). */
export function actionEventEntityId(serverId: string, requestId: string, event: string, unique: string): string {
  return token(`${actionEntityId(serverId, requestId)}_${/^[A-Za-z0-9_-]+$/.test(event) ? event : `b64${encodeToken(event)}`}_${unique}`);
}

export const subjects = {
  conductor: (): string => `${PREFIX}.rpc.conductor`,
  /**
   * The conductor as one compute host calls it (HostConductorProtocol,
   * pkg/conductor/host_protocol.ts): the conductor takes the calling host
   * from this subject, which only that host's NATS credential may publish on.
   */
  conductorForHost: (host: string): string => `${PREFIX}.rpc.conductor.host.${token(host)}`,
  /** Every host's conductor subject: the conductors' queue-group subscription. */
  allConductorForHosts: (): string => `${PREFIX}.rpc.conductor.host.*`,
  scheduler: (): string => `${PREFIX}.rpc.scheduler`,
  /** The stored answer of one request id (pkg/idempotency/request_stream.ts: its own stream, not the state log). */
  requestResult: (id: string): string => `${PREFIX}.reqid.${token(id)}`,
  allRequestResults: (): string => `${PREFIX}.reqid.>`,
  host: (host: string): string => `${PREFIX}.rpc.host.${token(host)}`,
  instance: (id: string): string => `${PREFIX}.rpc.inst.${token(id)}`,
  hostEvent: (host: string): string => `${PREFIX}.evt.host.${token(host)}`,
  allHostEvents: (): string => `${PREFIX}.evt.host.*`,
  /** A host's heartbeat between full reports: a HostReport with only host, generation, boot_id and report_time_ms. */
  hostBeat: (host: string): string => `${PREFIX}.evt.beat.${token(host)}`,
  allHostBeats: (): string => `${PREFIX}.evt.beat.*`,
  /** One conductor's view queries (ViewProtocol), by the conductor's id. */
  conductorView: (id: string): string => `${PREFIX}.rpc.view.${token(id)}`,
  /** Every conductor answers (no queue group): gather with requestMany. */
  allConductorViews: (): string => `${PREFIX}.rpc.views`,
  /** A host's periodic digest of the instances it runs (anti-entropy). */
  hostDigest: (host: string): string => `${PREFIX}.evt.digest.${token(host)}`,
  allHostDigests: (): string => `${PREFIX}.evt.digest.*`,
  /** Wildcards for NATS permissions (pkg/security/nats_authz.ts): every host's and every instance's RPC subject, every notification. */
  allHosts: (): string => `${PREFIX}.rpc.host.*`,
  allInstances: (): string => `${PREFIX}.rpc.inst.*`,
  allNotifications: (): string => `${PREFIX}.notify.>`,
  /** Asks every host to publish its report now (a new scheduler or conductor starting). */
  hostResync: (): string => `${PREFIX}.evt.resync`,
  /** Every Kumo process answers status queries here (no queue group: gather with requestMany). */
  processStatus: (): string => `${PREFIX}.rpc.status`,
  state: (kind: EntityKind, id: string): string => `${PREFIX}.state.${kind}.${token(id)}`,
  allState: (): string => `${PREFIX}.state.>`,
  allServerStates: (): string => `${PREFIX}.state.server.*`,
  /** Every state subject of one kind, e.g. all aggregates. */
  allStatesOf: (kind: EntityKind): string => `${PREFIX}.state.${kind}.*`,
  notify: (event: string): string => `${PREFIX}.notify.${event.split('.').map(token).join('.')}`,
} as const;

/** Name of the JetStream stream holding the state log. */
export const STATE_STREAM = 'KUMO_STATE';

/** Parses a state subject back into its kind and id. */
export function parseStateSubject(subject: string): { kind: EntityKind; id: string } | undefined {
  const parts = subject.split('.');
  if (parts.length !== 5 || parts[0] !== 'kumo' || parts[1] !== 'v1' || parts[2] !== 'state') return undefined;
  const kind = parts[3]!;
  if (!ENTITY_KINDS.has(kind)) return undefined;
  return { kind: kind as EntityKind, id: parts[4]! };
}
