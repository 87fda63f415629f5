// kumo completion bash | zsh: a shell completion script generated from the
// command registry (commands, subcommands, options, option values), so it
// completes exactly what `kumo` accepts and cannot drift from it.
import { GLOBAL_OPTIONS, type OptionSpec } from '../args.js';
import type { Command, Group } from '../command.js';
import { UP_OPTIONS } from '../up.js';

/** A word of the command tree: its next words, and the command it completes (if any). */
interface Node {
  children: Map<string, Node>;
  command?: Command;
}

function node(): Node {
  return { children: new Map() };
}

/** The command tree: every registered path word by word, and the built-ins `help` and `up`. */
export function commandTree(groups: Readonly<Record<string, Group>>): Node {
  const root = node();
  for (const group of Object.values(groups)) {
    for (const [name, command] of Object.entries(group.commands)) {
      let at = root;
      for (const word of `${group.name} ${name}`.split(' ')) {
        let next = at.children.get(word);
        if (!next) at.children.set(word, (next = node()));
        at = next;
      }
      at.command = command;
    }
  }
  root.children.set('help', node());
  root.children.set('up', node());
  return root;
}

/** Every path of the tree ('' for the root) with its node, parents first. */
function paths(root: Node): Array<[string, Node]> {
  const out: Array<[string, Node]> = [];
  const walk = (path: string, n: Node): void => {
    out.push([path, n]);
    for (const [word, child] of [...n.children].sort(([a], [b]) => a.localeCompare(b))) walk(path ? `${path} ${word}` : word, child);
  };
  walk('', root);
  return out;
}

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$|^-[A-Za-z]$|^--[A-Za-z0-9][A-Za-z0-9-]*$/;

/** A word the script holds unquoted in `case` patterns and word lists; anything else is a bug in a command spec. */
function safe(word: string): string {
  if (!SAFE.test(word)) throw new Error(`cannot complete '${word}': only letters, digits, '.', ':', '_' and '-' are allowed`);
  return word;
}

/** '--name' and '-n' for each option. */
function flags(name: string, o: Pick<OptionSpec, 'short'>): string[] {
  return [`--${name}`, ...(o.short ? [`-${o.short}`] : [])].map(safe);
}

type Opts = Readonly<Record<string, Pick<OptionSpec, 'short' | 'choices' | 'metavar'> & { type: string }>>;

function optionWords(options: Opts): string[] {
  return Object.entries(options).flatMap(([name, o]) => flags(name, o));
}

/** `case` arms: "pattern) body ;;" lines. */
function arms(rows: ReadonlyArray<readonly [string, string]>, indent = '    '): string {
  return rows.map(([pattern, body]) => `${indent}${pattern}) ${body} ;;`).join('\n');
}

/** What follows a valued option: its choices, file names (a <file> or <dir> metavar), or nothing to offer. */
function valueArms(options: Opts, pattern: (flag: string) => string): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [name, o] of Object.entries(options)) {
    if (o.type !== 'string') continue;
    const patterns = flags(name, o).map(pattern).join('|');
    if (o.choices?.length) rows.push([patterns, `REPLY='${o.choices.map(safe).join(' ')}'`]);
    else if (o.metavar === '<file>' || o.metavar === '<dir>') rows.push([patterns, `REPLY='@files'`]);
    else rows.push([patterns, `REPLY=''`]);
  }
  return rows;
}

/** The flags of the options that take a value, as `case` patterns. */
function valuedPatterns(options: Opts, pattern: (flag: string) => string): string[] {
  return Object.entries(options)
    .filter(([, o]) => o.type === 'string')
    .flatMap(([name, o]) => flags(name, o).map(pattern));
}

