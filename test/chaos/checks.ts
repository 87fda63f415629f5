// The chaos suite's invariants, checked after each fault once the cloud
// settles: every accepted create ends ACTIVE or ERROR with a fault (SHUTOFF
// if a stop was accepted last), nothing acknowledged is lost, no server is
// on two hosts or twice in the cloud, each host's usage equals its servers,
// and every conductor's view is the same.
import { join } from 'node:path';
import type { ActorSystem } from '../../pkg/actor/runtime.js';
import { subjects } from '../../pkg/actor/subjects.js';
import type { KumoClient } from '../../pkg/client/client.js';
import { KumoApiError } from '../../pkg/client/errors.js';
import { HostProtocol } from '../../pkg/compute/protocol.js';
import type { Server__Output } from '../../pkg/gen/types.js';
import { Store } from '../../pkg/store/store.js';
import { describeDifference, waitViewsConverged } from '../support/views.js';
import type { Acknowledged } from './workload.js';

const SETTLED = new Set(['SERVER_STATUS_ACTIVE', 'SERVER_STATUS_SHUTOFF', 'SERVER_STATUS_ERROR']);

export interface CheckContext {
  client: KumoClient;
  observer: ActorSystem;
  ack: Acknowledged;
  conductors: number;
  /** Compute processes: their data directory and the hosts each runs. */
  computes: Array<{ dir: string; hosts: string[] }>;
  settleMs: number;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

async function listAll(client: KumoClient): Promise<Server__Output[]> {
  const out: Server__Output[] = [];
  for await (const s of client.servers.list({})) out.push(s);
  return out;
}

async function until<T>(ms: number, probe: () => Promise<{ ok: boolean; value: T }>): Promise<{ ok: boolean; value: T }> {
  const end = Date.now() + ms;
  for (;;) {
    let r: { ok: boolean; value: T } | undefined;
    try {
      r = await probe();
    } catch (err) {
      if (Date.now() > end) throw err;
    }
    if (r?.ok || (r && Date.now() > end)) return r;
    await new Promise((res) => setTimeout(res, 300));
  }
}

const brief = (s: Server__Output): string => `${s.name} ${s.status}/${s.task_state.replace('TASK_STATE_', '')} on ${s.host || '-'}`;

export async function runChecks(ctx: CheckContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const add = (name: string, ok: boolean, detail: string): void => void results.push({ name, ok, detail });

  // 1. Everything settles within the bound.
  const settled = await until(ctx.settleMs, async () => {
    const list = await listAll(ctx.client);
    return { ok: list.every((s) => SETTLED.has(s.status) && s.task_state === 'TASK_STATE_UNSPECIFIED'), value: list };
  });
  const servers = settled.value;
  const stuck = servers.filter((s) => !SETTLED.has(s.status) || s.task_state !== 'TASK_STATE_UNSPECIFIED');
  add('every server settles (ACTIVE, SHUTOFF or ERROR, no task)', settled.ok, settled.ok ? `${servers.length} servers` : stuck.slice(0, 8).map(brief).join('; '));
  const noFault = servers.filter((s) => s.status === 'SERVER_STATUS_ERROR' && !s.fault?.message);
  add('every ERROR has a fault', noFault.length === 0, `${servers.filter((s) => s.status === 'SERVER_STATUS_ERROR').length} in ERROR${noFault.length ? `; without fault: ${noFault.map(brief).join('; ')}` : ''}`);

  // 2. Nothing acknowledged is lost.
  const byId = new Map(servers.map((s) => [s.id, s]));
  const lost: string[] = [];
  for (const [id, name] of ctx.ack.created) {
    if (ctx.ack.deleted.has(id) || ctx.ack.uncertain.has(id)) continue;
    const s = byId.get(id);
    if (!s) {
      lost.push(`${name} (created) is gone`);
      continue;
    }
    const last = ctx.ack.lastAction.get(id);
    if (s.status === 'SERVER_STATUS_ERROR') continue;
    const want = last === 'stop' ? 'SERVER_STATUS_SHUTOFF' : last === 'start' || last === 'reboot' ? 'SERVER_STATUS_ACTIVE' : 'SERVER_STATUS_ACTIVE';
    if (s.status !== want) lost.push(`${name}: last acknowledged ${last ?? 'create'} but ${s.status}`);
  }
  const notDeleted: string[] = [];
  for (const id of ctx.ack.deleted) {
    if (!byId.has(id)) continue;
    try {
      await ctx.client.servers.get(id);
      notDeleted.push(`${ctx.ack.created.get(id)} (deleted) still exists`);
    } catch (err) {
      if (!(err instanceof KumoApiError && err.codeName === 'NOT_FOUND')) throw err;
    }
  }
  add('no acknowledged create, action or delete is lost', lost.length === 0 && notDeleted.length === 0, [...lost, ...notDeleted].slice(0, 10).join('; ') || `${ctx.ack.created.size} creates, ${ctx.ack.actionsOk} actions (${ctx.ack.deleted.size} deletes) acknowledged`);

  // 3. No duplicates: every name once.
  const names = new Map<string, number>();
  for (const s of servers) names.set(s.name, (names.get(s.name) ?? 0) + 1);
  const dups = [...names].filter(([, n]) => n > 1);
  add('no duplicate servers', dups.length === 0, dups.length ? dups.map(([n, c]) => `${n} x${c}`).join(', ') : `${names.size} names`);

  // 4. One host per server: the hosts' own records (their LMDB, over the actor layer) and guests (their LMDB).
  const recordHosts = new Map<string, string[]>();
  for (const c of ctx.computes) {
    for (const h of c.hosts) {
      const state = await ctx.observer.ref(subjects.host(h), HostProtocol).call('GetHostState', {}, { timeoutMs: 10_000 });
      for (const r of state.records) recordHosts.set(r.server!.id, [...(recordHosts.get(r.server!.id) ?? []), h]);
    }
  }
  const guestHosts = new Map<string, string[]>();
  for (const c of ctx.computes) {
    const store = Store.open(join(c.dir));
    try {
      for (const { key } of store.table<unknown>('fake_guests').entries()) {
        const [h, id] = String(key).split('/');
        guestHosts.set(id!, [...(guestHosts.get(id!) ?? []), h!]);
      }
    } finally {
      await store.close();
    }
  }
  const twice = [...recordHosts, ...guestHosts].filter(([, hs]) => hs.length > 1).map(([id, hs]) => `${id.slice(0, 8)} on ${hs.join('+')}`);
  const misplaced = servers.filter((s) => s.host && recordHosts.get(s.id)?.[0] !== s.host && !(s.status === 'SERVER_STATUS_ERROR' && !recordHosts.has(s.id))).map(brief);
  const orphans = [...recordHosts].filter(([id]) => !byId.has(id)).map(([id, hs]) => `${id.slice(0, 8)} on ${hs.join('+')}`);
  const guestOrphans = [...guestHosts].filter(([id]) => !byId.has(id)).map(([id, hs]) => `guest ${id.slice(0, 8)} on ${hs.join('+')}`);
  add('no server on two hosts; the view and the hosts agree', !twice.length && !misplaced.length && !orphans.length && !guestOrphans.length, [...twice, ...misplaced, ...orphans, ...guestOrphans].slice(0, 10).join('; ') || `${recordHosts.size} records, ${guestHosts.size} guests`);

  // 5. Each host's usage equals its servers.
  const holding = servers.filter((s) => s.host && (s.status !== 'SERVER_STATUS_ERROR' || s.launch_time !== null));
  const usage = await until(15_000, async () => {
    const hvs = (await ctx.client.hypervisors.ListHypervisors({})).hypervisors;
    const wrong = hvs.filter((h) => {
      const mine = holding.filter((s) => s.host === h.host);
      return h.vcpus_used !== mine.reduce((n, s) => n + s.flavor!.vcpus, 0) || h.running_vms !== mine.length;
    });
    return { ok: wrong.length === 0, value: wrong.map((h) => `${h.host} ${h.vcpus_used} vCPU/${h.running_vms} vms vs ${holding.filter((s) => s.host === h.host).length} servers`) };
  });
  add("each host's usage equals its servers", usage.ok, usage.value.join('; ') || `${holding.length} servers hold claims`);

  // 6. All conductor views are the same.
  try {
    const views = await waitViewsConverged(ctx.observer, ctx.conductors, 30_000);
    add('all conductor views equal (digests)', true, `${views.length} conductors at sequence ${views[0]!.applied_seq}, digest ${views[0]!.digest.slice(0, 16)}`);
  } catch (err) {
    add('all conductor views equal (digests)', false, (err as Error).message);
  }
  return results;
}

export { describeDifference };
