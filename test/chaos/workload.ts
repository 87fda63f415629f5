// The chaos suite's client: a burst of creates plus actions (stop, start,
// reboot, delete), remembering every answer that said OK, so the checks can
// tell whether anything a client was told happened was later lost.
import type { KumoClient } from '../../pkg/client/client.js';
import { KumoApiError } from '../../pkg/client/errors.js';

export type ActionName = 'stop' | 'start' | 'reboot' | 'delete';

/** What clients were told succeeded. */
export class Acknowledged {
  /** Server id → name, for every server a CreateServer answered with. */
  readonly created = new Map<string, string>();
  /** Server id → the last action answered OK on it (none after a delete). */
  readonly lastAction = new Map<string, ActionName>();
  readonly deleted = new Set<string>();
  /** Servers an action was sent to whose outcome the client could not learn: no expectation beyond settling. */
  readonly uncertain = new Set<string>();
  createCalls = 0;
  createOk = 0;
  /** Calls that failed with an error saying the outcome is unknown (deadline, unavailable). */
  unknown = 0;
  actionsOk = 0;
  actionsRefused = 0;
}

const UNKNOWN_OUTCOME = new Set(['DEADLINE_EXCEEDED', 'UNAVAILABLE', 'CANCELLED', 'UNKNOWN', 'INTERNAL', 'ABORTED']);

function outcomeUnknown(err: unknown): boolean {
  return !(err instanceof KumoApiError) || UNKNOWN_OUTCOME.has(err.codeName);
}

export interface BurstOptions {
  phase: string;
  /** CreateServer calls, each for `perCall` servers. */
  calls: number;
  perCall: number;
  concurrency: number;
  flavorId: string;
  imageId: string;
}

/** Runs the creates and, alongside, actions on servers already acknowledged; resolves when the creates are answered. */
export async function burst(client: KumoClient, ack: Acknowledged, opts: BurstOptions, onProgress: (issued: number) => void): Promise<void> {
  const api = client.servers.api;
  let next = 0;
  let creating = true;
  const busy = new Set<string>();
  const createWorker = async (): Promise<void> => {
    while (next < opts.calls) {
      const i = next++;
      onProgress(i);
      ack.createCalls++;
      try {
        const r = await api.CreateServer({ name: `${opts.phase}-${i}`, flavor_id: opts.flavorId, image_id: opts.imageId, max_count: opts.perCall });
        ack.createOk++;
        for (const s of r.servers) ack.created.set(s.id, s.name);
      } catch (err) {
        if (outcomeUnknown(err)) ack.unknown++;
      }
    }
  };
  const actionWorker = async (): Promise<void> => {
    const order: ActionName[] = ['stop', 'start', 'reboot', 'stop', 'start', 'delete'];
    let n = 0;
    while (creating) {
      await new Promise((r) => setTimeout(r, 40));
      const ids = [...ack.created.keys()].filter((id) => !ack.deleted.has(id) && !busy.has(id));
      if (!ids.length) continue;
      const id = ids[Math.floor(Math.random() * ids.length)]!;
      const action = order[n++ % order.length]!;
      busy.add(id);
      try {
        if (action === 'stop') await api.StopServer({ id });
        else if (action === 'start') await api.StartServer({ id });
        else if (action === 'reboot') await api.RebootServer({ id, type: 'REBOOT_TYPE_SOFT' });
        else await api.DeleteServer({ id });
        ack.actionsOk++;
        ack.lastAction.set(id, action);
        if (action === 'delete') ack.deleted.add(id);
      } catch (err) {
        if (outcomeUnknown(err)) {
          ack.unknown++;
          ack.uncertain.add(id);
        } else ack.actionsRefused++; // wrong state for it (still building, already stopped): refused, nothing promised
      } finally {
        busy.delete(id);
      }
    }
  };
  const actions = [actionWorker(), actionWorker()];
  await Promise.all(Array.from({ length: opts.concurrency }, createWorker));
  creating = false;
  await Promise.all(actions);
}
