// kumo security group create | list | show | delete, and
// kumo security group rule create | list | delete
import type { KumoClient } from '../../client/client.js';
import type { SecurityGroup__Output, SecurityGroupRule, SecurityGroupRule__Output } from '../../gen/types.js';
import { deleteEach, type Group } from '../command.js';
import { isoTime } from '../display.js';
import { UsageError } from '../errors.js';
import { showOf, type Cell, type Output } from '../format.js';
import { collectPages } from '../paging.js';
import { findResource } from '../resolve.js';

export function listSecurityGroups(client: KumoClient): Promise<SecurityGroup__Output[]> {
  return collectPages(async (page_token) => {
    const r = await client.securityGroups.ListSecurityGroups({ page_token });
    return { items: r.security_groups, next: r.next_page_token };
  });
}

export function findSecurityGroup(client: KumoClient, nameOrId: string): Promise<SecurityGroup__Output> {
  return findResource('security group', nameOrId, {
    get: (id) => client.securityGroups.get(id),
    list: () => listSecurityGroups(client),
    name: (s) => s.name,
  });
}

/** "22", "8000:8080" (osc's --dst-port) as the rule's port range. */
export function parsePortRange(text: string): { port_range_min: number; port_range_max: number } {
  const m = /^(\d{1,5})(?::(\d{1,5}))?$/.exec(text.trim());
  if (!m) throw new UsageError(`--dst-port: expected <port> or <first>:<last>, got '${text}'`);
  const min = Number(m[1]);
  return { port_range_min: min, port_range_max: m[2] === undefined ? min : Number(m[2]) };
}

/** "tcp 22:22 from 0.0.0.0/0" */
function ruleText(r: SecurityGroupRule__Output): string {
  return `${r.direction} ${r.ethertype} ${r.protocol || 'any'}${portsText(r) ? ` ${portsText(r)}` : ''}${remoteText(r) ? ` ${r.direction === 'egress' ? 'to' : 'from'} ${remoteText(r)}` : ''} (${r.id})`;
}

function portsText(r: SecurityGroupRule__Output): string {
  if (r.protocol === 'icmp') return r.port_range_min || r.port_range_max ? `type ${r.port_range_min}${r.port_range_max ? ` code ${r.port_range_max}` : ''}` : '';
  return r.port_range_min ? `${r.port_range_min}:${r.port_range_max}` : '';
}

function remoteText(r: SecurityGroupRule__Output): string {
  return r.remote_group_id ? `group ${r.remote_group_id}` : r.remote_ip_prefix;
}

function groupShow(s: SecurityGroup__Output): Output {
  return showOf({
    id: s.id,
    name: s.name,
    description: s.description,
    project_id: s.project_id,
    rules: s.rules.map(ruleText),
    created_at: isoTime(s.create_time),
    updated_at: isoTime(s.update_time),
  });
}

function ruleShow(r: SecurityGroupRule__Output): Output {
  return showOf({
    id: r.id,
    security_group_id: r.security_group_id,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol || 'any',
    port_range_min: r.port_range_min || null,
    port_range_max: r.port_range_max || null,
    remote_ip_prefix: r.remote_ip_prefix,
    remote_group_id: r.remote_group_id,
    description: r.description,
    created_at: isoTime(r.create_time),
  });
}

const ruleRow = (r: SecurityGroupRule__Output): Cell[] => [r.id, r.protocol || 'any', r.ethertype, r.remote_ip_prefix || null, portsText(r) || null, r.direction, r.remote_group_id || null, r.security_group_id];

