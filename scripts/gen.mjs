// Regenerates pkg/gen (TypeScript types for every proto message and service)
// from proto/. The output is never edited by hand.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const protoDir = join(root, 'proto');
const outDir = join(root, 'pkg', 'gen');

function protoFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return protoFiles(path);
    return name.endsWith('.proto') ? [path.slice(protoDir.length + 1)] : [];
  });
}

rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', '@grpc', 'proto-loader', 'build', 'bin', 'proto-loader-gen-types.js'),
    '--longs=Number', '--enums=String', '--defaults', '--oneofs', '--keepCase',
    '--grpcLib=@grpc/grpc-js', '--targetFileExtension=.ts', '--importFileExtension=.js',
    '--includeComments', '-I', protoDir, '-O', outDir,
    ...protoFiles(protoDir).sort(),
  ],
  { cwd: protoDir, stdio: 'inherit' },
);
