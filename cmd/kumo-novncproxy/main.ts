#!/usr/bin/env node
// kumo-novncproxy: the browser console proxy, as Nova's nova-novncproxy.
// Serves noVNC and bridges its WebSocket to a guest's VNC server once the
// console URL's one-time token checks out with ConsoleAuthService.
import { parseArgs } from 'node:util';
import { KumoClient } from '../../pkg/client/client.js';
import { ConsoleProxy } from '../../pkg/console/proxy.js';
import { DEFAULT_NOVNC_DIR } from '../../pkg/console/static_files.js';
import { ApiTokenValidator } from '../../pkg/console/token_validator.js';
import { newLogger } from '../../pkg/util/log.js';
import { watchSupervisor } from '../../pkg/util/supervisor.js';

const USAGE = `usage: kumo-novncproxy [options]
Serves noVNC and proxies its WebSocket to guests' VNC consoles after checking
the one-time token of a console URL with the API's ConsoleAuthService.

  --host ADDR             listen address (default 127.0.0.1; KUMO_NOVNCPROXY_HOST)
  --port N                listen port (default 6080, 0 for a free one; KUMO_NOVNCPROXY_PORT)
  --web DIR               noVNC's files (default ${DEFAULT_NOVNC_DIR}; KUMO_NOVNCPROXY_WEB)
  --api-url URL           kumo-api (default KUMO_URL or 127.0.0.1:8774)
  --allowed-origins A,B   more browser origins allowed to connect (Nova's console_allowed_origins)
  --log-level LEVEL       (default info; KUMO_LOG_LEVEL)

It calls the API as an admin: KUMO_TOKEN, or KUMO_USERNAME + KUMO_PASSWORD
(+ KUMO_PROJECT) to log in; KUMO_CACERT/KUMO_CERT/KUMO_KEY for TLS.

Compute processes must build console URLs on this proxy:
  kumo-compute --novncproxy-base-url http://HOST:PORT`;

function args(): ReturnType<typeof parse> {
  try {
    return parse();
  } catch (err) {
    process.stderr.write(`kumo-novncproxy: ${(err as Error).message}\n`);
    process.exit(2);
  }
}
const parse = () => parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    web: { type: 'string' },
    'api-url': { type: 'string' },
    'allowed-origins': { type: 'string' },
    'log-level': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
const { values } = args();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const env = process.env;
const port = Number(values.port ?? env['KUMO_NOVNCPROXY_PORT'] ?? 6080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`kumo-novncproxy: --port must be a port number, got "${values.port}"\n`);
  process.exit(2);
}
const host = values.host ?? env['KUMO_NOVNCPROXY_HOST'] ?? '127.0.0.1';
const log = newLogger('kumo-novncproxy', values['log-level'] ?? env['KUMO_LOG_LEVEL'] ?? 'info');
const username = env['KUMO_USERNAME'];
const password = env['KUMO_PASSWORD'];
const client = KumoClient.fromEnv({
  url: values['api-url'] ?? (env['KUMO_URL'] || '127.0.0.1:8774'),
  ...(username && password ? { auth: { username, password, project: env['KUMO_PROJECT'] ?? '' } } : {}),
});
const allowedOrigins = (values['allowed-origins'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const proxy = new ConsoleProxy({ host, port, webDir: values.web ?? env['KUMO_NOVNCPROXY_WEB'], validator: new ApiTokenValidator(client), log, allowedOrigins });
try {
  await proxy.start();
} catch (err) {
  process.stderr.write(`kumo-novncproxy: cannot listen on ${host}:${port}: ${(err as Error).message}\n`);
  process.exit(1);
}
// The ready line supervisors (kumo up, tests) wait for, as every Kumo service writes it.
process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), svc: 'kumo-novncproxy', pid: process.pid, port: proxy.port, base_url: proxy.baseUrl(), msg: 'ready' })}\n`);
let stopping = false;
const stop = async (signal: string): Promise<void> => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  await proxy.stop();
  client.close();
  log.flush();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
watchSupervisor(() => void stop('supervisor-gone'));
