// `kumo completion bash|zsh`: the printed script is run in a real bash (and
// zsh when installed) with COMP_WORDS/COMP_CWORD set as the shell sets them,
// and its completions are checked: by hand for the common cases, and for
// every command, action and option of the registry.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { GLOBAL_OPTIONS } from '../../pkg/cli/args.js';
import type { Io } from '../../pkg/cli/command.js';
import { bashScript, zshScript } from '../../pkg/cli/commands/completion.js';
import { main } from '../../pkg/cli/main.js';
import { allCommands, GROUPS } from '../../pkg/cli/registry.js';

const dir = mkdtempSync(join(tmpdir(), 'kumo-completion-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A shell word in single quotes. */
const q = (w: string): string => `'${w.replace(/'/g, `'\\''`)}'`;

/**
 * Completes each command line (the last word is the one being completed,
 * '' for a new word) with the script in `shell`; one result list per line.
 */
function complete(shell: 'bash' | 'zsh', script: string, lines: ReadonlyArray<readonly string[]>): string[][] {
  const file = join(dir, `kumo.${shell}`);
  writeFileSync(file, script);
  const query =
    shell === 'bash'
      ? 't() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _kumo; echo "${COMPREPLY[*]}"; }'
      : // As zsh's bashcompinit runs a bash completion function: in sh emulation (arrays from 0).
        't() { emulate -L sh; setopt kshglob noshglob braceexpand; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _kumo; echo "${COMPREPLY[*]}"; }';
  const setup = shell === 'bash' ? `source ${q(file)}` : `autoload -U compinit && compinit -u -D; source ${q(file)}`;
  const program = [setup, query, ...lines.map((l) => `t ${l.map(q).join(' ')}`)].join('\n');
  const out = execFileSync(shell, shell === 'bash' ? ['--norc', '--noprofile', '-c', program] : ['-f', '-c', program], { cwd: dir, encoding: 'utf8' });
  const results = out.split('\n').slice(0, lines.length);
  assert.equal(results.length, lines.length, `${shell} printed ${results.length} lines for ${lines.length} queries`);
  return results.map((r) => r.split(' ').filter(Boolean));
}

const GLOBAL_FLAGS = Object.entries(GLOBAL_OPTIONS).flatMap(([n, o]) => [`--${n}`, ...(o.short ? [`-${o.short}`] : [])]);

test('kumo completion bash prints the script; zsh wraps it with bashcompinit', async () => {
  let out = '';
  const io: Io = { out: (t) => void (out += t), err: () => undefined, errIsTTY: false };
  assert.equal(await main(['completion', 'bash'], io, {}), 0);
  assert.equal(out, bashScript(GROUPS));
  assert.match(out, /^complete -F _kumo kumo$/m);
  out = '';
  assert.equal(await main(['completion', 'zsh'], io, {}), 0);
  assert.match(out, /^#compdef kumo\n/);
  assert.match(out, /bashcompinit/);
  assert.ok(out.includes(bashScript(GROUPS)));
});

test('bash: commands, actions, options and their values', () => {
  const cases: Array<[string[], string[]]> = [
    [['kumo', 'ser'], ['server']],
    [['kumo', 'server', 'pa'], ['pause']],
    [['kumo', 'server', 'create', '--fl'], ['--flavor']],
    [['kumo', 'server', 'create', '--flavor', 'm1.tiny', '--im'], ['--image']],
    [['kumo', 'server', 'gr'], ['group']],
    [['kumo', 'server', 'group', ''], ['create', 'list', 'show', 'delete']],
    [['kumo', 'server', 'resize', ''], ['confirm', 'revert']],
    [['kumo', 'availability', ''], ['zone']],
    [['kumo', 'aggregate', 'add', ''], ['host']],
    [['kumo', 'co'], ['compute', 'console', 'completion']],
    [['kumo', 'completion', ''], ['bash', 'zsh']],
    // Global options anywhere, with their values.
    [['kumo', '-f', ''], ['table', 'json', 'yaml', 'value']],
    [['kumo', 'server', 'list', '-f', 'y'], ['yaml']],
    [['kumo', 'server', 'list', '--format', '=', 'j'], ['json']],
    [['kumo', '--url', 'h:1', 'fla'], ['flavor']],
    [['kumo', '--debug', 'server', 'sh'], ['show', 'shelve']],
    [['kumo', 'server', 'show', '--deb'], ['--debug']],
    // Choices of an option.
    [['kumo', 'server', 'list', '--status', 'SH'], ['SHUTOFF', 'SHELVED', 'SHELVED_OFFLOADED']],
    [['kumo', 'server', 'group', 'create', '--policy', 'anti'], ['anti-affinity']],
    // The value of an option is not a command word: `--name list` stays in `server list`.
    [['kumo', 'server', 'list', '--name', 'list', '--ho'], ['--host']],
    // After a positional argument, no more actions.
    [['kumo', 'server', 'show', 'vm1', ''], []],
    [['kumo', 'server', 'create', '--flavor', 'x', 'vm1', '--wa'], ['--wait']],
    // `kumo help` completes commands; `kumo up` its own options.
    [['kumo', 'help', 'server', 'res'], ['rescue', 'resize', 'restore', 'resume']],
    [['kumo', 'up', '--h'], ['--hosts', '--host', '--help']],
    [['kumo', 'bogus', ''], []],
  ];
  const got = complete('bash', bashScript(GROUPS), cases.map(([words]) => words));
  cases.forEach(([words, want], i) => assert.deepEqual([...got[i]!].sort(), [...want].sort(), words.join(' ')));
});

test('bash: file names after a <file> option', () => {
  writeFileSync(join(dir, 'userdata.yaml'), '#cloud-config\n');
  const [files] = complete('bash', bashScript(GROUPS), [['kumo', 'server', 'create', '--user-data', 'userd']]);
  assert.deepEqual(files, ['userdata.yaml']);
});

test('bash: every command of the registry, word by word, and all its options', () => {
  const lines: string[][] = [];
  const want: Array<(got: string[]) => void> = [];
  for (const { path, command } of allCommands()) {
    const words = path.split(' ');
    words.forEach((word, i) => {
      // The word from its first letter, after the words before it.
      lines.push(['kumo', ...words.slice(0, i), word[0]!]);
      want.push((got) => assert.ok(got.includes(word), `kumo ${words.slice(0, i).join(' ')} ${word[0]}<TAB> should offer ${word}: got ${got.join(' ')}`));
    });
    lines.push(['kumo', ...words, '-']);
    const options = Object.keys(command.options).map((n) => `--${n}`);
    want.push((got) => assert.deepEqual([...got].sort(), [...options, ...GLOBAL_FLAGS].sort(), `kumo ${path} -<TAB>`));
  }
  const got = complete('bash', bashScript(GROUPS), lines);
  want.forEach((check, i) => check(got[i]!));
});

test('zsh: the same completions through bashcompinit', { skip: spawnSync('zsh', ['--version']).status !== 0 ? 'zsh is not installed' : false }, () => {
  // zsh's compgen leaves filtering by the typed prefix to compadd: the word lists are those of the position.
  const cases: Array<[string[], string, string]> = [
    [['kumo', 'ser'], 'server', 'pause'],
    [['kumo', 'server', 'pa'], 'pause', 'flavor'],
    [['kumo', 'server', 'create', '--fl'], '--flavor', 'pause'],
    [['kumo', 'server', 'list', '--status', 'AC'], 'ACTIVE', '--status'],
  ];
  const got = complete('zsh', zshScript(GROUPS), cases.map(([words]) => words));
  cases.forEach(([words, has, hasNot], i) => {
    assert.ok(got[i]!.includes(has), `${words.join(' ')}: ${got[i]!.join(' ')}`);
    assert.ok(!got[i]!.includes(hasNot), `${words.join(' ')}: ${got[i]!.join(' ')}`);
  });
});
