// The console proxy process's HTTP server (cmd/kumo-novncproxy), as Nova's
// nova-novncproxy: noVNC's static files on plain GETs, and the WebSocket
// endpoint (websocket_proxy.ts) on upgrades, on one port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { DEFAULT_NOVNC_DIR, StaticFiles } from './static_files.js';
import type { TokenValidator } from './token_validator.js';
import { WebSocketProxy } from './websocket_proxy.js';

export interface ConsoleProxyOptions {
  host: string;
  /** 0 for a free port. */
  port: number;
  /** noVNC's web client (default /usr/share/novnc). */
  webDir?: string;
  validator: TokenValidator;
  log: Logger;
  allowedOrigins?: readonly string[];
}

export class ConsoleProxy {
  private readonly server: Server;
  private readonly ws: WebSocketProxy;
  port = 0;

  constructor(private readonly opts: ConsoleProxyOptions) {
    const files = new StaticFiles(opts.webDir ?? DEFAULT_NOVNC_DIR);
    this.ws = new WebSocketProxy({ validator: opts.validator, log: opts.log, allowedOrigins: opts.allowedOrigins });
    this.server = createServer((req, res) => void files.serve(req, res));
    this.server.on('upgrade', (req, socket, head) => this.ws.handleUpgrade(req, socket, head));
    this.server.on('clientError', (_err, socket) => socket.destroy());
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port, this.opts.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  /** The base of console URLs this proxy serves (compute's --novncproxy-base-url). */
  baseUrl(): string {
    const host = this.opts.host.includes(':') ? `[${this.opts.host}]` : this.opts.host;
    return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${this.port}`;
  }

  async stop(): Promise<void> {
    this.ws.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
