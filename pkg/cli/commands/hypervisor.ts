// kumo hypervisor list | show | stats
import type { KumoClient } from '../../client/client.js';
import type { Hypervisor__Output } from '../../gen/types.js';
import type { Group } from '../command.js';
import { isoTime } from '../display.js';
import { showOf } from '../format.js';
import { collectPages } from '../paging.js';
import { findResource } from '../resolve.js';

function listHypervisors(client: KumoClient): Promise<Hypervisor__Output[]> {
  return collectPages(async (page_token) => {
    const r = await client.hypervisors.ListHypervisors({ page_token });
    return { items: r.hypervisors, next: r.next_page_token };
  });
}

export const hypervisorCommands: Group = {
  name: 'hypervisor',
  summary: 'Hypervisors: compute hosts, their capacity and usage.',
  commands: {
    list: {
      summary: 'List hypervisors with their usage',
      description: 'List the hypervisors (compute nodes) with their state and their vCPUs, RAM and disk used of the total.',
      options: {},
      positionals: [],
      examples: ['kumo hypervisor list', 'kumo hypervisor list -f json'],
      rpcs: ['HypervisorService.ListHypervisors'],
      async run(ctx) {
        const hvs = await listHypervisors(ctx.client());
        return {
          kind: 'list',
          columns: ['Hypervisor Hostname', 'State', 'vCPUs Used/Total', 'RAM MB Used/Total', 'Disk GB Used/Total', 'Running VMs'],
          rows: hvs.map((h) => [
            h.hypervisor_hostname,
            h.state,
            `${h.vcpus_used}/${h.vcpus}`,
            `${h.memory_mb_used}/${h.memory_mb}`,
            `${h.local_gb_used}/${h.local_gb}`,
            h.running_vms,
          ]),
        };
      },
    },
    show: {
      summary: 'Show a hypervisor',
      description: "Show one hypervisor: its type, state and status, capacity and usage, zone and last report.",
      options: {},
      positionals: [{ name: 'hypervisor', help: 'Hypervisor hostname (or its host name)' }],
      examples: ['kumo hypervisor show compute-1', 'kumo hypervisor show compute-1 -f value -c memory_mb_used'],
      rpcs: ['HypervisorService.GetHypervisor'],
      async run(ctx, args) {
        const client = ctx.client();
        const h = await findResource('hypervisor', args.positionals[0]!, {
          get: async (hypervisor_hostname) => (await client.hypervisors.GetHypervisor({ hypervisor_hostname })).hypervisor!,
          list: () => listHypervisors(client),
          name: (hv) => hv.host,
        });
        return showOf({
          hypervisor_hostname: h.hypervisor_hostname,
          host: h.host,
          state: h.state,
          status: h.status,
          hypervisor_type: h.hypervisor_type,
          vcpus: h.vcpus,
          vcpus_used: h.vcpus_used,
          memory_mb: h.memory_mb,
          memory_mb_used: h.memory_mb_used,
          local_gb: h.local_gb,
          local_gb_used: h.local_gb_used,
          running_vms: h.running_vms,
          availability_zone: h.availability_zone,
          updated_at: isoTime(h.update_time),
        });
      },
    },
    stats: {
      summary: 'Show resources and usage summed over every hypervisor',
      description: "Sum the hypervisors' resources and usage (as Nova's os-hypervisors/statistics): every host that reported, up or down.",
      options: {},
      positionals: [],
      examples: ['kumo hypervisor stats', 'kumo hypervisor stats -f json'],
      rpcs: ['HypervisorService.GetHypervisorStatistics'],
      async run(ctx) {
        const s = await ctx.client().hypervisors.GetHypervisorStatistics({});
        return showOf({
          count: s.count,
          vcpus: s.vcpus,
          vcpus_used: s.vcpus_used,
          memory_mb: s.memory_mb,
          memory_mb_used: s.memory_mb_used,
          free_ram_mb: s.free_ram_mb,
          local_gb: s.local_gb,
          local_gb_used: s.local_gb_used,
          free_disk_gb: s.free_disk_gb,
          running_vms: s.running_vms,
        });
      },
    },
  },
};
