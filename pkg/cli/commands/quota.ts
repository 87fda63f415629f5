// kumo quota show | set | delete, and kumo limits show
// (python-openstackclient's `quota show --usage`, `quota set`, `quota delete`, `limits show --absolute`).
import type { QuotaDetails__Output } from '../../gen/types.js';
import type { Group } from '../command.js';
import { UsageError } from '../errors.js';
import type { Output } from '../format.js';

/** CLI option -> QuotaSet field; --ram is in MiB, as osc's. */
const LIMIT_OPTIONS = {
  instances: 'instances',
  cores: 'cores',
  ram: 'ram_mb',
  keypairs: 'keypairs',
  'server-groups': 'server_groups',
  'server-group-members': 'server_group_members',
  'metadata-items': 'metadata_items',
  'floating-ips': 'floating_ips',
  'security-groups': 'security_groups',
  'security-group-rules': 'security_group_rules',
} as const;

const RESOURCE_LABEL: Record<keyof QuotaDetails__Output, string> = {
  instances: 'instances',
  cores: 'cores',
  ram_mb: 'ram (MiB)',
  keypairs: 'key-pairs',
  server_groups: 'server-groups',
  server_group_members: 'server-group-members',
  metadata_items: 'metadata-items',
  floating_ips: 'floating-ips',
  security_groups: 'secgroups',
  security_group_rules: 'secgroup-rules',
};

function limit(n: number): string | number {
  return n < 0 ? 'unlimited' : n;
}

function detailsTable(d: QuotaDetails__Output | null, overridden: readonly string[] = []): Output {
  const rows = (Object.keys(RESOURCE_LABEL) as Array<keyof QuotaDetails__Output>).map((r) => {
    const x = d?.[r];
    return [RESOURCE_LABEL[r], limit(Number(x?.limit ?? 0)), Number(x?.in_use ?? 0), overridden.includes(r) ? 'project' : 'default'];
  });
  return { kind: 'list', columns: ['Resource', 'Limit', 'In Use', 'Set By'], rows };
}

const setOptions = Object.fromEntries(
  Object.keys(LIMIT_OPTIONS).map((o) => [o, { type: 'string' as const, metavar: o === 'ram' ? '<MiB>' : '<n>', help: `New ${o === 'ram' ? 'RAM limit in MiB' : `${o.replace(/-/g, ' ')} limit`} (--${o}=-1: unlimited)` }]),
);

export const quotaCommands: Group = {
  name: 'quota',
  summary: 'Quotas per project: limits and usage (admins set them).',
  commands: {
    show: {
      summary: "Show a project's quota limits and usage",
      description:
        "Show a project's effective limits (Nova's defaults unless overridden), what it uses of each, and\n" +
        "whether the limit is the project's own or the default. Another project's quota needs admin.",
      options: {},
      positionals: [{ name: 'project', help: 'Project id (default: your project)', optional: true }],
      examples: ['kumo quota show', 'kumo quota show demo', 'kumo quota show demo -f json'],
      rpcs: ['QuotaService.GetQuota'],
      async run(ctx, args) {
        const res = await ctx.client().quotas.get(args.positionals[0] ?? '');
        return detailsTable(res.details, res.overridden);
      },
    },
    set: {
      summary: "Set a project's quota limits (admin)",
      description:
        "Override some of a project's limits; the others keep their value. -1 means unlimited. Lowering\n" +
        'a limit below current usage refuses new resources but removes nothing.',
      options: setOptions,
      positionals: [{ name: 'project', help: 'Project id' }],
      examples: ['kumo quota set --instances 20 --cores 40 --ram 102400 demo', 'kumo quota set --keypairs=-1 demo', 'kumo quota set --server-group-members 20 demo', 'kumo quota set --floating-ips 3 --security-groups 5 --security-group-rules 40 demo'],
      rpcs: ['QuotaService.UpdateQuota'],
      async run(ctx, args) {
        const changes: Record<string, number> = {};
        for (const [option, field] of Object.entries(LIMIT_OPTIONS)) {
          const v = args.int(option, -1);
          if (v !== undefined) changes[field] = v;
        }
        if (!Object.keys(changes).length) throw new UsageError(`nothing to set: give at least one of ${Object.keys(LIMIT_OPTIONS).map((o) => `--${o}`).join(', ')}`);
        const project = args.positionals[0]!;
        await ctx.client().quotas.set(project, changes);
        const res = await ctx.client().quotas.get(project);
        return detailsTable(res.details, res.overridden);
      },
    },
    delete: {
      summary: "Drop a project's quota overrides (admin)",
      description: "Revert every limit of a project to the defaults (Nova's quota-delete).",
      options: {},
      positionals: [{ name: 'project', help: 'Project id' }],
      examples: ['kumo quota delete demo'],
      rpcs: ['QuotaService.DeleteQuota'],
      async run(ctx, args) {
        await ctx.client().quotas.reset(args.positionals[0]!);
        return { kind: 'text', text: '' };
      },
    },
  },
};

export const limitsCommands: Group = {
  name: 'limits',
  summary: "Your project's limits and usage.",
  commands: {
    show: {
      summary: "Show your project's absolute limits and usage",
      description: "Show the limits of the project you are scoped to, and what it uses of each (Nova's GET /limits).",
      options: {},
      positionals: [],
      examples: ['kumo limits show', 'kumo limits show -f json'],
      rpcs: ['QuotaService.GetLimits'],
      async run(ctx) {
        return detailsTable(await ctx.client().quotas.limits());
      },
    },
  },
};
