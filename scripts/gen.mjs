// Regenerates pkg/gen (TypeScript types for every proto message and service,
// and the barrel pkg/gen/types.ts) from proto/ with `buf generate`: see
// buf.gen.yaml and its local plugin scripts/protoc-gen-kumo-ts.mjs. The
// output is never edited by hand.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

// The buf binary of the @bufbuild/buf dev dependency (what `npx buf` runs).
const buf = join(dirname(require.resolve('@bufbuild/buf/package.json')), 'bin', 'buf');

rmSync(join(root, 'pkg', 'gen'), { recursive: true, force: true });
execFileSync(process.execPath, [buf, 'generate'], {
  cwd: root,
  stdio: 'inherit',
  // buf.gen.yaml runs the plugin as `node ...`: this node, whatever PATH says.
  env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` },
});