/** The bash completion script: `source <(kumo completion bash)`. */
export function bashScript(groups: Readonly<Record<string, Group>>): string {
  const tree = commandTree(groups);
  const all = paths(tree);
  const upOptions: Opts = { ...UP_OPTIONS, 'data-dir': { ...UP_OPTIONS['data-dir'], metavar: '<dir>' } };
  const globals = optionWords(GLOBAL_OPTIONS);
  const at = (path: string) => (flag: string) => `'${path}:${flag}'`;
  const anywhere = (flag: string): string => `*:${flag}`;

  const children = all.filter(([, n]) => n.children.size).map(([path, n]) => [`'${path}'`, `REPLY='${[...n.children.keys()].map(safe).join(' ')}'`] as [string, string]);
  const commands = all.filter(([, n]) => n.command);
  const options: Array<[string, string]> = commands.map(([path, n]) => [`'${path}'`, `REPLY='${optionWords(n.command!.options).join(' ')}'`]);
  options.push([`'up'`, `REPLY='${optionWords(upOptions).join(' ')}'`]);
  const takesValue = [...commands.flatMap(([path, n]) => valuedPatterns(n.command!.options, at(path))), ...valuedPatterns(upOptions, at('up'))];
  const values = [...commands.flatMap(([path, n]) => valueArms(n.command!.options, at(path))), ...valueArms(upOptions, at('up'))];
  // Global options are taken anywhere except after `up`, which has options of its own.
  const globalValued = valuedPatterns(GLOBAL_OPTIONS, anywhere);
  const globalValues = valueArms(GLOBAL_OPTIONS, anywhere);

  return `# bash completion for kumo, generated by \`kumo completion bash\` from its commands.
# Use: source <(kumo completion bash)   (or save it in ~/.local/share/bash-completion/completions/kumo)

# The words that may follow a command path ('' is the start of the line).
_kumo_children() {
  case "$1" in
${arms(children)}
    *) REPLY='' ;;
  esac
}

# The options of the command at a path (none for a path that is not a command).
_kumo_options() {
  case "$1" in
${arms(options)}
    *) REPLY='' ;;
  esac
}

# Whether option $2, at path $1, takes a value (the next word).
_kumo_takes_value() {
  case "$1:$2" in
    up:*) ;;
    ${globalValued.join('|')}) return 0 ;;
  esac
  case "$1:$2" in
    ${takesValue.length ? `${takesValue.join('|')}) return 0 ;;` : ''}
  esac
  return 1
}

# The values offered after option $2 at path $1: a word list, or @files.
_kumo_values() {
  REPLY=''
  case "$1:$2" in
    up:*) ;;
${arms(globalValues, '    ')}
  esac
  [[ -n $REPLY ]] && return
  case "$1:$2" in
${arms(values)}
  esac
}

_kumo() {
  local cur=\${COMP_WORDS[COMP_CWORD]} path='' word opt='' i skip=0 ended=0
  COMPREPLY=()
  for (( i = 1; i < COMP_CWORD; i++ )); do
    word=\${COMP_WORDS[i]}
    if (( skip )); then skip=0; continue; fi
    # --option=value: bash splits it into '--option' '=' 'value'.
    if [[ $word == = ]]; then skip=1; continue; fi
    if [[ $word == -* ]]; then
      opt=$word
      if [[ \${COMP_WORDS[i+1]} != = ]] && _kumo_takes_value "$path" "$word"; then skip=1; fi
      continue
    fi
    (( ended )) && continue
    # \`kumo help <command>\` completes commands as from the start.
    if [[ -z $path && $word == help ]]; then continue; fi
    _kumo_children "$path"
    if [[ " $REPLY " == *" $word "* ]]; then path=\${path:+$path }$word; else ended=1; fi
  done
  # The word is the value of option $opt: after '--option ' or '--option='.
  if (( skip )); then
    _kumo_values "$path" "$opt"
    if [[ $REPLY == @files ]]; then
      COMPREPLY=( $(compgen -f -- "$cur") )
    else
      COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
    fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    _kumo_options "$path"
    if [[ $path == up ]]; then
      COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
    else
      COMPREPLY=( $(compgen -W "$REPLY ${globals.join(' ')}" -- "$cur") )
    fi
    return 0
  fi
  (( ended )) && return 0
  _kumo_children "$path"
  COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
  return 0
}

complete -F _kumo kumo
`;
}

/** The zsh script: zsh's bash-completion emulation running the bash script. */
export function zshScript(groups: Readonly<Record<string, Group>>): string {
  return `#compdef kumo
# zsh completion for kumo, generated by \`kumo completion zsh\`: the bash script through zsh's bashcompinit.
# Use: source <(kumo completion zsh)   (after compinit)
autoload -U +X bashcompinit && bashcompinit

${bashScript(groups)}`;
}

/** The `completion` group; `groups` is the registry it is part of (read when a script is printed). */
export const completionCommands = (groups: () => Readonly<Record<string, Group>>): Group => ({
  name: 'completion',
  summary: 'Shell completion scripts for kumo.',
  commands: {
    bash: {
      summary: 'Print the bash completion script',
      description:
        'Print a bash script that completes kumo commands, actions, options and option values (formats, statuses,\n' +
        'policies, file names). Load it in the current shell with `source <(kumo completion bash)`, or for every\n' +
        'shell save it as ~/.local/share/bash-completion/completions/kumo.',
      options: {},
      positionals: [],
      examples: ['source <(kumo completion bash)', 'kumo completion bash > ~/.local/share/bash-completion/completions/kumo'],
      rpcs: [],
      async run() {
        return { kind: 'text', text: bashScript(groups()) };
      },
    },
    zsh: {
      summary: 'Print the zsh completion script',
      description: "Print a zsh script that completes kumo as the bash one does (through zsh's bashcompinit). Load it after compinit.",
      options: {},
      positionals: [],
      examples: ['source <(kumo completion zsh)'],
      rpcs: [],
      async run() {
        return { kind: 'text', text: zshScript(groups()) };
      },
    },
  },
});
