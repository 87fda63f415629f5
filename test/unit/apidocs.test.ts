// The API reference generator (scripts/apidocs.mjs): it refuses undocumented
// proto elements, naming each, and docs/api/ in the tree matches the proto.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

// Compiled to dist/test/unit/: the repository is three levels up.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(root, 'scripts', 'apidocs.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'kumo-apidocs-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function apidocs(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A one-file package demo.v1 under a fresh proto root; returns [protoRoot, outDir]. */
function demo(name: string, proto: string): [string, string] {
  const protoRoot = join(tmp, name, 'proto');
  mkdirSync(join(protoRoot, 'demo', 'v1'), { recursive: true });
  writeFileSync(join(protoRoot, 'demo', 'v1', 'demo.proto'), proto);
  return [protoRoot, join(tmp, name, 'docs')];
}

const DOCUMENTED = `syntax = "proto3";

package demo.v1;

import "google/protobuf/timestamp.proto";

// WidgetService keeps widgets.
service WidgetService {
  // GetWidget returns one widget.
  rpc GetWidget(GetWidgetRequest) returns (Widget);
  // WatchWidgets streams widgets as they change.
  rpc WatchWidgets(GetWidgetRequest) returns (stream Widget);
}

// Color of a widget.
enum Color {
  // Not set.
  COLOR_UNSPECIFIED = 0;
  // Red, with a | pipe and <angle> brackets.
  COLOR_RED = 1;
}

// GetWidgetRequest names a widget.
message GetWidgetRequest {
  // Widget id.
  string id = 1;
}

// Widget is a thing.
message Widget {
  // Widget id.
  string id = 1;
  // Its color.
  Color color = 2;
  // Labels.
  map<string, string> labels = 3;
  // Parts.
  repeated string parts = 4;
  // Set only when known.
  optional int32 weight = 5;
  // When it was made.
  google.protobuf.Timestamp create_time = 6;
}
`;

test('a fully documented package generates cross-linked pages, and --check accepts them', () => {
  const [protoRoot, out] = demo('ok', DOCUMENTED);
  const opts = ['--proto-root', protoRoot, '--package', 'demo.v1', '--out', out];
  const gen = apidocs(...opts);
  assert.equal(gen.status, 0, gen.stderr);
  for (const f of ['README.md', 'widget-service.md', 'messages.md', 'enums.md', 'errors.md']) assert.ok(existsSync(join(out, f)), f);

  const index = readFileSync(join(out, 'README.md'), 'utf8');
  assert.match(index, /\| \[WidgetService\]\(widget-service\.md\) \| 2 \| WidgetService keeps widgets\. \|/);
  const service = readFileSync(join(out, 'widget-service.md'), 'utf8');
  assert.match(service, /- Request: \[GetWidgetRequest\]\(messages\.md#getwidgetrequest\)/);
  assert.match(service, /- Response: \*\*stream\*\* of \[Widget\]\(messages\.md#widget\) \(server streaming\)/);
  const messages = readFileSync(join(out, 'messages.md'), 'utf8');
  assert.match(messages, /\| `color` \| 2 \| \[Color\]\(enums\.md#color\) \|  \| Its color\. \|/);
  assert.match(messages, /\| `labels` \| 3 \| map&lt;`string`, `string`&gt; \| map \| Labels\. \|/);
  assert.match(messages, /\| `parts` \| 4 \| `string` \| repeated \|/);
  assert.match(messages, /\| `weight` \| 5 \| `int32` \| optional \|/);
  assert.match(messages, /\| `create_time` \| 6 \| \[google\.protobuf\.Timestamp\]\(https:/);
  const enums = readFileSync(join(out, 'enums.md'), 'utf8');
  assert.match(enums, /\| `COLOR_RED` \| 1 \| Red, with a \\\| pipe and &lt;angle&gt; brackets\. \|/);

  const check = apidocs('--check', ...opts);
  assert.equal(check.status, 0, check.stderr);

  // Stale: a page edited by hand, and one no longer generated.
  writeFileSync(join(out, 'enums.md'), enums.replace('Not set.', 'Unset.'));
  writeFileSync(join(out, 'gone-service.md'), `${index.split('\n')[0]}\n\n# GoneService\n`);
  const stale = apidocs('--check', ...opts);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /enums\.md \(differs\)/);
  assert.match(stale.stderr, /gone-service\.md \(no longer generated\)/);
  // A hand-written page in the directory is left alone.
  writeFileSync(join(out, 'guide.md'), '# A guide\n');
  assert.equal(apidocs(...opts).status, 0);
  assert.equal(apidocs('--check', ...opts).status, 0);
  assert.ok(existsSync(join(out, 'guide.md')));
  assert.ok(!existsSync(join(out, 'gone-service.md')));
});

test('an undocumented field fails the build, naming the field', () => {
  const proto = DOCUMENTED.replace('  // Parts.\n', '');
  const [protoRoot, out] = demo('field', proto);
  for (const mode of [[], ['--check']]) {
    const r = apidocs(...mode, '--proto-root', protoRoot, '--package', 'demo.v1', '--out', out);
    assert.equal(r.status, 1, `${mode.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, /undocumented field demo\.v1\.Widget\.parts \(demo\/v1\/demo\.proto\)/);
    assert.doesNotMatch(r.stderr, /Widget\.id|Widget\.labels/);
  }
  assert.ok(!existsSync(out), 'nothing is written when something is undocumented');
});

test('every kind of undocumented element is named', () => {
  const proto = DOCUMENTED.replace('// WidgetService keeps widgets.\n', '')
    .replace('  // GetWidget returns one widget.\n', '')
    .replace('// Color of a widget.\n', '')
    .replace('  // Not set.\n', '')
    .replace('// GetWidgetRequest names a widget.\n', '')
    .replace('  // Set only when known.\n', '');
  const [protoRoot, out] = demo('all', proto);
  const r = apidocs('--proto-root', protoRoot, '--package', 'demo.v1', '--out', out);
  assert.equal(r.status, 1);
  for (const what of [
    'service demo.v1.WidgetService',
    'rpc demo.v1.WidgetService.GetWidget',
    'enum demo.v1.Color',
    'enum value demo.v1.Color.COLOR_UNSPECIFIED',
    'message demo.v1.GetWidgetRequest',
    'field demo.v1.Widget.weight',
  ]) {
    assert.ok(r.stderr.includes(`undocumented ${what} `), `${what} in:\n${r.stderr}`);
  }
  assert.match(r.stderr, /6 undocumented element\(s\)/);
});

test('docs/api is complete and up to date with proto/kumo/compute/v1', () => {
  const r = apidocs('--check');
  assert.equal(r.status, 0, `${r.stderr}\nRun \`npm run docs:api\` and commit docs/api.`);
});
