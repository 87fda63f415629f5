// kumo server create | list | show | delete | start | stop | reboot
import type { KumoClient } from '../../client/client.js';
import { ServerStatus } from '../../gen/kumo/compute/v1/ServerStatus.js';
import type { CreateServerRequest, Image__Output, ListServersRequest, Server__Output, ServerStatus__Output } from '../../gen/types.js';
import type { Args, OptionSpecs } from '../args.js';
import type { Rpc } from '../rpcs.js';
import { deleteEach, readInputFile, type Command, type Context, type Group } from '../command.js';
import { addressesText, isoTime, powerStateName, statusName, taskStateName, vmStateName } from '../display.js';
import { UsageError } from '../errors.js';
import { showOf, type Cell, type Output } from '../format.js';
import { findResource, isNotFound } from '../resolve.js';
import { waitForDeleted, waitForStatus } from '../wait.js';
import { explanationOutput } from '../explain.js';
import { parseHints, toSchedulerHints, type ParsedHints } from '../hints.js';
import { findFlavor } from './flavor.js';
import { findImage, listImages } from './image.js';
import { findNetwork } from './network.js';
import { findServerGroup } from './server_group.js';

const LIST_COLUMNS = ['ID', 'Name', 'Status', 'Task State', 'Power State', 'Host', 'Flavor', 'Image'] as const;

