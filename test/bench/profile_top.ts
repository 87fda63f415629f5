// Summarises a V8 .cpuprofile (node --cpu-prof; bench:storm --profile):
// self time by function and by source (file of Kumo, or package), so the
// storm's CPU per process kind can be split by where it goes.
//
//   node dist/test/bench/profile_top.js FILE.cpuprofile [--top 25] [--skip-s S]
//
// --skip-s: leave out the first S seconds of the profile (e.g. bench:view's
// conductor applying the log before the pages are measured).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' }, 'skip-s': { type: 'string', default: '0' } }, allowPositionals: true });
const top = Number(values.top);
const skipUs = Number(values['skip-s']) * 1e6;

/** Where a frame's code lives: a package name, a Kumo source file, node internals or V8. */
function sourceOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return url;
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + '/dist/'.length).replace(/\.js$/, '.ts');
  return url;
}

for (const file of positionals) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  // Self time per node from the sample deltas (µs).
  const self = new Map<number, number>();
  let atUs = 0;
  for (let i = 0; i < p.samples.length; i++) {
    atUs += p.timeDeltas[i] ?? 0;
    if (atUs < skipUs) continue;
    self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const byFn = new Map<string, number>();
  const bySource = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  for (const n of p.nodes) {
    const us = self.get(n.id) ?? 0;
    if (!us) continue;
    const fn = n.callFrame.functionName || '(anonymous)';
    if (fn === '(idle)' || fn === '(program)') {
      if (fn === '(idle)') idleUs += us;
      else totalUs += us;
      if (fn === '(idle)') continue;
    } else totalUs += us;
    const src = sourceOf(n.callFrame.url, fn);
    const key = `${fn}  ${src}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    bySource.set(src, (bySource.get(src) ?? 0) + us);
  }
  // Each sample charged to the innermost Kumo frame on its stack (pkg/ or cmd/), so a library's
  // cost (nats, lmdb, msgpackr, protobufjs) lands on the Kumo code that called it.
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const byKumo = new Map<string, number>();
  for (const [id, us] of self) {
    const fn = byId.get(id)!.callFrame.functionName;
    if (fn === '(idle)') continue;
    let cur: number | undefined = id;
    let owner = fn.startsWith('(') ? fn : '(no Kumo frame: event loop, library callbacks)';
    while (cur !== undefined) {
      const cf = byId.get(cur)!.callFrame;
      const m = /\/dist\/((?:pkg|cmd)\/.*)\.js$/.exec(cf.url);
      if (m) {
        owner = `${cf.functionName || '(anonymous)'}  ${m[1]}.ts:${cf.lineNumber + 1}`;
        break;
      }
      cur = parent.get(cur);
    }
    byKumo.set(owner, (byKumo.get(owner) ?? 0) + us);
  }
  const pct = (us: number): string => `${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
  process.stdout.write(`${file}: ${(totalUs / 1e6).toFixed(2)} s busy, ${(idleUs / 1e6).toFixed(2)} s idle\n  by source:\n`);
  for (const [k, us] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`    ${pct(us)}  ${k}\n`);
  process.stdout.write('  by the innermost Kumo function on the stack (library time included):\n');
  for (const [k, us] of [...byKumo].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`    ${pct(us)}  ${k}\n`);
  process.stdout.write('  by function (self):\n');
  for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`    ${pct(us)}  ${k}\n`);
}
