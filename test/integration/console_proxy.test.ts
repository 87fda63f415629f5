// The browser console end to end, with real processes: a cloud (fake
// hypervisor), the kumo-novncproxy process, and a real QEMU VNC server
// listening where the fake guest's console is (127.0.0.1:5900+display).
// A WebSocket client reads the RFB greeting through the proxy with a
// one-time token; used, expired, bogus and missing tokens are refused with
// an HTTP status before any upgrade; headless Chromium opens the console
// URL in noVNC and a screenshot of the connected canvas is taken.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { KumoClient } from '../../pkg/client/client.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { freePort, portInUse } from '../../pkg/util/net.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { CHROMIUM, firstMessage, launchChromium, NOVNC_PAGE, wsUrlOf } from '../support/console.js';
import { waitStatus } from '../support/expect.js';
import { tempDir } from '../support/nats.js';

const QEMU = '/usr/bin/qemu-system-x86_64';
const TOKEN_TTL_S = 4;

let cloud: TestCloud;
let proxy: ChildService;
let proxyPort = 0;
let qemu: ChildProcess | undefined;
let serverId = '';
const dir = tempDir('kumo-console-');

async function consoleUrl(client: KumoClient, id = serverId): Promise<string> {
  return (await client.servers.remoteConsole(id)).url;
}

