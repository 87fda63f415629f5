// The stream request ids live on: KUMO_REQUESTS, one subject per project
// and id (`kumo.v1.reqid.<b64>`), apart from the state log. Its entries
// expire on their own (max_age), so ids do not pile up for ever: on the
// state log, whose entities are kept by subject, every id ever used stayed.
// Nothing needs them after REQUEST_ID_TTL_MS, and no view folds them.
import { DiscardPolicy, RetentionPolicy, StorageType, type NatsConnection } from 'nats';
import { subjects } from '../actor/subjects.js';

export const REQUEST_STREAM = 'KUMO_REQUESTS';
export const REQUEST_ID_TTL_MS = 24 * 60 * 60 * 1000;
/** Kept an hour past the TTL, so an answer is never gone while it may still be returned. */
const MAX_AGE_MS = REQUEST_ID_TTL_MS + 60 * 60 * 1000;

/** Creates the stream unless it exists (with `replicas`, the --state-replicas of a NATS cluster; raised on an existing one). */
export async function ensureRequestStream(nc: NatsConnection, replicas = 1): Promise<void> {
  const jsm = await nc.jetstreamManager({ checkAPI: false });
  const info = await jsm.streams.info(REQUEST_STREAM).catch(() => undefined);
  if (info) {
    if (info.config.num_replicas < replicas) await jsm.streams.update(REQUEST_STREAM, { ...info.config, num_replicas: replicas });
    return;
  }
  try {
    await jsm.streams.add({
      name: REQUEST_STREAM,
      num_replicas: replicas,
      subjects: [subjects.allRequestResults()],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      discard: DiscardPolicy.Old,
      max_age: MAX_AGE_MS * 1_000_000,
      // A claim and its answer (or its removal), and a claim after that.
      max_msgs_per_subject: 4,
      duplicate_window: 120 * 1_000_000_000,
    });
  } catch (err) {
    // Another API process created it first.
    await jsm.streams.info(REQUEST_STREAM).catch(() => {
      throw err;
    });
  }
}
