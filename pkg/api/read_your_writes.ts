// Read your writes at the API edge. After a write succeeds, the API learns
// a state-log sequence at or past it (the stream's last sequence, asked
// after the answer: the write was acknowledged by JetStream before the
// answer, so it is covered) and returns it as `x-kumo-seq`. Every later
// call carries the highest sequence the caller has seen as the envelope's
// minSeq — from the SDK's `x-kumo-min-seq`, and from this process's memory
// of its project's writes — and a conductor waits until its view applied
// it before answering (pkg/conductor/read_your_writes.ts).
import type { Metadata } from '@grpc/grpc-js';
import type { JetStreamManager, NatsConnection } from 'nats';
import { STATE_STREAM } from '../actor/subjects.js';
import { isReadRpc } from '../util/rpc_kind.js';

/** Projects remembered per API process; the oldest is forgotten first. */
const MAX_PROJECTS = 10_000;

export class ReadYourWrites {
  private readonly byProject = new Map<string, number>();
  private current?: Promise<number>;
  private next?: Promise<number>;

  constructor(private readonly lastSequence: () => Promise<number>) {}

  /** Asks JetStream for the state stream's last sequence (one manager, made on first use; a failed one is made again). */
  static overNats(nc: NatsConnection): ReadYourWrites {
    let jsm: Promise<JetStreamManager> | undefined;
    return new ReadYourWrites(async () => {
      jsm ??= nc.jetstreamManager({ checkAPI: false });
      try {
        return (await (await jsm).streams.info(STATE_STREAM)).state.last_seq;
      } catch (err) {
        jsm = undefined;
        throw err;
      }
    });
  }

  isWrite(rpc: string): boolean {
    return !isReadRpc(rpc);
  }

  /** The sequence a call must see: the larger of what the caller sent and what its project wrote through this process. */
  minSeq(projectId: string, md: Metadata): number {
    const sent = Number(md.get('x-kumo-min-seq')[0] ?? 0);
    const own = this.byProject.get(projectId) ?? 0;
    return Math.max(Number.isSafeInteger(sent) && sent > 0 ? sent : 0, own);
  }

  /** Called once a write answered: a sequence covering it, remembered for the project. */
  async wrote(projectId: string): Promise<number> {
    const seq = await this.sequenceAfterNow();
    const known = this.byProject.get(projectId) ?? 0;
    if (seq > known) {
      this.byProject.delete(projectId);
      this.byProject.set(projectId, seq);
      if (this.byProject.size > MAX_PROJECTS) this.byProject.delete(this.byProject.keys().next().value as string);
    }
    return seq;
  }

  /**
   * The stream's last sequence, from a request sent after this call: a
   * request already in flight may have been sent before the write's ack, so
   * callers arriving meanwhile share the one that starts after it (at most
   * two stream-info requests at a time, whatever the write rate).
   */
  private sequenceAfterNow(): Promise<number> {
    if (!this.current) {
      const p = this.lastSequence().finally(() => {
        if (this.current === p) this.current = undefined;
      });
      this.current = p;
      return p;
    }
    if (!this.next) {
      this.next = this.current
        .catch(() => 0)
        .then(() => {
          this.next = undefined;
          return this.sequenceAfterNow();
        });
    }
    return this.next;
  }
}
