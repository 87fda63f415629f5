// Build: regenerate pkg/gen from proto/, compile TypeScript to dist/, and
// make the CLI entry executable (tsc does not keep file modes).
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, [join(root, 'scripts', 'gen.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
chmodSync(join(root, 'dist', 'cmd', 'kumo', 'main.js'), 0o755);
