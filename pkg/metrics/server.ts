// The /metrics endpoint: plain HTTP, GET or HEAD, text exposition 0.0.4.
// It is unauthenticated, so services bind it to loopback unless told
// otherwise (--metrics-host).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_TYPE, type Registry } from './registry.js';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(registry: Registry, host: string, port: number): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const [path, query = ''] = (req.url ?? '/').split('?');
    if (path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found: the metrics are at /metrics\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return;
    }
    // ?gc=1 (benchmarks): a full collection first, so nodejs_heap_size_used_bytes is the live heap. Only a
    // process started with node --expose-gc can; asking another is refused rather than answered as if it had.
    if (new URLSearchParams(query).get('gc') === '1') {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (typeof gc !== 'function') {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('gc=1 needs the process started with node --expose-gc\n');
        return;
      }
      gc();
    }
    registry.metrics().then(
      (body) => {
        res.writeHead(200, { 'content-type': CONTENT_TYPE, 'content-length': Buffer.byteLength(body) });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`cannot render metrics: ${(err as Error).message}\n`);
      },
    );
  });
  // Scrapers keep connections open; they must not hold the process when it stops.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
