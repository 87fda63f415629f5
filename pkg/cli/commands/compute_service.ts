// kumo compute service list | set   (python-openstackclient's `compute service`)
import type { ComputeService__Output } from '../../gen/types.js';
import type { Group } from '../command.js';
import { isoTime } from '../display.js';
import { UsageError } from '../errors.js';
import { showOf, type Output } from '../format.js';

function serviceShow(s: ComputeService__Output): Output {
  return showOf({
    id: s.id,
    binary: s.binary,
    host: s.host,
    zone: s.zone,
    status: s.status,
    state: s.state,
    disabled_reason: s.disabled_reason,
    forced_down: s.forced_down,
    updated_at: isoTime(s.update_time),
  });
}

export const computeServiceCommands: Group = {
  name: 'compute service',
  summary: 'Compute services (one per compute host): up or down, enabled or disabled; admins disable them or force them down.',
  commands: {
    list: {
      summary: 'List compute services',
      description:
        'List compute services. State is up when a heartbeat reached the answering conductor within the\n' +
        'service down time (judged on its own clock), and down when none did or an admin forced it down.',
      options: {
        host: { type: 'string', metavar: '<host>', help: 'Only the service of this host' },
        long: { type: 'boolean', help: 'Also show the disabled reason and whether it is forced down' },
      },
      positionals: [],
      examples: ['kumo compute service list', 'kumo compute service list --host compute-1', 'kumo compute service list --long -f json'],
      rpcs: ['HypervisorService.ListComputeServices'],
      async run(ctx, args) {
        const { services } = await ctx.client().hypervisors.ListComputeServices({ host: args.string('host') ?? '' });
        const columns = ['ID', 'Binary', 'Host', 'Zone', 'Status', 'State', 'Updated At'];
        const row = (s: ComputeService__Output) => [s.id, s.binary, s.host, s.zone, s.status, s.state, isoTime(s.update_time)];
        if (args.flag('long')) {
          return { kind: 'list', columns: [...columns, 'Disabled Reason', 'Forced Down'], rows: services.map((s) => [...row(s), s.disabled_reason, s.forced_down]) };
        }
        return { kind: 'list', columns, rows: services.map(row) };
      },
    },
    set: {
      summary: 'Enable, disable or force down a compute service (admin)',
      description:
        'Change a compute service. --disable stops the scheduler from placing new servers on the host\n' +
        '(servers already there keep running); --down declares it down at once, whatever its heartbeats\n' +
        'say, so that its servers can be evacuated; --up lets the heartbeats decide again.',
      options: {
        enable: { type: 'boolean', help: 'Enable the service' },
        disable: { type: 'boolean', help: 'Disable the service' },
        'disable-reason': { type: 'string', metavar: '<reason>', help: 'Why it is disabled (with --disable; at most 255 characters)' },
        up: { type: 'boolean', help: 'Clear forced down: heartbeats decide again' },
        down: { type: 'boolean', help: 'Force the service down' },
      },
      positionals: [{ name: 'host', help: 'Compute host name (see kumo compute service list)' }],
      examples: [
        "kumo compute service set --disable --disable-reason 'disk replacement' compute-1",
        'kumo compute service set --enable compute-1',
        'kumo compute service set --down compute-2',
        'kumo compute service set --up compute-2',
      ],
      rpcs: ['HypervisorService.UpdateComputeService'],
      async run(ctx, args) {
        const enable = args.flag('enable');
        const disable = args.flag('disable');
        const up = args.flag('up');
        const down = args.flag('down');
        const reason = args.string('disable-reason');
        if (enable && disable) throw new UsageError('--enable and --disable cannot be used together');
        if (up && down) throw new UsageError('--up and --down cannot be used together');
        if (reason !== undefined && !disable) throw new UsageError('--disable-reason needs --disable');
        if (!enable && !disable && !up && !down) throw new UsageError('nothing to set: give --enable, --disable, --up or --down');
        const res = await ctx.client().hypervisors.UpdateComputeService({
          host: args.positionals[0]!,
          ...(enable || disable ? { enabled: enable } : {}),
          disabled_reason: reason ?? '',
          ...(up || down ? { forced_down: down } : {}),
        });
        return serviceShow(res.service!);
      },
    },
  },
};
