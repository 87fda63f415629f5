// kumo availability zone list
import type { Group } from '../command.js';

export const availabilityZoneCommands: Group = {
  name: 'availability zone',
  summary: "Availability zones: the zones of aggregates, and each host's default zone.",
  commands: {
    list: {
      summary: 'List availability zones and their hosts',
      description: 'List availability zones. A zone is available when at least one of its hosts is up and enabled.',
      options: {},
      positionals: [],
      examples: ['kumo availability zone list', 'kumo availability zone list -f yaml'],
      rpcs: ['AvailabilityZoneService.ListAvailabilityZones'],
      async run(ctx) {
        const { availability_zones } = await ctx.client().availabilityZones.ListAvailabilityZones({});
        return {
          kind: 'list',
          columns: ['Zone Name', 'Zone Status', 'Hosts'],
          rows: availability_zones.map((z) => [z.name, z.available ? 'available' : 'not available', z.hosts]),
        };
      },
    },
  },
};
