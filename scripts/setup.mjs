// Makes a fresh checkout runnable: installs npm packages when missing or
// stale, installs nats-server through apt when missing (as root; otherwise
// says exactly what to run), and builds. Used by `npm run up` and `npm test`,
// so the README's two commands work on a bare Debian machine with Node 20.
// With --polyglot (`npm run test:polyglot`) it also installs Debian's protoc,
// gRPC Python plugin, well-known .proto files and Python gRPC packages.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const needNats = !(process.argv.includes('--nats-optional') && process.env.KUMO_NATS_URL);
const needPolyglot = process.argv.includes('--polyglot');

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

function aptInstall(packages) {
  say(`installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

if (needNats && !findNats()) {
  if (process.getuid?.() === 0) {
    aptInstall(['nats-server']);
  } else {
    say('nats-server is missing. Install it with:\n\n    sudo apt-get install -y nats-server\n\nor set KUMO_NATS_URL to a NATS server with JetStream enabled (for `npm run up`).');
    process.exit(1);
  }
}

// 2a. QEMU for real guests (pkg/compute/virt/qemu, test/integration/qemu_driver.test.ts,
// `kumo up --driver qemu`) and what scripts/build-guest-image.mjs builds the test guest with.
// Only checked by path, so a machine that has them pays nothing.
{
  const wanted = [
    ['qemu-system-x86', ['/usr/bin/qemu-system-x86_64']],
    ['qemu-utils', ['/usr/bin/qemu-img']],
    ['busybox-static', ['/bin/busybox']],
    ['e2fsprogs', ['/usr/sbin/mke2fs', '/sbin/mke2fs']],
  ];
  // A dynamic busybox (the `busybox` package) cannot run alone in the guest's initramfs.
  const staticBusybox = () => existsSync('/bin/busybox') && spawnSync('dpkg-query', ['-W', '-f=${Status}', 'busybox-static'], { encoding: 'utf8' }).stdout?.includes('install ok installed');
  const missing = wanted.filter(([name, paths]) => !paths.some((p) => existsSync(p)) || (name === 'busybox-static' && !staticBusybox())).map(([name]) => name);
  if (missing.length) {
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) aptInstall(missing);
    else say(`real guests need: sudo apt-get install -y --no-install-recommends ${missing.join(' ')} (the QEMU tests skip without them)`);
  }
}

// 2c. The browser console: noVNC's web client, served by kumo-novncproxy
// (`kumo up` starts it); Chromium only for the tests (test/integration/
// console_proxy.test.ts drives it headless), not for `npm run up`.
{
  const wanted = [['novnc', '/usr/share/novnc/vnc_lite.html']];
  if (!process.argv.includes('--nats-optional')) wanted.push(['chromium', '/usr/bin/chromium']);
  const missing = wanted.filter(([, path]) => !existsSync(path)).map(([name]) => name);
  if (missing.length) {
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) aptInstall(missing);
    else say(`the browser console needs: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  }
}

// 2b. With --polyglot: what test/polyglot/run.ts uses to generate and run
// Python stubs (each Debian package with the file it is checked by).
if (needPolyglot) {
  const python = process.env.KUMO_PYTHON ?? '/usr/bin/python3';
  const imports = (module) => () => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
  const wanted = [
    ['protobuf-compiler', () => existsSync('/usr/bin/protoc')],
    ['protobuf-compiler-grpc', () => existsSync('/usr/bin/grpc_python_plugin')],
    ['libprotobuf-dev', () => existsSync('/usr/include/google/protobuf/timestamp.proto')],
    ['python3-grpcio', imports('grpc')],
    ['python3-protobuf', imports('google.protobuf')],
  ];
  const missing = wanted.filter(([, present]) => !present()).map(([name]) => name);
  if (missing.length) {
    if (process.getuid?.() === 0) {
      aptInstall(missing);
      const still = wanted.filter(([, present]) => !present()).map(([name]) => name);
      if (still.length) {
        say(`still missing after apt-get install: ${still.join(' ')} (is ${python} Debian's python3?)`);
        process.exit(1);
      }
    } else {
      say(`the polyglot test needs Debian packages that are missing: ${missing.join(' ')}. Install them with:\n\n    sudo apt-get install -y --no-install-recommends ${missing.join(' ')}\n`);
      process.exit(1);
    }
  }
}

// 3. Build (generated types, then TypeScript).
say('building');
run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
