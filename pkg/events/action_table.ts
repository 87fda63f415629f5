// Instance actions as a conductor's view holds them: the state-log entries
// of kinds `action` and `actionevent` folded into three LMDB tables.
//
// An action and each of its events are separate log entities, written by
// whichever process ran that part (the conductor, the source host, the
// destination host), so their entries may reach the log in any order: the
// fold is order-independent. An action's start entry (generation 1) brings
// action, user, project and start time (a create has none: its start is
// the server's first record, createStartedBy); its finish entry (generation 2)
// brings the finish time and message "Error" on failure, and may carry the
// events that finished just before it in the same process (recorder.ts: one
// entry instead of an event's and the action's; each gets an entity id
// derived from the action entry's, the same in every view). A host's
// successful finish is not an entry of its own but rides on the server
// record that ended the action (ServerRecord.finished_action, finishedBy),
// folded the same way. An event that
// failed also marks its action "Error" (as Nova's event_finish does). Event
// entries carry the whole event, so the newest generation simply replaces
// the older one.
//
// Tables (keys are UTF-8 ordered; ids are URI-encoded, so "/" only separates):
//   instance_actions        <server>/<request>                          -> StoredAction
//   instance_actions_newest <server>/<9e15 - start ms>/<request>        -> request id (listing, newest first)
//   instance_action_events  <server>/<request>/<start ms>/<entity id>   -> StoredEvent (start order)
//
// Nothing here is removed when the server is deleted: as Nova keeps
// instance_actions rows of deleted instances (until an operator archives
// them), a deleted server's actions stay listable by admins.
import { timestampMicros } from '../util/timestamp.js';
import { codec } from '../actor/codec.js';
import { actionEntityId, type ActionEntityKind } from '../actor/subjects.js';
import type { InstanceAction, InstanceAction__Output, InstanceActionEvent__Output, ServerRecord__Output } from '../gen/types.js';
import type { Store, Table } from '../store/store.js';
import type { Timestamp } from '../util/timestamp.js';
import { timestampMs } from '../util/timestamp.js';

/** Body of both entry kinds: an `action` entry is the action, with no events or (a finish) with finished ones; an `actionevent` entry is the action's ids with exactly one event. */
export const instanceActionCodec = codec<InstanceAction, InstanceAction__Output>('kumo.compute.v1.InstanceAction');

/** The action a server's creation is recorded as. */
export const CREATE_ACTION = 'create';
/** Generations of an action's and an event's records: one start, one finish. */
export const START_GENERATION = 1;
export const FINISH_GENERATION = 2;

/** Nova's action message when one of its events (or the action) failed. */
export const ACTION_ERROR_MESSAGE = 'Error';

export interface StoredAction {
  /** Highest generation applied (1 start, 2 finish); for diagnosis only, the fold does not depend on it. */
  generation: number;
  /** The action without events; `action` is empty while only an event's failure is known. */
  action: InstanceAction__Output;
}

export interface StoredEvent {
  generation: number;
  event: InstanceActionEvent__Output;
}

const enc = (s: string): string => encodeURIComponent(s);
const pad = (n: number): string => Math.max(0, Math.floor(n)).toString().padStart(16, '0');
/** Inverted start time: the newest action sorts first. */
const newestFirst = (ms: number): string => pad(9e15 - ms);

/** The entity id of the i-th event an action entry carries (the same in every view: derived from the entry). */
export function carriedEventId(actionEntityId: string, generation: number, i: number): string {
  return `${actionEntityId}_carried${generation}_${i}`;
}

function actionKey(serverId: string, requestId: string): string {
  return `${enc(serverId)}/${enc(requestId)}`;
}

/** [start, end) of every key under `prefix/` (URI-encoding never yields "/", and "0" follows "/"). */
function under(prefix: string): { start: string; end: string } {
  return { start: `${prefix}/`, end: `${prefix}0` };
}

function laterOf(a: Timestamp | null, b: Timestamp | null): Timestamp | null {
  if (!a) return b;
  if (!b) return a;
  return timestampMs(b) > timestampMs(a) ? b : a;
}

/** Folds one action entry into what is known; commutative, so the order the writers' entries arrive in does not matter. */
export function mergeAction(known: InstanceAction__Output | undefined, entry: InstanceAction__Output): InstanceAction__Output {
  if (!known) return { ...entry, events: [] };
  return {
    ...known,
    action: known.action || entry.action,
    user_id: known.user_id || entry.user_id,
    project_id: known.project_id || entry.project_id,
    // The start is written once (generation 1); the first one seen stays, so the listing index never moves.
    start_time: known.start_time ?? entry.start_time,
    finish_time: laterOf(known.finish_time, entry.finish_time),
    message: known.message === ACTION_ERROR_MESSAGE || entry.message === ACTION_ERROR_MESSAGE ? ACTION_ERROR_MESSAGE : known.message || entry.message,
    events: [],
  };
}

export interface ActionPage {
  actions: InstanceAction__Output[];
  nextPageToken: string;
}

export class InstanceActionTable {
  private readonly actions: Table<StoredAction>;
  private readonly newest: Table<string>;
  private readonly events: Table<StoredEvent>;

  constructor(store: Store) {
    this.actions = store.table('instance_actions');
    this.newest = store.table('instance_actions_newest');
    this.events = store.table('instance_action_events');
  }

