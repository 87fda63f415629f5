// NATS connection metrics: connected, reconnects (from the connection's
// status events), and the message and byte totals of nc.stats(), read at
// scrape time.
import type { NatsConnection } from 'nats';
import type { Registry } from './registry.js';

export function registerNatsMetrics(registry: Registry, nc: NatsConnection): () => void {
  const connected = registry.gauge({ name: 'kumo_nats_connected', help: '1 while the NATS connection is up, else 0.' });
  const reconnects = registry.counter({ name: 'kumo_nats_reconnects_total', help: 'Times the NATS connection was re-established.' });
  const disconnects = registry.counter({ name: 'kumo_nats_disconnects_total', help: 'Times the NATS connection was lost.' });
  const inMsgs = registry.counter({ name: 'kumo_nats_in_msgs_total', help: 'Messages received from NATS.' });
  const outMsgs = registry.counter({ name: 'kumo_nats_out_msgs_total', help: 'Messages sent to NATS.' });
  const inBytes = registry.counter({ name: 'kumo_nats_in_bytes_total', help: 'Payload bytes received from NATS.' });
  const outBytes = registry.counter({ name: 'kumo_nats_out_bytes_total', help: 'Payload bytes sent to NATS.' });
  reconnects.inc(0);
  disconnects.inc(0);
  let up = !nc.isClosed();
  let stopped = false;
  void (async () => {
    for await (const s of nc.status()) {
      if (stopped) break;
      if (s.type === 'disconnect') {
        up = false;
        disconnects.inc();
      } else if (s.type === 'reconnect') {
        up = true;
        reconnects.inc();
      }
    }
  })();
  const removeCollector = registry.addCollector(() => {
    connected.set(up && !nc.isClosed() ? 1 : 0);
    const s = nc.stats();
    inMsgs.labels().setTotal(s.inMsgs);
    outMsgs.labels().setTotal(s.outMsgs);
    inBytes.labels().setTotal(s.inBytes);
    outBytes.labels().setTotal(s.outBytes);
  });
  return () => {
    removeCollector();
    stopped = true;
  };
}
