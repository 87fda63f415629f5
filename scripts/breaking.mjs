// `npm run lint:breaking`: the gRPC contract (the buf module at proto/) has
// no breaking change against the previous commit, by buf.yaml's `breaking`
// rules. Skips, saying so, when there is no previous commit to compare with
// (a first commit, a shallow clone) or when it had no proto/.
//
//   node scripts/breaking.mjs [--against REF]   (default HEAD~1)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const buf = join(dirname(require.resolve('@bufbuild/buf/package.json')), 'bin', 'buf');
const { values } = parseArgs({ options: { against: { type: 'string' } } });
const ref = values.against ?? 'HEAD~1';

function git(...args) {
  return spawnSync('git', args, { cwd: root, encoding: 'utf8' });
}

function say(msg) {
  process.stdout.write(`lint:breaking: ${msg}\n`);
}

const commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
if (commit.error || commit.status !== 0) {
  if (values.against) {
    say(`${ref} is not a commit in this checkout`);
    process.exit(1);
  }
  say(`skipped: ${ref} does not exist in this checkout${git('rev-parse', '--is-shallow-repository').stdout.trim() === 'true' ? ' (shallow clone)' : ''}, so there is nothing to compare proto/ with`);
  process.exit(0);
}
const sha = commit.stdout.trim();
if (git('cat-file', '-e', `${sha}:proto`).status !== 0) {
  say(`skipped: ${ref} (${sha.slice(0, 12)}) has no proto/ directory`);
  process.exit(0);
}

const subject = git('log', '-1', '--format=%s', sha).stdout.trim();
say(`checking proto/ against ${ref} (${sha.slice(0, 12)} ${subject.slice(0, 60)})`);
const res = spawnSync(process.execPath, [buf, 'breaking', 'proto', '--against', `.git#ref=${sha},subdir=proto`], { cwd: root, stdio: 'inherit' });
if (res.status !== 0) {
  say(`breaking changes against ${ref} (see above); exit ${res.status ?? res.signal}`);
  process.exit(1);
}
say('no breaking changes');