/** Starts QEMU's VNC server (paused, no disk: just a framebuffer) on 127.0.0.1:5900+display. */
async function startQemuVnc(display: number): Promise<ChildProcess> {
  const child = spawn(QEMU, ['-machine', 'accel=tcg', '-m', '32', '-display', 'none', '-vnc', `127.0.0.1:${display}`, '-S', '-nodefaults', '-vga', 'std', '-no-user-config'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const until = Date.now() + 10_000;
  while (!(await portInUse(5900 + display))) {
    if (child.exitCode !== null) throw new Error(`qemu exited: ${stderr}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`qemu's VNC did not listen: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return child;
}

// What setup.mjs installs (as root): without it the test says what is missing and skips, as the QEMU tests do.
const missing = [QEMU, CHROMIUM, NOVNC_PAGE].filter((p) => !existsSync(p));
const skip = missing.length ? `missing ${missing.join(', ')}: run node scripts/setup.mjs as root` : false;

describe('console proxy (kumo-novncproxy) with a real VNC server', { timeout: 180_000, skip }, () => {
  before(async () => {
    proxyPort = await freePort();
    cloud = await startCloud({
      computes: [{ name: 'con', hosts: 1 }],
      computeArgs: ['--novncproxy-base-url', `http://127.0.0.1:${proxyPort}`, '--console-token-ttl', String(TOKEN_TTL_S)],
    });
    proxy = await spawnService('kumo-novncproxy', { args: ['--port', String(proxyPort), '--api-url', cloud.endpoint], env: { KUMO_LOG_LEVEL: 'warn' } });
    assert.equal(proxy.ready['port'], proxyPort);
    const c = cloud.client;
    await c.flavors.create({ id: 'con1', name: 'con1', vcpus: 1, ram_mb: 128, disk_gb: 1 });
    const image = await c.images.create({ name: 'con-img' });
    // The fake guest's console is 127.0.0.1:5900+display (display 0 for the first guest); another process on
    // this machine may hold that port, so boot guests until one's console port is free, and put QEMU there.
    for (let i = 0; i < 8 && !qemu; i++) {
      const s = await c.servers.create({ name: `con-vm${i}`, flavor_id: 'con1', image_id: image.id });
      await waitStatus(c, s.id, 'SERVER_STATUS_ACTIVE', 30_000);
      // An admin's check of a first URL tells where this guest's console is (and uses that token up).
      const where = await c.consoleAuth.validate(wsUrlOf(await consoleUrl(c, s.id)).token);
      assert.equal(where.instance_id, s.id);
      assert.equal(where.host, '127.0.0.1');
      if (await portInUse(where.port)) continue;
      try {
        qemu = await startQemuVnc(where.port - 5900);
      } catch (err) {
        // Taken between the check and QEMU's bind (another test's guest): try the next guest.
        console.log(`# display ${where.port - 5900}: ${(err as Error).message.split('\n')[0]}`);
        continue;
      }
      serverId = s.id;
    }
    assert.ok(qemu, 'no free VNC port for a fake guest');
  });

  after(async () => {
    if (qemu && qemu.exitCode === null) {
      const gone = new Promise((r) => qemu!.once('exit', r));
      qemu.kill('SIGKILL');
      await gone;
    }
    await proxy?.stop();
    await cloud?.stop();
    dir.remove();
  });

  test('a WebSocket client reads the RFB greeting through the proxy with a one-time token; a reused one is 403', async () => {
    const url = await consoleUrl(cloud.client);
    assert.match(url, new RegExp(`^http://127\\.0\\.0\\.1:${proxyPort}/vnc_lite\\.html\\?path=%3Ftoken%3D`));
    const { ws } = wsUrlOf(url);
    const first = await firstMessage(ws);
    assert.equal(first.message?.toString('latin1'), 'RFB 003.008\n');
    const again = await firstMessage(ws);
    assert.equal(again.status, 403, 'a console token works once');
  });

  test("old noVNC's 'binary' subprotocol is accepted", async () => {
    const first = await firstMessage(wsUrlOf(await consoleUrl(cloud.client)).ws, ['binary']);
    assert.equal(first.protocol, 'binary');
    assert.equal(first.message?.toString('latin1'), 'RFB 003.008\n');
  });

  test('bogus, missing and expired tokens are refused before the upgrade', async () => {
    assert.equal((await firstMessage(`ws://127.0.0.1:${proxyPort}/?token=${serverId}deadbeef`)).status, 403);
    assert.equal((await firstMessage(`ws://127.0.0.1:${proxyPort}/?token=not-a-token`)).status, 403);
    assert.equal((await firstMessage(`ws://127.0.0.1:${proxyPort}/websockify`)).status, 401);
    const { ws } = wsUrlOf(await consoleUrl(cloud.client));
    await new Promise((r) => setTimeout(r, TOKEN_TTL_S * 1000 + 300));
    assert.equal((await firstMessage(ws)).status, 403, 'an expired token');
  });

  test("noVNC's static files are served, nothing outside their directory", async () => {
    const page = await fetch(`http://127.0.0.1:${proxyPort}/vnc_lite.html`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await page.text(), /noVNC/);
    const js = await fetch(`http://127.0.0.1:${proxyPort}/core/rfb.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    await js.arrayBuffer();
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/nope.html']) {
      const r = await fetch(`http://127.0.0.1:${proxyPort}${path}`);
      assert.equal(r.status, 404, path);
      await r.arrayBuffer();
    }
  });

  test('headless Chromium opens the console URL: noVNC connects and draws the guest screen', async () => {
    const profile = join(dir.path, 'chromium-profile');
    const context = await launchChromium(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(await consoleUrl(cloud.client));
      await page.waitForFunction(() => /^Connected/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 30_000 });
      const status = await page.locator('#status').textContent();
      assert.match(status ?? '', /^Connected to QEMU/);
      const size = await page.evaluate(() => {
        const canvas = document.querySelector('#screen canvas') as HTMLCanvasElement | null;
        return canvas ? { w: canvas.width, h: canvas.height } : null;
      });
      assert.ok(size && size.w > 0 && size.h > 0, `canvas ${JSON.stringify(size)}`);
      const shot = join(dir.path, 'console.png');
      await page.screenshot({ path: shot });
      assert.ok(statSync(shot).size > 1000, 'screenshot written');
      // Kept for a look when asked (the temp dir goes with the test).
      const keep = process.env['KUMO_TEST_ARTIFACTS'];
      if (keep) copyFileSync(shot, join(keep, 'console_proxy.png'));
      console.log(`# noVNC connected (${status}), canvas ${size.w}x${size.h}, screenshot ${statSync(shot).size} bytes`);
    } finally {
      await context.close();
    }
  });
});
