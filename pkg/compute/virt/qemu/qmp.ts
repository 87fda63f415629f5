// A QMP client: the QEMU Machine Protocol over the guest's unix socket, as
// JSON lines. One command at a time (QMP answers in order); asynchronous
// events (SHUTDOWN, STOP, RESUME, ...) go to a listener. Answers come in well
// under a millisecond, so a short per-command timeout catches a wedged QEMU.
import { Socket, createConnection } from 'node:net';
import { DriverError } from '../driver.js';

export interface QmpEvent {
  event: string;
  data?: Record<string, unknown>;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

const COMMAND_TIMEOUT_MS = 10_000;

export class QmpClient {
  private buffer = '';
  private readonly queue: Pending[] = [];
  private closed = false;
  private closeListeners: Array<() => void> = [];

  private constructor(
    private readonly socket: Socket,
    private readonly onEvent: (e: QmpEvent) => void,
  ) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('error', () => this.shut(new DriverError('QMP socket error')));
    socket.on('close', () => this.shut(new DriverError('QMP socket closed')));
  }

  /** Connects, reads the greeting and leaves capabilities negotiation mode; retries while QEMU creates the socket. */
  static async connect(path: string, onEvent: (e: QmpEvent) => void, timeoutMs = 10_000): Promise<QmpClient> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = createConnection(path);
          s.once('connect', () => resolve(s));
          s.once('error', reject);
        });
        const client = new QmpClient(socket, onEvent);
        await client.greeting();
        await client.execute('qmp_capabilities');
        return client;
      } catch (err) {
        if (Date.now() > until) throw new DriverError(`cannot reach QMP at ${path}: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Called once when the connection ends (QEMU exited or the socket broke). */
  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  private greetingWaiter?: { resolve: () => void; reject: (e: Error) => void };

  private greeting(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new DriverError('no QMP greeting')), COMMAND_TIMEOUT_MS);
      this.greetingWaiter = {
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
    });
  }

  /** Runs one QMP command; rejects with QEMU's error description. */
  execute<T = unknown>(command: string, args?: Record<string, unknown>, timeoutMs = COMMAND_TIMEOUT_MS): Promise<T> {
    if (this.closed) return Promise.reject(new DriverError(`QMP ${command}: connection closed`));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.queue.indexOf(pending);
        if (i >= 0) this.queue.splice(i, 1);
        reject(new DriverError(`QMP ${command} timed out`));
        // A lost answer would shift every later one: drop the connection.
        this.socket.destroy();
      }, timeoutMs);
      const pending: Pending = { resolve: resolve as (v: unknown) => void, reject, timer };
      this.queue.push(pending);
      this.socket.write(`${JSON.stringify(args ? { execute: command, arguments: args } : { execute: command })}\n`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl).trim();
      this.buffer = this.buffer.slice(nl + 1);
      if (!line) continue;
      let msg: Record<string, unknown>;
      try {
        msg = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue;
      }
      if ('QMP' in msg) {
        this.greetingWaiter?.resolve();
        this.greetingWaiter = undefined;
      } else if ('event' in msg) {
        this.onEvent({ event: String(msg['event']), data: msg['data'] as Record<string, unknown> | undefined });
      } else if ('return' in msg || 'error' in msg) {
        const pending = this.queue.shift();
        if (!pending) continue;
        clearTimeout(pending.timer);
        if ('error' in msg) {
          const e = msg['error'] as { class?: string; desc?: string };
          pending.reject(new DriverError(`QMP: ${e.desc ?? e.class ?? 'error'}`));
        } else pending.resolve(msg['return']);
      }
    }
  }

  private shut(err: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.greetingWaiter?.reject(err);
    for (const p of this.queue.splice(0)) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    for (const l of this.closeListeners.splice(0)) l();
  }
}
