// The buf plugin behind pkg/gen (scripts/protoc-gen-kumo-ts.mjs) against
// proto-loader-gen-types reading .proto files directly: the same output,
// byte for byte, for proto/ and for a fixture that uses what proto/ does not
// (yet): nested types between fields, oneofs, proto3 optional, maps of
// messages, every scalar, proto2 defaults and extensions, enum aliases,
// deprecated options, streaming both ways, trailing, block and detached
// comments, well-known types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/nats.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const buf = join(root, 'node_modules', '@bufbuild', 'buf', 'bin', 'buf');
const genTypes = join(root, 'node_modules', '@grpc', 'proto-loader', 'build', 'bin', 'proto-loader-gen-types.js');
const plugin = join(root, 'scripts', 'protoc-gen-kumo-ts.mjs');
const PLUGIN_ONLY = new Set(['barrel', 'barrel_package', 'source_root']);

/** The plugin options listed in buf.gen.yaml (`opt:`), in order. */
function bufGenOptions(): string[] {
  const lines = readFileSync(join(root, 'buf.gen.yaml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\s+opt:\s*$/.test(l));
  assert.ok(start >= 0, 'buf.gen.yaml has no opt: list');
  const opts: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const m = /^\s+- (\S+)\s*$/.exec(line);
    if (!m) break;
    opts.push(m[1]!);
  }
  return opts;
}

function genTypesFlags(opts: string[]): string[] {
  return opts.filter((o) => !PLUGIN_ONLY.has(o.split('=')[0]!)).map((o) => `--${o}`);
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p, base) : [relative(base, p)];
  });
}

function protoFiles(dir: string): string[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.proto'))
    .sort();
}

function assertSameTrees(expected: string, actual: string, ignore: string[] = []): number {
  const want = listFiles(expected).sort();
  const got = listFiles(actual)
    .filter((f) => !ignore.includes(f))
    .sort();
  assert.deepEqual(got, want);
  for (const f of want) assert.equal(readFileSync(join(actual, f), 'utf8'), readFileSync(join(expected, f), 'utf8'), f);
  return want.length;
}

