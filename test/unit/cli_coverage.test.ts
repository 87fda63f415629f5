// The CLI covers the API: every RPC of every public service (read from the
// loaded proto definitions) is declared by some command, every command's
// declaration is true (running its examples against a fake kumo-api calls
// each RPC it declares), every example is a valid command line, every
// command has a description and an example that --help prints, and every
// list and show prints the same data as json and as yaml, and -c picks.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { apiPackageDefinition, SERVICE_NAMES } from '../../pkg/api/proto.js';
import type { Io } from '../../pkg/cli/command.js';
import { main, resolveInvocation } from '../../pkg/cli/main.js';
import { allCommands } from '../../pkg/cli/registry.js';
import { FakeKumoApi } from './cli_fake_api.js';

/** "ServerService.PauseServer" for every RPC of every public service. */
function apiRpcs(): string[] {
  const pkg = apiPackageDefinition();
  return SERVICE_NAMES.flatMap((name) => Object.keys(pkg[name] as object).map((method) => `${name.split('.').pop()}.${method}`));
}

/**
 * The kumo arguments of an example: the words after `kumo` up to a shell
 * operator (`>`, `|`, `)`, ...), quotes removed (`source <(kumo completion
 * bash)` -> completion bash).
 */
function exampleArgv(example: string): string[] {
  const tokens: Array<{ word: string; operator: boolean }> = [];
  let word = '';
  let quoted = false;
  const flush = (): void => {
    if (word || quoted) tokens.push({ word, operator: false });
    word = '';
    quoted = false;
  };
  for (let i = 0; i < example.length; i++) {
    const c = example[i]!;
    if (c === "'" || c === '"') {
      const end = example.indexOf(c, i + 1);
      assert.ok(end > i, `unbalanced quote in example: ${example}`);
      word += example.slice(i + 1, end);
      quoted = true;
      i = end;
    } else if (/\s/.test(c)) {
      flush();
    } else if ('<>|;&()'.includes(c)) {
      flush();
      tokens.push({ word: c, operator: true });
    } else {
      word += c;
    }
  }
  flush();
  const start = tokens.findIndex((t) => !t.operator && t.word === 'kumo');
  assert.ok(start >= 0, `example does not run kumo: ${example}`);
  const rest = tokens.slice(start + 1);
  const end = rest.findIndex((t) => t.operator);
  return (end < 0 ? rest : rest.slice(0, end)).map((t) => t.word);
}

interface Result {
  code: number;
  out: string;
  err: string;
}

const fake = new FakeKumoApi();
// `kumo login` writes clouds.yaml: here, never in the user's ~/.config.
const configDir = mkdtempSync(join(tmpdir(), 'kumo-cli-coverage-'));
process.on('exit', () => rmSync(configDir, { recursive: true, force: true }));

/** Runs a command line against the fake; long operations are cut off after `ms`. */
async function kumo(argv: readonly string[], ms = 400): Promise<Result> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
  const code = await main(['--url', fake.url, ...argv], io, { KUMO_CONFIG_DIR: configDir }, { wait: { intervalMs: 5, timeoutMs: 2000 }, signal: AbortSignal.timeout(ms) });
  return { code, out, err };
}

test('every RPC of every public service has a command', () => {
  const rpcs = apiRpcs();
  assert.ok(rpcs.length >= 69, `expected every RPC of the proto, got ${rpcs.length}`);
  const declared = new Map<string, string[]>();
  for (const { path, command } of allCommands()) {
    for (const rpc of command.rpcs) declared.set(rpc, [...(declared.get(rpc) ?? []), path]);
  }
  const missing = rpcs.filter((r) => !declared.has(r));
  assert.deepEqual(missing, [], `RPCs with no command: ${missing.join(', ')}`);
  const unknown = [...declared.keys()].filter((r) => !rpcs.includes(r));
  assert.deepEqual(unknown, [], `commands declare RPCs the API does not have: ${unknown.join(', ')}`);
});

