// Makes a fresh checkout runnable: installs npm packages when missing or
// stale, installs nats-server through apt when missing (as root; otherwise
// says exactly what to run), and builds. Used by `npm run up` and `npm test`,
// so the README's two commands work on a bare Debian machine with Node 20.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const needNats = !(process.argv.includes('--nats-optional') && process.env.KUMO_NATS_URL);

function say(msg) {
  process.stderr.write(`setup: ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (res.status !== 0) {
    say(`\`${cmd} ${args.join(' ')}\` failed (exit ${res.status ?? res.signal})`);
    process.exit(1);
  }
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

// 1. npm packages.
const marker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker) || mtime(join(root, 'package-lock.json')) > mtime(marker) || mtime(join(root, 'package.json')) > mtime(marker)) {
  say('installing npm packages');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

// 2. nats-server.
function findNats() {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin', '/usr/bin'];
  for (const d of dirs) {
    try {
      accessSync(join(d, 'nats-server'), constants.X_OK);
      return join(d, 'nats-server');
    } catch {
      // keep looking
    }
  }
  return undefined;
}
if (needNats && !findNats()) {
  if (process.getuid?.() === 0) {
    say('installing nats-server with apt-get');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nats-server'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    say('nats-server is missing. Install it with:\n\n    sudo apt-get install -y nats-server\n\nor set KUMO_NATS_URL to a NATS server with JetStream enabled (for `npm run up`).');
    process.exit(1);
  }
}

// 3. Build (generated types, then TypeScript).
say('building');
run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
