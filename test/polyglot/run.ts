// `npm run test:polyglot`: the gRPC contract proven from another language.
// Generates Python stubs from proto/ with Debian's protoc and
// grpc_python_plugin into a temporary directory, starts a private Kumo cloud
// (its own nats-server on a free port; conductor, scheduler, a compute
// process with two fake hosts and the API as real processes), and runs
// test/polyglot/client.py against it with Debian's python3. Everything is
// stopped and removed at the end, also on failure, timeout or Ctrl-C.
// Exits with the client's status.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { tempDir } from '../support/nats.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const protoDir = join(root, 'proto');
const client = join(root, 'test', 'polyglot', 'client.py');
// Debian's interpreter, where python3-grpcio and python3-protobuf live (a
// python3 earlier on PATH, e.g. pyenv's, does not see them).
const python = process.env['KUMO_PYTHON'] ?? '/usr/bin/python3';
const protoc = '/usr/bin/protoc';
const grpcPlugin = '/usr/bin/grpc_python_plugin';
// google/protobuf/*.proto (libprotobuf-dev), for the imports of timestamp and any.
const wktInclude = '/usr/include';
const CLIENT_TIMEOUT_MS = 240_000;
const INSTALL_HINT =
  'run `node scripts/setup.mjs --polyglot` as root, or:\n\n    sudo apt-get install -y --no-install-recommends protobuf-compiler protobuf-compiler-grpc libprotobuf-dev python3-grpcio python3-protobuf\n';

function say(msg: string): void {
  process.stdout.write(`polyglot: ${msg}\n`);
}

function fail(msg: string): never {
  process.stderr.write(`polyglot: ${msg}\n`);
  process.exit(1);
}

function protoFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return protoFiles(p);
    return name.endsWith('.proto') ? [relative(protoDir, p)] : [];
  });
}

function checkTools(): void {
  const missing: string[] = [];
  if (!existsSync(protoc)) missing.push(`${protoc} (protobuf-compiler)`);
  if (!existsSync(grpcPlugin)) missing.push(`${grpcPlugin} (protobuf-compiler-grpc)`);
  if (!existsSync(join(wktInclude, 'google', 'protobuf', 'timestamp.proto'))) missing.push(`${wktInclude}/google/protobuf/*.proto (libprotobuf-dev)`);
  const py = spawnSync(python, ['-c', 'import grpc, google.protobuf'], { encoding: 'utf8' });
  if (py.error || py.status !== 0) missing.push(`${python} with the grpc and google.protobuf modules (python3-grpcio, python3-protobuf)`);
  if (missing.length) fail(`missing:\n  ${missing.join('\n  ')}\n${INSTALL_HINT}`);
}

function generateStubs(out: string): number {
  const files = protoFiles(protoDir).sort();
  const res = spawnSync(
    protoc,
    [
      `-I${protoDir}`,
      `-I${wktInclude}`,
      `--plugin=protoc-gen-grpc_python=${grpcPlugin}`,
      `--python_out=${out}`,
      `--grpc_python_out=${out}`,
      ...files,
    ],
    { cwd: protoDir, encoding: 'utf8', timeout: 60_000 },
  );
  if (res.status !== 0) throw new Error(`protoc failed (${res.error?.message ?? `exit ${res.status}`}):\n${res.stderr}`);
  const version = spawnSync(protoc, ['--version'], { encoding: 'utf8' }).stdout.trim();
  say(`${version} and grpc_python_plugin generated Python stubs for ${files.length} files into ${out}`);
  return files.length;
}

/** The client's closing "N passed, M failed" line, repeated last by this runner. */
let summary: string | undefined;

/** Runs the client; resolves with its exit code (1 after a timeout). */
function runClient(endpoint: string, stubs: string, register: (stop: () => void) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(python, [client, '--endpoint', endpoint], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, PYTHONPATH: stubs, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      process.stdout.write(`${line}\n`);
      if (/^\d+ passed, \d+ failed$/.test(line)) summary = line;
    });
    const timer = setTimeout(() => {
      process.stderr.write(`polyglot: the Python client did not finish in ${CLIENT_TIMEOUT_MS / 1000} s; killing it\n`);
      child.kill('SIGKILL');
    }, CLIENT_TIMEOUT_MS);
    register(() => child.kill('SIGKILL'));
    child.once('error', (err) => {
      clearTimeout(timer);
      process.stderr.write(`polyglot: could not run ${python}: ${err.message}\n`);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function main(): Promise<number> {
  checkTools();
  const stubs = tempDir('kumo-pystubs-');
  let cloud: TestCloud | undefined;
  let stopClient: (() => void) | undefined;
  // A signal stops the client at once; whatever was started (also a cloud
  // still starting) is stopped by the `finally` below before exiting 130.
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`polyglot: ${signal}, stopping\n`);
    stopClient?.();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    generateStubs(stubs.path);
    say('starting Kumo: nats-server, conductor, scheduler, compute (2 fake hosts), api');
    const started = Date.now();
    cloud = await startCloud({ computes: [{ name: 'py', hosts: 2 }] });
    if (interrupted) return 130;
    say(`Kumo is up at ${cloud.endpoint} in ${((Date.now() - started) / 1000).toFixed(1)} s; running ${relative(root, client)}`);
    const code = await runClient(cloud.endpoint, stubs.path, (stop) => (stopClient = stop));
    if (interrupted) return 130;
    if (code === 0 && !cloud.allAlive()) {
      process.stderr.write('polyglot: a Kumo process died during the run\n');
      return 1;
    }
    return code;
  } finally {
    stopClient?.();
    if (cloud) {
      say('stopping the cloud');
      await cloud.stop();
    }
    stubs.remove();
  }
}

main().then(
  (status) => {
    let code = status;
    if (code === 0 && !summary) {
      process.stderr.write('polyglot: the client exited 0 without its closing count\n');
      code = 1;
    }
    if (code !== 0) say(`FAILED (exit ${code})`);
    // The closing line: the client's count of checks; a failure the client
    // did not count (timeout, a Kumo process died) counts as one more.
    let closing = summary ?? '0 passed, 0 failed';
    if (code !== 0 && / 0 failed$/.test(closing)) closing = `${parseInt(closing, 10)} passed, 1 failed`;
    say(closing);
    process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`polyglot: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    say('0 passed, 1 failed');
    process.exit(1);
  },
);