test('every example is a valid command line of its own command', () => {
  for (const { path, command } of allCommands()) {
    assert.ok(command.examples.length >= 1, `kumo ${path} has no example`);
    for (const example of command.examples) {
      const inv = resolveInvocation(exampleArgv(example));
      assert.equal(inv.kind, 'run', example);
      assert.equal(inv.kind === 'run' && inv.path, path, `${example} runs another command`);
    }
  }
});

test('help: every command has a description and examples, and --help and `kumo help` print them', async () => {
  for (const { path, command } of allCommands()) {
    assert.ok(command.summary.trim().length > 5, `kumo ${path}: summary`);
    assert.ok(command.description.trim().length > 10, `kumo ${path}: description`);
    for (const argv of [[...path.split(' '), '--help'], ['help', ...path.split(' ')]]) {
      let out = '';
      const io: Io = { out: (t) => void (out += t), err: () => undefined, errIsTTY: false };
      assert.equal(await main(argv, io, {}), 0, argv.join(' '));
      assert.match(out, new RegExp(`^Usage: kumo ${path}`), argv.join(' '));
      assert.ok(out.includes(command.description), `${argv.join(' ')}: description`);
      for (const e of command.examples) assert.ok(out.includes(`  ${e}\n`), `${argv.join(' ')}: example ${e}`);
      for (const name of Object.keys(command.options)) assert.ok(out.includes(`--${name}`), `${argv.join(' ')}: option --${name}`);
    }
  }
});

describe('commands against a fake kumo-api', { timeout: 120_000 }, () => {
  before(() => fake.start());
  after(() => fake.stop());
  beforeEach(() => fake.reset());

  test('running the examples of each command calls every RPC it declares, and no example is a usage error', async () => {
    const untrue: string[] = [];
    for (const { path, command } of allCommands()) {
      const called = new Set<string>();
      for (const example of command.examples) {
        fake.reset();
        const r = await kumo(exampleArgv(example));
        assert.notEqual(r.code, 2, `${example}: ${r.err}`);
        for (const rpc of fake.rpcs()) called.add(rpc);
      }
      for (const rpc of command.rpcs) if (!called.has(rpc)) untrue.push(`kumo ${path} declares ${rpc} but its examples never call it`);
    }
    assert.deepEqual(untrue, []);
  });

  test('every list and show prints the same data as json and yaml, and -c picks columns', async () => {
    let checked = 0;
    for (const { path, command } of allCommands()) {
      const argv = exampleArgv(command.examples[0]!).filter((a, i, all) => !['-f', '-c'].includes(a) && !['-f', '-c'].includes(all[i - 1]!));
      fake.reset();
      const json = await kumo([...argv, '-f', 'json']);
      if (json.code !== 0 || !/^[[{]/.test(json.out)) continue; // text, nothing printed, or a wait cut off
      fake.reset();
      const yaml = await kumo([...argv, '-f', 'yaml']);
      assert.equal(yaml.code, 0, `${path} -f yaml: ${yaml.err}`);
      const data: unknown = JSON.parse(json.out);
      assert.deepEqual(parseYaml(yaml.out, { version: '1.1' }), data, `kumo ${path}: yaml and json differ`);
      const first = Array.isArray(data) ? (data[0] as Record<string, unknown> | undefined) : (data as Record<string, unknown>);
      if (first && !Object.keys(first).length) continue;
      if (first) {
        const column = Object.keys(first)[0]!;
        fake.reset();
        const picked = await kumo([...argv, '-f', 'json', '-c', column]);
        assert.equal(picked.code, 0, `${path} -c ${column}: ${picked.err}`);
        const rows = JSON.parse(picked.out) as unknown;
        for (const row of Array.isArray(rows) ? rows : [rows]) assert.deepEqual(Object.keys(row as object), [column], `kumo ${path} -c ${column}`);
      }
      checked++;
    }
    // Every list and show of the registry prints a JSON object or list (count them as a floor).
    assert.ok(checked >= 30, `only ${checked} commands printed json`);
  });
});