export const securityGroupCommands: Group = {
  name: 'security group',
  summary: "Security groups: rules admitting traffic to and from servers' ports.",
  commands: {
    create: {
      summary: 'Create a security group',
      description:
        'Create a security group; it starts with rules admitting all egress (IPv4 and IPv6) and no ingress. The\n' +
        "project's 'default' group (all egress, ingress from its own members) is made on first use and cannot be\n" +
        'deleted. A project may hold 10 groups and 100 rules besides those.',
      options: { description: { type: 'string', metavar: '<text>', help: 'Description' } },
      positionals: [{ name: 'name', help: 'New group name' }],
      examples: ['kumo security group create web', "kumo security group create --description 'ssh from anywhere' ssh"],
      rpcs: ['NetworkService.CreateSecurityGroup'],
      async run(ctx, args) {
        return groupShow(await ctx.client().securityGroups.create(args.positionals[0]!, { description: args.string('description') ?? '' }));
      },
    },
    list: {
      summary: 'List security groups',
      description: "List the project's security groups (its 'default' group is created on first use).",
      options: {},
      positionals: [],
      examples: ['kumo security group list', 'kumo security group list -f json'],
      rpcs: ['NetworkService.ListSecurityGroups'],
      async run(ctx) {
        const groups = await listSecurityGroups(ctx.client());
        return { kind: 'list', columns: ['ID', 'Name', 'Description', 'Project'], rows: groups.map((s) => [s.id, s.name, s.description, s.project_id]) };
      },
    },
    show: {
      summary: 'Show a security group and its rules',
      description: 'Show a security group (name or ID) with each of its rules.',
      options: {},
      positionals: [{ name: 'group', help: 'Security group (name or ID)' }],
      examples: ['kumo security group show default', 'kumo security group show web -f value -c rules'],
      rpcs: ['NetworkService.GetSecurityGroup'],
      async run(ctx, args) {
        return groupShow(await findSecurityGroup(ctx.client(), args.positionals[0]!));
      },
    },
    delete: {
      summary: 'Delete security groups',
      description: "Delete security groups (name or ID). The 'default' group, and groups servers use, are refused.",
      options: {},
      positionals: [{ name: 'group', help: 'Security group to delete (name or ID)', variadic: true }],
      examples: ['kumo security group delete web'],
      rpcs: ['NetworkService.DeleteSecurityGroup'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'security group', args.positionals, async (key) => {
          const s = await findSecurityGroup(client, key);
          await client.securityGroups.delete(s.id);
        });
        return { kind: 'none' };
      },
    },
    'rule create': {
      summary: 'Add a rule to a security group',
      description:
        'Add a rule to GROUP: --ingress (the default) or --egress; --ethertype IPv4|IPv6 (default: the family of\n' +
        '--remote-ip, else IPv4); --protocol tcp|udp|icmp|any|<0-255> (default any); --dst-port PORT or FIRST:LAST\n' +
        '(tcp and udp); --icmp-type and --icmp-code (icmp); --remote-ip CIDR or --remote-group GROUP (not both).\n' +
        'An equal rule already in the group is refused.',
      options: {
        ingress: { type: 'boolean', help: 'Inbound traffic (the default)' },
        egress: { type: 'boolean', help: 'Outbound traffic' },
        ethertype: { type: 'string', metavar: 'IPv4|IPv6', help: 'Address family' },
        protocol: { type: 'string', metavar: '<protocol>', help: 'tcp, udp, icmp, any or a protocol number 0-255' },
        'dst-port': { type: 'string', metavar: '<port>[:<port>]', help: 'Destination port or range (tcp, udp)' },
        'icmp-type': { type: 'string', metavar: '<type>', help: 'ICMP type (icmp)' },
        'icmp-code': { type: 'string', metavar: '<code>', help: 'ICMP code (icmp, with --icmp-type)' },
        'remote-ip': { type: 'string', metavar: '<cidr>', help: 'Remote addresses admitted, e.g. 0.0.0.0/0' },
        'remote-group': { type: 'string', metavar: '<group>', help: 'Remote security group admitted (name or ID)' },
        description: { type: 'string', metavar: '<text>', help: 'Description' },
      },
      positionals: [{ name: 'group', help: 'Security group to add the rule to (name or ID)' }],
      examples: [
        'kumo security group rule create --protocol tcp --dst-port 22 --remote-ip 0.0.0.0/0 default',
        'kumo security group rule create --protocol icmp --icmp-type 8 web',
        'kumo security group rule create --egress --ethertype IPv6 --protocol udp --dst-port 53 --remote-ip ::/0 web',
        'kumo security group rule create --protocol tcp --dst-port 8000:8080 --remote-group web db',
      ],
      rpcs: ['NetworkService.CreateSecurityGroupRule'],
      async run(ctx, args) {
        if (args.flag('ingress') && args.flag('egress')) throw new UsageError('--ingress and --egress do not go together');
        const client = ctx.client();
        const group = await findSecurityGroup(client, args.positionals[0]!);
        const remoteGroup = args.string('remote-group') === undefined ? undefined : await findSecurityGroup(client, args.string('remote-group')!);
        const icmpType = args.int('icmp-type');
        const icmpCode = args.int('icmp-code');
        if ((icmpType !== undefined || icmpCode !== undefined) && args.string('dst-port') !== undefined) throw new UsageError('--dst-port is for tcp and udp, --icmp-type/--icmp-code for icmp');
        const ports = args.string('dst-port') === undefined ? { port_range_min: icmpType ?? 0, port_range_max: icmpCode ?? 0 } : parsePortRange(args.string('dst-port')!);
        const rule: Omit<SecurityGroupRule, 'security_group_id'> = {
          direction: args.flag('egress') ? 'egress' : 'ingress',
          ethertype: args.string('ethertype') ?? '',
          protocol: args.string('protocol') ?? '',
          ...ports,
          remote_ip_prefix: args.string('remote-ip') ?? '',
          remote_group_id: remoteGroup?.id ?? '',
          description: args.string('description') ?? '',
        };
        return ruleShow(await client.securityGroups.createRule(group.id, rule));
      },
    },
    'rule list': {
      summary: 'List security group rules',
      description: "List the rules of one security group, or of all the project's groups.",
      options: {},
      positionals: [{ name: 'group', help: 'Only the rules of this group (name or ID)', optional: true }],
      examples: ['kumo security group rule list', 'kumo security group rule list default -f json'],
      rpcs: ['NetworkService.ListSecurityGroupRules'],
      async run(ctx, args) {
        const client = ctx.client();
        const group = args.positionals[0] === undefined ? undefined : await findSecurityGroup(client, args.positionals[0]);
        const rules = await client.securityGroups.rules(group?.id ?? '');
        return { kind: 'list', columns: ['ID', 'IP Protocol', 'Ethertype', 'IP Range', 'Port Range', 'Direction', 'Remote Security Group', 'Security Group'], rows: rules.map(ruleRow) };
      },
    },
    'rule delete': {
      summary: 'Delete security group rules',
      description: 'Delete security group rules by ID.',
      options: {},
      positionals: [{ name: 'rule', help: 'Rule to delete (ID)', variadic: true }],
      examples: ['kumo security group rule delete 9b1f6a0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b'],
      rpcs: ['NetworkService.DeleteSecurityGroupRule'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'security group rule', args.positionals, (id) => client.securityGroups.deleteRule(id));
        return { kind: 'none' };
      },
    },
  },
};
