// What the browser-console tests share: taking a noVNC console URL apart,
// a WebSocket client for the console proxy, and headless Chromium.
import { chromium, type BrowserContext } from 'playwright-core';
import WebSocket from 'ws';

export const CHROMIUM = '/usr/bin/chromium';
export const NOVNC_PAGE = '/usr/share/novnc/vnc_lite.html';

/** A console URL's token and the ws:// URL noVNC builds from it (its `path` query, appended to the proxy's origin). */
export function wsUrlOf(consoleUrl: string): { token: string; ws: string } {
  const u = new URL(consoleUrl);
  const path = u.searchParams.get('path') ?? '';
  const token = new URLSearchParams(path.replace(/^[^?]*\?/, '')).get('token') ?? '';
  return { token, ws: `ws://${u.host}/${path}` };
}

/** Opens a WebSocket; resolves with the first message, or the HTTP status of a refused upgrade. */
export function firstMessage(url: string, protocols: string[] = []): Promise<{ message?: Buffer; status?: number; protocol?: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`no answer from ${url}`));
    }, 10_000);
    ws.once('message', (data: Buffer) => {
      clearTimeout(timer);
      const protocol = ws.protocol;
      ws.close();
      resolve({ message: Buffer.from(data), protocol });
    });
    ws.once('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      res.resume();
      ws.terminate();
      resolve({ status: res.statusCode });
    });
    ws.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Headless Chromium with its own profile, flags for a sandboxless CI machine without GPU or network. */
export function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What an RFB server said during the handshake: its version greeting and its desktop name (QEMU's is "QEMU (<-name>)"). */
export interface RfbHello {
  greeting: string;
  name: string;
  width: number;
  height: number;
}

/**
 * An RFB 3.8 handshake through the proxy's WebSocket with security "None"
 * (RFC 6143 7.1-7.3): version, security, ClientInit; ServerInit carries the
 * desktop name, which tells which VNC server the proxy connected to.
 */
export function rfbHandshake(url: string): Promise<RfbHello> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, ['binary']);
    let buf = Buffer.alloc(0);
    let step: 'version' | 'security' | 'result' | 'init' = 'version';
    let greeting = '';
    const done = (err: Error | undefined, hello?: RfbHello): void => {
      clearTimeout(timer);
      ws.close();
      if (err) reject(err);
      else resolve(hello!);
    };
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`RFB handshake through ${url} did not finish (at ${step})`));
    }, 15_000);
    ws.on('unexpected-response', (_req, res) => {
      res.resume();
      done(new Error(`the proxy refused the upgrade: HTTP ${res.statusCode}`));
    });
    ws.on('error', (err) => done(err));
    ws.on('message', (data: Buffer) => {
      buf = Buffer.concat([buf, Buffer.from(data)]);
      for (;;) {
        if (step === 'version') {
          if (buf.length < 12) return;
          greeting = buf.subarray(0, 12).toString('latin1');
          buf = buf.subarray(12);
          ws.send(Buffer.from('RFB 003.008\n', 'latin1'));
          step = 'security';
        } else if (step === 'security') {
          if (buf.length < 1 || buf.length < 1 + buf[0]!) return;
          const types = [...buf.subarray(1, 1 + buf[0]!)];
          buf = buf.subarray(1 + buf[0]!);
          if (!types.includes(1)) return done(new Error(`no "None" security offered: ${types.join(',')}`));
          ws.send(Buffer.from([1]));
          step = 'result';
        } else if (step === 'result') {
          if (buf.length < 4) return;
          const result = buf.readUInt32BE(0);
          buf = buf.subarray(4);
          if (result !== 0) return done(new Error(`security result ${result}`));
          ws.send(Buffer.from([1])); // ClientInit: shared
          step = 'init';
        } else {
          if (buf.length < 24 || buf.length < 24 + buf.readUInt32BE(20)) return;
          const name = buf.subarray(24, 24 + buf.readUInt32BE(20)).toString('utf8');
          return done(undefined, { greeting, name, width: buf.readUInt16BE(0), height: buf.readUInt16BE(2) });
        }
      }
    });
  });
}
