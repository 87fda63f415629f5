// The browser console of a real guest, end to end: a cloud whose compute
// process runs the QEMU driver (TCG) and the kumo-novncproxy process in
// front of it. One guest (the tiny image from scripts/build-guest-image.mjs)
// boots to ACTIVE; `kumo console url show` (the real CLI) gives a noVNC URL;
// a WebSocket client completes the RFB handshake through the proxy with the
// URL's token, and the proxy connected to THAT guest's VNC server (the port
// its QEMU process listens on; the desktop name QEMU gives it) — the token
// then works no more; headless Chromium opens a fresh URL, noVNC connects,
// and a screenshot of the guest's screen is saved. Deleting the server
// leaves no QEMU process behind.
//
// Skips when QEMU, Chromium or noVNC are missing (scripts/setup.mjs installs them as root).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Server__Output } from '../../pkg/gen/types.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { freePort } from '../../pkg/util/net.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { CHROMIUM, firstMessage, launchChromium, NOVNC_PAGE, rfbHandshake, wsUrlOf } from '../support/console.js';
import { waitGone, waitStatus } from '../support/expect.js';
import { tempDir } from '../support/nats.js';
import { alive, buildGuestImage, GUEST_READY, listeningPorts, qemuAvailable, qemuPidsUnder } from '../support/qemu.js';

const KUMO = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'cmd', 'kumo', 'main.js');
const BOOT_MS = 60_000; // ~6 s on an idle machine; CI shares two cores

const missing = [CHROMIUM, NOVNC_PAGE].filter((p) => !existsSync(p));
const skip = qemuAvailable() ?? (missing.length ? `missing ${missing.join(', ')}: run node scripts/setup.mjs as root` : undefined);
if (skip) process.stderr.write(`SKIP qemu_console.test: ${skip}\n`);

let cloud: TestCloud;
let proxy: ChildService;
let proxyPort = 0;
let server: Server__Output;
const dir = tempDir('kumo-qconsole-');
const proxyLog = join(dir.path, 'novncproxy.log');

