// kumo server group create | list | show | delete
import type { KumoClient } from '../../client/client.js';
import type { ServerGroup__Output, ServerGroupPolicy__Output } from '../../gen/types.js';
import { deleteEach, type Group } from '../command.js';
import { isoTime } from '../display.js';
import { UsageError } from '../errors.js';
import { showOf, type Output } from '../format.js';
import { findResource } from '../resolve.js';

const POLICIES: Readonly<Record<string, ServerGroupPolicy__Output>> = {
  affinity: 'SERVER_GROUP_POLICY_AFFINITY',
  'anti-affinity': 'SERVER_GROUP_POLICY_ANTI_AFFINITY',
  'soft-affinity': 'SERVER_GROUP_POLICY_SOFT_AFFINITY',
  'soft-anti-affinity': 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY',
};

/** "anti-affinity" -> SERVER_GROUP_POLICY_ANTI_AFFINITY (Nova's policy names; "_" accepted for "-"). */
export function parsePolicy(text: string): ServerGroupPolicy__Output {
  const key = text.toLowerCase().replace(/_/g, '-');
  const policy = Object.hasOwn(POLICIES, key) ? POLICIES[key] : undefined;
  if (!policy) throw new UsageError(`--policy: invalid choice '${text}' (choose from ${Object.keys(POLICIES).join(', ')})`);
  return policy;
}

/** SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY -> "soft-anti-affinity", as Nova names it. */
export function policyName(p: ServerGroupPolicy__Output): string {
  return p === 'SERVER_GROUP_POLICY_UNSPECIFIED' ? '' : p.replace(/^SERVER_GROUP_POLICY_/, '').toLowerCase().replace(/_/g, '-');
}

export async function listServerGroups(client: KumoClient): Promise<ServerGroup__Output[]> {
  return (await client.serverGroups.ListServerGroups({})).server_groups;
}

export function findServerGroup(client: KumoClient, nameOrId: string): Promise<ServerGroup__Output> {
  return findResource('server group', nameOrId, {
    get: async (id) => (await client.serverGroups.GetServerGroup({ id })).server_group!,
    list: () => listServerGroups(client),
    name: (g) => g.name,
  });
}

/** Nova's rules dict (microversion 2.64): max_server_per_host, for anti-affinity only. */
function rules(g: ServerGroup__Output): Record<string, string> {
  return g.policy === 'SERVER_GROUP_POLICY_ANTI_AFFINITY' && g.max_server_per_host ? { max_server_per_host: String(g.max_server_per_host) } : {};
}

function groupShow(g: ServerGroup__Output): Output {
  return showOf({
    id: g.id,
    name: g.name,
    policy: policyName(g.policy),
    rules: rules(g),
    members: g.members,
    project_id: g.project_id,
    user_id: g.user_id,
    created_at: isoTime(g.create_time),
  });
}

export const serverGroupCommands: Group = {
  name: 'server group',
  summary: 'Server groups: placement policies (affinity, anti-affinity) for the servers that join them.',
  commands: {
    create: {
      summary: 'Create a server group',
      description:
        'Create a server group. A server joins it when it is created with --hint group=<group>, and is then placed\n' +
        'by the policy: affinity (same host), anti-affinity (different hosts; with --max-server-per-host, at most N\n' +
        'per host), or their soft variants (preferred, not required).',
      options: {
        policy: {
          type: 'string',
          metavar: '<policy>',
          required: true,
          choices: Object.keys(POLICIES),
          help: `Placement policy: ${Object.keys(POLICIES).join(', ')}`,
        },
        'max-server-per-host': { type: 'string', metavar: '<count>', help: 'With anti-affinity: members allowed on one host (default 1)' },
      },
      positionals: [{ name: 'name', help: 'New server group name' }],
      examples: ['kumo server group create --policy anti-affinity web', 'kumo server group create --policy anti-affinity --max-server-per-host 2 db'],
      rpcs: ['ServerGroupService.CreateServerGroup'],
      async run(ctx, args) {
        const policy = parsePolicy(args.string('policy')!);
        const max = args.int('max-server-per-host', 1);
        if (max !== undefined && policy !== 'SERVER_GROUP_POLICY_ANTI_AFFINITY') {
          throw new UsageError('--max-server-per-host is only allowed with --policy anti-affinity');
        }
        const res = await ctx.client().serverGroups.CreateServerGroup({ name: args.positionals[0]!, policy, max_server_per_host: max ?? 0 });
        return groupShow(res.server_group!);
      },
    },
    list: {
      summary: "List the project's server groups",
      description: "List the project's server groups and their policies; --long adds members, project and user.",
      options: { long: { type: 'boolean', help: 'Also show members, project and user' } },
      positionals: [],
      examples: ['kumo server group list', 'kumo server group list --long'],
      rpcs: ['ServerGroupService.ListServerGroups'],
      async run(ctx, args) {
        const groups = await listServerGroups(ctx.client());
        if (args.flag('long')) {
          return {
            kind: 'list',
            columns: ['ID', 'Name', 'Policy', 'Members', 'Project ID', 'User ID'],
            rows: groups.map((g) => [g.id, g.name, policyName(g.policy), g.members, g.project_id, g.user_id]),
          };
        }
        return { kind: 'list', columns: ['ID', 'Name', 'Policy'], rows: groups.map((g) => [g.id, g.name, policyName(g.policy)]) };
      },
    },
    show: {
      summary: 'Show a server group and its members',
      description: 'Show a server group: its policy, rules (max_server_per_host) and members (the servers that joined it).',
      options: {},
      positionals: [{ name: 'group', help: 'Server group (name or ID)' }],
      examples: ['kumo server group show web', 'kumo server group show web -f value -c members'],
      rpcs: ['ServerGroupService.GetServerGroup'],
      async run(ctx, args) {
        return groupShow(await findServerGroup(ctx.client(), args.positionals[0]!));
      },
    },
    delete: {
      summary: 'Delete server groups (their servers keep running)',
      description: 'Delete server groups. Their members keep running where they are; new servers can no longer join.',
      options: {},
      positionals: [{ name: 'group', help: 'Server group to delete (name or ID)', variadic: true }],
      examples: ['kumo server group delete web'],
      rpcs: ['ServerGroupService.DeleteServerGroup'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'server group', args.positionals, async (key) => {
          const g = await findServerGroup(client, key);
          await client.serverGroups.DeleteServerGroup({ id: g.id });
        });
        return { kind: 'none' };
      },
    },
  },
};
