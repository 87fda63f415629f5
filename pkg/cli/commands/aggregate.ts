// kumo aggregate create | list | show | delete | add host | remove host | set | unset
import type { KumoClient } from '../../client/client.js';
import type { Aggregate__Output } from '../../gen/types.js';
import { deleteEach, type Group } from '../command.js';
import { isoTime } from '../display.js';
import { UsageError } from '../errors.js';
import { showOf, type Output } from '../format.js';
import { findResource } from '../resolve.js';

const AZ_KEY = 'availability_zone';

export async function listAggregates(client: KumoClient): Promise<Aggregate__Output[]> {
  return (await client.aggregates.ListAggregates({})).aggregates;
}

export function findAggregate(client: KumoClient, nameOrId: string): Promise<Aggregate__Output> {
  return findResource('aggregate', nameOrId, {
    get: async (id) => (await client.aggregates.GetAggregate({ id })).aggregate!,
    list: () => listAggregates(client),
    name: (a) => a.name,
  });
}

/** The metadata without availability_zone, which has a field of its own (as osc shows it). */
function properties(a: Aggregate__Output): Record<string, string> {
  return Object.fromEntries(Object.entries(a.metadata).filter(([k]) => k !== AZ_KEY));
}

function aggregateShow(a: Aggregate__Output): Output {
  return showOf({
    id: a.id,
    name: a.name,
    availability_zone: a.availability_zone,
    hosts: a.hosts,
    properties: properties(a),
    created_at: isoTime(a.create_time),
    updated_at: isoTime(a.update_time),
  });
}

const AGGREGATE = { name: 'aggregate', help: 'Aggregate (name or ID)' } as const;