  /**
   * Decodes an entry now and returns the synchronous write that folds it in,
   * to run inside the view's transaction (with its last applied sequence).
   */
  applier(kind: ActionEntityKind, entityId: string, generation: number, data: Uint8Array): () => void {
    const entry = instanceActionCodec.decode(data);
    if (!entry.server_id || !entry.request_id) throw new Error(`${kind} entry ${entityId} without server_id or request_id`);
    if (kind === 'action') {
      const carried = entry.events;
      return () => {
        this.applyAction(generation, { ...entry, events: [] });
        carried.forEach((event, i) => this.applyEvent(carriedEventId(entityId, generation, i), generation, entry.server_id, entry.request_id, event));
      };
    }
    const event = entry.events[0];
    if (!event) throw new Error(`actionevent entry ${entityId} without an event`);
    return () => this.applyEvent(entityId, generation, entry.server_id, entry.request_id, event);
  }

  /**
   * A server's first record (generation 1, BUILDING) is also its create
   * action's start: the action is the record's request id, user, project
   * and creation time, so no entry of its own is written for it (one state-log
   * entry per boot fewer). Runs inside the view's transaction.
   */
  createStartedBy(record: ServerRecord__Output): void {
    const s = record.server;
    if (record.generation !== 1 || !s || s.vm_state !== 'VM_STATE_BUILDING' || !record.request_id) return;
    this.applyAction(START_GENERATION, { request_id: record.request_id, server_id: s.id, action: CREATE_ACTION, user_id: s.user_id, project_id: s.project_id, start_time: s.create_time, finish_time: null, message: '', events: [] });
  }

  /**
   * A host's record that ended an action carries the action's finish
   * (ServerRecord.finished_action): folded as the `action` finish entry it
   * replaces, under the same ids, for the record's own server only. A
   * later record that still carried it would change nothing. Runs inside
   * the view's transaction.
   */
  finishedBy(record: ServerRecord__Output): void {
    const f = record.finished_action;
    const serverId = record.server?.id;
    if (!f || !serverId || !f.request_id) return;
    const entityId = actionEntityId(serverId, f.request_id);
    this.applyAction(FINISH_GENERATION, { ...f, server_id: serverId, events: [] });
    f.events.forEach((event, i) => this.applyEvent(carriedEventId(entityId, FINISH_GENERATION, i), FINISH_GENERATION, serverId, f.request_id, event));
  }

  private applyAction(generation: number, entry: InstanceAction__Output): void {
    const key = actionKey(entry.server_id, entry.request_id);
    const known = this.actions.get(key);
    const action = mergeAction(known?.action, entry);
    void this.actions.put(key, { generation: Math.max(generation, known?.generation ?? 0), action });
    if (!known?.action.start_time && action.start_time) {
      void this.newest.put(`${enc(entry.server_id)}/${newestFirst(timestampMs(action.start_time))}/${enc(entry.request_id)}`, entry.request_id);
    }
  }

  private applyEvent(entityId: string, generation: number, serverId: string, requestId: string, event: InstanceActionEvent__Output): void {
    // Microseconds: steps one process starts within the same millisecond keep their order.
    const key = `${actionKey(serverId, requestId)}/${pad(timestampMicros(event.start_time))}/${entityId}`;
    const known = this.events.get(key);
    if (!known || known.generation < generation) void this.events.put(key, { generation, event });
    if (event.result === ACTION_ERROR_MESSAGE) {
      this.applyAction(0, { request_id: requestId, server_id: serverId, action: '', user_id: '', project_id: '', start_time: null, finish_time: null, message: ACTION_ERROR_MESSAGE, events: [] });
    }
  }

  /** Whether any action of the server is known (its own or a deleted server's). */
  hasActions(serverId: string): boolean {
    for (const _ of this.newest.entries({ ...under(enc(serverId)), limit: 1 })) return true;
    return false;
  }

  /** One page of the server's actions, newest first, without events. */
  list(serverId: string, pageSize: number, pageToken: string): ActionPage {
    const range = under(enc(serverId));
    const after = pageToken ? Buffer.from(pageToken, 'base64url').toString('utf8') : undefined;
    if (after !== undefined && !(after >= range.start && after < range.end)) return { actions: [], nextPageToken: '' };
    const actions: InstanceAction__Output[] = [];
    let lastKey = '';
    for (const { key, value: requestId } of this.newest.entries({ start: after ?? range.start, end: range.end })) {
      if (key === after) continue;
      if (actions.length === pageSize) return { actions, nextPageToken: Buffer.from(lastKey, 'utf8').toString('base64url') };
      const stored = this.actions.get(actionKey(serverId, requestId));
      if (!stored) continue;
      actions.push(stored.action);
      lastKey = String(key);
    }
    return { actions, nextPageToken: '' };
  }

  /** One action with its events in start order; undefined while its start is not known. */
  get(serverId: string, requestId: string): InstanceAction__Output | undefined {
    const prefix = actionKey(serverId, requestId);
    const stored = this.actions.get(prefix);
    if (!stored?.action.action) return undefined;
    const events = [...this.events.values(under(prefix))].map((e) => e.event);
    return { ...stored.action, events };
  }
}
