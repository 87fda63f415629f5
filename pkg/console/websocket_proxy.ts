// The WebSocket side of the console proxy, as websockify/nova-novncproxy:
// the browser's noVNC connects to ws://PROXY/?token=T (the `path` query of
// the console URL); the token is validated (and so consumed) before the
// upgrade, and a refused one is answered with a plain HTTP 403, never a
// WebSocket. Then the guest's VNC server is dialled, and bytes flow both ways
// as binary frames until either side closes.
import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream';
import type { Logger } from 'pino';
import { createWebSocketStream, WebSocketServer } from 'ws';
import { ConsoleAuthUnavailableError, InvalidConsoleTokenError, type ConsoleTarget, type TokenValidator } from './token_validator.js';

export interface WebSocketProxyOptions {
  validator: TokenValidator;
  log: Logger;
  /**
   * Origins (scheme://host[:port]) allowed besides the proxy's own, as Nova's
   * console_allowed_origins: a browser page elsewhere cannot use a leaked token.
   */
  allowedOrigins?: readonly string[];
  /** How long dialling the guest's VNC may take. */
  connectTimeoutMs?: number;
}

/** The token of an upgrade request: `?token=` (as the console URL's path carries it), else a `token` cookie (Nova reads both). */
export function tokenOf(req: IncomingMessage): string | undefined {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://proxy');
  } catch {
    return undefined;
  }
  const q = url.searchParams.get('token');
  if (q) return q;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === 'token' && v.length) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const body = `${reason}\n`;
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

function dial(target: ConsoleTarget, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const tcp = connect({ host: target.host, port: target.port });
    const timer = setTimeout(() => {
      tcp.destroy();
      reject(new Error(`timed out connecting to ${target.host}:${target.port}`));
    }, timeoutMs);
    tcp.once('connect', () => {
      clearTimeout(timer);
      tcp.setNoDelay(true);
      resolve(tcp);
    });
    tcp.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

export class WebSocketProxy {
  private readonly wss: WebSocketServer;
  private readonly open = new Set<Socket>();

  constructor(private readonly opts: WebSocketProxyOptions) {
    this.wss = new WebSocketServer({
      noServer: true,
      // Old noVNC asks for the 'binary' subprotocol (vs 'base64'); noVNC 1.x asks for none. Only binary frames are spoken.
      handleProtocols: (protocols) => (protocols.has('binary') ? 'binary' : false),
      perMessageDeflate: false,
    });
  }

  private originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return true; // not a browser: the token is the credential
    try {
      const o = new URL(origin);
      if (o.host === req.headers.host) return true;
      return (this.opts.allowedOrigins ?? []).some((a) => a === origin || a === o.host);
    } catch {
      return false;
    }
  }

  /** The http server's 'upgrade' handler. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    void this.upgrade(req, socket, head).catch((err: unknown) => {
      this.opts.log.error({ err }, 'console upgrade failed');
      refuse(socket, 500, 'Internal Server Error');
    });
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => undefined);
    const log = this.opts.log;
    if ((req.headers.upgrade ?? '').toLowerCase() !== 'websocket') return refuse(socket, 400, 'Bad Request');
    if (!this.originAllowed(req)) {
      log.warn({ origin: req.headers.origin }, 'console connection from a foreign origin refused');
      return refuse(socket, 403, 'Forbidden');
    }
    const token = tokenOf(req);
    if (!token) return refuse(socket, 401, 'Unauthorized');
    let target: ConsoleTarget;
    try {
      target = await this.opts.validator.validate(token);
    } catch (err) {
      if (err instanceof InvalidConsoleTokenError) {
        log.info({ remote: req.socket.remoteAddress }, 'console token refused');
        return refuse(socket, 403, 'Forbidden');
      }
      if (err instanceof ConsoleAuthUnavailableError) {
        log.warn({ err }, 'console token could not be checked');
        return refuse(socket, 503, 'Service Unavailable');
      }
      throw err;
    }
    if (target.consoleType !== 'novnc' || target.internalAccessPath) {
      log.warn({ instance: target.instanceId, type: target.consoleType }, 'console type this proxy does not serve');
      return refuse(socket, 400, 'Bad Request');
    }
    let tcp: Socket;
    try {
      tcp = await dial(target, this.opts.connectTimeoutMs ?? 5000);
    } catch (err) {
      log.warn({ err, instance: target.instanceId, host: target.host, port: target.port }, "cannot reach the guest's console");
      return refuse(socket, 502, 'Bad Gateway');
    }
    if (socket.destroyed) return void tcp.destroy();
    this.open.add(tcp);
    tcp.once('close', () => this.open.delete(tcp));
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      log.info({ instance: target.instanceId, host: target.host, port: target.port }, 'console connected');
      const stream = createWebSocketStream(ws);
      // Either side closing (or failing) closes the other.
      pipeline(stream, tcp, stream, (err) => {
        if (err) log.debug({ err, instance: target.instanceId }, 'console connection ended');
        tcp.destroy();
        ws.terminate();
      });
    });
  }

  /** Closes every console connection. */
  close(): void {
    for (const tcp of this.open) tcp.destroy();
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}
