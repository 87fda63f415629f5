// kumo server add|remove floating ip, kumo server add|remove security group
import type { Command } from '../command.js';
import { findSecurityGroup } from './security_group.js';
import { findServer } from './server.js';

export const serverNetworkCommands: Readonly<Record<string, Command>> = {
  'add floating ip': {
    summary: 'Associate a floating IP with a server',
    description:
      "Associate a floating IP of the project with one of the server's fixed IPv4 addresses (--fixed-ip-address,\n" +
      'default: the first of its first port). A floating IP serves one fixed IP at a time: one already associated\n' +
      'elsewhere is refused; remove it from that server first.',
    options: { 'fixed-ip-address': { type: 'string', metavar: '<ip>', help: "The server's fixed IP to serve" } },
    positionals: [
      { name: 'server', help: 'Server (name or ID)' },
      { name: 'ip-address', help: 'Floating IP (address or ID)' },
    ],
    examples: ['kumo server add floating ip vm1 203.0.113.10', 'kumo server add floating ip --fixed-ip-address 10.0.0.5 vm1 203.0.113.10'],
    rpcs: ['NetworkService.AddFloatingIp'],
    async run(ctx, args) {
      const client = ctx.client();
      const server = await findServer(client, args.positionals[0]!);
      await client.floatingIps.associate(server.id, args.positionals[1]!, { fixedAddress: args.string('fixed-ip-address') ?? '' });
      return { kind: 'none' };
    },
  },
  'remove floating ip': {
    summary: 'Disassociate a floating IP from a server',
    description: 'Disassociate a floating IP from the server; it stays allocated to the project.',
    options: {},
    positionals: [
      { name: 'server', help: 'Server (name or ID)' },
      { name: 'ip-address', help: 'Floating IP (address or ID)' },
    ],
    examples: ['kumo server remove floating ip vm1 203.0.113.10'],
    rpcs: ['NetworkService.RemoveFloatingIp'],
    async run(ctx, args) {
      const client = ctx.client();
      const server = await findServer(client, args.positionals[0]!);
      await client.floatingIps.disassociate(server.id, args.positionals[1]!);
      return { kind: 'none' };
    },
  },
  'add security group': {
    summary: 'Apply a security group to a server',
    description: 'Apply a security group to every port of the server.',
    options: {},
    positionals: [
      { name: 'server', help: 'Server (name or ID)' },
      { name: 'group', help: 'Security group (name or ID)' },
    ],
    examples: ['kumo server add security group vm1 web'],
    rpcs: ['NetworkService.AddSecurityGroup'],
    async run(ctx, args) {
      const client = ctx.client();
      const [server, group] = await Promise.all([findServer(client, args.positionals[0]!), findSecurityGroup(client, args.positionals[1]!)]);
      await client.securityGroups.addToServer(server.id, group.id);
      return { kind: 'none' };
    },
  },
  'remove security group': {
    summary: 'Remove a security group from a server',
    description: 'Remove a security group from every port of the server.',
    options: {},
    positionals: [
      { name: 'server', help: 'Server (name or ID)' },
      { name: 'group', help: 'Security group (name or ID)' },
    ],
    examples: ['kumo server remove security group vm1 web'],
    rpcs: ['NetworkService.RemoveSecurityGroup'],
    async run(ctx, args) {
      const client = ctx.client();
      const [server, group] = await Promise.all([findServer(client, args.positionals[0]!), findSecurityGroup(client, args.positionals[1]!)]);
      await client.securityGroups.removeFromServer(server.id, group.id);
      return { kind: 'none' };
    },
  },
};