export const aggregateCommands: Group = {
  name: 'aggregate',
  summary: 'Host aggregates (admin): groups of hosts with properties for the scheduler; a zone makes one an availability zone.',
  commands: {
    create: {
      summary: 'Create an aggregate',
      description: 'Create a host aggregate (admin), optionally an availability zone (--zone) and with properties the scheduler reads.',
      options: {
        zone: { type: 'string', metavar: '<availability-zone>', help: 'Availability zone the aggregate defines' },
        property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Property (metadata) read by the scheduler' },
      },
      positionals: [{ name: 'name', help: 'New aggregate name' }],
      examples: ['kumo aggregate create --zone az1 rack1', 'kumo aggregate create --property ssd=true fast'],
      rpcs: ['AggregateService.CreateAggregate', 'AggregateService.SetAggregateMetadata'],
      async run(ctx, args) {
        const client = ctx.client();
        const props = args.properties('property');
        let { aggregate } = await client.aggregates.CreateAggregate({ name: args.positionals[0]!, availability_zone: args.string('zone') ?? '' });
        if (Object.keys(props).length) ({ aggregate } = await client.aggregates.SetAggregateMetadata({ id: aggregate!.id, metadata: props }));
        return aggregateShow(aggregate!);
      },
    },
    list: {
      summary: 'List aggregates',
      description: 'List host aggregates and their zones; --long adds their properties and hosts.',
      options: { long: { type: 'boolean', help: 'Also show properties and hosts' } },
      positionals: [],
      examples: ['kumo aggregate list', 'kumo aggregate list --long'],
      rpcs: ['AggregateService.ListAggregates'],
      async run(ctx, args) {
        const aggs = await listAggregates(ctx.client());
        if (args.flag('long')) {
          return {
            kind: 'list',
            columns: ['ID', 'Name', 'Availability Zone', 'Properties', 'Hosts'],
            rows: aggs.map((a) => [a.id, a.name, a.availability_zone, properties(a), a.hosts]),
          };
        }
        return { kind: 'list', columns: ['ID', 'Name', 'Availability Zone'], rows: aggs.map((a) => [a.id, a.name, a.availability_zone]) };
      },
    },
    show: {
      summary: 'Show an aggregate',
      description: 'Show an aggregate: its zone, hosts and properties.',
      options: {},
      positionals: [AGGREGATE],
      examples: ['kumo aggregate show rack1', 'kumo aggregate show rack1 -f value -c hosts'],
      rpcs: ['AggregateService.GetAggregate'],
      async run(ctx, args) {
        return aggregateShow(await findAggregate(ctx.client(), args.positionals[0]!));
      },
    },
    delete: {
      summary: 'Delete aggregates (they must have no hosts)',
      description: "Delete aggregates (admin). An aggregate with hosts is refused: remove them first with 'kumo aggregate remove host'.",
      options: {},
      positionals: [{ ...AGGREGATE, help: 'Aggregate to delete (name or ID)', variadic: true }],
      examples: ['kumo aggregate delete rack1'],
      rpcs: ['AggregateService.DeleteAggregate'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'aggregate', args.positionals, async (key) => {
          const a = await findAggregate(client, key);
          await client.aggregates.DeleteAggregate({ id: a.id });
        });
        return { kind: 'none' };
      },
    },
    'add host': {
      summary: 'Add a compute host to an aggregate',
      description: "Add a compute host to an aggregate (admin); a host is in at most one aggregate's availability zone.",
      options: {},
      positionals: [AGGREGATE, { name: 'host', help: 'Compute host name (see kumo hypervisor list)' }],
      examples: ['kumo aggregate add host rack1 compute-1'],
      rpcs: ['AggregateService.AddAggregateHost'],
      async run(ctx, args) {
        const client = ctx.client();
        const a = await findAggregate(client, args.positionals[0]!);
        const res = await client.aggregates.AddAggregateHost({ id: a.id, host: args.positionals[1]! });
        return aggregateShow(res.aggregate!);
      },
    },
    'remove host': {
      summary: 'Remove a compute host from an aggregate',
      description: 'Remove a compute host from an aggregate (admin); its servers stay where they are.',
      options: {},
      positionals: [AGGREGATE, { name: 'host', help: 'Compute host name' }],
      examples: ['kumo aggregate remove host rack1 compute-1'],
      rpcs: ['AggregateService.RemoveAggregateHost'],
      async run(ctx, args) {
        const client = ctx.client();
        const a = await findAggregate(client, args.positionals[0]!);
        const res = await client.aggregates.RemoveAggregateHost({ id: a.id, host: args.positionals[1]! });
        return aggregateShow(res.aggregate!);
      },
    },
    set: {
      summary: 'Set aggregate properties or its availability zone',
      description:
        'Set properties of an aggregate. --no-property first removes every property (not the zone), so\n' +
        '--no-property with --property replaces them all. --zone moves the aggregate to another availability zone.',
      options: {
        property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Property to set' },
        'no-property': { type: 'boolean', help: 'Remove all properties first' },
        zone: { type: 'string', metavar: '<availability-zone>', help: 'Availability zone the aggregate defines' },
      },
      positionals: [AGGREGATE],
      examples: ['kumo aggregate set --property ssd=true rack1', 'kumo aggregate set --no-property --property cpu_allocation_ratio=4.0 rack1', 'kumo aggregate set --zone az2 rack1'],
      rpcs: ['AggregateService.SetAggregateMetadata'],
      async run(ctx, args) {
        const metadata = args.properties('property');
        if (Object.hasOwn(metadata, AZ_KEY)) throw new UsageError(`--property: set the zone with --zone, not ${AZ_KEY}`);
        const zone = args.string('zone');
        if (zone !== undefined) metadata[AZ_KEY] = zone;
        if (!Object.keys(metadata).length && !args.flag('no-property')) throw new UsageError('nothing to set: give --property, --no-property or --zone');
        const client = ctx.client();
        const a = await findAggregate(client, args.positionals[0]!);
        const unset = args.flag('no-property') ? Object.keys(properties(a)).filter((k) => !Object.hasOwn(metadata, k)) : [];
        const res = await client.aggregates.SetAggregateMetadata({ id: a.id, metadata, unset });
        return aggregateShow(res.aggregate!);
      },
    },
    unset: {
      summary: 'Unset aggregate properties',
      description: 'Remove properties from an aggregate (admin).',
      options: {
        property: { type: 'string', multiple: true, metavar: '<key>', required: true, help: 'Property to remove' },
      },
      positionals: [AGGREGATE],
      examples: ['kumo aggregate unset --property ssd rack1'],
      rpcs: ['AggregateService.SetAggregateMetadata'],
      async run(ctx, args) {
        const client = ctx.client();
        const a = await findAggregate(client, args.positionals[0]!);
        const res = await client.aggregates.SetAggregateMetadata({ id: a.id, unset: args.list('property') });
        return aggregateShow(res.aggregate!);
      },
    },
  },
};
