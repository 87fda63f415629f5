// NATS authorization for a Kumo cloud: one user per control-plane service
// (conductor, scheduler, api) and one per compute process, whose
// permissions cover exactly its hosts. `kumo up` writes the nats-server
// configuration (an `authorization { users = [...] }` block, nats-server
// 2.9) and one creds file per user (JSON, 0600) into the data dir.
//
// What each compute user may do, and why (docs/ARCHITECTURE.md, "Transport
// security"):
//   publish   its hosts' report and digest subjects, and its hosts' own
//             conductor subjects (rpc.conductor.host.<h>: reschedules,
//             moves, snapshots, and the migration calls the conductor
//             relays to the other party; never rpc.conductor itself nor
//             any rpc.host.*); notifications; the state-log subjects it writes (server
//             records, instance actions and events: keyed by server, not
//             host); the few JetStream API subjects of the state stream it
//             uses, and the image bucket's; replies to requests it received
//             (allow_responses).
//   subscribe its hosts' RPC subjects, instance subjects (an instance's
//             host changes, its uuid does not), the resync broadcast, the
//             `kumo status` query, and its own inbox prefix
//             (pkg/security/nats_creds.ts).
// Services may do anything except publish as a host.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_STREAM, subjects } from '../actor/subjects.js';
import { imageStorePermissions } from '../image/object_store.js';
import { inboxPrefix, type NatsCreds } from './nats_creds.js';

/** Control-plane services, each with its own user. */
export const SERVICE_USERS = ['conductor', 'scheduler', 'api'] as const;
export type ServiceUser = (typeof SERVICE_USERS)[number];

export interface SubjectPermissions {
  publish: { allow: string[]; deny?: string[] };
  subscribe: { allow: string[]; deny?: string[] };
  /** Lets the user answer requests it received, whatever their reply subject. */
  allowResponses?: boolean;
}

export interface NatsUser extends NatsCreds {
  permissions: SubjectPermissions;
}

/** The user name of a compute process (`--name NAME`). */
export function computeUser(name: string): string {
  return `compute-${name}`;
}

/** Subjects only a host's own credential may publish on: its reports and beats, its digests, and its calls to the conductor (which takes the host from that subject). */
function hostOwned(host: string): string[] {
  return [subjects.hostEvent(host), subjects.hostBeat(host), subjects.hostDigest(host), subjects.conductorForHost(host)];
}

/** Every host's own subjects, as wildcards: no service publishes there. */
function allHostOwned(): string[] {
  return [subjects.allHostEvents(), subjects.allHostBeats(), subjects.allHostDigests(), subjects.allConductorForHosts()];
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** What a compute process serving `hosts` may publish and subscribe to. */
export function computePermissions(user: string, hosts: readonly string[]): SubjectPermissions {
  const js = (api: string): string => `$JS.API.${api}`;
  return {
    publish: {
      allow: unique([
        // Its reports, digests and conductor subjects; the conductor relays migration calls to the peer (hosts never address each other).
        ...hosts.flatMap(hostOwned),
        subjects.allNotifications(),
        // Keyed by server and action, not host: see docs/ARCHITECTURE.md on what this allows.
        subjects.allStatesOf('server'),
        subjects.allStatesOf('action'),
        subjects.allStatesOf('actionevent'),
        js('INFO'),
        js(`STREAM.INFO.${STATE_STREAM}`),
        js(`STREAM.CREATE.${STATE_STREAM}`),
        js(`STREAM.MSG.GET.${STATE_STREAM}`),
        js(`DIRECT.GET.${STATE_STREAM}.>`),
        // The image bucket: the QEMU driver reads base images and writes snapshots (pkg/image/object_store.ts).
        ...imageStorePermissions(),
        // The object store's get finds the bucket's stream by subject first (it lists stream names only).
        js('STREAM.NAMES'),
      ]),
    },
    subscribe: {
      // processStatus: answers `kumo status` (read-only facts about the process).
      allow: [...hosts.map((h) => subjects.host(h)), subjects.allInstances(), subjects.hostResync(), subjects.processStatus(), `${inboxPrefix(user)}.>`],
    },
    allowResponses: true,
  };
}

/** A control-plane service: everything but publishing as a host. */
export function servicePermissions(): SubjectPermissions {
  return { publish: { allow: ['>'], deny: allHostOwned() }, subscribe: { allow: ['>'] } };
}

function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

export interface CloudPrincipals {
  /** Compute processes: name (the user is compute-<name>) and the hosts it serves. */
  computes: Array<{ name: string; hosts: readonly string[] }>;
}

/** Users with fresh random passwords: the services, then one per compute process. */
export function cloudUsers(p: CloudPrincipals): NatsUser[] {
  const services = SERVICE_USERS.map((user) => ({ user, password: newPassword(), permissions: servicePermissions() }));
  const computes = p.computes.map((c) => {
    const user = computeUser(c.name);
    return { user, password: newPassword(), permissions: computePermissions(user, c.hosts) };
  });
  return [...services, ...computes];
}

/** A string in nats-server's configuration syntax (JSON string escaping is valid there). */
function q(s: string): string {
  return JSON.stringify(s);
}

function list(items: readonly string[]): string {
  return `[${items.map(q).join(', ')}]`;
}

function direction(d: { allow: string[]; deny?: string[] }): string {
  return `{ allow: ${list(d.allow)}${d.deny?.length ? `, deny: ${list(d.deny)}` : ''} }`;
}

/** The `authorization` block of a nats-server 2.9 configuration for these users. */
export function authorizationBlock(users: readonly NatsUser[]): string {
  const lines = users.map((u) => {
    const p = u.permissions;
    const perms = [`publish: ${direction(p.publish)}`, `subscribe: ${direction(p.subscribe)}`, ...(p.allowResponses ? ['allow_responses: true'] : [])];
    return `    { user: ${q(u.user)}, password: ${q(u.password)}, permissions: { ${perms.join(', ')} } }`;
  });
  return ['authorization {', '  users = [', ...lines, '  ]', '}', ''].join('\n');
}

export interface WrittenAuthz {
  /** nats-server configuration file (pass with -c). */
  configFile: string;
  /** Creds file of each user, by user name. */
  creds: Record<string, string>;
}

/**
 * Writes `nats-authz.conf` and `creds/<user>.json` into `dir` (0700,
 * files 0600), with new passwords each time: a restarted `kumo up` hands
 * every process fresh credentials.
 */
export function writeCloudAuthz(dir: string, p: CloudPrincipals): WrittenAuthz {
  const credsDir = join(dir, 'creds');
  mkdirSync(credsDir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const users = cloudUsers(p);
  const secret = (file: string, text: string): void => {
    writeFileSync(file, text, { mode: 0o600 });
    chmodSync(file, 0o600); // an existing file keeps its mode on write
  };
  const configFile = join(dir, 'nats-authz.conf');
  secret(configFile, `# Generated by kumo up: NATS users and permissions (pkg/security/nats_authz.ts).\n${authorizationBlock(users)}`);
  const creds: Record<string, string> = {};
  for (const u of users) {
    const file = join(credsDir, `${u.user}.json`);
    secret(file, `${JSON.stringify({ user: u.user, password: u.password })}\n`);
    creds[u.user] = file;
  }
  return { configFile, creds };
}
