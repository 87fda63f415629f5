// The host report codec: hosts publish HostReport on kumo.v1.evt.host.<host>
// (full reports) and kumo.v1.evt.beat.<host> (beats: host, claim generation,
// boot id, time); schedulers and conductors read both through
// followHostReports.
import type { NatsConnection, Subscription } from 'nats';
import type { Logger } from 'pino';
import { codec } from '../actor/codec.js';
import { subjects } from '../actor/subjects.js';
import type { HostReport, HostReport__Output } from '../gen/types.js';
import { acceptHostMessage } from '../security/host_identity.js';

export const hostReportCodec = codec<HostReport, HostReport__Output>('kumo.internal.v1.HostReport');

/**
 * Follows every host's full reports (`report`) or beats (`beat`). A
 * malformed message, or one whose payload names another host than its
 * subject, is dropped and logged; the host's next message replaces it.
 */
export function followHostReports(nc: NatsConnection, kind: 'report' | 'beat', take: (r: HostReport__Output) => void, log?: Logger): Subscription {
  const [all, one] = kind === 'report' ? [subjects.allHostEvents(), subjects.hostEvent] : [subjects.allHostBeats(), subjects.hostBeat];
  return nc.subscribe(all, {
    callback: (err, msg) => {
      if (err) return;
      try {
        const r = hostReportCodec.decode(msg.data);
        // A host's identity is its subject (which only its NATS credential may publish on), never the payload.
        if (acceptHostMessage(kind, msg.subject, r.host, one, log)) take(r);
      } catch (e) {
        log?.warn({ err: e, subject: msg.subject }, `bad host ${kind}`);
      }
    },
  });
}