/** Runs the kumo binary against the test cloud; resolves with its stdout, failing on a non-zero exit. */
function kumo(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [KUMO, '--url', cloud.endpoint, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`kumo ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

const consoleUrl = async (): Promise<string> => (await kumo('console', 'url', 'show', '-f', 'value', '-c', 'url', server.name)).trim();

async function until<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The guest's QEMU process (its pidfile in the instance directory). */
function guestPid(): number {
  const f = join(cloud.dataDir, 'instances', server.host, server.id, 'qemu.pid');
  return Number(readFileSync(f, 'utf8').trim());
}

/** The proxy's "console connected" log records (it logs at info, to `proxyLog`). */
function connections(): Array<{ instance: string; host: string; port: number }> {
  if (!existsSync(proxyLog)) return [];
  return readFileSync(proxyLog, 'utf8')
    .split('\n')
    .flatMap((l) => {
      try {
        const r = JSON.parse(l) as { msg?: string; instance: string; host: string; port: number };
        return r.msg === 'console connected' ? [r] : [];
      } catch {
        return [];
      }
    });
}

describe('browser console of a real QEMU guest through kumo-novncproxy', { skip, timeout: 180_000 }, () => {
  before(async () => {
    const imagePath = buildGuestImage();
    proxyPort = await freePort();
    cloud = await startCloud({
      computes: [{ name: 'qc', hosts: 1 }],
      computeArgs: ['--driver', 'qemu', '--shutdown-timeout', '10', '--novncproxy-base-url', `http://127.0.0.1:${proxyPort}`],
    });
    proxy = await spawnService('kumo-novncproxy', {
      args: ['--port', String(proxyPort), '--api-url', cloud.endpoint, '--log-level', 'info'],
      logFile: proxyLog,
      label: 'novncproxy',
    });
    const c = cloud.client;
    await c.flavors.create({ id: 'qc1', name: 'q.nano', vcpus: 1, ram_mb: 128, disk_gb: 1, is_public: true });
    const image = await c.images.createWithData(
      { name: 'kumo-guest', disk_format: 'qcow2', container_format: 'bare', visibility: 'public', min_ram_mb: 96, properties: { architecture: 'x86_64' } },
      imagePath,
    );
    const t0 = Date.now();
    const s = await c.servers.create({ name: 'console-vm', flavor_id: 'qc1', image_id: image.id });
    server = await waitStatus(c, s.id, 'SERVER_STATUS_ACTIVE', BOOT_MS);
    await until(async () => (await c.servers.consoleOutput(s.id)).includes(GUEST_READY), `the guest prints "${GUEST_READY}"`, BOOT_MS);
    console.log(`# guest ${server.id} ACTIVE with userspace up in ${Date.now() - t0} ms on ${server.host}`);
  });

  after(async () => {
    const data = cloud?.dataDir;
    await proxy?.stop();
    await cloud?.stop();
    // Guests outlive their compute process (as libvirt's do): reap whatever a failed test left.
    const left = data ? qemuPidsUnder(data) : [];
    for (const pid of left) process.kill(pid, 'SIGKILL');
    dir.remove();
    assert.deepEqual(left, [], 'QEMU processes left behind');
  });

  test("a WebSocket client reaches THAT guest's VNC with the URL's token, once", async () => {
    const url = await consoleUrl();
    assert.match(url, new RegExp(`^http://127\\.0\\.0\\.1:${proxyPort}/vnc_lite\\.html\\?path=%3Ftoken%3D[^&]+$`));
    // Where the guest's VNC server really is: the one TCP port its QEMU process listens on.
    const vncPorts = listeningPorts(guestPid());
    assert.equal(vncPorts.length, 1, `QEMU listens on ${vncPorts.join(', ')}`);
    const vncPort = vncPorts[0]!;
    assert.ok(vncPort > 5900, `VNC port ${vncPort} is display 1 or later`);

    const { ws } = wsUrlOf(url);
    const hello = await rfbHandshake(ws);
    assert.equal(hello.greeting, 'RFB 003.008\n');
    // QEMU names the desktop after -name (guest=<server id>): the proxy reached this guest.
    assert.equal(hello.name, `QEMU (${server.id})`);
    assert.ok(hello.width > 0 && hello.height > 0);
    // ...and the endpoint the token resolved to is the guest's VNC port.
    const conn = await until(() => connections().find((c) => c.instance === server.id), 'the proxy logs the connection', 5_000);
    assert.deepEqual({ host: conn.host, port: conn.port }, { host: '127.0.0.1', port: vncPort });
    console.log(`# RFB through the proxy: ${JSON.stringify(hello.greeting)} "${hello.name}" ${hello.width}x${hello.height} at 127.0.0.1:${vncPort}`);

    const again = await firstMessage(ws);
    assert.equal(again.status, 403, 'a console token works once');
  });

  test('headless Chromium opens a fresh console URL: noVNC connects to the guest; a screenshot is saved', async () => {
    const url = await consoleUrl();
    const context = await launchChromium(join(dir.path, 'chromium-profile'));
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      await page.waitForFunction(() => /^Connected/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 30_000 });
      const status = (await page.locator('#status').textContent()) ?? '';
      assert.ok(status.includes(server.id), `noVNC's status names the guest: ${status}`);
      const size = await page.evaluate(() => {
        const canvas = document.querySelector('#screen canvas') as HTMLCanvasElement | null;
        return canvas ? { w: canvas.width, h: canvas.height } : null;
      });
      assert.ok(size && size.w > 0 && size.h > 0, `canvas ${JSON.stringify(size)}`);
      // The guest's screen arrived: its text (SeaBIOS's, at least) makes pixels unlike the black background.
      const lit = await until(
        () =>
          page.evaluate(() => {
            const canvas = document.querySelector('#screen canvas') as HTMLCanvasElement;
            const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
            let n = 0;
            for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! > 96) n++;
            return n;
          }),
        "the guest's screen is drawn",
        15_000,
      );
      const shot = join(dir.path, 'guest-console.png');
      await page.screenshot({ path: shot });
      const png = readFileSync(shot);
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
      assert.ok(statSync(shot).size > 2000, `screenshot of ${statSync(shot).size} bytes`);
      const keep = process.env['KUMO_TEST_ARTIFACTS'];
      if (keep) copyFileSync(shot, join(keep, 'qemu_console.png'));
      console.log(`# noVNC: ${status}; canvas ${size.w}x${size.h}, ${lit} lit pixels; screenshot ${statSync(shot).size} bytes`);
    } finally {
      await context.close();
    }
  });

  test('deleting the server reaps its QEMU process', async () => {
    const pid = guestPid();
    assert.ok(alive(pid));
    await cloud.client.servers.delete(server.id);
    await waitGone(cloud.client, server.id);
    await until(() => !alive(pid), 'the QEMU process is gone', 20_000);
    assert.deepEqual(qemuPidsUnder(cloud.dataDir), [], 'no QEMU process left');
  });
});