async function listServers(client: KumoClient, filters: Omit<ListServersRequest, 'page_token'> = {}, limit = Infinity): Promise<Server__Output[]> {
  const out: Server__Output[] = [];
  if (limit <= 0) return out;
  for await (const s of client.servers.list(filters)) {
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}

export function findServer(client: KumoClient, nameOrId: string): Promise<Server__Output> {
  return findResource('server', nameOrId, {
    get: (id) => client.servers.get(id),
    // The API's name filter is a regular expression: the name, escaped and anchored, narrows; the finder matches exactly.
    list: () => listServers(client, nameOrId.length <= 120 ? { name: `^${nameOrId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` } : {}),
    name: (s) => s.name,
  });
}

/** Image names by id, for the Image column (one list call rather than one get per server). */
async function imageNames(client: KumoClient, servers: readonly Server__Output[]): Promise<Map<string, string>> {
  if (!servers.length) return new Map();
  return new Map((await listImages(client)).filter((i) => i.name).map((i) => [i.id, i.name]));
}

/** With --long, as osc's `server list --long` adds them. */
const LONG_COLUMNS = ['Networks', 'Availability Zone', 'Key Name', 'Properties', 'Tags', 'Created At'] as const;

function serverRow(s: Server__Output, images: ReadonlyMap<string, string>, long: boolean): Cell[] {
  const row: Cell[] = [s.id, s.name, statusName(s.status), taskStateName(s.task_state), powerStateName(s.power_state), s.host, s.flavor?.name ?? '', images.get(s.image_id) ?? s.image_id];
  if (long) row.push(addressesText(s.addresses), s.availability_zone, s.key_name, s.metadata, s.tags, isoTime(s.create_time));
  return row;
}

async function serverList(client: KumoClient, servers: readonly Server__Output[], long = false): Promise<Output> {
  const images = await imageNames(client, servers);
  return { kind: 'list', columns: long ? [...LIST_COLUMNS, ...LONG_COLUMNS] : LIST_COLUMNS, rows: servers.map((s) => serverRow(s, images, long)) };
}

/** The image as "name (id)"; a deleted image is shown by id alone. */
async function imageLabel(client: KumoClient, id: string, known?: Image__Output): Promise<string> {
  if (!id) return '';
  let image = known;
  if (!image) {
    try {
      image = (await client.images.GetImage({ id })).image!;
    } catch (err) {
      if (!isNotFound(err)) throw err;
      return id;
    }
  }
  return image.name ? `${image.name} (${id})` : id;
}

export async function serverShow(client: KumoClient, s: Server__Output, image?: Image__Output): Promise<Output> {
  const fields: Record<string, Cell> = {
    id: s.id,
    name: s.name,
    status: statusName(s.status),
    vm_state: vmStateName(s.vm_state),
    task_state: taskStateName(s.task_state),
    power_state: powerStateName(s.power_state),
    flavor: s.flavor ? `${s.flavor.name} (${s.flavor.id})` : '',
    image: await imageLabel(client, s.image_id, image),
    host: s.host,
    hypervisor_hostname: s.hypervisor_hostname,
    availability_zone: s.availability_zone,
    addresses: addressesText(s.addresses),
    key_name: s.key_name,
    properties: s.metadata,
    tags: s.tags,
    locked: s.locked,
    locked_reason: s.locked_reason,
    progress: s.progress,
    project_id: s.project_id,
    user_id: s.user_id,
    reservation_id: s.reservation_id,
    server_groups: s.server_groups,
    security_groups: s.security_groups ?? [],
    created: isoTime(s.create_time),
    updated: isoTime(s.update_time),
    launched_at: isoTime(s.launch_time),
  };
  // As Nova, a fault is shown only when there is one; its (multi-line)
  // details get a field of their own so the message stays readable.
  if (s.fault) {
    fields['fault'] = s.fault.message;
    if (s.fault.details) fields['fault_details'] = s.fault.details;
  }
  return showOf(fields);
}

/** The statuses a --status option takes, as the API names them (ACTIVE, SHUTOFF, ...). */
export const STATUS_CHOICES: readonly string[] = (Object.keys(ServerStatus) as ServerStatus__Output[]).filter((k) => k !== 'SERVER_STATUS_UNSPECIFIED').map(statusName);

/** "active" / "ACTIVE" / "hard_reboot" -> SERVER_STATUS_* (the choices of osc's --status). */
export function parseStatus(text: string): ServerStatus__Output {
  const key = `SERVER_STATUS_${text.toUpperCase().replace(/-/g, '_')}`;
  const valid = (Object.keys(ServerStatus) as ServerStatus__Output[]).filter((k) => k !== 'SERVER_STATUS_UNSPECIFIED');
  if (!(valid as string[]).includes(key)) {
    throw new UsageError(`--status: invalid choice '${text}' (choose from ${valid.map(statusName).join(', ')})`);
  }
  return key as ServerStatus__Output;
}

const WAIT = { type: 'boolean', help: 'Wait for the action to finish' } as const;

/** start / stop / reboot: resolve, act, optionally wait for the end status. */
function action(
  verb: string,
  what: string,
  rpc: Rpc,
  target: ServerStatus__Output,
  extra: OptionSpecs,
  examples: readonly string[],
  act: (client: KumoClient, s: Server__Output, args: Args) => Promise<{ server: Server__Output | null }>,
): Command {
  return {
    summary: `${verb[0]!.toUpperCase()}${verb.slice(1)} a server`,
    description: `${what}. With --wait, wait until it is ${statusName(target)}.`,
    options: { ...extra, wait: { ...WAIT, help: `Wait until the server is ${statusName(target)}` } },
    positionals: [{ name: 'server', help: 'Server (name or ID)' }],
    examples,
    rpcs: [rpc],
    async run(ctx, args) {
      const client = ctx.client();
      const s = await findServer(client, args.positionals[0]!);
      const res = await act(client, s, args);
      if (args.flag('wait')) await waitForStatus(ctx, [res.server ?? s], [target]);
      return { kind: 'none' };
    },
  };
}

/** The hints with names resolved to ids: the group, and the servers of same_host/different_host. */
async function resolveHints(client: KumoClient, hints: ParsedHints): Promise<ParsedHints> {
  const servers = (keys: readonly string[] | undefined): Promise<string[]> | undefined =>
    keys && Promise.all(keys.map(async (k) => (await findServer(client, k)).id));
  const [group, sameHost, differentHost] = await Promise.all([
    hints.group === undefined ? undefined : findServerGroup(client, hints.group),
    servers(hints.same_host),
    servers(hints.different_host),
  ]);
  return {
    ...hints,
    ...(group ? { group: group.id } : {}),
    ...(sameHost ? { same_host: sameHost } : {}),
    ...(differentHost ? { different_host: differentHost } : {}),
  };
}

/** --network NET[=FIXED_IP] (names resolved to ids) and --nic auto|none, as CreateServer fields. */
async function resolveNetworks(client: KumoClient, specs: readonly string[], nic: string | undefined): Promise<Pick<CreateServerRequest, 'networks' | 'network_mode'>> {
  if (nic !== undefined && nic !== 'auto' && nic !== 'none') throw new UsageError(`--nic: invalid choice '${nic}' (choose from auto, none)`);
  if (nic !== undefined && specs.length) throw new UsageError('--nic and --network do not go together');
  if (nic) return { network_mode: nic === 'none' ? 'NETWORK_MODE_NONE' : 'NETWORK_MODE_AUTO' };
  const networks = await Promise.all(
    specs.map(async (spec) => {
      const eq = spec.indexOf('=');
      const name = eq < 0 ? spec : spec.slice(0, eq);
      const fixed = eq < 0 ? '' : spec.slice(eq + 1);
      if (!name) throw new UsageError(`--network: expected <network>[=<fixed-ip>], got '${spec}'`);
      return { network_id: (await findNetwork(client, name)).id, fixed_ip: fixed };
    }),
  );
  return networks.length ? { networks } : {};
}

async function create(ctx: Context, args: Args): Promise<Output> {
  const client = ctx.client();
  const name = args.positionals[0]!;
  const min = args.int('min', 1);
  const max = args.int('max', 1);
  const userDataFile = args.string('user-data');
  const hints = parseHints(args.list('hint'));
  const [flavor, image, resolvedHints] = await Promise.all([
    findFlavor(client, args.string('flavor')!),
    findImage(client, args.string('image')!),
    resolveHints(client, hints),
  ]);
  const scheduler_hints = toSchedulerHints(resolvedHints);
  const networks = await resolveNetworks(client, args.list('network'), args.string('nic'));
  const request = {
    name,
    flavor_id: flavor.id,
    image_id: image.id,
    key_name: args.string('key-name') ?? '',
    metadata: args.properties('property'),
    availability_zone: args.string('availability-zone') ?? '',
    ...(userDataFile === undefined ? {} : { user_data: readInputFile(userDataFile, 'user data') }),
    ...(scheduler_hints ? { scheduler_hints } : {}),
    ...networks,
    security_groups: args.list('security-group'),
    // 0 lets the API apply Nova's defaults (min 1, max = min).
    min_count: min ?? 0,
    max_count: max ?? 0,
  };
  if (args.flag('dry-run')) return explanationOutput(await client.placement.ExplainPlacement({ server: request, top: 5 }));
  const res = await client.servers.api.CreateServer(request);
  const servers = args.flag('wait') ? await waitForStatus(ctx, res.servers, ['SERVER_STATUS_ACTIVE']) : res.servers;
  if ((max ?? min ?? 1) > 1) return serverList(client, servers);
  return serverShow(client, servers[0]!, image);
}

export const serverCommands: Group = {
  name: 'server',
  summary: 'Servers: virtual machines.',
  commands: {
    create: {
      summary: 'Create (boot) one or more servers',
      description:
        'Create a server. The call returns once the server is recorded, in BUILD; with --wait, wait until it is\n' +
        'ACTIVE (or fail with its fault if it goes to ERROR). With --max N > 1, N servers named NAME-1..NAME-N are created.\n' +
        'Hints: group=<server group> joins the group (name or ID); same_host=<server> and different_host=<server>\n' +
        '(name or ID, repeatable) place near or away from servers; query=<json> for the JsonFilter;\n' +
        'cidr=/<n> with build_near_host_ip=<ip>; target_host=<host> skips the filters.\n' +
        'Networks: --network NET (name or ID; repeat for more NICs) or NET=FIXED_IP for a given address (one server only);\n' +
        'without --network the server joins the project\'s one network, created as <project>-default when it has\n' +
        'none (--nic auto); --nic none boots it without a network.',
      options: {
        flavor: { type: 'string', metavar: '<flavor>', required: true, help: 'Flavor (name or ID)' },
        image: { type: 'string', metavar: '<image>', required: true, help: 'Image to boot (name or ID)' },
        'key-name': { type: 'string', metavar: '<key-name>', help: 'Keypair to inject' },
        min: { type: 'string', metavar: '<count>', help: 'Minimum number of servers to create (default 1)' },
        max: { type: 'string', metavar: '<count>', help: 'Maximum number of servers to create (default: --min)' },
        property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Server property (metadata)' },
        'availability-zone': { type: 'string', metavar: '<zone>', help: 'Availability zone to boot in' },
        'user-data': { type: 'string', metavar: '<file>', help: 'User data file handed to the guest' },
        hint: {
          type: 'string',
          multiple: true,
          metavar: '<key=value>',
          help: 'Scheduler hint: group, same_host, different_host, query, cidr, build_near_host_ip or target_host',
        },
        network: { type: 'string', multiple: true, metavar: '<network>[=<fixed-ip>]', help: 'Attach a port on this network (name or ID), at this fixed IP if given; repeat for more' },
        nic: { type: 'string', metavar: 'auto|none', choices: ['auto', 'none'], help: "Without --network: auto (the project's network, created if needed) or none" },
        'security-group': { type: 'string', multiple: true, metavar: '<group>', help: "Security group (name or ID) every port applies; repeat for more (default: the project's default group)" },
        wait: { type: 'boolean', help: 'Wait until the server is ACTIVE' },
        'dry-run': { type: 'boolean', help: 'Create nothing: show how the scheduler would place the request (admin)' },
      },
      positionals: [{ name: 'name', help: 'New server name' }],
      examples: [
        'kumo server create --flavor m1.tiny --image cirros --wait vm1',
        'kumo server create --flavor m1.tiny --image cirros --key-name mykey --max 3 --property role=web web',
        'kumo server create --flavor m1.tiny --image cirros --hint group=web-group --hint different_host=vm1 web4',
        'kumo server create --flavor m1.xlarge --image cirros --availability-zone az1 --dry-run big',
        'kumo server create --flavor m1.tiny --image cirros --network net1=10.1.0.5 --network net2 vm2',
        'kumo server create --flavor m1.tiny --image cirros --nic none isolated',
        'kumo server create --flavor m1.tiny --image cirros --security-group web --security-group default vm3',
      ],
      rpcs: ['ServerService.CreateServer', 'PlacementService.ExplainPlacement'],
      run: create,
    },
    list: {
      summary: 'List servers',
      description:
        "List the project's servers, newest first, with their status, task and power state, host, flavor and image.\n" +
        'Filters combine; --name is a regular expression (one quantifier at most). --sort KEY[:asc|desc] orders by created_at (default, newest first), updated_at, name or status; --changes-since lists only servers changed since a time. --long adds networks, zone, key, properties, tags and creation time.',
      options: {
        status: { type: 'string', metavar: '<status>', choices: STATUS_CHOICES, help: 'Only servers with this status (e.g. ACTIVE, SHUTOFF, ERROR)' },
        name: { type: 'string', metavar: '<name>', help: 'Only servers whose name matches this regular expression' },
        host: { type: 'string', metavar: '<host>', help: 'Only servers on this compute host' },
        flavor: { type: 'string', metavar: '<flavor>', help: 'Only servers of this flavor (name or ID)' },
        image: { type: 'string', metavar: '<image>', help: 'Only servers booted from this image (name or ID)' },
        'reservation-id': { type: 'string', metavar: '<reservation-id>', help: 'Only servers created by one request (see `server show`)' },
        limit: { type: 'string', metavar: '<num-servers>', help: 'Show at most this many servers' },
        long: { type: 'boolean', help: 'Also show networks, availability zone, key name, properties, tags and creation time' },
        'all-projects': { type: 'boolean', help: "Admin: every project's servers (Nova's all_tenants)" },
        'project-id': { type: 'string', metavar: '<project-id>', help: "Admin, with --all-projects: only this project's servers" },
        sort: { type: 'string', metavar: '<key>[:<dir>]', help: 'Sort by created_at, updated_at, name or status, asc or desc (default created_at:desc)' },
        'changes-since': { type: 'string', metavar: '<time>', help: 'Only servers changed at or after this time (ISO 8601)' },
      },
      positionals: [],
      examples: [
        'kumo server list',
        'kumo server list --status ACTIVE --flavor m1.tiny -f value -c ID',
        'kumo server list --host compute-1 --long -f yaml',
        'kumo server list --all-projects --long',
        "kumo server list --name '^web-' --sort name:asc --changes-since 2026-01-01T00:00:00Z",
      ],
      rpcs: ['ServerService.ListServers'],
      async run(ctx, args) {
        const client = ctx.client();
        const filters: Omit<ListServersRequest, 'page_token'> = {};
        const status = args.string('status');
        if (status !== undefined) filters.status = parseStatus(status);
        const name = args.string('name');
        if (name !== undefined) filters.name = name;
        const host = args.string('host');
        if (host !== undefined) filters.host = host;
        const reservation = args.string('reservation-id');
        if (reservation !== undefined) filters.reservation_id = reservation;
        const limit = args.int('limit', 1);
        if (limit !== undefined) filters.page_size = limit;
        if (args.flag('all-projects')) filters.all_tenants = true;
        const projectId = args.string('project-id');
        if (projectId !== undefined) filters.project_id = projectId;
        const sort = args.string('sort');
        if (sort !== undefined) {
          const [key, dir] = sort.split(':');
          filters.sort_key = key ?? '';
          if (dir !== undefined) filters.sort_dir = dir;
        }
        const since = args.string('changes-since');
        if (since !== undefined) {
          const ms = Date.parse(since);
          if (Number.isNaN(ms)) throw new UsageError(`--changes-since must be an ISO 8601 time, not '${since}'`);
          filters.changes_since = { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 };
        }
        const [flavor, image] = await Promise.all([
          args.string('flavor') === undefined ? undefined : findFlavor(client, args.string('flavor')!),
          args.string('image') === undefined ? undefined : findImage(client, args.string('image')!),
        ]);
        if (flavor) filters.flavor_id = flavor.id;
        if (image) filters.image_id = image.id;
        return serverList(client, await listServers(client, filters, limit), args.flag('long'));
      },
    },
    show: {
      summary: 'Show a server',
      description:
        'Show every field of a server: states, flavor, image, host, addresses, properties, tags, lock and, when it\n' +
        'is in ERROR, its fault (for a server no host could take: how many hosts each scheduler filter removed, and why).',
      options: {},
      positionals: [{ name: 'server', help: 'Server (name or ID)' }],
      examples: ['kumo server show vm1', 'kumo server show vm1 -f yaml', 'kumo server show vm1 -f value -c status -c fault'],
      rpcs: ['ServerService.GetServer'],
      async run(ctx, args) {
        const client = ctx.client();
        return serverShow(client, await findServer(client, args.positionals[0]!));
      },
    },
    delete: {
      summary: 'Delete servers',
      description:
        'Delete servers. Deletion finishes asynchronously; with --wait, wait until the servers are gone.\n' +
        '--force deletes SOFT_DELETED servers now instead of waiting for them to be reclaimed.',
      options: {
        force: { type: 'boolean', help: 'Delete soft-deleted servers now' },
        wait: { ...WAIT, help: 'Wait until the servers are gone' },
      },
      positionals: [{ name: 'server', help: 'Server to delete (name or ID)', variadic: true }],
      examples: ['kumo server delete vm1', 'kumo server delete --wait web-1 web-2 web-3', 'kumo server delete --force vm1'],
      rpcs: ['ServerService.DeleteServer', 'ServerService.ForceDeleteServer'],
      async run(ctx, args) {
        const client = ctx.client();
        const deleted: Server__Output[] = [];
        const failure = await deleteEach(ctx, 'server', args.positionals, async (key) => {
          const s = await findServer(client, key);
          if (args.flag('force')) await client.servers.forceDelete(s.id);
          else await client.servers.api.DeleteServer({ id: s.id });
          deleted.push(s);
        }).then(
          () => undefined,
          (err: unknown) => ({ err }),
        );
        // Wait for the deletes that were accepted even if others failed.
        if (args.flag('wait') && deleted.length) await waitForDeleted(ctx, deleted);
        if (failure) throw failure.err;
        return { kind: 'none' };
      },
    },
    start: action(
      'start',
      'Power on a SHUTOFF server',
      'ServerService.StartServer',
      'SERVER_STATUS_ACTIVE',
      {},
      ['kumo server start vm1', 'kumo server start --wait vm1'],
      (client, s) => client.servers.api.StartServer({ id: s.id }),
    ),
    stop: action(
      'stop',
      'Power off a server: the guest is asked to shut down, then the power is cut',
      'ServerService.StopServer',
      'SERVER_STATUS_SHUTOFF',
      {},
      ['kumo server stop --wait vm1'],
      (client, s) => client.servers.api.StopServer({ id: s.id }),
    ),
    reboot: action(
      'reboot',
      'Reboot a server: soft (the guest restarts itself) or, with --hard, a power cycle',
      'ServerService.RebootServer',
      'SERVER_STATUS_ACTIVE',
      { hard: { type: 'boolean', help: 'Power-cycle the server instead of asking the guest to restart' } },
      ['kumo server reboot vm1', 'kumo server reboot --hard --wait vm1'],
      (client, s, args) => client.servers.api.RebootServer({ id: s.id, type: args.flag('hard') ? 'REBOOT_TYPE_HARD' : 'REBOOT_TYPE_SOFT' }),
    ),
  },
};
