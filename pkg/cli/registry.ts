// Every command of the kumo CLI, by resource: the one registry that help,
// usage errors, shell completion and the RPC coverage test read.
import type { Group } from './command.js';
import { aggregateCommands } from './commands/aggregate.js';
import { availabilityZoneCommands } from './commands/availability_zone.js';
import { completionCommands } from './commands/completion.js';
import { computeServiceCommands } from './commands/compute_service.js';
import { consoleCommands } from './commands/console.js';
import { flavorCommands } from './commands/flavor.js';
import { hypervisorCommands } from './commands/hypervisor.js';
import { imageCommands } from './commands/image.js';
import { projectCommands, roleCommands, tokenCommands, userCommands } from './commands/identity.js';
import { keypairCommands } from './commands/keypair.js';
import { networkCommands, portCommands } from './commands/network.js';
import { floatingIpCommands } from './commands/floating_ip.js';
import { securityGroupCommands } from './commands/security_group.js';
import { serverNetworkCommands } from './commands/server_network.js';
import { limitsCommands, quotaCommands } from './commands/quota.js';
import { serverCommands } from './commands/server.js';
import { serverActionCommands } from './commands/server_actions.js';
import { serverEventCommands } from './commands/server_event.js';
import { serverGroupCommands } from './commands/server_group.js';
import { serverWaitCommand, serverWatchCommand } from './commands/server_wait.js';
import { statusCommands } from './commands/status.js';

/**
 * Every resource and its actions; `up` and `help` are handled before it.
 * Resource and action names may be several words ("server group",
 * "availability zone", "aggregate add host"); the longest name matches.
 */
export const GROUPS: Readonly<Record<string, Group>> = {
  server: { ...serverCommands, commands: { ...serverCommands.commands, ...serverActionCommands, ...serverNetworkCommands, wait: serverWaitCommand, watch: serverWatchCommand } },
  flavor: flavorCommands,
  image: imageCommands,
  keypair: keypairCommands,
  hypervisor: hypervisorCommands,
  'compute service': computeServiceCommands,
  'server group': serverGroupCommands,
  'server event': serverEventCommands,
  aggregate: aggregateCommands,
  'availability zone': availabilityZoneCommands,
  console: consoleCommands,
  network: networkCommands,
  port: portCommands,
  'floating ip': floatingIpCommands,
  'security group': securityGroupCommands,
  quota: quotaCommands,
  limits: limitsCommands,
  project: projectCommands,
  user: userCommands,
  role: roleCommands,
  token: tokenCommands,
  status: statusCommands,
  completion: completionCommands(() => GROUPS),
};

/** Words that are commands of their own, outside the registry. */
export const BUILTINS: Readonly<Record<string, string>> = {
  up: "Run an all-in-one Kumo cloud in the foreground (see 'kumo up --help')",
  login: "Sign in and store a token for the endpoint (same as 'kumo token login')",
  help: 'Show help for a command',
};

/** Every registered command with its full path ("server resize confirm"). */
export function allCommands(groups: Readonly<Record<string, Group>> = GROUPS): Array<{ path: string; group: Group; name: string; command: Group['commands'][string] }> {
  return Object.values(groups).flatMap((group) => Object.entries(group.commands).map(([name, command]) => ({ path: `${group.name} ${name}`, group, name, command })));
}