function run(cmd: string[], cwd: string): void {
  execFileSync(process.execPath, cmd, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

test('buf generate with the plugin writes what proto-loader-gen-types writes from proto/', () => {
  const dir = tempDir('kumo-gen-');
  try {
    const opts = bufGenOptions();
    run([genTypes, ...genTypesFlags(opts), '-I', 'proto', '-O', join(dir.path, 'direct'), ...protoFiles(join(root, 'proto'))], root);
    run([buf, 'generate', '-o', join(dir.path, 'buf')], root);
    const out = join(dir.path, 'buf', 'pkg', 'gen');
    const n = assertSameTrees(join(dir.path, 'direct'), out, ['types.ts']);
    assert.ok(n > 100, `only ${n} files`);
    // Comments carried over from the descriptors' source_code_info.
    assert.match(readFileSync(join(out, 'kumo/compute/v1/ServerService.ts'), 'utf8'), /WatchServer streams the server as it is now/);
    // The barrel: messages and enums, not services.
    const barrel = readFileSync(join(out, 'types.ts'), 'utf8');
    assert.match(barrel, /^export type \{ Server, Server__Output \} from '\.\/kumo\/compute\/v1\/Server\.js';$/m);
    assert.match(barrel, /^export type \{ ServerStatus, ServerStatus__Output \} from /m);
    assert.match(barrel, /^export type \{ Timestamp, Timestamp__Output \} from '\.\/google\/protobuf\/Timestamp\.js';$/m);
    assert.doesNotMatch(barrel, /ServerService/);
  } finally {
    dir.remove();
  }
});

const FIXTURE: Record<string, string> = {
  'buf.yaml': 'version: v2\nmodules:\n  - path: proto\n',
  'proto/demo/v1/shapes.proto': `syntax = "proto3";

// Detached comment at the top of the file.

package demo.v1;

import "google/protobuf/duration.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/timestamp.proto";
import "legacy/old.proto";

// Shape is a shape.
// It has two lines of comment.
message Shape {
  // Kind of shape, declared before the fields.
  enum Kind {
    // Unset.
    KIND_UNSPECIFIED = 0;
    KIND_CIRCLE = 1; // Round.
    // Old.
    KIND_BLOB = 2 [deprecated = true];
  }
  reserved 7, 9 to 11;
  reserved "gone";

  string id = 1; // Trailing comment on id.
  Kind kind = 2;

  /** A block comment
   * over two lines. */
  Corner first = 3;

  // A corner, nested after some fields.
  message Corner {
    double x = 1;
    float y = 2;
    // Deeper nesting.
    message Label { string text = 1; }
    Label label = 3;
  }

  // One of these.
  oneof size {
    // Radius.
    int64 radius = 4;
    // Side length.
    uint64 side = 5;
    Corner corner = 6;
  }
  optional sint32 maybe = 8;
  map<string, Corner> corners = 12;
  map<int64, string> names = 13;
  repeated Kind kinds = 14;
  bytes blob = 15 [deprecated = true];
  google.protobuf.Timestamp at = 16;
  google.protobuf.Duration took = 17;
  google.protobuf.Struct extra = 18;
  legacy.Old old = 19;
  fixed32 f32 = 20;
  sfixed64 sf64 = 21;
  bool flag = 22;
  uint32 u32 = 23;
  int32 i32 = 24;
  sint64 s64 = 25;
  fixed64 f64 = 26;
  sfixed32 sf32 = 27;
}

// Color at file level, after a message.
enum Color {
  COLOR_UNSPECIFIED = 0;
  COLOR_RED = 1;
}

// Shapes moves shapes.
service Shapes {
  // Unary.
  rpc Get(Shape) returns (Shape);
  // Server streaming.
  rpc Watch(Shape) returns (stream Shape);
  // Client streaming.
  rpc Upload(stream Shape) returns (Shape);
  // Both ways; deprecated.
  rpc Chat(stream Shape) returns (stream Shape) {
    option deprecated = true;
  }
}
`,
  'proto/demo/v1/extra.proto': `syntax = "proto3";

package demo.v1;

// Trail is for trailing comments.
message Trail {
  // Two lines of trailing
  // for the message.

  string a = 1;
  // Trailing a, two lines,
  // below it.

  string b = 2;
  /* block trailing b */
  string c = 3; /* block on c's line */
}

// Leading on E.
enum E { // E's trailing.
  E_UNSPECIFIED = 0;
}
`,
  'proto/legacy/old.proto': `syntax = "proto2";

package legacy;

// Old is proto2.
message Old {
  required string name = 1;
  optional int32 count = 2 [default = 7];
  optional string label = 3 [default = "x\\"y"];
  repeated int32 packed_ints = 4 [packed = true];
  optional Mode mode = 5 [default = MODE_B];
  extensions 100 to max;
  oneof choice {
    string a = 6;
    int32 b = 7;
  }
}

// Mode of an Old.
enum Mode {
  option allow_alias = true;
  MODE_A = 1;
  MODE_B = 2;
  MODE_ALSO_B = 2;
}

extend Old {
  // An extension.
  optional string note = 100;
}
`,
};

test('the plugin carries every construct the generator reads', () => {
  const dir = tempDir('kumo-gen-fixture-');
  try {
    for (const [name, text] of Object.entries(FIXTURE)) {
      mkdirSync(dirname(join(dir.path, name)), { recursive: true });
      writeFileSync(join(dir.path, name), text);
    }
    const opts = bufGenOptions().filter((o) => !PLUGIN_ONLY.has(o.split('=')[0]!));
    run([genTypes, ...genTypesFlags(opts), '-I', 'proto', '-O', 'direct', ...protoFiles(join(dir.path, 'proto'))], dir.path);
    const template = {
      version: 'v2',
      plugins: [{ local: [process.execPath, plugin], out: 'buf', strategy: 'all', opt: [...opts, 'source_root=proto'] }],
    };
    run([buf, 'generate', '--template', JSON.stringify(template)], dir.path);
    assertSameTrees(join(dir.path, 'direct'), join(dir.path, 'buf'));
    const shape = readFileSync(join(dir.path, 'buf', 'demo/v1/Shape.ts'), 'utf8');
    for (const text of ['Trailing comment on id.', 'A block comment', 'Radius.', "'size'?: \"radius\"|\"side\"|\"corner\"", "'maybe'?: (number)"]) {
      assert.ok(shape.includes(text), `Shape.ts lacks ${text}`);
    }
    assert.match(readFileSync(join(dir.path, 'buf', 'demo/v1/Shapes.ts'), 'utf8'), /Both ways; deprecated\.\n\s+\* @deprecated/);
  } finally {
    dir.remove();
  }
});
